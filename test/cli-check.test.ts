import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { docxParts } from "../src/core/ooxml/package";
import { zipParts } from "../src/host/docx/zip";
import { defaultProfile } from "../src/profiles";
import { requireShared } from "./helpers/tool";
import { Outcome, runCli } from "./helpers/cli";

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), "rd-check-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...argv: string[]): Promise<Outcome> => runCli(dir, argv);

const corpus = requireShared("corpus/foreign", process.env.REPORT_DRAFTER_CORPUS) ?? "";
/** Tests that take real-world files from the corpus beside the repository. */
const withCorpus = corpus !== "" ? test : test.skip;

describe("report-drafter check", () => {
  beforeAll(async () => {
    expect(
      (
        await cli(
          "skeleton",
          "--out",
          "khung.docx",
          "--province",
          "Thanh Hóa",
          "--number",
          "12",
          "--date",
          "2017-12-15",
          "--signer",
          "Nguyễn Văn A",
          "--profile",
          "molisa-5121-2017",
        )
      ).code,
    ).toBe(0);
  });

  test("a fresh skeleton is not ready: its five sections hold only guidance and the archive line a blank", async () => {
    const outcome = await cli("check", "khung.docx", "--format", "json");
    expect(outcome.code).toBe(1);
    const [result] = JSON.parse(outcome.stdout);
    expect(result).toMatchObject({ file: "khung.docx", profile: "molisa-5121-2017", ready: false, legacyEncoding: false });
    expect(result.sections.map((s: { id: string; status: string }) => `${s.id}:${s.status}`)).toEqual([
      "1a:empty",
      "1b:empty",
      "1c:empty",
      "2a:empty",
      "2b:empty",
    ]);
    expect(
      result.findings
        .filter((f: { severity: string }) => f.severity === "error")
        .map((f: { rule: string; section: string }) => `${f.rule}:${f.section}`),
    ).toEqual(["placeholder-left:undefined", ...["1a", "1b", "1c", "2a", "2b"].map((s) => `section-empty:${s}`)]);
    expect(result.findings[0]).toMatchObject({ rule: "placeholder-left", evidence: "…", message: expect.stringContaining("Lưu: VT, …") });
    expect(result.checklist).toHaveLength(20);
    // The skeleton's own header, title, recipients and signature satisfy the document rules.
    expect(result.findings.filter((f: { rule: string }) => f.rule.startsWith("doc."))).toEqual([]);
  });

  test("text output is a table per file for people", async () => {
    const outcome = await cli("check", "khung.docx");
    expect(outcome.stdout).toContain("khung.docx: CHƯA SẴN SÀNG (6 lỗi, 0 cảnh báo)");
    expect(outcome.stdout).toMatch(/1c\s+trống\s+3\. Khó khăn, tồn tại và nguyên nhân/);
  });

  withCorpus("a folder is checked file by file; an unreadable file does not stop the others", async () => {
    const folder = path.join(dir, "nop");
    require("fs").mkdirSync(folder);
    copyFileSync(path.join(dir, "khung.docx"), path.join(folder, "a-thanh-hoa.docx"));
    writeFileSync(path.join(folder, "b-hong.docx"), "đây không phải tệp Word");
    writeFileSync(path.join(folder, "~$a-thanh-hoa.docx"), "Word's lock file");
    copyFileSync(path.join(corpus, "mammoth-tables.docx"), path.join(folder, "c-bang.docx"));
    const outcome = await cli("check", "nop", "--format", "json");
    expect(outcome.code).toBe(2);
    const results = JSON.parse(outcome.stdout) as { file: string; ready?: boolean; error?: string }[];
    expect(results.map((r) => path.basename(r.file))).toEqual(["a-thanh-hoa.docx", "b-hong.docx", "c-bang.docx"]);
    expect(results[1].error).toMatch(/không phải|không đọc/i);
    expect(results[0].ready).toBe(false);
    expect(results[2].ready).toBe(false);
  });

  withCorpus("the installed command checks a large folder on worker threads, with the same results in the same order", async () => {
    const folder = path.join(dir, "nhieu");
    require("fs").mkdirSync(folder);
    const sources = ["khung.docx", path.join(corpus, "mammoth-tables.docx"), path.join(corpus, "python-docx-test.docx")];
    for (let i = 0; i < 18; i++)
      copyFileSync(path.resolve(dir, sources[i % 3]), path.join(folder, `bao-cao-${String(i).padStart(2, "0")}.docx`));
    const inProcess = await cli("check", "nhieu", "--format", "json");
    const bin = path.resolve(__dirname, "../bin/report-drafter.js");
    const spawned = require("child_process").spawnSync(process.execPath, [bin, "check", "nhieu", "--format", "json"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(spawned.stderr).toBe("");
    expect(spawned.status).toBe(inProcess.code);
    expect(JSON.parse(spawned.stdout)).toEqual(JSON.parse(inProcess.stdout));
  });

  withCorpus("output piped into a reader that stops early (| head) ends quietly, with no stack trace", async () => {
    const bin = path.resolve(__dirname, "../bin/report-drafter.js");
    const child = require("child_process").spawn(process.execPath, [bin, "check", corpus, "--format", "json"], { cwd: dir });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // Like `head -c 1`: read the first chunk, then close the pipe.
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number>((resolve) => child.on("close", (status: number) => resolve(status)));
    expect(stderr).toBe("");
    expect(code).toBe(1);
  });

  withCorpus("every real-world document of the corpus is read and found not ready, none fails", async () => {
    const outcome = await cli("check", corpus, "--format", "json");
    const results = JSON.parse(outcome.stdout) as { file: string; ready?: boolean; error?: string }[];
    expect(results).toHaveLength(74);
    expect(results.filter((r) => r.error)).toEqual([]);
    expect(results.filter((r) => r.ready !== false)).toEqual([]);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toBe("");
  });

  test("misuse exits 2 with a message and no stack", async () => {
    for (const args of [["check"], ["check", "khung.docx", "--format", "xml"], ["check", "khung.docx", "--profile", "nope"]]) {
      const outcome = await cli(...args);
      expect(outcome.code).toBe(2);
      expect(outcome.stderr).toMatch(/report-drafter check --help/);
      expect(outcome.stderr).not.toMatch(/\n\s+at /);
    }
  });

  test("an old .doc says to save it as .docx", async () => {
    writeFileSync(
      path.join(dir, "cu.docx"),
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]),
    );
    const outcome = await cli("check", "cu.docx", "--format", "json");
    expect(outcome.code).toBe(2);
    expect(JSON.parse(outcome.stdout)[0].error).toMatch(/\.docx/);
  });

  test("--verbose adds, on stderr, what the reader said of a file it could not read; without it, only the plain message", async () => {
    writeFileSync(path.join(dir, "cat-ngang.docx"), zipParts(docxParts(defaultProfile, "<w:p/>")).subarray(0, 200));
    const plain = await cli("check", "cat-ngang.docx");
    expect(plain.code).toBe(2);
    expect(plain.stdout).toMatch(/KHÔNG ĐỌC ĐƯỢC: Tệp .docx bị hỏng/);
    expect(plain.stderr).toBe("");
    const verbose = await cli("check", "cat-ngang.docx", "khung.docx", "--verbose", "--format", "json");
    expect(verbose.stderr).toMatch(/^cat-ngang\.docx: truncated: /);
    expect(verbose.stderr).not.toContain("khung.docx");
    expect(JSON.parse(verbose.stdout)[0]).toEqual({ file: "cat-ngang.docx", error: expect.stringMatching(/bị hỏng/) });
  });

  test("JSON has one shape whatever the outcome: an array of results, `error` where a file could not be read", async () => {
    for (const args of [["khong-co.docx"], ["cu.docx"], ["khung.docx"], ["khung.docx", "khong-co.docx"]]) {
      const outcome = await cli("check", ...args, "--format", "json");
      const results = JSON.parse(outcome.stdout) as { file: string; error?: string; ready?: boolean }[];
      expect(Array.isArray(results)).toBe(true);
      expect(results.map((r) => r.file).sort()).toEqual([...args].sort());
      for (const r of results) expect(typeof r.error === "string" || typeof r.ready === "boolean").toBe(true);
    }
  });

  test("text reads as a person writes: the section named once, the deadline and the e-mail address at the end", async () => {
    const outcome = await cli("check", "khung.docx");
    expect(outcome.stdout).toMatch(/\[lỗi\] Mục 1a \(Kết quả thực hiện năm 2017\) chưa có nội dung\./);
    expect(outcome.stdout).not.toMatch(/Mục (\w+): .*mục \1\b/i);
    // A document with no report in it: every section missing, each said once.
    writeFileSync(path.join(dir, "trong.docx"), zipParts(docxParts(defaultProfile, "<w:p/>")));
    const nothing = await cli("check", "trong.docx", "--profile", "molisa-5121-2017");
    expect(nothing.stdout).toMatch(/\[lỗi\] Thiếu mục 1a \(Kết quả thực hiện năm 2017\)\./);
    expect(nothing.stdout).not.toMatch(/Mục (\w+): .*mục \1\b/i);
    expect(outcome.stdout).toMatch(
      /Hạn gửi Bộ: trước ngày 20\/12\/2017 \((còn \d+ ngày|hôm nay là ngày cuối|đã quá hạn \d+ ngày)\); bản điện tử gửi phongkh@molisa\.gov\.vn\./,
    );
  });
});
