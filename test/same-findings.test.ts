/**
 * The add-in and the command line give the same findings for the same document (issue 3): the CLI unzips the
 * .docx, the add-in reads Body.getOoxml() in the simulated Word, and both hand the XML to one reader. Every
 * document of the foreign corpus and a few generated reports go both ways; the JSON must be identical.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import { unzipSync } from "fflate";
import { tmpdir } from "os";
import * as path from "path";
import { CheckResult, checkDocument, checkReport } from "../src/core/check";
import { CHECKLIST_SETTING } from "../src/core/checklist-store";
import { docxParts } from "../src/core/ooxml/package";
import { readWordprocessingML } from "../src/core/ooxml/read";
import { XmlElement, childElements, firstChild, parseXml } from "../src/core/ooxml/xml";
import { FileResult, checkFile } from "../src/cli/check-file";
import { main } from "../src/cli/main";
import { readDocx } from "../src/host/docx/read";
import { zipParts } from "../src/host/docx/zip";
import { SimDocument, installSimulatedOffice } from "../src/host/sim";
import { createWordHost } from "../src/host/word/word-host";
import { defaultProfile } from "../src/profiles";
import { REPORTS } from "./fixtures/reports";
import { requireShared } from "./helpers/tool";
import { BlockSpec, ParagraphSpec } from "./helpers/model";

/** Real-world .docx files from other projects' test suites (../shared/corpus/foreign/README.md). */
const corpus = requireShared("corpus/foreign", process.env.REPORT_DRAFTER_CORPUS) ?? "";
const corpusFiles =
  corpus !== ""
    ? readdirSync(corpus)
        .filter((name) => name.toLowerCase().endsWith(".docx"))
        .sort()
    : [];

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const WML = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

/** Reports made here, by file name in the temporary folder. */
const GENERATED = {
  skeleton: "skeleton.docx",
  filled: "filled-skeleton.docx",
  halfFilled: "half-filled-skeleton.docx",
  typed: "typed-report.docx",
  big: "big-report.docx",
} as const;

let dir = "";

/* Generated reports ------------------------------------------------------------------------------------------- */

/** The text parts of a .docx by path in the zip, as an unzipper in the browser would hand them over. */
function unzipText(bytes: Uint8Array): Record<string, string> {
  const decoder = new TextDecoder();
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, decoder.decode(data)]));
}

const SECTION_TEXT: Record<string, string> = {
  "1a": "Giải quyết việc làm cho 19.850 người, đạt 104,5% kế hoạch năm, tăng 3,2% so với năm 2016.\nCác lĩnh vực giáo dục nghề nghiệp, đưa người lao động đi làm việc ở nước ngoài, bảo hiểm xã hội, người có công, giảm nghèo, bảo trợ xã hội, trẻ em đều đạt kết quả tốt.",
  "1b": "Triển khai Nghị định 61/2015/NĐ-CP và chính sách hỗ trợ việc làm; Chương trình mục tiêu giáo dục nghề nghiệp đạt kết quả.",
  "1c": "Còn khó khăn trong giải quyết việc làm ở nông thôn. Nguyên nhân khách quan là do kinh tế chậm; nguyên nhân chủ quan là công tác phối hợp còn hạn chế.",
  "2a": "Căn cứ Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII, Kế hoạch phát triển kinh tế - xã hội 5 năm 2016 - 2020 và kết quả thực hiện năm 2017, phấn đấu giải quyết việc làm cho 20.000 người.\nNhiệm vụ trọng tâm là giáo dục nghề nghiệp; giải pháp đột phá là kết nối cung cầu lao động.",
  "2b": "Đề nghị Quốc hội sửa đổi Luật Việc làm; đề nghị Chính phủ bố trí vốn; đề nghị Bộ Lao động - Thương binh và Xã hội hướng dẫn.",
};

/**
 * The skeleton .docx, opened in the simulated Word, sections typed in and the archive line's blank filled with the
 * drafting unit, saved (the file keeps only what was saved) and written as a .docx.
 */
function fillSkeleton(skeleton: Uint8Array, sections: string[], settings: Record<string, unknown>): Uint8Array {
  const doc = SimDocument.fromPackageParts(unzipText(skeleton));
  for (const tag of sections) doc.typeText({ tag }, SECTION_TEXT[tag]);
  const archive = doc.paragraphs().find((p) => p.text.includes("Lưu: VT, …"));
  if (archive) doc.setParagraphText(archive.index, archive.text.replace("…", "KHTC."));
  doc.save();
  return zipParts(docxParts(defaultProfile, doc.bodyContentXml(), settings));
}

const esc = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const run = (text: string, rPr = "") => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
const para = (content: string, pPr = "") => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${content}</w:p>`;
const styled = (style: string, text: string) => para(run(text), `<w:pStyle w:val="${style}"/>`);
const body = (text: string) => para(run(text));
const cell = (text: string, bold = false) =>
  `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${para(run(text, bold ? "<w:b/>" : ""))}</w:tc>`;
const table = (rows: string[][], boldFirstRow = false) =>
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${rows[0].map(() => '<w:gridCol w:w="4500"/>').join("")}</w:tblGrid>` +
  rows.map((row, i) => `<w:tr>${row.map((text) => cell(text, boldFirstRow && i === 0)).join("")}</w:tr>`).join("") +
  "</w:tbl>";

/**
 * A report typed without the skeleton, as drafters do: headings numbered by Word (a multilevel list linked to the
 * styles "MucLon", "MucNho" and "MucCon", so their levels live only in numbering.xml), fonts from the theme, an
 * indicator table, a comment and a tracked change.
 */
function typedReportParts(): Record<string, string> {
  const document =
    `<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>` +
    table([
      ["UBND TỈNH NGHỆ AN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Độc lập - Tự do - Hạnh phúc"],
      ["Số: 845/BC-SLĐTBXH", "Nghệ An, ngày 14 tháng 12 năm 2017"],
    ]) +
    para(run("BÁO CÁO", "<w:b/>"), '<w:jc w:val="center"/>') +
    para(
      run("Đánh giá tình hình thực hiện năm 2017; nhiệm vụ, giải pháp thực hiện kế hoạch năm 2018", "<w:b/>"),
      '<w:jc w:val="center"/>',
    ) +
    body("Kính gửi: Bộ Lao động - Thương binh và Xã hội") +
    styled("MucLon", "ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN CHỈ TIÊU, NHIỆM VỤ NĂM 2017") +
    styled("MucNho", "Kết quả thực hiện các chỉ tiêu, nhiệm vụ năm 2017") +
    // Without numbering.xml this sub-heading would rank with the sections and end 1a before its text.
    styled("MucCon", "Việc làm") +
    body("Giải quyết việc làm cho 36.120 người, đạt 103,2% kế hoạch năm, tăng 2,4% so với năm 2016.") +
    table(
      [
        ["Chỉ tiêu", "TH 2017"],
        ["Số lao động được giải quyết việc làm", "36.120"],
        ["Tỷ lệ hộ nghèo", "7,12%"],
      ],
      true,
    ) +
    styled("MucCon", "Giảm nghèo") +
    body("Tỷ lệ hộ nghèo giảm còn 7,12%, giảm 1,9 điểm phần trăm so với cuối năm 2016.") +
    styled("MucNho", "Đánh giá việc triển khai thực hiện cơ chế, chính sách pháp luật, chương trình, đề án") +
    para(
      '<w:commentRangeStart w:id="3"/>' +
        run("Triển khai Nghị định 61/2015/NĐ-CP về chính sách hỗ trợ việc làm") +
        '<w:commentRangeEnd w:id="3"/><w:r><w:commentReference w:id="3"/></w:r>' +
        `<w:ins w:id="11" w:author="Phòng Việc làm" w:date="2017-12-12T09:00:00Z">${run(" và Chương trình mục tiêu giáo dục nghề nghiệp")}</w:ins>` +
        `<w:del w:id="12" w:author="Phòng Việc làm" w:date="2017-12-12T09:01:00Z"><w:r><w:delText> (chưa rõ)</w:delText></w:r></w:del>` +
        run("; kết quả tốt."),
    ) +
    styled("MucNho", "Khó khăn, tồn tại và nguyên nhân") +
    body(
      "Còn khó khăn trong giải quyết việc làm ở vùng miền núi. Nguyên nhân khách quan là địa bàn rộng; nguyên nhân chủ quan là phối hợp còn hạn chế.",
    ) +
    styled("MucLon", "CHỈ TIÊU, NHIỆM VỤ NĂM 2018") +
    styled("MucNho", "Chỉ tiêu, nhiệm vụ, giải pháp chủ yếu thực hiện kế hoạch năm 2018") +
    body(
      "Căn cứ Nghị quyết Đại hội Đảng bộ tỉnh, phấn đấu giải quyết việc làm cho 37.000 người; giải pháp đột phá là kết nối cung cầu lao động.",
    ) +
    styled("MucNho", "Đề xuất, kiến nghị") +
    body("Đề nghị Chính phủ bố trí vốn cho Chương trình mục tiêu giáo dục nghề nghiệp.") +
    table([
      ["Nơi nhận:", "KT. GIÁM ĐỐC"],
      ["- Bộ LĐTBXH (Vụ KHTC);", "PHÓ GIÁM ĐỐC"],
      ["- Lưu: VT, KHTC.", "Trần Thị Bình"],
    ]) +
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>' +
    "</w:body></w:document>";
  const headingStyle = (id: string, italic = false) =>
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${id}"><w:name w:val="${id}"/><w:basedOn w:val="Normal"/>` +
    `<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr><w:rPr><w:b/>${italic ? "<w:i/>" : ""}</w:rPr></w:style>`;
  const styles =
    `<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults>` +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
    headingStyle("MucLon") +
    headingStyle("MucNho") +
    headingStyle("MucCon", true) +
    "</w:styles>";
  const level = (ilvl: number, format: string, text: string, style: string) =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:pStyle w:val="${style}"/><w:lvlText w:val="${text}"/></w:lvl>`;
  const numbering =
    `<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>` +
    level(0, "upperRoman", "%1.", "MucLon") +
    level(1, "decimal", "%2.", "MucNho") +
    level(2, "lowerLetter", "%3)", "MucCon") +
    '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>';
  const comments =
    `<w:comments xmlns:w="${W}"><w:comment w:id="3" w:author="Trưởng phòng" w:date="2017-12-12T10:00:00Z" w:initials="TP">` +
    `${body("Bổ sung số liệu năm 2016 để so sánh.")}</w:comment></w:comments>`;
  const theme =
    '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements><a:fontScheme name="Report">' +
    '<a:majorFont><a:latin typeface="Times New Roman"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>' +
    '<a:minorFont><a:latin typeface="Times New Roman"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>' +
    "</a:fontScheme></a:themeElements></a:theme>";
  const relationship = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"/>`;
  return {
    "[Content_Types].xml":
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/word/document.xml" ContentType="${WML}document.main+xml"/>` +
      `<Override PartName="/word/styles.xml" ContentType="${WML}styles+xml"/>` +
      `<Override PartName="/word/numbering.xml" ContentType="${WML}numbering+xml"/>` +
      `<Override PartName="/word/comments.xml" ContentType="${WML}comments+xml"/>` +
      '<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/></Types>',
    "_rels/.rels": `<Relationships xmlns="${RELS}">${relationship("rId1", "officeDocument", "word/document.xml")}</Relationships>`,
    "word/_rels/document.xml.rels":
      `<Relationships xmlns="${RELS}">${relationship("rId1", "numbering", "numbering.xml")}${relationship("rId2", "styles", "styles.xml")}` +
      `${relationship("rId3", "comments", "comments.xml")}${relationship("rId4", "theme", "theme/theme1.xml")}</Relationships>`,
    "word/document.xml": document,
    "word/styles.xml": styles,
    "word/numbering.xml": numbering,
    "word/comments.xml": comments,
    "word/theme/theme1.xml": theme,
  };
}

/** A paragraph of test/helpers/model.ts as WordprocessingML: bold and italic runs, line breaks as w:br. */
function paragraphXml(spec: ParagraphSpec): string {
  const { text, bold = false, italic = false } = typeof spec === "string" ? { text: spec } : spec;
  const rPr = `${bold ? "<w:b/>" : ""}${italic ? "<w:i/>" : ""}`;
  return para(
    text
      .split("\n")
      .map((line, i) => (i > 0 ? `<w:r><w:br/></w:r>` : "") + (line ? run(line, rPr) : ""))
      .join(""),
  );
}

/** A realistic report of test/fixtures/reports.ts as the body of a .docx. */
const blocksXml = (blocks: BlockSpec[]): string =>
  blocks
    .map((block) =>
      typeof block === "object" && "table" in block
        ? `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${block.table[0].map(() => '<w:gridCol w:w="4500"/>').join("")}</w:tblGrid>` +
          block.table
            .map(
              (row) =>
                `<w:tr>${row.map((c) => `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${paragraphXml(c)}</w:tc>`).join("")}</w:tr>`,
            )
            .join("") +
          "</w:tbl>"
        : paragraphXml(block),
    )
    .join("");

/** The realistic reports, by file name: their verdicts are issue 9's, and must be the same both ways. */
const FIXTURES = REPORTS.map((_, i) => `report-${String(i).padStart(2, "0")}.docx`);

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "report-drafter-same-"));
  const io = { stdout: () => undefined, stderr: (s: string) => process.stderr.write(s), cwd: dir };
  // Reports to the 2017 letter, as the texts filled in below are.
  const args = [
    "--province",
    "Quảng Trị",
    "--number",
    "512",
    "--date",
    "2017-12-15",
    "--signer",
    "Lê Văn Cường",
    "--profile",
    "molisa-5121-2017",
  ];
  expect(await main(["skeleton", "--out", GENERATED.skeleton, ...args], io)).toBe(0);

  const skeleton = new Uint8Array(readFileSync(path.join(dir, GENERATED.skeleton)));
  const ticks = { items: { "1b.assessment": { state: "met" }, "2a.feasible": { state: "waived", reason: "Chỉ tiêu do tỉnh giao." } } };
  writeFileSync(path.join(dir, GENERATED.filled), fillSkeleton(skeleton, Object.keys(SECTION_TEXT), { [CHECKLIST_SETTING]: ticks }));
  writeFileSync(path.join(dir, GENERATED.halfFilled), fillSkeleton(skeleton, ["1a", "2b"], {}));
  writeFileSync(path.join(dir, GENERATED.typed), zipParts(typedReportParts()));
  execFileSync(process.execPath, [path.resolve(__dirname, "../scripts/make-big-report.js"), path.join(dir, GENERATED.big)]);
  REPORTS.forEach((report, i) => writeFileSync(path.join(dir, FIXTURES[i]), zipParts(docxParts(defaultProfile, blocksXml(report.blocks)))));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/* The two paths ----------------------------------------------------------------------------------------------- */

/** The command line: report-drafter check's own function, on the file. */
async function commandLineCheck(file: string): Promise<FileResult> {
  return checkFile(path.basename(file), { profile: defaultProfile }, path.dirname(file));
}

/**
 * The add-in: Word opens the .docx, the pane reads the body with one getOoxml and its ticks from
 * Office.context.document.settings, then runs the same checker. Also returns what the read cost.
 */
async function addInCheck(file: string): Promise<{ result: CheckResult; syncs: number; roundTrips: number }> {
  const sim = installSimulatedOffice(SimDocument.fromPackageParts(unzipText(new Uint8Array(readFileSync(file)))));
  try {
    const host = createWordHost();
    const model = await host.readDocument();
    const { syncs, roundTrips } = sim.stats;
    return { result: checkReport(defaultProfile, model, host.loadChecklist()), syncs, roundTrips };
  } finally {
    sim.uninstall();
  }
}

const generatedNames: string[] = [...Object.values(GENERATED), ...FIXTURES];
const fileOf = (name: string) => path.join(generatedNames.includes(name) ? dir : corpus, name);
const cases = [...generatedNames, ...corpusFiles];

describe("the add-in and the command line", () => {
  (corpus !== "" ? test : test.skip)("have the corpus to compare", () => {
    expect(corpusFiles.length).toBeGreaterThan(0);
  });

  test.each(cases)("give identical findings for %s, read in one sync", async (name) => {
    const file = fileOf(name);
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- only the command line names the file
    const { error, file: _file, ...commandLine } = await commandLineCheck(file);
    expect(error).toBeUndefined();
    const addIn = await addInCheck(file);
    // Compared as JSON text, key order included: the requirement is identical JSON.
    expect(JSON.stringify(addIn.result, null, 1)).toBe(JSON.stringify(commandLine, null, 1));
    expect({ syncs: addIn.syncs, roundTrips: addIn.roundTrips }).toEqual({ syncs: 1, roundTrips: 1 });
  });
});

/* That the comparison means something ---------------------------------------------------------------------------- */

describe("the generated reports", () => {
  const resultOf = async (report: keyof typeof GENERATED) => (await commandLineCheck(path.join(dir, GENERATED[report]))) as CheckResult;

  test("cover a ready report, ticks and waivers, empty sections, numbered headings, comments and tracked changes", async () => {
    const filled = await resultOf("filled");
    expect(filled.ready).toBe(true);
    expect(filled.checklist.find((item) => item.id === "2a.feasible")).toMatchObject({
      status: "waived",
      reason: "Chỉ tiêu do tỉnh giao.",
    });
    expect((await resultOf("skeleton")).sections.every((s) => s.status === "empty")).toBe(true);
    expect((await resultOf("halfFilled")).sections.map((s) => s.status)).toEqual(["present", "empty", "empty", "empty", "present"]);
    const typed = await resultOf("typed");
    expect(typed.sections.map((s) => s.status)).toEqual(["present", "present", "present", "present", "present"]);
    expect(typed.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(["comments-left", "tracked-changes"]));
    expect((await resultOf("big")).sections.every((s) => s.status === "present")).toBe(true);
  });

  test.each(REPORTS.map((report, i) => [FIXTURES[i], report] as const))(
    "%s read from its .docx keeps its verdict",
    async (name, report) => {
      const result = (await commandLineCheck(path.join(dir, name))) as CheckResult;
      expect(result.ready).toBe(report.expect.ready);
      for (const [id, status] of Object.entries(report.expect.sections ?? {}))
        expect([id, result.sections.find((s) => s.id === id)?.status]).toEqual([id, status]);
      for (const [id, status] of Object.entries(report.expect.items ?? {}))
        expect([id, result.checklist.find((c) => c.id === id)?.status]).toEqual([id, status]);
    },
  );

  test("the typed report's findings depend on its numbering and comments parts, so both must reach the add-in", () => {
    const parts = typedReportParts();
    const full = checkDocument(defaultProfile, readDocx(zipParts(parts)));
    const bare = checkDocument(
      defaultProfile,
      readWordprocessingML({
        document: parts["word/document.xml"],
        styles: parts["word/styles.xml"],
        theme: parts["word/theme/theme1.xml"],
      }),
    );
    expect(bare.sections.find((s) => s.id === "1a")?.status).not.toBe(full.sections.find((s) => s.id === "1a")?.status);
    expect(bare.findings.some((f) => f.rule === "comments-left")).toBe(false);
  });
});

describe("Body.getOoxml in the simulated Word", () => {
  test("returns the parts the body depends on, with their relationships and content types", async () => {
    const sim = installSimulatedOffice(SimDocument.fromPackageParts(typedReportParts()));
    try {
      const pkg = await Word.run(async (context) => {
        const ooxml = context.document.body.getOoxml();
        await context.sync();
        // A ClientResult's value is there after the sync; it has no load() (see eslint.config.mjs on src/host/word).
        // eslint-disable-next-line office-addins/load-object-before-read
        return parseXml(ooxml.value);
      });
      const parts = new Map(childElements(pkg, "pkg:part").map((part) => [part.attrs["pkg:name"], part]));
      const contentTypes = Object.fromEntries([...parts].map(([name, part]) => [name, part.attrs["pkg:contentType"]]));
      expect(contentTypes).toMatchObject({
        "/word/document.xml": `${WML}document.main+xml`,
        "/word/styles.xml": `${WML}styles+xml`,
        "/word/numbering.xml": `${WML}numbering+xml`,
        "/word/comments.xml": `${WML}comments+xml`,
        "/word/theme/theme1.xml": "application/vnd.openxmlformats-officedocument.theme+xml",
      });
      const rootOf = (name: string) => childElements(firstChild(parts.get(name) as XmlElement, "pkg:xmlData") as XmlElement)[0];
      const targets = Object.fromEntries(
        childElements(rootOf("/word/_rels/document.xml.rels")).map((r) => [r.attrs.Type.slice(R.length + 1), r.attrs.Target]),
      );
      expect(targets).toEqual({ styles: "styles.xml", numbering: "numbering.xml", comments: "comments.xml", theme: "theme/theme1.xml" });
      const ids = childElements(rootOf("/word/_rels/document.xml.rels")).map((r) => r.attrs.Id);
      expect(new Set(ids).size).toBe(ids.length);
    } finally {
      sim.uninstall();
    }
  });

  test("leaves out the comments part once the commented paragraph is deleted", async () => {
    const sim = installSimulatedOffice(SimDocument.fromPackageParts(typedReportParts()));
    try {
      await Word.run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load("items/text");
        await context.sync();
        paragraphs.items.find((p) => p.text.startsWith("Triển khai Nghị định 61"))?.delete();
        await context.sync();
      });
      const model = await createWordHost().readDocument();
      expect(model.comments).toEqual([]);
      expect(model.trackedChanges.insertions).toBe(0);
    } finally {
      sim.uninstall();
    }
  });
});
