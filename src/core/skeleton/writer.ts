/**
 * Writes the report skeleton as WordprocessingML body blocks (report-spec.md §2). Pure: the add-in inserts
 * the blocks with insertOoxml, the command line packs them into a .docx.
 *
 * Each kind of paragraph has one definition (ParagraphKind) that is written twice: as a named paragraph style
 * for the styles part, and as direct formatting on every paragraph of that kind. The direct formatting wins in
 * Word, which keeps the destination's definition when an inserted style's id already exists there; the style
 * serves readers that drop run formatting, as LibreOffice 7.4 does for a content control's first paragraph.
 */
import { provincesOf } from "../../profiles/provinces";
import { ReportProfile, Section, SectionGroup } from "../../profiles/schema";
import { escapeXml } from "../ooxml/escape";
import { PartId, SkeletonFields, skeletonPartInfo } from "./parts";

/** The character style of the guidance text (gray italic, as Word's own "Placeholder Text"). */
export const PLACEHOLDER_STYLE_ID = "PlaceholderText";
const PLACEHOLDER_COLOR = "808080";
const BLACK = "000000";
const BLANK = "…";

export const A4_TWIPS = { width: 11906, height: 16838 } as const;
/** Distance from the page edge to the page-number header, inside the top margin. */
const HEADER_DISTANCE_TWIPS = 567;
/** Left and right padding of table cells. */
const CELL_MARGIN_TWIPS = 57;
/** Empty lines between the authority and the name, where the signature and seal go. */
const SIGNATURE_SPACE_LINES = 5;

export const mmToTwips = (mm: number): number => Math.round(mm * 56.6929);
const cmToTwips = (cm: number): number => mmToTwips(cm * 10);
const ptToTwips = (pt: number): number => Math.round(pt * 20);
const halfPoints = (pt: number): number => Math.round(pt * 2);

// ---------------------------------------------------------------------------------------------------------
// Fields: dates, numbers and place names as Decree 30 writes them

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Reads a YYYY-MM-DD date that exists in the calendar; null for anything else. */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? { year, month, day } : null;
}

/** "ngày 05 tháng 01 năm 2018": a zero before days below 10 and months 1 and 2 (Decree 30, Phụ lục I). */
export function vietnameseDate(date: CalendarDate | null, fallbackYear: number): string {
  if (!date) return `ngày ${BLANK} tháng ${BLANK} năm ${fallbackYear}`;
  const day = String(date.day).padStart(2, "0");
  const month = date.month <= 2 ? String(date.month).padStart(2, "0") : String(date.month);
  return `ngày ${day} tháng ${month} năm ${date.year}`;
}

/** How the province is named in each place of the document. */
export interface PlaceNames {
  /** "UBND TỈNH THANH HÓA", "UBND THÀNH PHỐ HỒ CHÍ MINH". */
  parentAgency: string;
  /** Before the date: "Thanh Hóa", "Thành phố Hồ Chí Minh". */
  place: string;
  /** In running text: "tỉnh Thanh Hóa", "thành phố Hà Nội", "Thành phố Hồ Chí Minh". */
  inText: string;
  /** "tỉnh" or "thành phố", for `{provinceKind}`. */
  kind: string;
}

const CITY_WORD = "thành phố";

/** Names for a province as listed in the profile's list; a name not on the list is taken for a province. */
export function placeNames(profile: ReportProfile, province: string): PlaceNames {
  const name = clean(province);
  const city = provincesOf(profile).some((p) => p.city && p.name === name);
  const prefix = city ? profile.document.parentAgencyCityPrefix : profile.document.parentAgencyPrefix;
  const kind = city ? CITY_WORD : "tỉnh";
  if (!name) return { parentAgency: `${prefix} ${BLANK}`, place: BLANK, inText: `${kind} ${BLANK}`, kind };
  // "Thành phố Hồ Chí Minh" already says what it is: neither "THÀNH PHỐ THÀNH PHỐ" nor "thành phố Thành phố".
  const namesItsKind = city && name.toLowerCase().startsWith(`${CITY_WORD} `);
  const bareName = namesItsKind ? name.slice(CITY_WORD.length + 1) : name;
  return {
    parentAgency: `${prefix} ${bareName.toUpperCase()}`,
    place: name,
    inText: namesItsKind ? name : `${kind} ${name}`,
    kind,
  };
}

/** "Số: 05/BC-SLĐTBXH"; numbers below 10 get a leading zero (Decree 30). */
export function numberLine(profile: ReportProfile, fields: SkeletonFields): string {
  const number = clean(fields.number);
  const shown = /^\d$/.test(number) ? `0${number}` : number || BLANK;
  const short = clean(fields.agencyShort) || profile.document.agencyShortDefault;
  return `Số: ${shown}/${profile.document.docTypeCode}-${short}`;
}

function clean(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

// ---------------------------------------------------------------------------------------------------------
// Formatting

interface RunFormat {
  sizePt: number;
  bold?: boolean;
  italic?: boolean;
  /** Guidance shown as placeholder: the placeholder style plus direct gray italic. */
  placeholder?: boolean;
}

interface ParagraphFormat {
  align: "left" | "center" | "both";
  firstLineTwips?: number;
  leftTwips?: number;
  rightTwips?: number;
  beforePt?: number;
  afterPt?: number;
  /** A multiple of single spacing, or an exact height in points. Single when absent. */
  line?: { multiple: number } | { exactPt: number };
  keepNext?: boolean;
  /** Makes the heading show in Word's navigation pane. */
  outlineLevel?: number;
  /** A bottom border: the short rules under the agency name, the motto and the title. */
  ruleBelow?: boolean;
}

interface ParagraphKind {
  /** The paragraph style; absent for kinds that are body text (Normal) with direct formatting only. */
  style?: { id: string; name: string };
  paragraph: ParagraphFormat;
  run: RunFormat;
}

type KindName =
  | "body"
  | "guidance"
  | "blank"
  | "rule"
  | "parentAgency"
  | "agency"
  | "number"
  | "nationalTitle"
  | "motto"
  | "placeDate"
  | "title"
  | "subtitle"
  | "groupHeading"
  | "sectionHeading"
  | "recipientsHeading"
  | "recipient"
  | "authority"
  | "signer"
  | "pageNumber";

/** Every kind of paragraph the skeleton writes, with the sizes of Decree 30 as the profile sets them. */
function paragraphKinds(profile: ReportProfile): Record<KindName, ParagraphKind> {
  const { sizes, firstLineIndentCm, spacingAfterPt, lineSpacing } = profile.layout;
  const body: ParagraphFormat = {
    align: "both",
    firstLineTwips: cmToTwips(firstLineIndentCm),
    afterPt: spacingAfterPt,
    line: { multiple: lineSpacing },
  };
  const centred: ParagraphFormat = { align: "center" };
  const left: ParagraphFormat = { align: "left" };
  const styled = (id: string, name: string, paragraph: ParagraphFormat, run: RunFormat): ParagraphKind => ({
    style: { id: `BaoCao${id}`, name: `Báo cáo - ${name}` },
    paragraph,
    run,
  });
  return {
    body: { paragraph: body, run: { sizePt: sizes.body } },
    guidance: { paragraph: body, run: { sizePt: sizes.body, placeholder: true } },
    blank: { paragraph: centred, run: { sizePt: sizes.signature } },
    // A thin paragraph held a little below the text, so the rule does not touch its descenders.
    rule: { paragraph: { align: "center", beforePt: 3, line: { exactPt: 2 }, ruleBelow: true }, run: { sizePt: 1 } },
    parentAgency: styled("CoQuanChuQuan", "Cơ quan chủ quản", centred, { sizePt: sizes.agency }),
    agency: styled("CoQuanBanHanh", "Cơ quan ban hành", centred, { sizePt: sizes.agency, bold: true }),
    number: styled("SoKyHieu", "Số, ký hiệu", { ...centred, beforePt: 6 }, { sizePt: sizes.number }),
    nationalTitle: styled("QuocHieu", "Quốc hiệu", centred, { sizePt: sizes.nationalTitle, bold: true }),
    motto: styled("TieuNgu", "Tiêu ngữ", centred, { sizePt: sizes.motto, bold: true }),
    placeDate: styled("DiaDanhNgay", "Địa danh, ngày tháng", { ...centred, beforePt: 6 }, { sizePt: sizes.placeDate, italic: true }),
    title: styled("TenLoai", "Tên loại", { ...centred, beforePt: 24, keepNext: true }, { sizePt: sizes.title, bold: true }),
    subtitle: styled("TrichYeu", "Trích yếu", { ...centred, keepNext: true }, { sizePt: sizes.title, bold: true }),
    groupHeading: styled("DeMucLon", "Đề mục lớn", { ...body, keepNext: true, outlineLevel: 0 }, { sizePt: sizes.body, bold: true }),
    sectionHeading: styled("DeMuc", "Đề mục", { ...body, keepNext: true, outlineLevel: 1 }, { sizePt: sizes.body, bold: true }),
    recipientsHeading: styled(
      "NoiNhan",
      "Nơi nhận",
      { ...left, beforePt: 12 },
      { sizePt: sizes.recipientsHeading, bold: true, italic: true },
    ),
    recipient: styled("DanhSachNoiNhan", "Danh sách nơi nhận", left, { sizePt: sizes.recipients }),
    authority: styled("ChucVuNguoiKy", "Chức vụ người ký", centred, { sizePt: sizes.signature, bold: true }),
    signer: styled("HoTenNguoiKy", "Họ tên người ký", centred, { sizePt: sizes.signature, bold: true }),
    pageNumber: styled("SoTrang", "Số trang", centred, { sizePt: sizes.body }),
  };
}

function runPropertyElements(font: string, format: RunFormat): string {
  const f = escapeXml(font);
  const size = halfPoints(format.sizePt);
  return (
    `<w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:eastAsia="${f}" w:cs="${f}"/>` +
    (format.bold ? "<w:b/><w:bCs/>" : "") +
    (format.italic || format.placeholder ? "<w:i/><w:iCs/>" : "") +
    `<w:color w:val="${format.placeholder ? PLACEHOLDER_COLOR : BLACK}"/>` +
    `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>` +
    // Vietnamese proofing, whatever the language of the document the blocks are inserted into.
    '<w:lang w:val="vi-VN"/>'
  );
}

function runProperties(font: string, format: RunFormat): string {
  const style = format.placeholder ? `<w:rStyle w:val="${PLACEHOLDER_STYLE_ID}"/>` : "";
  return `<w:rPr>${style}${runPropertyElements(font, format)}</w:rPr>`;
}

function paragraphPropertyElements(p: ParagraphFormat): string {
  const line = p.line ?? { multiple: 1 };
  const lineAttributes =
    "multiple" in line
      ? `w:line="${Math.round(240 * line.multiple)}" w:lineRule="auto"`
      : `w:line="${ptToTwips(line.exactPt)}" w:lineRule="exact"`;
  return (
    (p.keepNext ? "<w:keepNext/>" : "") +
    (p.ruleBelow ? `<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="${BLACK}"/></w:pBdr>` : "") +
    `<w:spacing w:before="${ptToTwips(p.beforePt ?? 0)}" w:after="${ptToTwips(p.afterPt ?? 0)}" ${lineAttributes}/>` +
    `<w:ind w:left="${p.leftTwips ?? 0}" w:right="${p.rightTwips ?? 0}" w:firstLine="${p.firstLineTwips ?? 0}"/>` +
    `<w:jc w:val="${p.align}"/>` +
    (p.outlineLevel === undefined ? "" : `<w:outlineLvl w:val="${p.outlineLevel}"/>`)
  );
}

/** A paragraph of the given kind around ready-made content; `adjust` changes this paragraph only. */
function paragraphWith(font: string, kind: ParagraphKind, content: string, adjust: Partial<ParagraphFormat> = {}): string {
  const style = kind.style ? `<w:pStyle w:val="${kind.style.id}"/>` : "";
  // The paragraph mark's format sets the height of an empty paragraph and the format of text typed into it.
  const properties = `<w:pPr>${style}${paragraphPropertyElements({ ...kind.paragraph, ...adjust })}${runProperties(font, kind.run)}</w:pPr>`;
  return `<w:p>${properties}${content}</w:p>`;
}

/** A paragraph of one run of text (no run when the text is empty). */
function paragraph(font: string, kind: ParagraphKind, text = "", adjust: Partial<ParagraphFormat> = {}): string {
  const run = text ? `<w:r>${runProperties(font, kind.run)}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>` : "";
  return paragraphWith(font, kind, run, adjust);
}

/**
 * The styles the blocks reference: Normal (body text), one paragraph style per styled kind, and the
 * placeholder character style. For the styles part of both the Flat OPC package and the .docx.
 */
export function skeletonStyles(profile: ReportProfile): string {
  const font = profile.layout.font;
  const kinds = paragraphKinds(profile);
  const style = (id: string, name: string, extra: string, k: ParagraphKind) =>
    `<w:style w:type="paragraph"${extra} w:styleId="${id}"><w:name w:val="${escapeXml(name)}"/>` +
    (id === "Normal" ? "" : '<w:next w:val="Normal"/>') +
    `<w:qFormat/><w:pPr>${paragraphPropertyElements(k.paragraph)}</w:pPr><w:rPr>${runPropertyElements(font, k.run)}</w:rPr></w:style>`;
  const named = Object.values(kinds).flatMap((k) => (k.style ? [style(k.style.id, k.style.name, ' w:customStyle="1"', k)] : []));
  return (
    style("Normal", "Normal", ' w:default="1"', kinds.body) +
    named.join("") +
    `<w:style w:type="character" w:styleId="${PLACEHOLDER_STYLE_ID}"><w:name w:val="Placeholder Text"/>` +
    '<w:uiPriority w:val="99"/><w:semiHidden/>' +
    `<w:rPr><w:i/><w:iCs/><w:color w:val="${PLACEHOLDER_COLOR}"/></w:rPr></w:style>`
  );
}

// ---------------------------------------------------------------------------------------------------------
// Rules, tables and content controls

/**
 * An empty paragraph whose bottom border is a centred rule `lengthTwips` long within `availableTwips`.
 * Kept apart from the text it underlines: indents on the text's own paragraph would squeeze the text too.
 */
function rule(ctx: Context, availableTwips: number, lengthTwips: number): string {
  const side = Math.max(0, Math.round((availableTwips - lengthTwips) / 2));
  return paragraph(ctx.font, ctx.kinds.rule, "", { leftTwips: side, rightTwips: side });
}

/** Advance widths of Times New Roman Bold in thousandths of an em; accents do not widen a letter. */
const TIMES_BOLD_WIDTHS: Record<string, number> = {
  " ": 250,
  "-": 333,
  ",": 250,
  ".": 250,
  ";": 333,
  ":": 333,
  "/": 278,
  "(": 333,
  ")": 333,
  a: 500,
  b: 556,
  c: 444,
  d: 556,
  e: 444,
  f: 333,
  g: 500,
  h: 556,
  i: 278,
  j: 333,
  k: 556,
  l: 278,
  m: 833,
  n: 556,
  o: 500,
  p: 556,
  q: 556,
  r: 444,
  s: 389,
  t: 333,
  u: 556,
  v: 500,
  w: 722,
  x: 500,
  y: 500,
  z: 444,
  A: 722,
  B: 667,
  C: 722,
  D: 722,
  E: 667,
  F: 611,
  G: 778,
  H: 778,
  I: 389,
  J: 500,
  K: 778,
  L: 667,
  M: 944,
  N: 722,
  O: 778,
  P: 611,
  Q: 778,
  R: 722,
  S: 556,
  T: 667,
  U: 722,
  V: 722,
  W: 1000,
  X: 722,
  Y: 722,
  Z: 667,
};
const DEFAULT_WIDTH = 500;

/** Estimated width of bold text on one line: enough to size a rule or a column, not to lay out text. */
function boldTextWidthTwips(text: string, sizePt: number): number {
  const base = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
  let units = 0;
  for (const ch of base) units += TIMES_BOLD_WIDTHS[ch] ?? DEFAULT_WIDTH;
  return Math.round((units / 1000) * ptToTwips(sizePt));
}

/** A rule under bold text, `fraction` of the text's longest line (the text may wrap in `availableTwips`). */
function ruleUnder(ctx: Context, text: string, sizePt: number, availableTwips: number, fraction: number): string {
  const lineTwips = Math.min(boldTextWidthTwips(text, sizePt), availableTwips);
  return rule(ctx, availableTwips, Math.round(lineTwips * fraction));
}

const NO_BORDERS = ["top", "left", "bottom", "right", "insideH", "insideV"].map((edge) => `<w:${edge} w:val="nil"/>`).join("");

/** A fixed-width table with no borders on any edge; each row's cells hold ready-made blocks. */
function borderlessTable(widths: number[], rows: string[][]): string {
  const total = widths.reduce((a, b) => a + b, 0);
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("");
  const row = (cells: string[]) =>
    // cantSplit: neither the header nor the signature block breaks across pages.
    "<w:tr><w:trPr><w:cantSplit/></w:trPr>" +
    cells.map((blocks, i) => `<w:tc><w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/></w:tcPr>${blocks}</w:tc>`).join("") +
    "</w:tr>";
  return (
    "<w:tbl><w:tblPr>" +
    `<w:tblW w:w="${total}" w:type="dxa"/>` +
    `<w:tblBorders>${NO_BORDERS}</w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/>' +
    `<w:tblCellMar><w:left w:w="${CELL_MARGIN_TWIPS}" w:type="dxa"/><w:right w:w="${CELL_MARGIN_TWIPS}" w:type="dxa"/></w:tblCellMar>` +
    `</w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.map(row).join("")}</w:tbl>`
  );
}

/** A stable positive 31-bit id per tag (FNV-1a), so the same skeleton always gets the same ids. */
export function controlId(tag: string): number {
  let hash = 0x811c9dc5;
  for (const ch of tag) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash & 0x7fffffff || 1;
}

interface ControlOptions {
  tag: string;
  /** The control's title, shown by Word on its handle. */
  alias: string;
  /** The format of text the drafter types once the placeholder is gone. */
  typed?: RunFormat;
  /** The content is placeholder text: Word selects it whole on click and replaces it on typing. */
  placeholder?: boolean;
}

/** A block-level rich-text content control (rich text is the kind with no type element in w:sdtPr). */
function control(ctx: Context, options: ControlOptions, blocks: string): string {
  return (
    "<w:sdt><w:sdtPr>" +
    (options.typed ? runProperties(ctx.font, options.typed) : "") +
    `<w:alias w:val="${escapeXml(options.alias)}"/>` +
    `<w:tag w:val="${escapeXml(options.tag)}"/>` +
    `<w:id w:val="${controlId(options.tag)}"/>` +
    (options.placeholder ? "<w:showingPlcHdr/>" : "") +
    `</w:sdtPr><w:sdtContent>${blocks}</w:sdtContent></w:sdt>`
  );
}

// ---------------------------------------------------------------------------------------------------------
// The parts

interface Context {
  profile: ReportProfile;
  fields: SkeletonFields;
  font: string;
  kinds: Record<KindName, ParagraphKind>;
  names: PlaceNames;
  /** The signing date; null leaves it to fill. */
  date: CalendarDate | null;
  textWidthTwips: number;
  /** Left and right columns of the header and closing tables; the right one fits the national title. */
  columns: [number, number];
}

function context(profile: ReportProfile, fields: SkeletonFields): Context {
  const { layout, document } = profile;
  const textWidthTwips = A4_TWIPS.width - mmToTwips(layout.marginsMm.left) - mmToTwips(layout.marginsMm.right);
  // The estimate runs about 2% short of the real glyphs (Vietnamese capitals, Word's layout): a column sized to it
  // exactly wraps "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", which must stand on one line.
  const titleNeeds =
    Math.round(boldTextWidthTwips(document.nationalTitle, layout.sizes.nationalTitle) * 1.04) + 2 * CELL_MARGIN_TWIPS + 100;
  const right = Math.min(Math.max(titleNeeds, Math.round(textWidthTwips * 0.55)), Math.round(textWidthTwips * 0.62));
  const date = clean(fields.date) ? parseIsoDate(fields.date) : null;
  if (clean(fields.date) && !date) throw new RangeError(`Ngày không hợp lệ: "${fields.date}" (cần dạng YYYY-MM-DD).`);
  return {
    profile,
    fields,
    font: layout.font,
    kinds: paragraphKinds(profile),
    names: placeNames(profile, fields.province),
    date,
    textWidthTwips,
    columns: [textWidthTwips - right, right],
  };
}

function documentLabel(profile: ReportProfile, id: string): string {
  return profile.documentItems.find((item) => item.id === id)?.label.vi ?? id;
}

function header(ctx: Context): string {
  const { profile, font, kinds, names, fields } = ctx;
  const { document: doc, layout } = profile;
  const [left, right] = ctx.columns.map((w) => w - 2 * CELL_MARGIN_TWIPS);
  const docControl = (tag: string, blocks: string) => control(ctx, { tag, alias: documentLabel(profile, tag) }, blocks);

  const agency = docControl(
    "doc.agency",
    paragraph(font, kinds.parentAgency, names.parentAgency) +
      paragraph(font, kinds.agency, doc.agency) +
      ruleUnder(ctx, doc.agency, layout.sizes.agency, left, 0.4),
  );
  const nationalTitle =
    paragraph(font, kinds.nationalTitle, doc.nationalTitle) +
    paragraph(font, kinds.motto, doc.motto) +
    ruleUnder(ctx, doc.motto, layout.sizes.motto, right, 1);
  // A second row, so that "Số:" and the place and date share a line as Decree 30 places them.
  const number = docControl("doc.number", paragraph(font, kinds.number, numberLine(profile, fields)));
  const placeDate = docControl("doc.date", paragraph(font, kinds.placeDate, `${names.place}, ${vietnameseDate(ctx.date, profile.year)}`));
  return borderlessTable(ctx.columns, [
    [agency, nationalTitle],
    [number, placeDate],
  ]);
}

function title(ctx: Context): string {
  const { profile, font, kinds } = ctx;
  const doc = profile.document;
  return control(
    ctx,
    { tag: "doc.title", alias: documentLabel(profile, "doc.title") },
    paragraph(font, kinds.title, doc.title) +
      paragraph(font, kinds.subtitle, doc.subtitle) +
      ruleUnder(ctx, doc.subtitle, profile.layout.sizes.title, ctx.textWidthTwips, 0.33),
  );
}

function opening(ctx: Context): string {
  const { profile, font, kinds, names } = ctx;
  const text = profile.document.opening.replace(/\{agency\}/g, profile.document.agencyInText).replace(/\{province\}/g, names.inText);
  return control(ctx, { tag: "doc.opening", alias: "Mở đầu" }, paragraph(font, kinds.body, text, { beforePt: 12 }));
}

function groupHeading(ctx: Context, group: SectionGroup): string {
  return control(ctx, { tag: group.id, alias: group.heading }, paragraph(ctx.font, ctx.kinds.groupHeading, group.heading));
}

function section(ctx: Context, sec: Section, withHeading: boolean): string {
  const heading = withHeading ? paragraph(ctx.font, ctx.kinds.sectionHeading, sec.heading) : "";
  const guidance = sec.guidance.map((text) => paragraph(ctx.font, ctx.kinds.guidance, text)).join("");
  const options: ControlOptions = { tag: sec.id, alias: `${sec.id}. ${sec.title.vi}`, typed: ctx.kinds.body.run, placeholder: true };
  return heading + control(ctx, options, guidance);
}

function closing(ctx: Context): string {
  const { profile, font, kinds, names, fields } = ctx;
  const doc = profile.document;
  const recipients = control(
    ctx,
    { tag: "doc.recipients", alias: documentLabel(profile, "doc.recipients") },
    paragraph(font, kinds.recipientsHeading, profile.document.recipientsHeading) +
      doc.recipients.map((text) => paragraph(font, kinds.recipient, `- ${text.replace(/\{provinceKind\}/g, names.kind)}`)).join(""),
  );
  const titles = fields.deputy ? [doc.signature.deputyPrefix, doc.signature.deputyTitle] : [doc.signature.director];
  const signature = control(
    ctx,
    { tag: "doc.signature", alias: documentLabel(profile, "doc.signature") },
    // Space above the authority lines them up with "Nơi nhận:" on the left.
    titles
      .map((text, i) => paragraph(font, kinds.authority, text, { beforePt: i === 0 ? kinds.recipientsHeading.paragraph.beforePt : 0 }))
      .join("") +
      paragraph(font, kinds.blank).repeat(SIGNATURE_SPACE_LINES) +
      paragraph(font, kinds.signer, clean(fields.signer)),
  );
  return borderlessTable(ctx.columns, [[recipients, signature]]);
}

/**
 * The skeleton's parts in document order, each as body-level blocks (no w:body around them). Sections listed in
 * `headingKept` are written without their heading: the document still has it.
 */
export function skeletonParts(
  profile: ReportProfile,
  fields: SkeletonFields,
  headingKept: readonly PartId[] = [],
): { id: PartId; xml: string }[] {
  const ctx = context(profile, fields);
  const builders = new Map<string, () => string>([
    ["header", () => header(ctx)],
    ["title", () => title(ctx)],
    ["opening", () => opening(ctx)],
    ["closing", () => closing(ctx)],
  ]);
  for (const group of profile.groups) {
    builders.set(group.id, () => groupHeading(ctx, group));
    for (const sec of group.sections) builders.set(sec.id, () => section(ctx, sec, !headingKept.includes(sec.id)));
  }
  return skeletonPartInfo(profile).map(({ id }) => {
    const build = builders.get(id);
    if (!build) throw new Error(`No builder for skeleton part "${id}".`);
    return { id, xml: build() };
  });
}

/** The chosen parts (all when `only` is absent), in document order whatever the order of `only`. */
export function skeletonBodyXml(
  profile: ReportProfile,
  fields: SkeletonFields,
  only?: PartId[],
  headingKept: readonly PartId[] = [],
): string {
  return skeletonParts(profile, fields, headingKept)
    .filter((part) => !only || only.includes(part.id))
    .map((part) => part.xml)
    .join("");
}

/** The page-number header's paragraph: a centred PAGE field (Decree 30: 13–14 pt, upright). */
export function pageNumberParagraph(profile: ReportProfile): string {
  const kind = paragraphKinds(profile).pageNumber;
  const font = profile.layout.font;
  return paragraphWith(font, kind, `<w:fldSimple w:instr=" PAGE "><w:r>${runProperties(font, kind.run)}<w:t>1</w:t></w:r></w:fldSimple>`);
}

/**
 * The final section properties of a whole document: A4 portrait, the profile's margins, and a distinct first
 * page so the page number (header `headerRelId`) shows from page 2 on. Needs the `r` namespace in scope.
 */
export function sectionProperties(profile: ReportProfile, headerRelId: string): string {
  const m = profile.layout.marginsMm;
  return (
    `<w:sectPr><w:headerReference w:type="default" r:id="${escapeXml(headerRelId)}"/>` +
    `<w:pgSz w:w="${A4_TWIPS.width}" w:h="${A4_TWIPS.height}"/>` +
    `<w:pgMar w:top="${mmToTwips(m.top)}" w:right="${mmToTwips(m.right)}" w:bottom="${mmToTwips(m.bottom)}" w:left="${mmToTwips(m.left)}" ` +
    `w:header="${HEADER_DISTANCE_TWIPS}" w:footer="${HEADER_DISTANCE_TWIPS}" w:gutter="0"/>` +
    '<w:cols w:space="720"/><w:titlePg/></w:sectPr>'
  );
}
