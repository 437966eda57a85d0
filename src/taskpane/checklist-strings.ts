import { Lang } from "./i18n";

/**
 * What only the Danh mục view says, in both languages: kept apart from i18n.ts so that it loads with that view,
 * not with the pane's first screen, and never with the light pane, which has no Danh mục.
 */
export interface ChecklistStrings {
  checklistIntro: string;
  checklistProgress: (done: number, total: number) => string;
  sectionProgress: (done: number, total: number) => string;
  sectionMissing: string;
  sectionEmpty: string;
  cursorHere: string;
  guidanceHeading: string;
  confirm: string;
  confirmFor: (label: string) => string;
  unconfirm: string;
  /** The text denies the item: `quote` is its sentence, offered as the reason of a waiver. */
  deniedInText: (quote: string) => string;
  waiveAsDenied: string;
  waiveAsDeniedFor: (label: string) => string;
  coverage: (covered: number, total: number, needed: number) => string;
  coverageMissing: (missing: string) => string;
  waivedNotShown: string;
  /** "Does not apply" (not "ignore": the Ministry reads it), with the item it is for as its accessible name. */
  waive: string;
  waiveFor: (label: string) => string;
  unwaive: string;
  unwaiveFor: (label: string) => string;
  unconfirmFor: (label: string) => string;
  waiveTitle: (label: string) => string;
  waiveReason: string;
  waiveReasonHint: string;
  waiveConfirm: string;
  cancel: string;
  evidenceGone: string;
  saveFailed: string;
  /** Word will not report the cursor's moves and the drafter's edits: the checklist stays as last read. */
  followFailed: string;
}

const vi: ChecklistStrings = {
  checklistIntro: "Các yêu cầu của Công văn cho từng mục. Đặt con trỏ vào một mục để xem yêu cầu của mục đó.",
  checklistProgress: (done, total) => `Đã xong ${done}/${total} yêu cầu`,
  sectionProgress: (done, total) => `${done}/${total}`,
  sectionMissing: "Tài liệu chưa có mục này.",
  sectionEmpty: "Mục này chưa có nội dung.",
  cursorHere: "Con trỏ đang ở mục này",
  guidanceHeading: "Nội dung cần có",
  confirm: "Đã có",
  confirmFor: (label) => `Đã có: ${label}`,
  unconfirm: "Hủy xác nhận",
  deniedInText: (quote) => `Văn bản nói là không có: «${quote}»`,
  waiveAsDenied: "Ghi là không áp dụng",
  waiveAsDeniedFor: (label) => `Ghi “${label}” là không áp dụng, lấy câu này làm lý do`,
  coverage: (covered, total, needed) => `Mới thấy ${covered}/${total} (cần ${needed}).`,
  coverageMissing: (missing) => `Chưa thấy: ${missing}.`,
  waivedNotShown: "Nội dung hiện chưa thể hiện yêu cầu này.",
  waive: "Không áp dụng…",
  waiveFor: (label) => `Không áp dụng: ${label}…`,
  unwaive: "Bỏ ghi không áp dụng",
  unwaiveFor: (label) => `Bỏ ghi không áp dụng: ${label}`,
  unconfirmFor: (label) => `Hủy xác nhận đã có: ${label}`,
  waiveTitle: (label) => `Ghi “${label}” là không áp dụng`,
  waiveReason: "Lý do",
  waiveReasonHint: "Ngắn gọn, ví dụ: tỉnh không có nội dung này.",
  waiveConfirm: "Ghi là không áp dụng",
  cancel: "Hủy",
  evidenceGone: "Không tìm thấy đoạn này: tài liệu đã thay đổi. Hãy nhấn “Đọc lại tài liệu”.",
  saveFailed: "Chưa lưu được vào tài liệu (tài liệu chỉ đọc?). Dấu này sẽ mất khi đóng tài liệu.",
  followFailed: "Danh mục không còn theo con trỏ và các chỗ sửa: sau khi sửa, hãy nhấn “Đọc lại tài liệu”.",
};

const en: ChecklistStrings = {
  checklistIntro: "What the letter asks of each section. Put the cursor in a section to see its requirements.",
  checklistProgress: (done, total) => `${done} of ${total} requirements done`,
  sectionProgress: (done, total) => `${done}/${total}`,
  sectionMissing: "The document does not have this section yet.",
  sectionEmpty: "This section has no text yet.",
  cursorHere: "The cursor is in this section",
  guidanceHeading: "What it should contain",
  confirm: "It's there",
  confirmFor: (label) => `It's there: ${label}`,
  unconfirm: "Undo confirmation",
  deniedInText: (quote) => `The text says there is none: «${quote}»`,
  waiveAsDenied: "Mark as not applicable",
  waiveAsDeniedFor: (label) => `Mark “${label}” as not applicable, with this sentence as the reason`,
  coverage: (covered, total, needed) => `Seen ${covered} of ${total} (needs ${needed}).`,
  coverageMissing: (missing) => `Not seen: ${missing}.`,
  waivedNotShown: "The text does not show this requirement now.",
  waive: "Not applicable…",
  waiveFor: (label) => `Not applicable: ${label}…`,
  unwaive: "Undo not applicable",
  unwaiveFor: (label) => `Undo not applicable: ${label}`,
  unconfirmFor: (label) => `Undo confirmation: ${label}`,
  waiveTitle: (label) => `Mark “${label}” as not applicable`,
  waiveReason: "Reason",
  waiveReasonHint: "Short, for example: the province has none of this.",
  waiveConfirm: "Mark as not applicable",
  cancel: "Cancel",
  evidenceGone: "This passage cannot be found: the document has changed. Press “Read the document again”.",
  saveFailed: "Could not save to the document (read-only?). This mark will be lost when the document closes.",
  followFailed: "The checklist no longer follows the cursor and your edits: after editing, press “Read the document again”.",
};

export const checklistStrings: Record<Lang, ChecklistStrings> = { vi, en };
