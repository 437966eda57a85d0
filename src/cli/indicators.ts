/**
 * `report-drafter indicators PATH… --out FILE.csv|FILE.xlsx [--profile ID|FILE]`: the figures of every report's
 * indicator tables gathered into one sheet, one row per report and indicator (the columns of src/cli/sheet.ts).
 * An unreadable report is named on stderr and left out; the others still make the sheet.
 */
import * as path from "path";
import type { CollectedIndicator } from "../core/indicators/collect";
import type { DocModel } from "../core/model";
import type { ProfileChoice } from "../core/profile-choice";
import { builtinProfiles, ReportProfile } from "../profiles";
import { expand, loadProfile } from "./inputs";
import type { CliIo, Command, CommandResult, ParsedArgs } from "./main";
import { writeAtomically, writeFailure } from "./output";
import { csvBytes, sheetColumns, sheetFormatOf, SheetRow, SheetYears, xlsxBytes } from "./sheet";

const yearsOf = (profile: ReportProfile): SheetYears => ({ prevYear: profile.year - 1, year: profile.year, planYear: profile.planYear });

/** The columns the help shows, those of the newest built-in profile. */
const EXAMPLE_PROFILE = builtinProfiles[0];
const EXAMPLE_YEARS = yearsOf(EXAMPLE_PROFILE);

const HELP = `report-drafter indicators: gom số liệu chỉ tiêu của các báo cáo vào một bảng (collect indicator figures into one sheet)

Cách dùng (usage):
  report-drafter indicators ĐƯỜNG_DẪN… --out TỆP.csv|TỆP.xlsx [--profile MÃ|TỆP.json] [--verbose]

  ĐƯỜNG_DẪN là tệp .docx hoặc thư mục chứa các tệp .docx (a .docx file or a folder of them).

Tùy chọn (options):
  --out TỆP.csv|TỆP.xlsx  bảng sẽ ghi, bắt buộc; đuôi tệp chọn định dạng (output sheet, required; the extension
                          picks the format). CSV: UTF-8 có BOM, dấu phẩy ngăn cột, số thập phân dùng dấu chấm
                          (comma-separated, "." decimals); XLSX: ô số, mở bằng Excel (numeric cells).
  --profile MÃ|TỆP        hồ sơ báo cáo: mã có sẵn (${builtinProfiles.map((p) => p.id).join(", ")}) hoặc tệp JSON
                          (report profile id or JSON file). Không ghi thì dùng hồ sơ mà phần lớn báo cáo theo (lưu
                          trong tài liệu, công văn nêu ở câu mở đầu, hoặc hồ sơ mới nhất); báo cáo theo hồ sơ khác
                          được bỏ qua và nêu ra (reports answering another profile are named and left out).
  --verbose               in lỗi kỹ thuật của tệp không đọc được ra stderr (technical detail of unreadable files)

Mỗi dòng là một chỉ tiêu của một báo cáo (one row per report and indicator), với các cột (columns), ở đây theo hồ
sơ ${EXAMPLE_PROFILE.id}:
  ${sheetColumns(EXAMPLE_YEARS).join(", ")}
  file: tệp như đã ghi trên dòng lệnh (as given); province: tỉnh, thành phố ở phần đầu báo cáo, để trống nếu không
  thấy (from the report's header); indicator_id: mã chỉ tiêu trong danh mục, để trống với chỉ tiêu tự thêm (the
  catalogue's id, empty for other rows); vs_plan, vs_${EXAMPLE_YEARS.prevYear}: % so với kế hoạch, với năm trước; với
  chỉ tiêu tỷ lệ (%) là chênh lệch điểm phần trăm (ratio in percent; for rates, the difference in points).
  Các năm theo hồ sơ báo cáo (years follow the profile).

Ví dụ (example):
  report-drafter indicators nop-ve/ --out tong-hop.xlsx

Mã thoát (exit status): 0 đã gom mọi báo cáo và ghi bảng; 1 không ghi được bảng; 2 có tệp không đọc được hoặc theo
hồ sơ khác (bảng vẫn ghi số liệu các báo cáo còn lại, trừ khi không đọc được báo cáo nào) hoặc dùng sai lệnh.
`;

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

/**
 * The profile most of the reports name (stored, or cited in the opening); the first of them on a tie; the newest
 * when none names one. A report that names none is gathered under it.
 */
function mostNamed(choices: ProfileChoice[]): ReportProfile {
  const counts = new Map<ReportProfile, number>();
  for (const c of choices) if (c.reason !== "newest") counts.set(c.profile, (counts.get(c.profile) ?? 0) + 1);
  if (counts.size === 0) return builtinProfiles[0];
  return [...counts].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

async function run(args: ParsedArgs, io: CliIo): Promise<CommandResult> {
  const out = args.options.out;
  if (typeof out !== "string" || !out.trim()) return { misuse: "Thiếu --out TỆP.csv hoặc TỆP.xlsx: bảng sẽ ghi (missing --out)." };
  const format = sheetFormatOf(out);
  if (!format) return { misuse: `Tệp ra "${out}" phải có đuôi .csv hoặc .xlsx (the output must be a .csv or .xlsx file).` };
  if (args.positionals.length === 0) return { misuse: "Thiếu tệp hoặc thư mục báo cáo cần gom (no path given)." };
  const given = await loadProfile(typeof args.options.profile === "string" ? args.options.profile : undefined, io.cwd);
  if (given !== null && "misuse" in given) return given;

  const { files, missing } = await expand(args.positionals, io.cwd);
  if (files.length + missing.length === 0) return { misuse: "Thư mục không có tệp .docx nào (no .docx file in the folder)." };
  for (const file of missing) io.stderr(skipped(file, "Không có tệp hoặc thư mục này (no such file or folder)."));

  // The reader and the indicator tables' code load only here: the other commands do not pay for them.
  const [{ readReportFile }, { collectIndicators, reportProvince }, { chooseProfile }] = await Promise.all([
    import("./read-report"),
    import("../core/indicators/collect"),
    import("../core/profile-choice"),
  ]);
  const reports: { file: string; doc: DocModel; choice: ProfileChoice | null }[] = [];
  for (const file of files) {
    const report = await readReportFile(file, io.cwd);
    if ("error" in report) {
      io.stderr(skipped(file, report.error));
      if (args.options.verbose === true && report.detail) io.stderr(`${file}: ${report.detail}\n`);
    } else reports.push({ file, doc: report.doc, choice: given ? null : chooseProfile(builtinProfiles, report.doc) });
  }
  if (reports.length === 0) {
    // A sheet of nothing would replace a good one from an earlier run with only its header.
    io.stderr(`Không đọc được báo cáo nào nên không ghi ${out} (no report could be read; nothing written).\n`);
    return 2;
  }
  // One sheet has one set of years: reports answering another profile belong in a sheet of their own.
  const profile = given ?? mostNamed(reports.flatMap((r) => (r.choice ? [r.choice] : [])));
  const rows: SheetRow[] = [];
  let gathered = 0;
  for (const { file, doc, choice } of reports) {
    if (choice && choice.reason !== "newest" && choice.profile !== profile) {
      const other = choice.profile.id;
      io.stderr(
        `${file}: báo cáo theo hồ sơ ${other}, khác hồ sơ ${profile.id} của bảng nên được bỏ qua; gom riêng bằng --profile ${other} (another profile, left out).\n`,
      );
      continue;
    }
    gathered++;
    const indicators = collectIndicators(profile, doc);
    if (indicators.length === 0) {
      io.stderr(`${file}: không thấy bảng chỉ tiêu nào có dòng chỉ tiêu, không có dòng nào được ghi (no indicator table found).\n`);
      continue;
    }
    const province = reportProvince(profile, doc);
    if (province === null) {
      io.stderr(`${file}: không thấy tên tỉnh, thành phố ở phần đầu báo cáo, cột province để trống (no province in the header).\n`);
    }
    rows.push(...indicators.map((indicator) => sheetRow(file, province ?? "", indicator)));
  }

  const years = yearsOf(profile);
  const bytes = format === "csv" ? csvBytes(rows, years) : await xlsxBytes(rows, years);
  try {
    await writeAtomically(path.resolve(io.cwd, out), bytes);
  } catch (error) {
    io.stderr(writeFailure(out, error, "Excel"));
    return 1;
  }
  if (given === null) io.stdout(`Hồ sơ báo cáo (profile): ${profile.id}, theo ${gathered} trong ${reports.length} báo cáo đọc được.\n`);
  const left = files.length + missing.length - gathered;
  const leftNote = left > 0 ? `; ${left} tệp không đọc được hoặc theo hồ sơ khác, đã bỏ qua (${left} left out)` : "";
  io.stdout(
    `Đã ghi ${rows.length} dòng của ${gathered} báo cáo vào ${out} (wrote ${rows.length} rows from ${gathered} reports)${leftNote}.\n`,
  );
  return left > 0 ? 2 : 0;
}

export const indicatorsCommand: Command = {
  name: "indicators",
  summary: "gom số liệu chỉ tiêu của các báo cáo vào một bảng (collect indicator figures)",
  help: HELP,
  options: { out: { takesValue: true }, profile: { takesValue: true }, verbose: { takesValue: false } },
  run,
};
