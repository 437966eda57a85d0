/**
 * Every string the pane shows, in Vietnamese (the drafters' language) and English. Both tables are typed by
 * `Strings`, so a key missing from either is a compile error.
 */

export type Lang = "vi" | "en";

export interface Strings {
  appTitle: string;
  /** The fold under a failure's sentence with the error's code and message, for the support desk. */
  details: string;
  tabCompose: string;
  tabCheck: string;
  tabIndicators: string;

  /** The choice of profile, offered while the document names none: the label, and under it the letter it answers. */
  profileLabel: string;
  profileLetter: (number: string, date: string) => string;
  /** The profile the document was made with, once it names one. */
  profileInUse: (name: string) => string;
  /** The document names a profile the add-in does not have. */
  profileUnknown: (id: string) => string;
  /** Where the check's profile came from, when the document's opening decided it. */
  profileFromLetter: (number: string) => string;
  /** The chosen profile's chunk could not be loaded. */
  profileLoadFailed: string;
  /** The results were judged against another profile than the one now chosen. */
  checkOtherProfile: string;

  provinceLabel: string;
  provinceHint: string;
  provincePlaceholder: string;
  provinceNoMatch: string;
  provinceNotInList: string;
  agencyShortLabel: string;
  /** Shows where the short name ends up: the number symbol "…/BC-<short>". */
  agencyShortHint: (docTypeCode: string, short: string) => string;
  /** The fold that holds the fields that may be left empty. */
  optionalFields: string;
  /** Once the skeleton is whole: what to do next, and where the fields now live. */
  nextStep: string;
  openChecklist: string;
  fieldsInDocument: string;
  numberLabel: string;
  numberHint: string;
  dateLabel: string;
  dateHint: string;
  /** The chosen date as the document will write it, whatever order the browser's date field shows. */
  dateWritten: (written: string) => string;
  signerLabel: string;
  signerHint: string;
  signAsLabel: string;
  signAsDirector: string;
  signAsDeputy: string;

  insertAll: string;
  insertMissing: (count: number) => string;
  refresh: string;
  whereHint: string;
  missingIntro: string;
  reading: string;
  inserting: string;

  /** Names of the skeleton's parts that are not sections (sections use the profile's own titles). */
  partHeader: string;
  partTitle: string;
  partOpening: (letterNumber: string) => string;
  partGroup: (numeral: string) => string;
  partClosing: string;

  /** `undo` is the keys that undo: "Ctrl+Z", or "⌘Z" on a Mac. */
  insertedAll: (undo: string) => string;
  insertedSome: (count: number, undo: string) => string;
  /** Word 2016 with the cursor in a table (or where it cannot tell): the skeleton went to the document's end. */
  insertedAtEnd: (undo: string) => string;
  alreadyPresent: string;
  failedApiUnsupported: string;
  failedReadOnly: string;
  failedChanged: string;
  failedUnknown: string;
  readFailed: string;

  /** The Kiểm tra view. */
  checkButton: string;
  checkIntro: string;
  checking: string;
  loadingView: string;
  checkReady: string;
  /** The document changed after the results were worked out. */
  checkStale: string;
  /** Word will not report edits made after the check: the results cannot say when they are out of date. */
  checkNotFollowing: string;
  /** Ready in content, but past the deadline or dated on or after it. */
  checkReadyLate: string;
  checkCounts: (errors: number, warnings: number) => string;
  checkNoFindings: string;
  checkFailed: string;
  documentGroup: string;
  severityError: string;
  severityWarning: string;
  severityInfo: string;
  evidence: (text: string) => string;
  goTo: string;
  targetGone: string;
  checkAgain: string;
  deadlineLeft: (date: string, days: number) => string;
  deadlineLastDay: (date: string) => string;
  deadlineOverdue: (date: string, days: number) => string;
  sendTo: string;
  findingsHeading: string;

  /** The Danh mục view. */
  tabChecklist: string;
  itemMet: string;
  itemUnmet: string;
  itemWaived: (reason: string) => string;
  itemManual: string;
  /** An automatic item the drafter confirmed ("Đã có"). */
  itemConfirmed: string;
}

const vi: Strings = {
  appTitle: "Soạn báo cáo",
  details: "Chi tiết",
  profileLabel: "Báo cáo theo công văn",
  profileLetter: (number, date) => `Công văn số ${number} ngày ${date}.`,
  profileInUse: (name) => `Mẫu báo cáo: ${name}.`,
  profileUnknown: (id) => `Tài liệu ghi mẫu báo cáo “${id}” mà phần bổ trợ này không có: hãy chọn công văn mà báo cáo trả lời.`,
  profileFromLetter: (number) => `Kiểm tra theo Công văn số ${number}, nêu ở câu mở đầu của báo cáo.`,
  checkOtherProfile: "Kết quả này theo mẫu báo cáo khác với mẫu vừa chọn: hãy kiểm tra lại.",
  profileLoadFailed: "Chưa mở được mẫu báo cáo. Hãy đóng ngăn tiện ích rồi mở lại; nếu vẫn không được, hãy báo bộ phận hỗ trợ.",
  tabCompose: "Soạn",
  tabCheck: "Kiểm tra",
  tabIndicators: "Số liệu",

  provinceLabel: "Tỉnh, thành phố",
  provinceHint: "Gõ vài chữ, có dấu hay không dấu đều được.",
  provincePlaceholder: "Ví dụ: Thanh Hóa",
  provinceNoMatch: "Không tìm thấy tỉnh, thành phố nào",
  provinceNotInList: "Hãy chọn một tỉnh, thành phố trong danh sách.",
  agencyShortLabel: "Tên viết tắt của Sở",
  agencyShortHint: (code, short) => `Dùng trong số ký hiệu: …/${code}-${short || "…"}`,
  numberLabel: "Số văn bản",
  numberHint: "Để trống nếu văn thư sẽ ghi số sau.",
  optionalFields: "Số, ngày ký, người ký (có thể để trống)",
  nextStep: "Bước tiếp theo: viết nội dung từng mục. Thẻ Danh mục cho biết mục đang viết cần có những gì.",
  openChecklist: "Mở Danh mục",
  fieldsInDocument: "Số, ngày và người ký giờ nằm trong tài liệu: sửa thẳng ở đó.",
  dateLabel: "Ngày ký",
  dateHint: "Để trống nếu chưa biết ngày ký.",
  dateWritten: (written) => `Văn bản sẽ ghi: ${written}.`,
  signerLabel: "Họ và tên người ký",
  signerHint: "Để trống để điền sau.",
  signAsLabel: "Ký với tư cách",
  signAsDirector: "Giám đốc",
  signAsDeputy: "KT. Giám đốc / Phó Giám đốc",

  insertAll: "Chèn khung báo cáo",
  insertMissing: (count) => `Thêm các phần còn thiếu (${count})`,
  refresh: "Đọc lại tài liệu",
  whereHint: "Khung báo cáo được chèn tại vị trí con trỏ; nội dung đã có được giữ nguyên.",
  missingIntro: "Tài liệu đã có một phần khung báo cáo. Còn thiếu:",
  reading: "Đang đọc tài liệu…",
  inserting: "Đang chèn khung báo cáo…",

  partHeader: "Phần đầu (cơ quan, số, quốc hiệu, ngày tháng)",
  partTitle: "Tên báo cáo",
  partOpening: (letter) => `Câu mở đầu (căn cứ Công văn số ${letter})`,
  partGroup: (numeral) => `Đề mục phần ${numeral}`,
  partClosing: "Nơi nhận và chữ ký",

  insertedAll: (undo) => `Đã chèn khung báo cáo. Nhấn ${undo} để hoàn tác.`,
  insertedSome: (count, undo) => `Đã thêm ${count} phần còn thiếu. Nhấn ${undo} để hoàn tác.`,
  insertedAtEnd: (undo) =>
    `Đã chèn khung báo cáo ở cuối tài liệu: con trỏ đang ở trong một bảng (hoặc Word không cho biết vị trí), nên khung không được đặt vào ô bảng. Nhấn ${undo} để hoàn tác.`,
  alreadyPresent: "Tài liệu đã có đủ khung báo cáo.",
  failedApiUnsupported: "Phiên bản Word này chưa hỗ trợ chèn khung báo cáo, hãy cập nhật Office rồi thử lại.",
  failedReadOnly: "Tài liệu đang ở chế độ chỉ đọc. Hãy bật chỉnh sửa tài liệu rồi thử lại.",
  failedChanged: "Tài liệu vừa thay đổi, hãy thử lại.",
  failedUnknown: "Chưa chèn được khung báo cáo. Hãy thử lại; nếu vẫn không được, hãy lưu, đóng và mở lại tài liệu.",
  readFailed: "Chưa đọc được tài liệu. Bạn vẫn có thể chèn khung báo cáo, hoặc nhấn “Đọc lại tài liệu”.",

  checkButton: "Kiểm tra",
  checkIntro: "Kiểm tra báo cáo đã đủ các phần và nội dung theo Công văn chưa, trước khi gửi.",
  checking: "Đang kiểm tra…",
  loadingView: "Đang mở…",
  checkReady: "Sẵn sàng gửi",
  checkStale: "Tài liệu đã thay đổi sau lần kiểm tra này: kết quả dưới đây có thể đã cũ.",
  checkNotFollowing: "Word không báo cho tiện ích khi tài liệu thay đổi: sau khi sửa, hãy nhấn “Kiểm tra lại” để có kết quả mới.",
  checkReadyLate: "Đủ nội dung để gửi, nhưng đã muộn hạn",
  checkCounts: (errors, warnings) => `${errors} lỗi, ${warnings} cảnh báo`,
  checkNoFindings: "Không còn điều gì cần sửa.",
  checkFailed: "Chưa đọc được tài liệu để kiểm tra. Hãy thử lại; nếu vẫn không được, hãy lưu, đóng và mở lại tài liệu.",
  documentGroup: "Toàn văn bản",
  severityError: "Lỗi",
  severityWarning: "Cảnh báo",
  severityInfo: "Lưu ý",
  evidence: (text) => `Trích: “${text}”`,
  goTo: "Đến chỗ này",
  targetGone: "Không tìm thấy chỗ này: tài liệu đã thay đổi.",
  checkAgain: "Kiểm tra lại",
  deadlineLeft: (date, days) => `Hạn gửi: trước ngày ${date} — còn ${days} ngày`,
  deadlineLastDay: (date) => `Hạn gửi: trước ngày ${date} — hôm nay là ngày cuối`,
  deadlineOverdue: (date, days) => `Hạn gửi: trước ngày ${date} — đã quá hạn ${days} ngày`,
  sendTo: "Gửi bản điện tử đến",
  findingsHeading: "Cần xem lại",

  tabChecklist: "Danh mục",
  itemMet: "Đạt",
  itemUnmet: "Chưa đạt",
  itemWaived: (reason) => `Không áp dụng: ${reason}`,
  itemManual: "Tự đánh dấu",
  itemConfirmed: "Đã có (người soạn xác nhận)",
};

const en: Strings = {
  appTitle: "Report drafter",
  details: "Details",
  profileLabel: "Report answering the letter",
  profileLetter: (number, date) => `Letter No. ${number} of ${date}.`,
  profileInUse: (name) => `Report profile: ${name}.`,
  profileUnknown: (id) => `The document names a report profile (“${id}”) this add-in does not have: choose the letter the report answers.`,
  profileFromLetter: (number) => `Checked against letter No. ${number}, which the report's opening cites.`,
  checkOtherProfile: "These results follow another report profile than the one just chosen: check again.",
  profileLoadFailed:
    "The report profile could not be opened. Close the add-in's pane and open it again; if that fails, tell your support desk.",
  tabCompose: "Draft",
  tabCheck: "Check",
  tabIndicators: "Figures",

  provinceLabel: "Province or city",
  provinceHint: "Type a few letters, with or without accents.",
  provincePlaceholder: "For example: Thanh Hóa",
  provinceNoMatch: "No province or city matches",
  provinceNotInList: "Choose a province or city from the list.",
  agencyShortLabel: "Department's short name",
  agencyShortHint: (code, short) => `Used in the number symbol: …/${code}-${short || "…"}`,
  numberLabel: "Document number",
  numberHint: "Leave empty if the clerk adds it later.",
  optionalFields: "Number, date, signer (may be left empty)",
  nextStep: "Next: write each section. The Checklist tab shows what the section you are writing needs.",
  openChecklist: "Open the Checklist",
  fieldsInDocument: "The number, date and signer are now in the document: change them there.",
  dateLabel: "Signing date",
  dateHint: "Leave empty if not known yet.",
  dateWritten: (written) => `The document will say: ${written} (day, month, year).`,
  signerLabel: "Signer's full name",
  signerHint: "Leave empty to fill in later.",
  signAsLabel: "Signing as",
  signAsDirector: "Director",
  signAsDeputy: "For the Director / Deputy Director",

  insertAll: "Insert report skeleton",
  insertMissing: (count) => `Add the missing parts (${count})`,
  refresh: "Read the document again",
  whereHint: "The skeleton goes where the cursor is; text already there stays.",
  missingIntro: "The document has part of the skeleton. Missing:",
  reading: "Reading the document…",
  inserting: "Inserting the skeleton…",

  partHeader: "Header (agency, number, national title, date)",
  partTitle: "Report title",
  partOpening: (letter) => `Opening sentence (citing letter ${letter})`,
  partGroup: (numeral) => `Part ${numeral} heading`,
  partClosing: "Recipients and signature",

  insertedAll: (undo) => `Report skeleton inserted. Press ${undo} to undo.`,
  insertedSome: (count, undo) => `Added ${count} missing ${count === 1 ? "part" : "parts"}. Press ${undo} to undo.`,
  insertedAtEnd: (undo) =>
    `Report skeleton inserted at the end of the document: the cursor was in a table (or Word could not tell where it was), so the skeleton was kept out of the table cell. Press ${undo} to undo.`,
  alreadyPresent: "The document already has the whole report skeleton.",
  failedApiUnsupported: "This version of Word cannot insert the skeleton yet: please update Office and try again.",
  failedReadOnly: "The document is read-only. Enable editing, then try again.",
  failedChanged: "The document just changed: please try again.",
  failedUnknown: "The skeleton could not be inserted. Try again; if it still fails, save, close and reopen the document.",
  readFailed: "The document could not be read. You can still insert the skeleton, or press “Read the document again”.",

  checkButton: "Check",
  checkIntro: "Check that the report has every part the letter asks for, filled in, before sending it.",
  checking: "Checking…",
  loadingView: "Opening…",
  checkReady: "Ready to send",
  checkStale: "The document has changed since this check: the results below may be out of date.",
  checkNotFollowing: "Word does not tell the add-in when the document changes: after editing, press “Check again” for new results.",
  checkReadyLate: "Ready to send, but late",
  checkCounts: (errors, warnings) =>
    `${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}`,
  checkNoFindings: "Nothing left to fix.",
  checkFailed: "The document could not be read for checking. Try again; if it still fails, save, close and reopen the document.",
  documentGroup: "Whole document",
  severityError: "Error",
  severityWarning: "Warning",
  severityInfo: "Note",
  evidence: (text) => `Quote: “${text}”`,
  goTo: "Go there",
  targetGone: "This place cannot be found: the document has changed.",
  checkAgain: "Check again",
  deadlineLeft: (date, days) => `Deadline: before ${date} — ${days} ${days === 1 ? "day" : "days"} left`,
  deadlineLastDay: (date) => `Deadline: before ${date} — today is the last day`,
  deadlineOverdue: (date, days) => `Deadline: before ${date} — ${days} ${days === 1 ? "day" : "days"} overdue`,
  sendTo: "Send the electronic copy to",
  findingsHeading: "To review",

  tabChecklist: "Checklist",
  itemMet: "Met",
  itemUnmet: "Not met",
  itemWaived: (reason) => `Not applicable: ${reason}`,
  itemManual: "Tick when done",
  itemConfirmed: "It's there (confirmed by the drafter)",
};

export const strings: Record<Lang, Strings> = { vi, en };

/** Office's display language ("vi-VN", "en-US", …): English for any "en", Vietnamese otherwise. */
export function langOf(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "vi";
}
