/**
 * The second built-in profile, letter 5025/LĐTBXH-KHTC of 2019 (shared/domain/letter-5025-2019.md): the same
 * sections with the years moved on, a new item (good local models), and no deadline or e-mail in our copy of the
 * letter, so nothing is said about lateness.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { checkDocument } from "../src/core/check";
import { countdown } from "../src/core/deadline";
import { docxParts } from "../src/core/ooxml/package";
import { SkeletonFields } from "../src/core/skeleton/parts";
import { skeletonBodyXml } from "../src/core/skeleton/writer";
import { zipParts } from "../src/host/docx/zip";
import { mailtoHref } from "../src/taskpane/check-helpers";
import { strings } from "../src/taskpane/i18n";
import { countdownText, verdictOf } from "../src/taskpane/result-text";
import { builtinProfiles, defaultProfile, parseProfile, profile5025, sectionsOf } from "../src/profiles";
import { BlockSpec, docOf, ParagraphSpec } from "./helpers/model";
import { cloneProfile as clone, refusal } from "./helpers/profile";
import { requireShared, requireTool } from "./helpers/tool";
import { runCli } from "./helpers/cli";

const profile = profile5025;
const bold = (text: string): ParagraphSpec => ({ text, bold: true });

/** A complete 2019 report as a Sở might type it without the skeleton. */
const REPORT_2019: BlockSpec[] = [
  {
    table: [
      ["UBND TỈNH NGHỆ AN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      [bold("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"), bold("Độc lập - Tự do - Hạnh phúc")],
      ["Số: 2471/BC-SLĐTBXH", "Nghệ An, ngày 10 tháng 12 năm 2019"],
    ],
  },
  bold("BÁO CÁO"),
  bold("Đánh giá tình hình thực hiện năm 2019; nhiệm vụ, giải pháp thực hiện kế hoạch năm 2020"),
  "Kính gửi: Bộ Lao động - Thương binh và Xã hội",
  "Thực hiện Công văn số 5025/LĐTBXH-KHTC ngày 25/11/2019, Sở báo cáo như sau:",
  bold("I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN CHỈ TIÊU, NHIỆM VỤ NĂM 2019"),
  bold("1. Kết quả thực hiện các chỉ tiêu, nhiệm vụ năm 2019"),
  "Tạo việc làm mới cho 37.600 người, đạt 107,4% kế hoạch năm, tăng 4,1% so với năm 2018.",
  "Công tác giáo dục nghề nghiệp, đưa người lao động đi làm việc ở nước ngoài, bảo hiểm xã hội, chăm lo người có công, giảm nghèo, bảo trợ xã hội và bảo vệ trẻ em đều có chuyển biến rõ.",
  "Mô hình dạy nghề gắn với doanh nghiệp ở huyện Yên Thành được nhân rộng ra 6 huyện, giúp 2.300 học viên có việc làm ngay sau khóa học.",
  bold("2. Đánh giá việc triển khai và kết quả thực hiện cơ chế, chính sách pháp luật, chương trình, đề án"),
  "Triển khai Nghị định 61/2015/NĐ-CP về chính sách hỗ trợ tạo việc làm; Chương trình mục tiêu quốc gia giảm nghèo bền vững giải ngân 96% vốn được giao.",
  bold("3. Tồn tại, hạn chế, khó khăn và nguyên nhân"),
  "Chất lượng việc làm ở nông thôn còn hạn chế. Nguyên nhân khách quan là do dịch tả lợn châu Phi; nguyên nhân chủ quan là công tác dự báo thị trường lao động chưa tốt.",
  bold("II. CHỈ TIÊU, NHIỆM VỤ NĂM 2020"),
  bold("1. Chỉ tiêu, nhiệm vụ, giải pháp chủ yếu thực hiện kế hoạch năm 2020"),
  "Căn cứ Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII, Kế hoạch phát triển kinh tế - xã hội 5 năm 2016 - 2020 và kết quả thực hiện năm 2019, phấn đấu tạo việc làm mới cho 38.000 người.",
  "Nhiệm vụ trọng tâm là nâng cao chất lượng đào tạo nghề; giải pháp đột phá là số hóa dữ liệu cung cầu lao động.",
  bold("2. Đề xuất, kiến nghị"),
  "Đề nghị Quốc hội sửa đổi Luật Bảo hiểm xã hội; đề nghị Chính phủ bổ sung vốn giảm nghèo; đề nghị Bộ Lao động - Thương binh và Xã hội hướng dẫn Bộ luật Lao động năm 2019.",
  {
    table: [
      [{ text: "Nơi nhận:", bold: true, italic: true }, bold("GIÁM ĐỐC")],
      ["- Bộ LĐTBXH (Vụ KHTC);", ""],
      ["- UBND tỉnh (để báo cáo);", ""],
      ["- Lưu: VT, KHTC.", bold("Trần Văn Bình")],
    ],
  },
];

const textOf = (spec: ParagraphSpec) => (typeof spec === "string" ? spec : spec.text);
const without = (pred: (text: string) => boolean): BlockSpec[] =>
  REPORT_2019.filter((b) => (typeof b === "object" && "table" in b) || !pred(textOf(b)));
const dated = (line: string): BlockSpec[] =>
  REPORT_2019.map((b, i) =>
    i === 0 && typeof b === "object" && "table" in b ? { table: b.table.map((row, r) => (r === 2 ? [row[0], line] : row)) } : b,
  );

describe("the 5025/2019 profile", () => {
  test("is built in, newest first, while the default stays the 2017 one", () => {
    expect(builtinProfiles.map((p) => p.id)).toEqual(["molisa-5025-2019", "molisa-5121-2017"]);
    expect(defaultProfile.id).toBe("molisa-5121-2017");
    expect(profile).toMatchObject({ year: 2019, planYear: 2020, deadline: null, email: null });
    expect(profile.letter).toEqual({ number: "5025/LĐTBXH-KHTC", date: "2019-11-25", issuer: "Bộ Lao động - Thương binh và Xã hội" });
    expect(profile.description?.vi).toMatch(/5121/);
    expect(profile.documentItems.map((d) => d.id)).not.toContain("send.deadline");
  });

  test("keeps the section ids and adds 1a.models", () => {
    expect(sectionsOf(profile).map((s) => s.id)).toEqual(["1a", "1b", "1c", "2a", "2b"]);
    const items = sectionsOf(profile).flatMap((s) => s.items.map((i) => i.id));
    expect(items.filter((id) => id.startsWith("1a."))).toEqual(["1a.figures", "1a.vs-plan", "1a.vs-2018", "1a.models", "1a.fields"]);
    expect(
      sectionsOf(profile)
        .find((s) => s.id === "1a")!
        .items.find((i) => i.id === "1a.models"),
    ).toMatchObject({
      kind: "auto",
      severity: "warning",
    });
    expect(sectionsOf(profile).find((s) => s.id === "1b")!.requirement).toContain("việc triển khai và kết quả thực hiện");
  });

  test("names no year of the 2017 letter outside the five-year plan, the province list and its own description", () => {
    const text = JSON.stringify({ ...profile, provinceList: "", description: undefined }).replace(/2016 ?- ?2020|2016–2020/g, "");
    expect(text).not.toMatch(/2016|2017/);
    expect(JSON.stringify(profile.groups.map((g) => [g.heading, g.year]))).not.toMatch(/2018/);
  });
});

describe("optional deadline and e-mail", () => {
  test("null says the letter states none; a field left out, a bad value or a deadline before the letter is refused", () => {
    const data = clone();
    data.deadline = null;
    data.email = null;
    expect(parseProfile(data)).toMatchObject({ deadline: null, email: null });
    expect(refusal((p) => delete p.deadline)).toMatchObject({ field: "deadline", problem: expect.stringContaining("null") });
    expect(refusal((p) => (p.deadline = "")).field).toBe("deadline");
    expect(refusal((p) => (p.email = "phongkh")).problem).toMatch(/thư điện tử.*null/);
    expect(refusal((p) => (p.deadline = "2017-12-01"))).toMatchObject({
      field: "deadline",
      problem: expect.stringContaining("2017-12-07"),
    });
  });
});

describe("the 2019 skeleton", () => {
  const fields: SkeletonFields = { province: "Nghệ An", agencyShort: "", number: "12", date: "", signer: "Trần Văn Bình", deputy: false };
  const parts = docxParts(profile, skeletonBodyXml(profile, fields));
  const text = (xml: string) =>
    xml
      .replace(/<w:tab\/>/g, " ")
      .replace(/<\/w:p>/g, "\n")
      .replace(/<[^>]+>/g, "");
  const body = text(parts["word/document.xml"]);

  test("has 2019 and 2020 where the years moved, and 2018 only as the year 1a compares with", () => {
    expect(body).toContain("ngày … tháng … năm 2019");
    expect(body).toContain("Đánh giá tình hình thực hiện năm 2019; nhiệm vụ, giải pháp thực hiện kế hoạch năm 2020");
    expect(body).toContain("Công văn số 5025/LĐTBXH-KHTC ngày 25/11/2019");
    expect(body).toContain("I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN CHỈ TIÊU, NHIỆM VỤ NĂM 2019");
    expect(body).toContain("1. Kết quả thực hiện các chỉ tiêu, nhiệm vụ năm 2019");
    expect(body).toContain("II. CHỈ TIÊU, NHIỆM VỤ NĂM 2020");
    expect(body).toContain("mô hình, cách làm hay");
    expect(body).not.toMatch(/2017/);
    expect(body).toContain("với kết quả thực hiện năm 2018 (tăng/giảm … so với năm 2018)");
    expect(body.replace(/với kết quả thực hiện năm 2018 \(tăng\/giảm … so với năm 2018\)/, "")).not.toMatch(/2018/);
    expect(text(parts["docProps/core.xml"] + parts["word/header1.xml"])).not.toMatch(/2017|2018/);
  });

  test("a dated skeleton writes the signing year it is given", () => {
    const dated = text(skeletonBodyXml(profile, { ...fields, date: "2019-12-10" }));
    expect(dated).toContain("Nghệ An, ngày 10 tháng 12 năm 2019");
  });

  const schemas = requireShared("ooxml-schemas", process.env.REPORT_DRAFTER_SCHEMAS) ?? "";
  const validating = schemas !== "" && requireTool("xmllint", "install libxml2-utils (apt-get install libxml2-utils)");
  (validating ? test : test.skip)("validates against wml.xsd (as test/ooxml-schema.test.ts does for 2017)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "rd-2019-schema-"));
    try {
      const files = ["word/document.xml", "word/styles.xml", "word/settings.xml", "word/header1.xml"].map((part, i) => {
        const file = path.join(dir, `${i}.xml`);
        writeFileSync(file, parts[part]);
        return file;
      });
      const result = spawnSync("xmllint", ["--noout", "--schema", path.join(schemas, "wml/wml.xsd"), ...files], { encoding: "utf8" });
      const errors = result.stderr.split("\n").filter((line) => /error|fails to validate/i.test(line));
      expect(errors).toEqual([]);
      expect(result.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("checking a 2019 report", () => {
  test("a complete report is ready, with no errors and every automatic item met", () => {
    const result = checkDocument(profile, docOf(REPORT_2019));
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.ready).toBe(true);
    expect(result.profile).toBe("molisa-5025-2019");
    expect(result.checklist.filter((i) => i.status === "unmet").map((i) => i.id)).toEqual([]);
  });

  test("without its models 1a.models is unmet, a warning, and the report is still ready", () => {
    const result = checkDocument(profile, docOf(without((t) => t.startsWith("Mô hình dạy nghề"))));
    expect(result.checklist.find((i) => i.id === "1a.models")?.status).toBe("unmet");
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.findings.some((f) => f.severity === "warning" && JSON.stringify(f).includes("1a.models"))).toBe(true);
    expect(result.ready).toBe(true);
  });

  test("with no deadline, a report dated late draws no send.deadline finding", () => {
    const late = docOf(dated("Nghệ An, ngày 31 tháng 12 năm 2019"));
    expect(checkDocument(profile, late).findings.filter((f) => f.rule === "send.deadline")).toEqual([]);
    // The 2017 profile, with its deadline, still says when a document is late.
    const late2017 = { ...defaultProfile, deadline: "2019-12-20" };
    expect(checkDocument(late2017, late).findings.filter((f) => f.rule === "send.deadline")).toHaveLength(1);
  });
});

describe("the panes' words with no deadline and no e-mail", () => {
  test("no countdown, no mailto link, and a ready report is plainly ready", () => {
    const due = countdown(profile.deadline, new Date(2020, 5, 1));
    expect(due).toBeNull();
    expect(countdownText(due, strings.vi)).toBeNull();
    expect(mailtoHref(profile, "Nghệ An")).toBeNull();
    const result = checkDocument(profile, docOf(dated("Nghệ An, ngày 31 tháng 12 năm 2019")));
    expect(verdictOf(result, due, strings.vi)).toEqual({ intent: "success", text: strings.vi.checkReady });
  });
});

describe("report-drafter check --profile molisa-5025-2019", () => {
  let dir = "";
  beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), "rd-2019-check-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const paragraphXml = (spec: ParagraphSpec): string => {
    const { text, bold: isBold = false, italic = false } = typeof spec === "string" ? { text: spec } : spec;
    const rPr = `${isBold ? "<w:b/>" : ""}${italic ? "<w:i/>" : ""}`;
    return `<w:p>${text ? `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>` : ""}</w:p>`;
  };
  const bodyXml = (blocks: BlockSpec[]) =>
    blocks
      .map((block) =>
        typeof block === "object" && "table" in block
          ? `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${block.table[0].map(() => '<w:gridCol w:w="4500"/>').join("")}</w:tblGrid>` +
            block.table.map((row) => `<w:tr>${row.map((c) => `<w:tc>${paragraphXml(c)}</w:tc>`).join("")}</w:tr>`).join("") +
            "</w:tbl>"
          : paragraphXml(block),
      )
      .join("");

  const cli = (...argv: string[]) => runCli(dir, argv, new Date(2020, 5, 1));

  test("a late-dated 2019 report is ready, and no deadline or e-mail line is printed", async () => {
    writeFileSync(path.join(dir, "nghe-an.docx"), zipParts(docxParts(profile, bodyXml(dated("Nghệ An, ngày 31 tháng 12 năm 2019")))));
    const outcome = await cli("check", "nghe-an.docx", "--profile", "molisa-5025-2019");
    expect(outcome.stderr).toBe("");
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain("nghe-an.docx: SẴN SÀNG GỬI");
    expect(outcome.stdout).not.toMatch(/Hạn gửi|quá hạn|[Bb]ản điện tử|@/);
    const json = JSON.parse((await cli("check", "nghe-an.docx", "--profile", "molisa-5025-2019", "--format", "json")).stdout);
    expect(json[0]).toMatchObject({ profile: "molisa-5025-2019", ready: true });
  });

  test("without --profile the letter the opening cites chooses 2019's, and the output says so", async () => {
    const outcome = await cli("check", "nghe-an.docx");
    expect(outcome.stdout).toContain("nghe-an.docx: SẴN SÀNG GỬI");
    expect(outcome.stdout).toContain("Hồ sơ báo cáo (profile): molisa-5025-2019 (câu mở đầu nêu Công văn số 5025/LĐTBXH-KHTC)");
    expect(outcome.stdout).not.toMatch(/Hạn gửi|quá hạn/);
    // Asked for by name, the 2017 letter's profile finds the 2019 report is not its own, and says when it was due.
    const as2017 = await cli("check", "nghe-an.docx", "--profile", "molisa-5121-2017");
    expect(as2017.stdout).toMatch(/Hạn gửi Bộ: trước ngày 20\/12\/2017 \(đã quá hạn \d+ ngày\); bản điện tử gửi phongkh@molisa\.gov\.vn\./);
  });
});
