import { ReportProfile } from "../../profiles/schema";
import { DocModel, Paragraph, Table } from "../model";
import { fold } from "../text";
import { IndicatorColumn } from "./types";

/** One indicator table found in a document: its columns by position, its data rows, and where it is. */
export interface FoundTable {
  table: Table;
  /** The column each cell position holds; null for a column the checker does not know. */
  columns: (IndicatorColumn | null)[];
  /** How many rows the header takes (one, or two when the years stand under "Thực hiện" / "Kế hoạch"). */
  headerRows: number;
  rows: FoundRow[];
}

export interface FoundRow {
  /** Position in the table's rows (header rows included), as Word's Table API counts them. */
  index: number;
  /** Cell texts by column; a column the table lacks is absent. */
  cells: Partial<Record<IndicatorColumn, string>>;
  /** The profile's indicator whose name this row bears, if any. */
  indicatorId?: string;
}

/**
 * What a header cell says, folded: "Chỉ tiêu", "ĐVT", "TH 2016", "KH 2017", "So KH", "So 2016", "KH 2018", and the
 * longer ways departments write them ("Thực hiện năm 2016", "Kế hoạch 2018", "So sánh với kế hoạch (%)").
 */
function columnOf(header: string, profile: ReportProfile): IndicatorColumn | null {
  const h = fold(header);
  const has = (year: number) => new RegExp(`(^|[^0-9])${year}([^0-9]|$)`).test(h);
  const actualWord = /(^|[^a-z])(th|thuc hien|uoc th|uoc thuc hien|uoc)([^a-z]|$)/.test(h);
  const planWord = /(^|[^a-z])(kh|ke hoach|chi tieu kh)([^a-z]|$)/.test(h);
  if (/(^|[^a-z])so( sanh)?( voi)?([^a-z]|$)/.test(h) || /ty le.*(so|voi)/.test(h)) {
    if (planWord) return "vsPlan";
    if (has(profile.year - 1) || /cung ky|nam truoc/.test(h)) return "vsPrev";
    return null;
  }
  if (/^(stt|tt)$/.test(h)) return null;
  if (/(^|[^a-z])(dvt|don vi( tinh)?)([^a-z]|$)/.test(h)) return "unit";
  if (/(^|[^a-z])(chi tieu|noi dung|ten chi tieu)([^a-z]|$)/.test(h) && !has(profile.year) && !has(profile.planYear)) return "name";
  if (planWord && has(profile.planYear)) return "planNext";
  if (planWord && has(profile.year)) return "plan";
  if (actualWord && has(profile.year)) return "actual";
  if (actualWord && has(profile.year - 1)) return "actualPrev";
  return null;
}

/** A header that says what an indicator table's must: the indicator, the year's plan and the year's result. */
function isIndicatorHeader(columns: (IndicatorColumn | null)[]): boolean {
  return columns.includes("name") && columns.includes("actual") && (columns.includes("plan") || columns.includes("actualPrev"));
}

/**
 * The columns of a header of one or two rows: a second row that only names years under a first that says "Thực
 * hiện" or "Kế hoạch" (merged cells written once) is read as one header, its cells joined to the ones above.
 */
function headerOf(table: Table, profile: ReportProfile): { columns: (IndicatorColumn | null)[]; rows: number } | null {
  const first = table.rows[0];
  if (!first) return null;
  const one = first.map((cell) => columnOf(cell, profile));
  if (isIndicatorHeader(one)) return { columns: one, rows: 1 };
  const second = table.rows[1];
  if (!second) return null;
  // The second row's cells stand under the first row's last cells (those of the first that span it come first).
  const offset = first.length - second.length;
  const joined = first.map((cell, i) => {
    const under = i >= offset && offset >= 0 ? second[i - offset] : undefined;
    return columnOf(under === undefined ? cell : `${cell} ${under}`, profile);
  });
  if (offset > 0 && isIndicatorHeader(joined)) return { columns: joined, rows: 2 };
  // A first row of groups ("Thực hiện" spanning two years) with the second row written cell for cell.
  const stacked = second.map((cell, i) => columnOf(`${first[Math.min(i, first.length - 1)]} ${cell}`, profile));
  if (second.length >= first.length && isIndicatorHeader(stacked)) return { columns: stacked, rows: 2 };
  return null;
}

/** The profile's indicators by folded name, without a leading "Trong đó:" or numbering. */
function catalogueNames(profile: ReportProfile): Map<string, string> {
  return new Map(profile.indicators.map((indicator) => [nameKey(indicator.name), indicator.id]));
}

/** A row's name as compared with the catalogue: folded, numbering and "trong đó" gone, spaces single. */
export function nameKey(name: string): string {
  return fold(name)
    .replace(/^\s*([0-9ivx]+[.)]|[a-z][)]|[-+*•])\s*/, "")
    .replace(/^trong do\s*:?\s*/, "")
    .replace(/[.:;,]+$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Every indicator table of the document, in order, with its data rows read by column. */
export function findIndicatorTables(profile: ReportProfile, doc: DocModel): FoundTable[] {
  return indicatorTablesIn(
    profile,
    doc.blocks.filter((block): block is Table => block.kind === "table"),
  );
}

/** Each table read once per profile: the checklist, the rules and "Tính lại" all ask for the same tables. */
const readTables = new WeakMap<Table, Map<ReportProfile, FoundTable | null>>();

/** The indicator tables among these. */
export function indicatorTablesIn(profile: ReportProfile, tables: readonly Table[]): FoundTable[] {
  const found: FoundTable[] = [];
  for (const block of tables) {
    let byProfile = readTables.get(block);
    if (!byProfile) readTables.set(block, (byProfile = new Map()));
    if (!byProfile.has(profile)) byProfile.set(profile, readTable(profile, block));
    const table = byProfile.get(profile);
    if (table) found.push(table);
  }
  return found;
}

/** A table read as an indicator table, or null when its header is not one. */
function readTable(profile: ReportProfile, block: Table): FoundTable | null {
  const header = headerOf(block, profile);
  if (!header) return null;
  const names = catalogueNames(profile);
  const rows: FoundRow[] = [];
  for (let index = header.rows; index < block.rows.length; index++) {
    const cells: Partial<Record<IndicatorColumn, string>> = {};
    block.rows[index].forEach((text, i) => {
      const column = header.columns[i];
      if (column && cells[column] === undefined) cells[column] = text.trim();
    });
    // A row with no name is a group label or an empty row left at the end.
    if (!cells.name) continue;
    const indicatorId = names.get(nameKey(cells.name));
    rows.push(indicatorId ? { index, cells, indicatorId } : { index, cells });
  }
  return { table: block, columns: header.columns, headerRows: header.rows, rows };
}

/** The paragraph of a row's name cell: where a finding or a quote about the row points. */
export function rowParagraph(table: FoundTable, row: FoundRow): Paragraph | undefined {
  const name = (row.cells.name ?? "").trim();
  return table.table.paragraphs.find((p) => p.text.trim() === name);
}
