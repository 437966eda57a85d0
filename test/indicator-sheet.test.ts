/**
 * The sheet of every province's figures (src/cli/sheet.ts): the CSV byte for byte, the XLSX's own XML (typed
 * numeric cells, bold header, frozen row, autofilter, number formats), and the XLSX as an independent reader,
 * LibreOffice Calc, reads it back.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "fs";
import { strFromU8, unzipSync } from "fflate";
import { tmpdir } from "os";
import * as path from "path";
import { pathToFileURL } from "url";
import {
  csvBytes,
  plainNumber,
  SHEET_COLUMNS,
  SHEET_NAME,
  sheetColumns,
  sheetFormatOf,
  SheetRow,
  SheetYears,
  xlsxBytes,
} from "../src/cli/sheet";
import { findTool, requireTool } from "./helpers/tool";

const YEARS_2017: SheetYears = { prevYear: 2016, year: 2017, planYear: 2018 };
const YEARS_2019: SheetYears = { prevYear: 2018, year: 2019, planYear: 2020 };

const NO_FIGURES = { actualPrev: null, plan: null, actual: null, vsPlan: null, vsPrev: null, planNext: null };

/** The rows the suites write: Vietnamese names, separators in names, formula-like texts, awkward numbers. */
const ROWS: SheetRow[] = [
  {
    file: "Báo cáo Thanh Hóa.docx",
    province: "Thanh Hóa",
    indicatorId: "lao-dong-viec-lam",
    indicator: "Số lao động được tạo việc làm",
    unit: "người",
    actualPrev: 19850,
    plan: 19000,
    actual: 19855,
    vsPlan: 104.5,
    vsPrev: -0.35,
    planNext: 20000,
  },
  {
    file: "bao-cao, Ha Noi.docx",
    province: "Hà Nội",
    indicatorId: "ty-le-ho-ngheo",
    indicator: 'Tỷ lệ hộ nghèo, "theo chuẩn mới"\r\n(đa chiều)',
    unit: "%",
    actualPrev: 0.1 + 0.2,
    plan: 2.4999999999,
    actual: 1234567.125,
    vsPlan: 1e-7,
    vsPrev: -0,
    planNext: 0.000001,
  },
  {
    file: '=HYPERLINK("http://example.invalid","bấm").docx',
    province: "Bà Rịa - Vũng Tàu",
    indicatorId: "+84",
    indicator: "- Số người được hỗ trợ",
    unit: "-",
    ...NO_FIGURES,
    actual: 1e21,
    planNext: 123456789012.25,
  },
  {
    file: "@tong-hop.docx",
    province: "Đắk Lắk",
    indicatorId: "\tbao-tro",
    indicator: "Đối tượng bảo trợ xã hội",
    unit: "lượt người",
    ...NO_FIGURES,
  },
];

/** The figures of a row in column order. */
const figuresOf = (row: SheetRow) => [row.actualPrev, row.plan, row.actual, row.vsPlan, row.vsPrev, row.planNext];
const textsOf = (row: SheetRow) => [row.file, row.province, row.indicatorId, row.indicator, row.unit];

/** RFC 4180 records: fields, with whether each was quoted. */
function parseCsv(text: string): { value: string; quoted: boolean }[][] {
  const records: { value: string; quoted: boolean }[][] = [];
  let record: { value: string; quoted: boolean }[] = [];
  let i = 0;
  while (i < text.length) {
    let value = "";
    let quoted = false;
    if (text[i] === '"') {
      quoted = true;
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("unterminated quoted field");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else value += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== "," && text[i] !== "\r" && text[i] !== "\n") {
        if (text[i] === '"') throw new Error(`bare quote in an unquoted field at ${i}`);
        value += text[i++];
      }
    }
    record.push({ value, quoted });
    if (text[i] === ",") i++;
    else {
      if (text.startsWith("\r\n", i)) i += 2;
      else if (text[i] === "\n") i++;
      else if (i < text.length) throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
      records.push(record);
      record = [];
    }
  }
  return records;
}

describe("sheetColumns", () => {
  it("gives the 2017 profile's columns exactly", () => {
    expect(sheetColumns(YEARS_2017)).toEqual([...SHEET_COLUMNS]);
  });

  it("takes the years from the profile", () => {
    expect(sheetColumns(YEARS_2019)).toEqual([
      "file",
      "province",
      "indicator_id",
      "indicator",
      "unit",
      "actual_2018",
      "plan_2019",
      "actual_2019",
      "vs_plan",
      "vs_2018",
      "plan_2020",
    ]);
  });
});

describe("sheetFormatOf", () => {
  it.each([
    ["tong-hop.csv", "csv"],
    ["TONG-HOP.CSV", "csv"],
    ["out/Chỉ tiêu.xlsx", "xlsx"],
    ["C:\\Báo cáo\\tong hop.XlSx", "xlsx"],
    ["tong-hop.xls", null],
    ["tong-hop.csv.txt", null],
    ["tong-hop", null],
    [".csv", null],
    ["csv", null],
  ])("%s → %s", (file, format) => {
    expect(sheetFormatOf(file)).toBe(format);
  });
});

describe("plainNumber", () => {
  it.each([
    [19850, "19850"],
    [104.5, "104.5"],
    [-0.35, "-0.35"],
    [0.1 + 0.2, "0.3"],
    [2.4999999999, "2.5"],
    [0.000001, "0.000001"],
    [1e-7, "0"],
    [-1e-9, "0"],
    [-0, "0"],
    [1234567.125, "1234567.125"],
    [123456789012.25, "123456789012.25"],
    [1e21, "1000000000000000000000"],
    [-2.5e22, "-25000000000000000000000"],
    [1.7976931348623157e308, `17976931348623157${"0".repeat(292)}`],
  ])("%p → %s", (value, text) => {
    expect(plainNumber(value)).toBe(text);
  });

  it("refuses NaN and infinities", () => {
    expect(() => plainNumber(NaN)).toThrow(RangeError);
    expect(() => plainNumber(Infinity)).toThrow(RangeError);
  });
});

describe("csvBytes", () => {
  const bytes = csvBytes(ROWS, YEARS_2017);
  const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(3));

  it("starts with a UTF-8 BOM and holds valid UTF-8", () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.startsWith("\uFEFF")).toBe(false);
  });

  it("has the profile's header", () => {
    expect(text.split("\r\n")[0]).toBe(SHEET_COLUMNS.join(","));
    const header2019 = new TextDecoder().decode(csvBytes([], YEARS_2019).subarray(3));
    expect(header2019).toBe("file,province,indicator_id,indicator,unit,actual_2018,plan_2019,actual_2019,vs_plan,vs_2018,plan_2020\r\n");
  });

  it("ends every line with CRLF", () => {
    // Outside quoted fields, every line break is CRLF, and the file ends with one.
    const outsideQuotes = text.replace(/"(?:[^"]|"")*"/g, "");
    expect(outsideQuotes.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(outsideQuotes.match(/\r\n/g)).toHaveLength(ROWS.length + 1);
    expect(text.endsWith("\r\n")).toBe(true);
  });

  it("quotes commas, quotes and line breaks, and keeps Vietnamese intact", () => {
    const records = parseCsv(text);
    expect(records).toHaveLength(ROWS.length + 1);
    expect(records[2][0]).toEqual({ value: "bao-cao, Ha Noi.docx", quoted: true });
    expect(records[2][3]).toEqual({ value: 'Tỷ lệ hộ nghèo, "theo chuẩn mới"\r\n(đa chiều)', quoted: true });
    expect(text).toContain('"Tỷ lệ hộ nghèo, ""theo chuẩn mới""\r\n(đa chiều)"');
    // Fields that need no quotes get none.
    expect(records[1][1]).toEqual({ value: "Thanh Hóa", quoted: false });
    expect(records[1][4]).toEqual({ value: "người", quoted: false });
    // The same code points as given: nothing normalized, nothing lost.
    const decomposed = "Thanh Hóa".normalize("NFD");
    const [, row] = parseCsv(new TextDecoder().decode(csvBytes([{ ...ROWS[0], province: decomposed }], YEARS_2017).subarray(3)));
    expect(row[1].value).toBe(decomposed);
  });

  it("writes the texts as given, with an apostrophe before a leading = + - @ or tab", () => {
    const records = parseCsv(text).slice(1);
    const guard = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
    ROWS.forEach((row, r) => expect(records[r].slice(0, 5).map((f) => f.value)).toEqual(textsOf(row).map(guard)));
    expect(records[2].slice(0, 5).map((f) => f.value)).toEqual([
      `'=HYPERLINK("http://example.invalid","bấm").docx`,
      "Bà Rịa - Vũng Tàu",
      "'+84",
      "'- Số người được hỗ trợ",
      "'-",
    ]);
    expect(records[3][0].value).toBe("'@tong-hop.docx");
    expect(records[3][2].value).toBe("'\tbao-tro");
    // Text that merely holds such a character is left alone.
    expect(records[2][1].value).toBe("Bà Rịa - Vũng Tàu");
  });

  it("writes figures as plain numbers, rounded to 6 decimals, and nulls as empty fields", () => {
    const records = parseCsv(text).slice(1);
    expect(records.map((record) => record.slice(5).map((f) => f.value))).toEqual([
      ["19850", "19000", "19855", "104.5", "-0.35", "20000"],
      ["0.3", "2.5", "1234567.125", "0", "0", "0.000001"],
      ["", "", "1000000000000000000000", "", "", "123456789012.25"],
      ["", "", "", "", "", ""],
    ]);
    for (const record of records) for (const field of record.slice(5)) expect(field.quoted).toBe(false);
    expect(text).toContain("Đối tượng bảo trợ xã hội,lượt người,,,,,,\r\n");
    expect(text).toContain(",19850,19000,19855,104.5,-0.35,20000\r\n");
  });

  it("refuses a figure that is not a finite number", () => {
    expect(() => csvBytes([{ ...ROWS[0], vsPlan: NaN }], YEARS_2017)).toThrow(/row 1 .*vsPlan is NaN/);
  });

  it("writes only the header for no rows", () => {
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(csvBytes([], YEARS_2017))).toBe(`\uFEFF${SHEET_COLUMNS.join(",")}\r\n`);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The XLSX's own XML.

const decodeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => {
    const named: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };
    if (named[e]) return named[e];
    return String.fromCodePoint(e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });

const attr = (tag: string, name: string): string | undefined => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

interface Cell {
  ref: string;
  column: number;
  row: number;
  type: string | undefined;
  style: number;
  value: string | undefined;
}

const columnIndex = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;

/** The sheet's cells, with shared strings resolved into `value` for t="s". */
function cellsOf(parts: Record<string, Uint8Array>): Cell[] {
  const shared = [...strFromU8(parts["xl/sharedStrings.xml"] ?? new Uint8Array()).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((si) =>
    [...si[1].matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((t) => decodeXml(t[1])).join(""),
  );
  const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"]);
  return [...sheet.matchAll(/<c(\s[^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map((match) => {
    const ref = attr(match[1], "r") ?? "";
    const [, letters, digits] = ref.match(/^([A-Z]+)(\d+)$/) ?? [];
    const type = attr(match[1], "t");
    const raw = match[2]?.match(/<v>([\s\S]*?)<\/v>/)?.[1];
    const inline = match[2]?.match(/<is>[\s\S]*?<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/)?.[1];
    const value = type === "s" && raw !== undefined ? shared[Number(raw)] : inline !== undefined ? decodeXml(inline) : raw;
    return { ref, column: columnIndex(letters), row: Number(digits) - 1, type, style: Number(attr(match[1], "s") ?? 0), value };
  });
}

/** Excel's built-in number formats that a writer may refer to by id alone. */
const BUILTIN_FORMATS: Record<number, string> = { 0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00" };

/** Each cell style's bold, fill and number format, from styles.xml. */
function stylesOf(parts: Record<string, Uint8Array>) {
  const styles = strFromU8(parts["xl/styles.xml"]);
  const section = (name: string) => styles.match(new RegExp(`<${name}[^>]*>([\\s\\S]*?)</${name}>`))?.[1] ?? "";
  const fonts = [...section("fonts").matchAll(/<font\b[^>]*?(?:\/>|>([\s\S]*?)<\/font>)/g)].map((m) =>
    /<b\/>|<b val="(1|true)"\/>/.test(m[1] ?? ""),
  );
  const fills = [...section("fills").matchAll(/<fill>([\s\S]*?)<\/fill>/g)].map((m) => /patternType="solid"/.test(m[1]));
  const formats: Record<number, string> = { ...BUILTIN_FORMATS };
  for (const m of section("numFmts").matchAll(/<numFmt\s[^>]*\/>/g)) {
    formats[Number(attr(m[0], "numFmtId"))] = decodeXml(attr(m[0], "formatCode") ?? "");
  }
  return [...section("cellXfs").matchAll(/<xf\s[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => ({
    bold: fonts[Number(attr(m[0], "fontId") ?? 0)] ?? false,
    filled: fills[Number(attr(m[0], "fillId") ?? 0)] ?? false,
    format: formats[Number(attr(m[0], "numFmtId") ?? 0)],
  }));
}

describe("xlsxBytes", () => {
  let bytes: Uint8Array;
  let parts: Record<string, Uint8Array>;
  let cells: Cell[];
  let sheetXml: string;

  beforeAll(async () => {
    bytes = await xlsxBytes(ROWS, YEARS_2017);
    parts = unzipSync(bytes);
    cells = cellsOf(parts);
    sheetXml = strFromU8(parts["xl/worksheets/sheet1.xml"]);
  });

  const cellAt = (row: number, column: number) => cells.find((c) => c.row === row && c.column === column);

  it("is one sheet named Chỉ tiêu", () => {
    const workbook = strFromU8(parts["xl/workbook.xml"]);
    expect([...workbook.matchAll(/<sheet\s[^>]*>/g)].map((m) => decodeXml(attr(m[0], "name") ?? ""))).toEqual([SHEET_NAME]);
    expect(SHEET_NAME).toBe("Chỉ tiêu");
  });

  it("has the profile's header, bold and filled", () => {
    const styles = stylesOf(parts);
    const header = cells.filter((c) => c.row === 0);
    expect(header.map((c) => c.value)).toEqual([...SHEET_COLUMNS]);
    for (const cell of header) {
      expect(cell.type).toBe("s");
      expect(styles[cell.style]).toMatchObject({ bold: true, filled: true });
    }
    // The data rows are not bold.
    for (const cell of cells.filter((c) => c.row > 0)) expect(styles[cell.style].bold).toBe(false);
  });

  it("takes the header's years from the profile", async () => {
    const other = cellsOf(unzipSync(await xlsxBytes([], YEARS_2019)));
    expect(other.filter((c) => c.row === 0).map((c) => c.value)).toEqual(sheetColumns(YEARS_2019));
  });

  it("freezes the header row and filters every column", () => {
    const pane = sheetXml.match(/<pane\s[^>]*\/>/)?.[0] ?? "";
    expect(attr(pane, "state")).toBe("frozen");
    expect(attr(pane, "ySplit")).toBe("1");
    expect(attr(pane, "topLeftCell")).toBe("A2");
    expect(attr(pane, "xSplit") ?? "0").toBe("0");
    expect(sheetXml).toContain(`<autoFilter ref="A1:K${ROWS.length + 1}"/>`);
  });

  it("writes the texts as given, as text cells", () => {
    ROWS.forEach((row, r) => {
      textsOf(row).forEach((text, column) => {
        const cell = cellAt(r + 1, column);
        expect(cell?.type === "s" || cell?.type === "inlineStr" || cell?.type === "str").toBe(true);
        // exceljs drops the control characters XML cannot hold (the tab of "\tbao-tro" is one it keeps).
        expect(cell?.value?.replace(/\r\n/g, "\n")).toBe(text.replace(/\r\n/g, "\n"));
      });
    });
  });

  it("writes figures as numeric cells, rounded as in the CSV, and nulls as no value", () => {
    ROWS.forEach((row, r) => {
      figuresOf(row).forEach((value, i) => {
        const cell = cellAt(r + 1, 5 + i);
        if (value === null) {
          expect(cell?.value).toBeUndefined();
          return;
        }
        if (!cell) throw new Error(`no cell for row ${r + 1}, figure ${i}`);
        expect(cell.type === undefined || cell.type === "n").toBe(true);
        expect(Number(cell.value)).toBe(Number(plainNumber(value)));
      });
    });
  });

  it("formats figures with grouping and exactly the decimals they have", () => {
    const styles = stylesOf(parts);
    const formatAt = (row: number, column: number) => styles[cellAt(row, column)?.style ?? 0].format;
    expect(formatAt(1, 5)).toBe("#,##0"); // 19850
    expect(formatAt(1, 8)).toBe("#,##0.0"); // 104.5
    expect(formatAt(1, 9)).toBe("#,##0.00"); // -0.35
    expect(formatAt(2, 5)).toBe("#,##0.0"); // 0.1 + 0.2 → 0.3
    expect(formatAt(2, 7)).toBe("#,##0.000"); // 1234567.125
    expect(formatAt(2, 10)).toBe("#,##0.000000"); // 0.000001
  });

  it("sets a width for every column", () => {
    const cols = [...sheetXml.matchAll(/<col\s[^>]*\/>/g)].map((m) => m[0]);
    const widths = new Map<number, number>();
    for (const col of cols) {
      for (let c = Number(attr(col, "min")); c <= Number(attr(col, "max")); c++) widths.set(c, Number(attr(col, "width")));
    }
    expect([...widths.keys()].sort((a, b) => a - b)).toEqual(SHEET_COLUMNS.map((_, i) => i + 1));
    for (const width of widths.values()) expect(width).toBeGreaterThanOrEqual(10);
    expect(widths.get(4)).toBeGreaterThan(widths.get(5) ?? 0); // the indicator is wider than its unit
    expect(widths.get(4)).toBeLessThanOrEqual(60);
  });

  it("gives the same bytes for the same rows, whatever the clock says", async () => {
    // Only Date is faked: exceljs and its zip library keep their real timers.
    jest.useFakeTimers({
      doNotFake: [
        "hrtime",
        "nextTick",
        "performance",
        "queueMicrotask",
        "setImmediate",
        "clearImmediate",
        "setInterval",
        "clearInterval",
        "setTimeout",
        "clearTimeout",
      ],
    });
    try {
      jest.setSystemTime(new Date("2031-07-15T13:37:42Z"));
      expect(Buffer.from(await xlsxBytes(ROWS, YEARS_2017)).equals(Buffer.from(bytes))).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });

  it("writes the date asked for in the workbook's properties", async () => {
    const core = (b: Uint8Array) => strFromU8(unzipSync(b)["docProps/core.xml"]);
    expect(core(bytes)).toContain(">2000-01-01T00:00:00Z</dcterms:created>");
    const dated = await xlsxBytes(ROWS, YEARS_2017, { date: new Date("2017-12-15T08:30:00Z") });
    expect(core(dated)).toContain(">2017-12-15T08:30:00Z</dcterms:modified>");
  });

  it("refuses a date a zip cannot hold", async () => {
    await expect(xlsxBytes(ROWS, YEARS_2017, { date: new Date("1979-12-31T00:00:00Z") })).rejects.toThrow(RangeError);
    await expect(xlsxBytes(ROWS, YEARS_2017, { date: new Date("not a date") })).rejects.toThrow(RangeError);
  });

  it("refuses a figure that is not a finite number", async () => {
    await expect(xlsxBytes([{ ...ROWS[0], planNext: Infinity }], YEARS_2017)).rejects.toThrow(/planNext is Infinity/);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// An independent reader: LibreOffice Calc opens the XLSX and saves it as CSV.

const INSTALL = "install LibreOffice Calc (apt-get install libreoffice-calc-nogui)";

/** Calc, not just Writer: the xlsx import lives in Calc's libraries, beside the soffice program. */
function requireCalc(): boolean {
  const soffice = findTool("soffice");
  if (!soffice) return false;
  if (existsSync(path.join(path.dirname(realpathSync(soffice)), "libsclo.so"))) return true;
  const message = `LibreOffice Calc not found beside ${realpathSync(soffice)}; ${INSTALL}`;
  if (process.env.CI) throw new Error(`${message} (required when CI is set)`);
  console.warn(`Skipping: ${message}`);
  return false;
}

const runCalc = requireTool("soffice", INSTALL) && requireCalc();
const CONVERT_TIMEOUT_MS = 120_000;

/**
 * Calc's CSV export options: comma, double quote, UTF-8 (76), from line 1, en-US (1033), then whether to quote all
 * text cells, detect special numbers, save cell contents as shown, and export formulas.
 */
const RAW = "44,34,76,1,,1033,true,true,false,false";
const AS_SHOWN = "44,34,76,1,,1033,false,true,true,false";

(runCalc ? describe : describe.skip)("the .xlsx as LibreOffice Calc reads it", () => {
  let dir = "";
  /** Text cells quoted, numbers unquoted and unformatted. */
  let raw: { value: string; quoted: boolean }[][] = [];
  /** Cells as Calc shows them, in en-US: "19,850", "104.5". */
  let shown: string[][] = [];

  function convert(file: string, options: string): string {
    const outdir = path.join(dir, options === RAW ? "raw" : "shown");
    // A profile of its own, so parallel runs and a desktop LibreOffice do not lock each other out.
    const userInstallation = `-env:UserInstallation=${pathToFileURL(path.join(dir, "lo-profile")).href}`;
    const converted = spawnSync(
      "soffice",
      [userInstallation, "--headless", "--convert-to", `csv:Text - txt - csv (StarCalc):${options}`, "--outdir", outdir, file],
      { encoding: "utf8", timeout: CONVERT_TIMEOUT_MS },
    );
    if (converted.status !== 0) throw new Error(`soffice failed (${converted.status ?? converted.signal}): ${converted.stderr}`);
    const csv = path.join(outdir, "chi-tieu.csv");
    if (!existsSync(csv)) throw new Error(`soffice wrote no CSV: ${converted.stdout}${converted.stderr}`);
    return readFileSync(csv, "utf8");
  }

  beforeAll(
    async () => {
      dir = mkdtempSync(path.join(tmpdir(), "report-drafter-sheet-"));
      const file = path.join(dir, "chi-tieu.xlsx");
      writeFileSync(file, await xlsxBytes(ROWS, YEARS_2017));
      raw = parseCsv(convert(file, RAW));
      shown = parseCsv(convert(file, AS_SHOWN)).map((record) => record.map((f) => f.value));
    },
    2 * CONVERT_TIMEOUT_MS + 30_000,
  );

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads the header and one record per row", () => {
    expect(raw).toHaveLength(ROWS.length + 1);
    expect(raw[0].map((f) => f.value)).toEqual([...SHEET_COLUMNS]);
  });

  it("reads the texts as given, as text", () => {
    ROWS.forEach((row, r) => {
      const fields = raw[r + 1];
      textsOf(row).forEach((text, column) => {
        expect(fields[column].quoted).toBe(true);
        // Calc writes a line break inside a cell as LF.
        expect(fields[column].value.replace(/\r\n/g, "\n")).toBe(text.replace(/\r\n/g, "\n"));
      });
    });
  });

  it("reads the figures as numbers with the values written, and nulls as empty cells", () => {
    ROWS.forEach((row, r) => {
      const fields = raw[r + 1].slice(5);
      figuresOf(row).forEach((value, i) => {
        const field = fields[i] ?? { value: "", quoted: false };
        if (value === null) {
          expect(field.value).toBe("");
          return;
        }
        expect(field.quoted).toBe(false);
        expect(Number(field.value)).toBe(Number(plainNumber(value)));
      });
    });
  });

  it("shows the figures grouped, with their decimals and no trailing decimal mark", () => {
    expect(shown[1].slice(5)).toEqual(["19,850", "19,000", "19,855", "104.5", "-0.35", "20,000"]);
    expect(shown[2].slice(5)).toEqual(["0.3", "2.5", "1,234,567.125", "0", "0", "0.000001"]);
    expect(shown[3][10]).toBe("123,456,789,012.25");
  });
});
