/**
 * The profile on the command line: `skeleton` writes the one named (the newest by default) and the document keeps
 * its id; `check` without --profile uses that id, else the letter the opening cites, else the newest, and says
 * which; --profile FILE is checked against the schema with the field's path, or the line and column of bad JSON.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { docxParts } from "../src/core/ooxml/package";
import { skeletonBodyXml } from "../src/core/skeleton/writer";
import { zipParts } from "../src/host/docx/zip";
import { defaultProfile } from "../src/profiles";
import { FIELDS } from "./helpers/fields";
import { Outcome, runCli } from "./helpers/cli";
import { cloneProfile } from "./helpers/profile";

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), "rd-profile-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...argv: string[]): Promise<Outcome> => runCli(dir, argv, new Date(2017, 11, 15));

interface JsonResult {
  file: string;
  profile: string;
  profileChosenBy: string;
  storedProfile?: string;
  sections: { id: string; heading?: string }[];
}

const json = async (...argv: string[]): Promise<JsonResult[]> => JSON.parse((await cli("check", ...argv, "--format", "json")).stdout);

describe("skeleton --profile", () => {
  test("writes the newest letter's skeleton by default, and the named one when asked; check then follows the document", async () => {
    expect((await cli("skeleton", "--out", "moi.docx", "--province", "Nghệ An")).code).toBe(0);
    expect((await cli("skeleton", "--out", "cu.docx", "--province", "Nghệ An", "--profile", "molisa-5121-2017")).code).toBe(0);
    const [newest, older] = await json("moi.docx", "cu.docx");
    expect(newest).toMatchObject({ profile: "molisa-5025-2019", profileChosenBy: "stored" });
    expect(newest.sections.find((s) => s.id === "1a")?.heading).toMatch(/năm 2019/);
    expect(older).toMatchObject({ profile: "molisa-5121-2017", profileChosenBy: "stored" });
    expect(older.sections.find((s) => s.id === "1a")?.heading).toMatch(/năm 2017/);

    const text = await cli("check", "moi.docx");
    expect(text.stdout).toContain("  Hồ sơ báo cáo (profile): molisa-5025-2019 (lưu trong tài liệu)\n");
    // The 2019 letter states no deadline or e-mail: nothing is said of them.
    expect(text.stdout).not.toMatch(/Hạn gửi|Bản điện tử/);
  });

  test("an option names the profile: its output says nothing of the choice, and the JSON says it was the option's", async () => {
    const text = await cli("check", "moi.docx", "--profile", "molisa-5121-2017");
    expect(text.stdout).not.toContain("Hồ sơ báo cáo (profile)");
    expect(text.stdout).toMatch(/Hạn gửi Bộ: trước ngày 20\/12\/2017/);
    expect((await json("moi.docx", "--profile", "molisa-5121-2017"))[0]).toMatchObject({
      profile: "molisa-5121-2017",
      profileChosenBy: "option",
    });
  });
});

describe("check without --profile", () => {
  test("a report whose settings name no profile is checked against the letter its opening cites", async () => {
    // What an older version of the add-in (or the ministry's own template) leaves: the skeleton, no id stored.
    writeFileSync(path.join(dir, "khong-luu.docx"), zipParts(docxParts(defaultProfile, skeletonBodyXml(defaultProfile, FIELDS))));
    const [result] = await json("khong-luu.docx");
    expect(result).toMatchObject({ profile: "molisa-5121-2017", profileChosenBy: "letter" });
    expect((await cli("check", "khong-luu.docx")).stdout).toContain(
      "  Hồ sơ báo cáo (profile): molisa-5121-2017 (câu mở đầu nêu Công văn số 5121/LĐTBXH-KHTC)\n",
    );
  });

  test("a document that names no letter is checked against the newest profile, and the output says how to choose another", async () => {
    writeFileSync(
      path.join(dir, "go-tay.docx"),
      zipParts(docxParts(defaultProfile, "<w:p><w:r><w:t>Báo cáo tình hình năm nay, chưa nêu công văn nào.</w:t></w:r></w:p>")),
    );
    expect((await json("go-tay.docx"))[0]).toMatchObject({ profile: "molisa-5025-2019", profileChosenBy: "newest" });
    expect((await cli("check", "go-tay.docx")).stdout).toContain(
      "  Hồ sơ báo cáo (profile): molisa-5025-2019 (tài liệu không nêu công văn nào đã có hồ sơ, dùng hồ sơ mới nhất; chọn khác bằng --profile)\n",
    );
  });

  test("a stored id the add-in does not have is named, and the letter decides", async () => {
    writeFileSync(
      path.join(dir, "ho-so-la.docx"),
      zipParts(docxParts(defaultProfile, skeletonBodyXml(defaultProfile, FIELDS), { "reportDrafter.profile": "bo-khac-2025" })),
    );
    expect((await json("ho-so-la.docx"))[0]).toMatchObject({
      profile: "molisa-5121-2017",
      profileChosenBy: "letter",
      storedProfile: "bo-khac-2025",
    });
    expect((await cli("check", "ho-so-la.docx")).stdout).toContain('tài liệu ghi hồ sơ "bo-khac-2025" không có sẵn');
  });

  test("a folder of reports to two letters: each checked against its own, each letter's deadline named", async () => {
    const folder = path.join(dir, "hai-nam");
    mkdirSync(folder);
    for (const [name, id] of [
      ["a.docx", "molisa-5121-2017"],
      ["b.docx", "molisa-5025-2019"],
    ])
      expect((await cli("skeleton", "--out", path.join("hai-nam", name), "--profile", id)).code).toBe(0);
    const results = await json("hai-nam");
    expect(results.map((r) => r.profile)).toEqual(["molisa-5121-2017", "molisa-5025-2019"]);
    const text = (await cli("check", "hai-nam")).stdout;
    // Only the 2017 letter states a deadline; with two profiles in play, the line says whose it is.
    expect(text).toMatch(/\n\n.*\(Công văn 5121\/LĐTBXH-KHTC\): Hạn gửi Bộ: trước ngày 20\/12\/2017/);
    expect(text.match(/Hạn gửi Bộ/g)).toHaveLength(1);
  });
});

describe("--profile FILE", () => {
  const write = (name: string, text: string) => writeFileSync(path.join(dir, name), text);

  test("a profile file is used as given, for skeleton and check alike", async () => {
    const own = cloneProfile();
    own.id = "so-rieng-2017";
    own.document.title = "BÁO CÁO NHANH";
    write("rieng.json", JSON.stringify(own));
    expect((await cli("skeleton", "--out", "rieng.docx", "--profile", "rieng.json")).stdout).toContain("so-rieng-2017");
    // Its id is stored, but no built-in profile has it: without the file, check says so.
    expect((await json("rieng.docx"))[0]).toMatchObject({ storedProfile: "so-rieng-2017" });
    expect((await json("rieng.docx", "--profile", "rieng.json"))[0]).toMatchObject({ profile: "so-rieng-2017", profileChosenBy: "option" });
  });

  test.each([
    [
      "a field of the wrong kind, named by its path",
      (p: Record<string, any>) => (p.groups[0].sections[1].items[0].kind = "tự động"),
      /^hong\.json: Hồ sơ báo cáo không hợp lệ: trường "groups\[0\]\.sections\[1\]\.items\[0\]\.kind" phải là một trong: "auto", "manual"\./,
    ],
    [
      "a field the schema does not have",
      (p: Record<string, any>) => (p.document.recipient = p.document.recipients),
      /trường "document\.recipient" không thuộc lược đồ/,
    ],
    ["a missing field", (p: Record<string, any>) => delete p.layout.sizes.body, /trường "layout\.sizes\.body" phải là một số/],
  ])("refused: %s", async (_, mutate, message) => {
    const broken = cloneProfile();
    mutate(broken);
    write("hong.json", JSON.stringify(broken, null, 2));
    for (const command of [
      ["check", "moi.docx"],
      ["skeleton", "--out", "x.docx"],
    ]) {
      const outcome = await cli(...command, "--profile", "hong.json");
      expect(outcome.code).toBe(2);
      expect(outcome.stdout).toBe("");
      expect(outcome.stderr).toMatch(message);
    }
  });

  test("bad JSON is refused with its line and column", async () => {
    write("sai.json", '{\n  "id": "x",\n  "year": 2019,,\n}\n');
    const outcome = await cli("check", "moi.docx", "--profile", "sai.json");
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/Tệp hồ sơ sai\.json không phải JSON hợp lệ, dòng 3, cột 16 \(not valid JSON\)/);
  });

  test("a name that is neither a profile nor a file lists the built-in ids", async () => {
    const outcome = await cli("check", "moi.docx", "--profile", "molisa-2019");
    expect(outcome.stderr).toMatch(
      /Không có hồ sơ "molisa-2019": hãy ghi mã \(molisa-5025-2019, molisa-5121-2017\) hoặc đường dẫn tệp JSON/,
    );
  });
});
