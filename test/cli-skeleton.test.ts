import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { strFromU8, unzipSync } from "fflate";
import { tmpdir } from "os";
import * as path from "path";
import { PROFILE_SETTING } from "../src/core/profile-choice";
import { Outcome, runCli } from "./helpers/cli";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "report-drafter-cli-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...argv: string[]): Promise<Outcome> => runCli(dir, argv);

function readDocx(name: string): Record<string, string> {
  const files = unzipSync(new Uint8Array(readFileSync(path.join(dir, name))));
  return Object.fromEntries(Object.entries(files).map(([file, bytes]) => [file, strFromU8(bytes)]));
}

/** The text of every w:t in a part, joined; enough to look for a phrase. */
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(" ");

/** A misuse: exit 2, a message on stderr pointing to help, nothing on stdout, no stack. */
function expectMisuse(outcome: Outcome, message: RegExp): void {
  expect(outcome.code).toBe(2);
  expect(outcome.stdout).toBe("");
  expect(outcome.stderr).toMatch(message);
  expect(outcome.stderr).not.toMatch(/\n\s+at |Error:/);
}

describe("report-drafter skeleton", () => {
  it("writes a readable .docx with every part and says what it wrote", async () => {
    const outcome = await cli(
      "skeleton",
      "--out",
      "bao-cao.docx",
      "--province",
      "Thanh Hóa",
      "--number",
      "123",
      "--date",
      "2017-12-15",
      "--signer",
      "Nguyễn Văn A",
    );
    expect(outcome).toMatchObject({ code: 0, stderr: "" });
    expect(outcome.stdout).toContain(path.join(dir, "bao-cao.docx"));
    expect(outcome.stdout).toContain("Số: 123/BC-SLĐTBXH");
    expect(outcome.stdout).not.toContain("Còn để trống");
    // Without --profile, the newest letter's; the document remembers which.
    expect(outcome.stdout).toContain("Hồ sơ báo cáo (profile): molisa-5025-2019");

    const parts = readDocx("bao-cao.docx");
    expect(parts["word/webextensions/webextension1.xml"]).toContain(
      `<we:property name="${PROFILE_SETTING}" value="&quot;molisa-5025-2019&quot;"/>`,
    );
    expect(Object.keys(parts)[0]).toBe("[Content_Types].xml");
    expect(Object.keys(parts).sort()).toEqual(
      [
        "[Content_Types].xml",
        "_rels/.rels",
        "docProps/app.xml",
        "docProps/core.xml",
        "word/_rels/document.xml.rels",
        "word/document.xml",
        "word/header1.xml",
        "word/settings.xml",
        "word/styles.xml",
        "word/webextensions/_rels/taskpanes.xml.rels",
        "word/webextensions/taskpanes.xml",
        "word/webextensions/webextension1.xml",
      ].sort(),
    );
    const text = textOf(parts["word/document.xml"]);
    for (const phrase of [
      "UBND TỈNH THANH HÓA",
      "Số: 123/BC-SLĐTBXH",
      "Thanh Hóa, ngày 15 tháng 12 năm 2017",
      "GIÁM ĐỐC",
      "Nguyễn Văn A",
    ]) {
      expect(text).toContain(phrase);
    }
    for (const tag of [
      "doc.agency",
      "doc.number",
      "doc.date",
      "doc.title",
      "1",
      "1a",
      "1b",
      "1c",
      "2",
      "2a",
      "2b",
      "doc.recipients",
      "doc.signature",
    ]) {
      expect(parts["word/document.xml"]).toContain(`<w:tag w:val="${tag}"/>`);
    }
    expect(parts["word/document.xml"]).toContain("<w:titlePg/>");
  });

  it("writes the same bytes for the same options", async () => {
    const args = ["--province", "Hà Nội", "--date", "2017-12-18"];
    await cli("skeleton", "--out", "a.docx", ...args);
    await cli("skeleton", "--out=b.docx", ...args);
    expect(readFileSync(path.join(dir, "a.docx")).equals(readFileSync(path.join(dir, "b.docx")))).toBe(true);
  });

  it("takes province names without accents or case", async () => {
    const outcome = await cli("skeleton", "--out", "hn.docx", "--province", "ha noi");
    expect(outcome.code).toBe(0);
    expect(textOf(readDocx("hn.docx")["word/document.xml"])).toContain("UBND THÀNH PHỐ HÀ NỘI");
    expect((await cli("skeleton", "--out", "hcm.docx", "--province", "TP Ho Chi Minh")).code).toBe(0);
    expect(textOf(readDocx("hcm.docx")["word/document.xml"])).toContain("UBND THÀNH PHỐ HỒ CHÍ MINH");
  });

  it("signs for the Director with --deputy", async () => {
    expect((await cli("skeleton", "--out", "kt.docx", "--deputy", "--signer", "Trần Thị B")).code).toBe(0);
    const text = textOf(readDocx("kt.docx")["word/document.xml"]);
    expect(text).toContain("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC");
    expect(text).toContain("Trần Thị B");
  });

  it("lists what is left to fill when fields are missing", async () => {
    const outcome = await cli("skeleton", "--out", "blank.docx");
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toMatch(/Còn để trống.*--province.*--number.*--date.*--signer/);
  });

  it("rejects an unknown province, suggesting near names and how to list them", async () => {
    const outcome = await cli("skeleton", "--out", "x.docx", "--province", "Thanh Hoaa");
    expectMisuse(outcome, /Không có tỉnh, thành phố "Thanh Hoaa"/);
    expect(outcome.stderr).toContain("Có phải (did you mean): Thanh Hóa?");
    expect(outcome.stderr).toContain("report-drafter skeleton --list-provinces");
    expect(existsSync(path.join(dir, "x.docx"))).toBe(false);

    const listed = await cli("skeleton", "--list-provinces");
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain("Thanh Hóa");
    expect(listed.stdout).toContain("Thành phố Hồ Chí Minh");
  });

  it.each([
    [["skeleton"], /Thiếu --out/],
    [["skeleton", "--out"], /Thiếu giá trị sau --out/],
    [["skeleton", "--out", "x.pdf"], /phải có đuôi \.docx/],
    [["skeleton", "--out", "x.docx", "--date", "15/12/2017"], /Ngày "15\/12\/2017" không hợp lệ/],
    [["skeleton", "--out", "x.docx", "--date", "2017-02-30"], /Ngày "2017-02-30" không hợp lệ/],
    [["skeleton", "--out", "x.docx", "--number", "123/BC-SLĐTBXH"], /chỉ được gồm chữ số/],
    [["skeleton", "--out", "x.docx", "--colour", "red"], /Tùy chọn không hợp lệ \(unknown option\): --colour/],
    [["skeleton", "--out", "x.docx", "--deputy=yes"], /không nhận giá trị/],
    [["skeleton", "--out", "x.docx", "--out", "y.docx"], /hai lần/],
    [["skeleton", "--out", "x.docx", "extra"], /Không hiểu tham số/],
    [["skeleton", "-o", "x.docx"], /Tùy chọn không hợp lệ/],
  ])("exits 2 with a message for misuse: %j", async (argv, message) => {
    const outcome = await cli(...argv);
    expectMisuse(outcome, message);
    expect(outcome.stderr).toContain("report-drafter skeleton --help");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("prints its help in Vietnamese with English in parentheses", async () => {
    const outcome = await cli("skeleton", "--help");
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain("Cách dùng (usage)");
    expect(outcome.stdout).toContain("--deputy");
  });

  it("reports a folder that does not exist, leaving nothing behind", async () => {
    const outcome = await cli("skeleton", "--out", path.join("no-such-folder", "x.docx"));
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(/Không ghi được tệp .*thư mục chứa tệp không tồn tại/);
    expect(outcome.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("replaces an existing file whole and leaves no temporary file", async () => {
    writeFileSync(path.join(dir, "old.docx"), "not a zip");
    expect((await cli("skeleton", "--out", "old.docx")).code).toBe(0);
    expect(readDocx("old.docx")["word/document.xml"]).toContain("<w:body>");
    expect(readdirSync(dir)).toEqual(["old.docx"]);
  });
});

describe("report-drafter", () => {
  it("prints the commands with --help", async () => {
    const outcome = await cli("--help");
    expect(outcome.code).toBe(0);
    for (const command of ["skeleton", "check", "indicators"]) expect(outcome.stdout).toContain(command);
  });

  it("shows usage and exits 2 without a command", async () => {
    const outcome = await cli();
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain("Cách dùng (usage)");
  });

  it("rejects an unknown command", async () => {
    const outcome = await cli("draft");
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('Không có lệnh "draft"');
  });

  it("asks indicators where to write its sheet", async () => {
    expectMisuse(await cli("indicators", "report.docx"), /Thiếu --out/);
  });
});
