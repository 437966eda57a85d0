import { Lang } from "../taskpane/i18n";

/**
 * What only the light pane says; everything it shares with the main pane comes from taskpane/i18n.ts, so the two
 * panes use the same words for the same things.
 */
export interface LiteStrings {
  /** Word 2013: no Word API, so the skeleton cannot be inserted; the check still works. */
  insertNeedsWordApi: string;
  /** Word 2013: no Word API to select a place; the finding names its section instead. */
  noJump: string;
  dateLabel: string;
  dateInvalid: string;
  provinceMatches: string;
  nextStep: string;
  openCheck: string;
  details: string;
  checklistHeading: string;
  checklistReadOnly: string;
  tabs: string;
}

const vi: LiteStrings = {
  insertNeedsWordApi:
    "Phiên bản Word này (Word 2013) không chèn được khung báo cáo. Bạn vẫn kiểm tra được báo cáo ở thẻ Kiểm tra; để chèn khung, hãy dùng Word 2016 trở lên.",
  noJump: "Phiên bản Word này không tự chuyển đến được: hãy tìm theo mục đã ghi.",
  dateLabel: "Ngày ký (ngày/tháng/năm)",
  dateInvalid: "Ngày chưa đúng. Hãy ghi ngày/tháng/năm, ví dụ 15/12/2017, hoặc để trống.",
  provinceMatches: "Các tỉnh, thành phố khớp",
  nextStep: "Bước tiếp theo: viết nội dung từng mục, rồi mở thẻ Kiểm tra trước khi gửi.",
  openCheck: "Mở Kiểm tra",
  details: "Chi tiết",
  checklistHeading: "Danh mục yêu cầu",
  checklistReadOnly: "Chỉ xem. Đánh dấu “Đã có” hoặc “Không áp dụng” trong Word 2021, Microsoft 365 hoặc Word trên web.",
  tabs: "Các bước",
};

const en: LiteStrings = {
  insertNeedsWordApi:
    "This version of Word (Word 2013) cannot insert the skeleton. You can still check the report on the Check tab; to insert the skeleton, use Word 2016 or later.",
  noJump: "This version of Word cannot go to the place: look for it by the section named.",
  dateLabel: "Date signed (day/month/year)",
  dateInvalid: "The date is not valid. Write day/month/year, for example 15/12/2017, or leave it empty.",
  provinceMatches: "Matching provinces",
  nextStep: "Next: write each section, then open the Check tab before sending.",
  openCheck: "Open Check",
  details: "Details",
  checklistHeading: "Required elements",
  checklistReadOnly: "View only. Mark “It's there” or “Not applicable” in Word 2021, Microsoft 365 or Word on the web.",
  tabs: "Steps",
};

export const liteStrings: Record<Lang, LiteStrings> = { vi, en };
