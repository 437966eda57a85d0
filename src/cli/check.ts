/**
 * `report-drafter check PATH… [--format text|json] [--profile ID|FILE]` (report-spec.md §7): the same checker
 * the add-in runs, over .docx files or folders of them. One unreadable file never stops the others.
 */
import { existsSync } from "fs";
import { availableParallelism } from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import { countdown } from "../core/deadline";
import type { Finding } from "../core/rules";
import { builtinProfiles, ReportProfile } from "../profiles";
import type { Against, FileResult } from "./check-file";
import { expand, loadProfile } from "./inputs";
import type { CliIo, Command, CommandResult } from "./main";

const HELP = `report-drafter check: kiểm tra báo cáo .docx đã đủ nội dung chưa (check reports for completeness)

Cách dùng (usage):
  report-drafter check ĐƯỜNG_DẪN… [--format text|json] [--profile MÃ|TỆP.json] [--verbose]

  ĐƯỜNG_DẪN là tệp .docx hoặc thư mục chứa các tệp .docx (a .docx file or a folder of them).

Tùy chọn (options):
  --format text|json   text (mặc định, cho người đọc) hoặc json (cho máy) (output format)
  --verbose            in lỗi kỹ thuật của tệp không đọc được ra stderr (technical detail of unreadable files)
  --profile MÃ|TỆP     hồ sơ báo cáo: mã có sẵn (${builtinProfiles.map((p) => p.id).join(", ")}) hoặc tệp JSON
                       (report profile id or JSON file). Không ghi thì chọn cho từng báo cáo: hồ sơ lưu trong
                       tài liệu, nếu không có thì theo công văn nêu ở câu mở đầu, nếu không có thì hồ sơ mới nhất.

Mã thoát (exit status): 0 mọi báo cáo sẵn sàng gửi; 1 có báo cáo chưa sẵn sàng; 2 có tệp không đọc được hoặc dùng sai lệnh.
`;

/** Below this many files a worker's start-up costs more than it saves. */
const FILES_PER_WORKER = 8;

/**
 * Checks the files on every core: a folder of 63 reports is mostly parsing, which one thread cannot share.
 * Results keep the order of `files`. From the TypeScript sources (under jest) there is no compiled worker
 * script, and the files are checked in this thread.
 */
async function checkAll(files: string[], against: Against, cwd: string): Promise<FileResult[]> {
  const script = path.join(__dirname, "check-worker.js");
  const workers = Math.min(availableParallelism(), Math.floor(files.length / FILES_PER_WORKER));
  const results: FileResult[] = new Array(files.length);
  if (workers < 2 || !existsSync(script)) {
    // The checker loads only here: with workers, this thread never reads a document.
    const { checkFile } = await import("./check-file");
    for (const [i, file] of files.entries()) results[i] = await checkFile(file, against, cwd);
    return results;
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, () => {
      const worker = new Worker(script, { workerData: { against, cwd } });
      return new Promise<void>((resolve, reject) => {
        const send = () => {
          if (next >= files.length) return void worker.terminate().then(() => resolve());
          const index = next++;
          worker.postMessage({ index, file: files[index] });
        };
        worker.on("message", ({ index, result }: { index: number; result: FileResult }) => {
          results[index] = result;
          send();
        });
        worker.on("error", reject);
        send();
      });
    }),
  );
  return results;
}

const SEVERITY_VI: Record<Finding["severity"], string> = { error: "lỗi", warning: "cảnh báo", info: "lưu ý" };

/**
 * The deadline, counted from today, and where the e-mail copy goes: the last line for people. Only what the
 * profile's letter states: null when it states neither.
 */
function deadlineLine(profile: ReportProfile, today: Date): string | null {
  const due = countdown(profile.deadline, today);
  const when =
    due === null
      ? null
      : due.kind === "left"
        ? `còn ${due.days} ngày`
        : due.kind === "last-day"
          ? "hôm nay là ngày cuối"
          : `đã quá hạn ${due.days} ngày`;
  const deadline = due === null ? null : `Hạn gửi Bộ: trước ngày ${due.deadline} (${when})`;
  if (deadline !== null && profile.email !== null) return `${deadline}; bản điện tử gửi ${profile.email}.`;
  if (deadline !== null) return `${deadline}.`;
  if (profile.email !== null) return `Bản điện tử gửi ${profile.email}.`;
  return null;
}
const STATUS_VI = { present: "có", empty: "trống", missing: "thiếu" } as const;

/** Which profile a report was checked against and why, when --profile named none. */
function profileLine(result: FileResult): string | null {
  const choice = result.profileChoice;
  if (!choice) return null;
  const profile = builtinProfiles.find((p) => p.id === result.profile);
  const why =
    choice.reason === "stored"
      ? "lưu trong tài liệu"
      : choice.reason === "letter"
        ? `câu mở đầu nêu Công văn số ${profile?.letter.number ?? ""}`
        : "tài liệu không nêu công văn nào đã có hồ sơ, dùng hồ sơ mới nhất; chọn khác bằng --profile";
  const unknown = choice.unknownStored
    ? `; tài liệu ghi hồ sơ "${choice.unknownStored}" không có sẵn, chỉ ra tệp của nó bằng --profile`
    : "";
  return `  Hồ sơ báo cáo (profile): ${result.profile} (${why}${unknown})`;
}

function asText(result: FileResult): string {
  if (result.error) return `${result.file}\n  KHÔNG ĐỌC ĐƯỢC: ${result.error}\n`;
  const findings = result.findings ?? [];
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  const late = findings.some((f) => f.rule === "send.deadline");
  const verdict = !result.ready ? "CHƯA SẴN SÀNG" : late ? "ĐỦ NỘI DUNG ĐỂ GỬI, NHƯNG MUỘN HẠN" : "SẴN SÀNG GỬI";
  const lines = [`${result.file}: ${verdict} (${errors} lỗi, ${warnings} cảnh báo)`];
  const chosen = profileLine(result);
  if (chosen !== null) lines.push(chosen);
  if (result.legacyEncoding) lines.push("  Văn bản dùng phông chữ cũ (TCVN3/VNI): hãy chuyển sang Unicode.");
  lines.push("  Mục  Trạng thái  Tiêu đề");
  for (const s of result.sections ?? []) lines.push(`  ${s.id.padEnd(4)} ${STATUS_VI[s.status].padEnd(11)} ${s.heading ?? ""}`.trimEnd());
  // A finding about a section is said under that section's name, unless its message already names it.
  const about = (f: Finding) => (f.section && !f.message.toLowerCase().includes(`mục ${f.section}`) ? `Mục ${f.section}: ` : "");
  for (const f of findings) lines.push(`  [${SEVERITY_VI[f.severity]}] ${about(f)}${f.message}`);
  return `${lines.join("\n")}\n`;
}

/** The JSON of report-spec §7: positions stay internal to the add-in, English messages stay in the pane. */
function asJson(result: FileResult): object {
  if (result.error) return { file: result.file, error: result.error };
  return {
    file: result.file,
    profile: result.profile,
    profileChosenBy: result.profileChoice?.reason ?? "option",
    ...(result.profileChoice?.unknownStored ? { storedProfile: result.profileChoice.unknownStored } : {}),
    ready: result.ready,
    legacyEncoding: result.legacyEncoding,
    sections: result.sections,
    checklist: result.checklist?.map(({ id, status, evidence, reason, denial, coverage }) => ({
      id,
      status,
      evidence,
      reason,
      ...(denial ? { denial: denial.quote } : {}),
      ...(coverage
        ? { coverage: { covered: coverage.covered.length, of: coverage.covered.length + coverage.missing.length, needed: coverage.needed } }
        : {}),
    })),
    findings: result.findings?.map(({ rule, severity, section, item, message, evidence }) => ({
      rule,
      severity,
      section,
      item,
      message,
      evidence,
    })),
  };
}

export const checkCommand: Command = {
  name: "check",
  summary: "kiểm tra báo cáo .docx đủ nội dung chưa (check reports for completeness)",
  help: HELP,
  options: { format: { takesValue: true }, profile: { takesValue: true }, verbose: { takesValue: false } },
  async run(args, io: CliIo): Promise<CommandResult> {
    const format = args.options.format ?? "text";
    if (format !== "text" && format !== "json") return { misuse: `--format phải là text hoặc json (must be text or json).` };
    if (args.positionals.length === 0) return { misuse: "Thiếu tệp hoặc thư mục cần kiểm tra (no path given)." };
    const profile = await loadProfile(typeof args.options.profile === "string" ? args.options.profile : undefined, io.cwd);
    if (profile !== null && "misuse" in profile) return profile;

    const { files, missing } = await expand(args.positionals, io.cwd);
    const results: FileResult[] = missing.map((file) => ({ file, error: "Không có tệp hoặc thư mục này (no such file or folder)." }));
    results.push(...(await checkAll(files, profile ? { profile } : { choose: builtinProfiles }, io.cwd)));
    if (results.length === 0) return { misuse: "Thư mục không có tệp .docx nào (no .docx file in the folder)." };

    if (format === "json") {
      // One shape whatever the outcome: an array with a result for each file, `error` where it could not be read.
      io.stdout(`${JSON.stringify(results.map(asJson), null, 2)}\n`);
    } else {
      io.stdout(results.map(asText).join("\n"));
      if (results.length > 1) {
        const ready = results.filter((r) => r.ready).length;
        const unreadable = results.filter((r) => r.error).length;
        io.stdout(
          `\nTổng cộng (total): ${results.length} tệp, ${ready} sẵn sàng, ${results.length - ready - unreadable} chưa sẵn sàng, ${unreadable} không đọc được.\n`,
        );
      }
      const today = io.today?.() ?? new Date();
      // One line per profile the reports answered, named when there is more than one.
      const ids = new Set(results.flatMap((r) => (r.profile ? [r.profile] : [])));
      const used = [...ids].flatMap((id) => (profile?.id === id ? [profile] : builtinProfiles.filter((p) => p.id === id)));
      const lines = used.flatMap((p) => {
        const line = deadlineLine(p, today);
        return line === null ? [] : [used.length > 1 ? `${p.name.vi}: ${line}` : line];
      });
      if (lines.length) io.stdout(`\n${lines.join("\n")}\n`);
    }
    // For the support desk: what the reader said of each file it could not read, on stderr whatever the format.
    if (args.options.verbose === true) {
      for (const r of results) if (r.errorDetail) io.stderr(`${r.file}: ${r.errorDetail}\n`);
    }
    if (results.some((r) => r.error)) return 2;
    return results.every((r) => r.ready) ? 0 : 1;
  },
};
