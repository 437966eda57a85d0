import { Lang } from "./i18n";

/** What the Số liệu view says, in both languages: it loads with that view only. */
export interface IndicatorStrings {
  tab: string;
  intro: string;
  catalogueLegend: string;
  customLegend: string;
  customName: string;
  customUnit: string;
  addCustom: string;
  removeCustom: (name: string) => string;
  insert: (count: number) => string;
  inserted: (undo: string) => string;
  noSection: string;
  insertFailed: string;
  recomputeHeading: string;
  recomputeIntro: string;
  recompute: string;
  reading: string;
  noTable: string;
  written: (count: number, undo: string) => string;
  nothingToWrite: string;
  conflictsIntro: string;
  conflict: (column: string, name: string) => string;
  keep: (written: string) => string;
  useComputed: (computed: string) => string;
  write: (count: number) => string;
  problemsIntro: string;
  problem: (column: string, name: string, text: string, reason: string) => string;
  cannotWrite: string;
  computedRow: (name: string, vsPlan: string, vsPrev: string) => string;
  tableNotFound: string;
  failed: string;
}

const vi: IndicatorStrings = {
  tab: "Số liệu",
  intro: "Bảng chỉ tiêu của mục 1a: chọn các chỉ tiêu, thêm chỉ tiêu riêng nếu cần, rồi chèn vào cuối mục 1a.",
  catalogueLegend: "Chỉ tiêu theo Công văn",
  customLegend: "Chỉ tiêu riêng của tỉnh",
  customName: "Tên chỉ tiêu",
  customUnit: "Đơn vị tính",
  addCustom: "Thêm",
  removeCustom: (name) => `Bỏ chỉ tiêu «${name}»`,
  insert: (count) => `Chèn bảng chỉ tiêu (${count} dòng)`,
  inserted: (undo) =>
    `Đã chèn bảng chỉ tiêu vào cuối mục 1a. Ghi số liệu vào các cột TH, KH rồi nhấn “Tính lại”. Nhấn ${undo} để hoàn tác.`,
  noSection: "Tài liệu chưa có mục 1a dạng khung: hãy chèn khung báo cáo ở thẻ Soạn trước.",
  insertFailed: "Chưa chèn được bảng chỉ tiêu. Hãy thử lại; nếu vẫn không được, hãy lưu, đóng và mở lại tài liệu.",
  recomputeHeading: "Tính lại các cột so sánh",
  recomputeIntro: "Đọc bảng chỉ tiêu (kể cả bảng tự gõ), tính So KH và So năm trước từ số liệu đã ghi.",
  recompute: "Tính lại",
  reading: "Đang đọc bảng…",
  noTable: "Chưa thấy bảng chỉ tiêu nào (cần hàng tiêu đề có “Chỉ tiêu”, “TH” và “KH” kèm năm).",
  written: (count, undo) => `Đã ghi ${count} ô so sánh vào bảng. Nhấn ${undo} để hoàn tác.`,
  nothingToWrite: "Các ô so sánh đã khớp với số liệu; không có gì cần ghi.",
  conflictsIntro: "Các ô sau đã ghi số khác với số tính được. Chọn số giữ lại cho từng ô:",
  conflict: (column, name) => `${column} — ${name}`,
  keep: (written) => `Giữ «${written}»`,
  useComputed: (computed) => `Dùng «${computed}» (tính từ số liệu)`,
  write: (count) => `Ghi vào bảng (${count} ô)`,
  problemsIntro: "Các ô sau chưa đọc được thành số, nên dòng của chúng chưa tính được:",
  problem: (column, name, text, reason) => `${column} — ${name}: «${text}». ${reason}`,
  cannotWrite:
    "Phiên bản Word này chưa ghi được vào bảng (cần Word 2016 bản cập nhật hoặc mới hơn). Đây là các số tính được, hãy chép vào bảng:",
  computedRow: (name, vsPlan, vsPrev) => `${name}: So KH ${vsPlan}; So năm trước ${vsPrev}`,
  tableNotFound: "Bảng đã thay đổi sau khi đọc. Hãy nhấn “Tính lại” lần nữa.",
  failed: "Chưa đọc được tài liệu. Hãy thử lại; nếu vẫn không được, hãy lưu, đóng và mở lại tài liệu.",
};

const en: IndicatorStrings = {
  tab: "Figures",
  intro: "Section 1a's indicator table: pick the indicators, add your own if needed, and insert it at the end of section 1a.",
  catalogueLegend: "Indicators from the letter",
  customLegend: "The province's own indicators",
  customName: "Indicator",
  customUnit: "Unit",
  addCustom: "Add",
  removeCustom: (name) => `Remove “${name}”`,
  insert: (count) => `Insert indicator table (${count} rows)`,
  inserted: (undo) =>
    `Indicator table inserted at the end of section 1a. Fill in the TH and KH columns, then press “Recompute”. Press ${undo} to undo.`,
  noSection: "The document has no section 1a control yet: insert the report skeleton on the Compose tab first.",
  insertFailed: "The indicator table could not be inserted. Try again; if it still fails, save, close and reopen the document.",
  recomputeHeading: "Recompute the comparison columns",
  recomputeIntro:
    "Reads the indicator tables (hand-typed ones too) and works out the comparisons with the plan and last year from the figures.",
  recompute: "Recompute",
  reading: "Reading the table…",
  noTable: "No indicator table found (its header needs “Chỉ tiêu”, “TH” and “KH” with years).",
  written: (count, undo) => `${count} comparison cells written. Press ${undo} to undo.`,
  nothingToWrite: "The comparison cells already agree with the figures; nothing to write.",
  conflictsIntro: "These cells already hold a different figure from the one worked out. Choose which to keep:",
  conflict: (column, name) => `${column} — ${name}`,
  keep: (written) => `Keep “${written}”`,
  useComputed: (computed) => `Use “${computed}” (from the figures)`,
  write: (count) => `Write into the table (${count} cells)`,
  problemsIntro: "These cells are not numbers yet, so their rows cannot be worked out:",
  problem: (column, name, text, reason) => `${column} — ${name}: “${text}”. ${reason}`,
  cannotWrite:
    "This version of Word cannot write into tables (an updated Word 2016 or later can). The figures worked out, to copy into the table:",
  computedRow: (name, vsPlan, vsPrev) => `${name}: vs plan ${vsPlan}; vs last year ${vsPrev}`,
  tableNotFound: "The table changed after it was read. Press “Recompute” again.",
  failed: "The document could not be read. Try again; if it still fails, save, close and reopen the document.",
};

export const indicatorStrings: Record<Lang, IndicatorStrings> = { vi, en };
