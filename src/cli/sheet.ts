/**
 * The sheet of every province's figures that `report-drafter indicators PATH… --out FILE.csv|FILE.xlsx` writes: one
 * row per indicator per report, the columns of the indicator table (report-spec.md §5) with the years the profile
 * names. This module only turns rows into the bytes of a file; collecting the figures is the command's job.
 *
 * Numbers: a figure is written as the caller gives it, rounded to at most MAX_DECIMALS decimals so float noise
 * (0.1 + 0.2 = 0.30000000000000004) does not reach the sheet; the CSV and the XLSX hold the same rounded value.
 *
 * CSV (RFC 4180): UTF-8 with a BOM, so Excel reads Vietnamese right; CRLF line ends; a field is quoted when it holds a
 * comma, a quote, CR or LF, with quotes doubled; numbers plain, "." as the decimal mark, no grouping, never in
 * exponent notation ("19850", "104.5", "-0.35"); an empty figure is an empty field. The separator is always a comma,
 * whatever the machine's list separator: the CSV is meant for other programs; for people opening it in Excel on
 * a Vietnamese-formatted Windows, the XLSX is the one to use.
 *
 * CSV injection: a text field (file, province, indicator id, indicator, unit) that starts with "=", "+", "-", "@", a
 * tab or CR gets a leading apostrophe ("'=HYPERLINK(…)"), as OWASP advises. Excel, the program a double-click opens a
 * .csv with on the offices' machines, would otherwise run it as a formula, and these texts come from documents and
 * file names that other offices sent: they are not ours to trust. Vietnamese lists often start a line with "- ",
 * so this is no theoretical case either: "- Số lao động…" would otherwise show as #NAME?. The price is that such a
 * field reads one apostrophe longer in any program; a reader that wants the original drops an apostrophe followed
 * by one of those characters at the start of a text field. Figures are numbers, so "-0.35" is never touched. The
 * XLSX needs no such guard: its cells are typed, text is never a formula there, and it keeps every text as given.
 */
import type { CollectedIndicator } from "../core/indicators/collect";
import type { Workbook, Worksheet } from "exceljs";
import * as path from "path";
import { unzipSync, zipSync, type Zippable } from "fflate";

/** The profile's years: the year reported on, the one before it and the one planned. */
export interface SheetYears {
  prevYear: number;
  year: number;
  planYear: number;
}

/** The columns for letter 5121's profile (2016, 2017, 2018); sheetColumns gives them for any profile. */
export const SHEET_COLUMNS = [
  "file",
  "province",
  "indicator_id",
  "indicator",
  "unit",
  "actual_2016",
  "plan_2017",
  "actual_2017",
  "vs_plan",
  "vs_2016",
  "plan_2018",
] as const;

/** The header of the sheet, with the profile's years. */
export function sheetColumns(years: SheetYears): string[] {
  const { prevYear, year, planYear } = years;
  return [
    "file",
    "province",
    "indicator_id",
    "indicator",
    "unit",
    `actual_${prevYear}`,
    `plan_${year}`,
    `actual_${year}`,
    "vs_plan",
    `vs_${prevYear}`,
    `plan_${planYear}`,
  ];
}

/** One indicator of one report, with the report's file (as the command names it) and province. A null figure is an empty cell. */
export type SheetRow = { file: string; province: string } & CollectedIndicator;

/** A row's cells in column order: text first, then the figures. */
const TEXT_FIELDS = ["file", "province", "indicatorId", "indicator", "unit"] as const;
const FIGURE_FIELDS = ["actualPrev", "plan", "actual", "vsPlan", "vsPrev", "planNext"] as const;

/** Figures are rounded to this many decimals at most. */
export const MAX_DECIMALS = 6;

/**
 * A figure as plain decimal text: "." as the decimal mark, no grouping, no exponent, at most MAX_DECIMALS decimals
 * and no trailing zeros ("19850", "104.5", "-0.35", 0.1 + 0.2 → "0.3"). NaN and infinities are a caller's bug.
 */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  if (Math.abs(value) >= 1e21) return expandExponent(value);
  let text = value.toFixed(MAX_DECIMALS);
  if (text.includes(".")) text = text.replace(/0+$/, "").replace(/\.$/, "");
  return text === "-0" ? "0" : text;
}

/**
 * A number from 1e21 on, where toFixed and String switch to exponent notation, written out: the shortest digits
 * that give it back ("2.5e+22" → "25000000000000000000000"), not its exact binary value (…997902848).
 */
function expandExponent(value: number): string {
  const [mantissa, exponent] = String(Math.abs(value)).split("e+");
  const [whole, fraction = ""] = mantissa.split(".");
  return `${value < 0 ? "-" : ""}${whole}${fraction}${"0".repeat(Number(exponent) - fraction.length)}`;
}

/** Text that Excel would take for a formula when it opens a CSV. */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvText(text: string): string {
  return csvField(FORMULA_START.test(text) ? `'${text}` : text);
}

function checkedFigure(row: SheetRow, field: (typeof FIGURE_FIELDS)[number], index: number): number | null {
  const value = row[field];
  if (value !== null && !Number.isFinite(value)) {
    throw new RangeError(`row ${index + 1} (${row.file}, ${row.indicatorId}): ${field} is ${value}, not a finite number`);
  }
  return value;
}

const BOM = [0xef, 0xbb, 0xbf];

/** The sheet as a CSV file (see the top of this file for the format and the formula guard). */
export function csvBytes(rows: SheetRow[], years: SheetYears): Uint8Array {
  const lines = [sheetColumns(years).map(csvField).join(",")];
  rows.forEach((row, index) => {
    const texts = TEXT_FIELDS.map((field) => csvText(row[field]));
    const figures = FIGURE_FIELDS.map((field) => {
      const value = checkedFigure(row, field, index);
      return value === null ? "" : plainNumber(value);
    });
    lines.push([...texts, ...figures].join(","));
  });
  const text = new TextEncoder().encode(lines.map((line) => `${line}\r\n`).join(""));
  const bytes = new Uint8Array(BOM.length + text.length);
  bytes.set(BOM);
  bytes.set(text, BOM.length);
  return bytes;
}

/** The sheet's name in the workbook. */
export const SHEET_NAME = "Chỉ tiêu";

/** The date in the workbook's properties and on its zip entries unless the caller gives one, so the output is stable. */
export const FIXED_DATE = new Date("2000-01-01T00:00:00Z");

export interface XlsxOptions {
  /** Written as the workbook's created and modified dates and the zip entries' times (1980 to 2099); FIXED_DATE when absent. */
  date?: Date;
}

/**
 * The number format of a figure: grouping, and exactly the decimals it has ("#,##0", "#,##0.0", "#,##0.00"…), so
 * 19850 shows as 19.850 and 104.5 as 104,5 in Excel's Vietnamese format, without the trailing decimal mark that
 * "#,##0.##" leaves on whole numbers ("19.850,").
 */
function numberFormat(text: string): string {
  const decimals = text.includes(".") ? text.length - text.indexOf(".") - 1 : 0;
  return decimals === 0 ? "#,##0" : `#,##0.${"0".repeat(decimals)}`;
}

/** How many characters a figure takes once grouped: one mark for every three digits before the decimal one. */
function groupedWidth(text: string): number {
  const digits = text.replace(/^-/, "").split(".")[0].length;
  return text.length + Math.floor((digits - 1) / 3);
}

/** Column widths in characters: as wide as the longest cell, within these bounds. */
const MIN_WIDTH = 10;
const MAX_WIDTH: Record<string, number> = { file: 40, province: 24, indicator_id: 24, indicator: 60, unit: 14 };
const MAX_FIGURE_WIDTH = 16;

const HEADER_FILL = "FFDDEBF7";

function fillSheet(sheet: Worksheet, rows: SheetRow[], years: SheetYears): void {
  const columns = sheetColumns(years);
  const widths = columns.map((name) => name.length);
  const fit = (column: number, width: number) => {
    widths[column] = Math.max(widths[column], width);
  };

  const header = sheet.addRow(columns);
  // The whole font, not just bold: a font element with only <b/> leaves the size and face to the reader's guess.
  header.font = { name: "Calibri", family: 2, size: 11, bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: { style: "thin" } };
    cell.alignment = { vertical: "middle" };
  });

  rows.forEach((row, index) => {
    const texts = TEXT_FIELDS.map((field) => row[field]);
    const figures = FIGURE_FIELDS.map((field) => {
      const value = checkedFigure(row, field, index);
      return value === null ? null : plainNumber(value);
    });
    const line = sheet.addRow([...texts, ...figures.map((text) => (text === null ? null : Number(text)))]);
    texts.forEach((text, column) => fit(column, [...text].length));
    figures.forEach((text, i) => {
      if (text === null) return;
      const column = TEXT_FIELDS.length + i;
      line.getCell(column + 1).numFmt = numberFormat(text);
      fit(column, groupedWidth(text));
    });
  });

  columns.forEach((name, column) => {
    const max = MAX_WIDTH[name] ?? MAX_FIGURE_WIDTH;
    sheet.getColumn(column + 1).width = Math.min(Math.max(widths[column] + 2, MIN_WIDTH), max);
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: columns.length } };
}

/**
 * The sheet as an .xlsx workbook (exceljs): one sheet, SHEET_NAME, with a bold filled header row frozen at the top
 * and an autofilter; figures are numeric cells with a number format that shows the decimals they have; text is
 * kept as given. The same rows and options give the same bytes.
 */
export async function xlsxBytes(rows: SheetRow[], years: SheetYears, options: XlsxOptions = {}): Promise<Uint8Array> {
  const date = options.date ?? FIXED_DATE;
  const year = date.getUTCFullYear();
  if (!(year >= 1980 && year <= 2099)) throw new RangeError(`a workbook's date must fall in 1980 to 2099 (zip times): ${date}`);
  // Loaded on first use: the other commands do not pay for exceljs.
  const ExcelJS = await import("exceljs");
  const workbook: Workbook = new ExcelJS.Workbook();
  workbook.creator = "report-drafter";
  workbook.lastModifiedBy = "report-drafter";
  workbook.created = date;
  workbook.modified = date;
  const sheet = workbook.addWorksheet(SHEET_NAME, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }],
  });
  fillSheet(sheet, rows, years);
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  // exceljs stamps each zip entry with the time of writing; the same entries again, with a fixed time, give
  // the same bytes for the same rows. Zip times are local wall-clock times: the date's UTC fields, read back
  // as local ones, give the same bytes in any time zone.
  const mtime = new Date(
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
  );
  const entries: Zippable = {};
  for (const [name, data] of Object.entries(unzipSync(written))) {
    // JSZip adds an entry for each folder; a workbook needs none.
    if (!name.endsWith("/")) entries[name] = [data, { mtime }];
  }
  return zipSync(entries, { level: 6 });
}

/** Which sheet format a file name asks for, by its extension (any case); null for any other. */
export function sheetFormatOf(file: string): "csv" | "xlsx" | null {
  const extension = path.extname(file).toLowerCase();
  return extension === ".csv" ? "csv" : extension === ".xlsx" ? "xlsx" : null;
}
