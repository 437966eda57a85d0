/**
 * `report-drafter indicators PATH… --out FILE.csv|FILE.xlsx [--profile ID|FILE]`: the figures of every report's
 * indicator tables gathered into one sheet, one row per report and indicator (the columns of src/cli/sheet.ts).
 * An unreadable report is named on stderr and left out; the others still make the sheet.
 */
import { readFile, stat } from "fs/promises";
import * as path from "path";
import type { CollectedIndicator } from "../core/indicators/collect";
import type { DocModel } from "../core/model";
import { defaultProfile, ReportProfile } from "../profiles";
import { expand, loadProfile } from "./inputs";
import type { CliIo, Command, CommandResult, ParsedArgs } from "./main";
import { writeAtomically, writeFailure } from "./output";
import { csvBytes, sheetColumns, sheetFormatOf, SheetRow, SheetYears, xlsxBytes } from "./sheet";

const yearsOf = (profile: ReportProfile): SheetYears => ({ prevYear: profile.year - 1, year: profile.year, planYear: profile.planYear });

const DEFAULT_PROFILE = defaultProfile;
const DEFAULT_YEARS = yearsOf(DEFAULT_PROFILE);

const HELP = `report-drafter indicators: gom số liệu chỉ tiêu của các báo cáo vào một bảng (collect indicator figures into one sheet)

Cách dùng (usage):
  report-drafter indicators ĐƯỜNG_DẪN… --out TỆP.csv|TỆP.xlsx [--profile MÃ|TỆP.json]

  ĐƯỜNG_DẪN là tệp .docx hoặc thư mục chứa các tệp .docx (a .docx file or a folder of them).

Tùy chọn (options):
  --out TỆP.csv|TỆP.xlsx  bảng sẽ ghi, bắt buộc; đuôi tệp chọn định dạng (output sheet, required; the extension
                          picks the format). CSV: UTF-8 có BOM, dấu phẩy ngăn cột, số thập phân dùng dấu chấm
                          (comma-separated, "." decimals); XLSX: ô số, mở bằng Excel (numeric cells).
  --profile MÃ|TỆP        hồ sơ báo cáo, mặc định ${DEFAULT_PROFILE.id} (report profile id or JSON file)

Mỗi dòng là một chỉ tiêu của một báo cáo (one row per report and indicator), với các cột (columns):
  ${sheetColumns(DEFAULT_YEARS).join(", ")}
  file: tệp như đã ghi trên dòng lệnh (as given); province: tỉnh, thành phố ở phần đầu báo cáo, để trống nếu không
  thấy (from the report's header); indicator_id: mã chỉ tiêu trong danh mục, để trống với chỉ tiêu tự thêm (the
  catalogue's id, empty for other rows); vs_plan, vs_${DEFAULT_YEARS.prevYear}: % so với kế hoạch, với năm trước; với
  chỉ tiêu tỷ lệ (%) là chênh lệch điểm phần trăm (ratio in percent; for rates, the difference in points).
  Các năm theo hồ sơ báo cáo (years follow the profile).

Ví dụ (example):
  report-drafter indicators nop-ve/ --out tong-hop.xlsx

Mã thoát (exit status): 0 đã đọc mọi báo cáo và ghi bảng; 1 không ghi được bảng; 2 có tệp không đọc được (bảng vẫn
ghi số liệu các báo cáo còn lại, trừ khi không đọc được báo cáo nào) hoặc dùng sai lệnh.
`;

/** Past this a file is not a report; refusing it before reading keeps memory bounded (as `check` does). */
const MAX_FILE_BYTES = 100 * 1024 * 1024;

/** What one report gives: its document, or why it could not be read (Vietnamese, for the drafter). */
type ReadOutcome = { doc: DocModel } | { error: string };

/**
 * A reader of reports as `check`'s (src/cli/check-file.ts), with Node's zlib. It loads on first use, with the
 * indicator tables' code: the other commands do not pay for them.
 */
async function reportReader(cwd: string): Promise<(file: string) => Promise<ReadOutcome>> {
  const [{ readDocx, DocxError }, { nodeCodecs }] = await Promise.all([import("../host/docx/read"), import("./node-codecs")]);
  return async (file) => {
    try {
      const full = path.resolve(cwd, file);
      if ((await stat(full)).size > MAX_FILE_BYTES) return { error: "Tệp quá lớn để là một báo cáo (file too large)." };
      const data = await readFile(full);
      return { doc: readDocx(new Uint8Array(data.buffer, data.byteOffset, data.length), {}, nodeCodecs) };
    } catch (error) {
      if (error instanceof DocxError) return { error: error.message };
      return { error: `Không đọc được tệp (cannot read the file): ${error instanceof Error ? error.message : String(error)}` };
    }
  };
}

/** A figure for the sheet: a finite number, or an empty cell. */
const figure = (value: number | null): number | null => (value !== null && Number.isFinite(value) ? value : null);

function sheetRow(file: string, province: string, indicator: CollectedIndicator): SheetRow {
  return {
    file,
    province,
    indicatorId: indicator.indicatorId,
    indicator: indicator.indicator,
    unit: indicator.unit,
    actualPrev: figure(indicator.actualPrev),
    plan: figure(indicator.plan),
    actual: figure(indicator.actual),
    vsPlan: figure(indicator.vsPlan),
    vsPrev: figure(indicator.vsPrev),
    planNext: figure(indicator.planNext),
  };
}

const skipped = (file: string, reason: string) => `${file}: KHÔNG ĐỌC ĐƯỢC, bỏ qua (unreadable, skipped): ${reason}\n`;

async function run(args: ParsedArgs, io: CliIo): Promise<CommandResult> {
  const out = args.options.out;
  if (typeof out !== "string" || !out.trim()) return { misuse: "Thiếu --out TỆP.csv hoặc TỆP.xlsx: bảng sẽ ghi (missing --out)." };
  const format = sheetFormatOf(out);
  if (!format) return { misuse: `Tệp ra "${out}" phải có đuôi .csv hoặc .xlsx (the output must be a .csv or .xlsx file).` };
  if (args.positionals.length === 0) return { misuse: "Thiếu tệp hoặc thư mục báo cáo cần gom (no path given)." };
  const profile = await loadProfile(typeof args.options.profile === "string" ? args.options.profile : undefined, io.cwd);
  if ("misuse" in profile) return profile;

  const { files, missing } = await expand(args.positionals, io.cwd);
  if (files.length + missing.length === 0) return { misuse: "Thư mục không có tệp .docx nào (no .docx file in the folder)." };
  for (const file of missing) io.stderr(skipped(file, "Không có tệp hoặc thư mục này (no such file or folder)."));

  const readReport = await reportReader(io.cwd);
  const { collectIndicators, reportProvince } = await import("../core/indicators/collect");
  const rows: SheetRow[] = [];
  let read = 0;
  for (const file of files) {
    const report = await readReport(file);
    if ("error" in report) {
      io.stderr(skipped(file, report.error));
      continue;
    }
    read++;
    const indicators = collectIndicators(profile, report.doc);
    if (indicators.length === 0) {
      io.stderr(`${file}: không thấy bảng chỉ tiêu nào có dòng chỉ tiêu, không có dòng nào được ghi (no indicator table found).\n`);
      continue;
    }
    const province = reportProvince(profile, report.doc);
    if (province === null) {
      io.stderr(`${file}: không thấy tên tỉnh, thành phố ở phần đầu báo cáo, cột province để trống (no province in the header).\n`);
    }
    rows.push(...indicators.map((indicator) => sheetRow(file, province ?? "", indicator)));
  }
  const unreadable = files.length - read + missing.length;
  if (read === 0) {
    // A sheet of nothing would replace a good one from an earlier run with only its header.
    io.stderr(`Không đọc được báo cáo nào nên không ghi ${out} (no report could be read; nothing written).\n`);
    return 2;
  }

  const years = yearsOf(profile);
  const bytes = format === "csv" ? csvBytes(rows, years) : await xlsxBytes(rows, years);
  try {
    await writeAtomically(path.resolve(io.cwd, out), bytes);
  } catch (error) {
    io.stderr(writeFailure(out, error, "Excel"));
    return 1;
  }
  const skippedNote = unreadable > 0 ? `; ${unreadable} tệp không đọc được, đã bỏ qua (${unreadable} unreadable, skipped)` : "";
  io.stdout(`Đã ghi ${rows.length} dòng của ${read} báo cáo vào ${out} (wrote ${rows.length} rows from ${read} reports)${skippedNote}.\n`);
  return unreadable > 0 ? 2 : 0;
}

export const indicatorsCommand: Command = {
  name: "indicators",
  summary: "gom số liệu chỉ tiêu của các báo cáo vào một bảng (collect indicator figures)",
  help: HELP,
  options: { out: { takesValue: true }, profile: { takesValue: true } },
  run,
};
