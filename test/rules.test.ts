import { readdirSync } from "fs";
import path from "path";
import { checkDocument } from "../src/core/check";
import { rules } from "../src/core/rules";
import { defaultProfile, parseProfile, sectionsOf } from "../src/profiles";
import { cloneProfile } from "./helpers/profile";
import { BlockSpec, docOf, GOOD_REPORT } from "./helpers/model";
import { DocModel } from "../src/core/model";

interface Invalid {
  name: string;
  doc: DocModel;
  findings: { section?: string; item?: string; severity?: string; message?: RegExp }[];
}

/** Runs one rule over tables of documents, in the manner of ESLint's RuleTester. */
function ruleTester(ruleId: string, cases: { valid: { name: string; doc: DocModel }[]; invalid: Invalid[] }) {
  const findingsOf = (doc: DocModel) => {
    const frozen = JSON.stringify(doc);
    const result = checkDocument(defaultProfile, doc).findings.filter((f) => f.rule === ruleId);
    expect(JSON.stringify(doc)).toBe(frozen); // rules must not change the document
    return result;
  };
  describe(ruleId, () => {
    test("has cases it passes and cases it reports", () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    test.each(cases.valid.map((c) => [c.name, c.doc] as const))("valid: %s", (_name, doc) => {
      expect(findingsOf(doc)).toEqual([]);
    });
    test.each(cases.invalid.map((c) => [c.name, c] as const))("invalid: %s", (_name, c) => {
      const found = findingsOf(c.doc);
      expect(found).toHaveLength(c.findings.length);
      c.findings.forEach((want, i) => {
        if (want.section) expect(found[i].section).toBe(want.section);
        if (want.item) expect(found[i].item).toBe(want.item);
        if (want.severity) expect(found[i].severity).toBe(want.severity);
        if (want.message) expect(found[i].message).toMatch(want.message);
        expect(found[i].messageEn.length).toBeGreaterThan(0);
      });
    });
  });
}

const good = docOf(GOOD_REPORT);
/** The good report with paragraphs replaced or removed: `edit(text) → replacement, or null to drop it`. */
const edited = (edit: (text: string) => BlockSpec | null | undefined): DocModel =>
  docOf(
    GOOD_REPORT.flatMap((spec): BlockSpec[] => {
      if (typeof spec === "object" && "table" in spec) {
        return [
          {
            ...spec,
            table: spec.table.map((row) =>
              row.map((cell) => {
                const text = typeof cell === "string" ? cell : cell.text;
                const out = edit(text);
                return out === undefined ? cell : out === null ? "" : (out as typeof cell);
              }),
            ),
          },
        ];
      }
      const out = edit(typeof spec === "string" ? spec : spec.text);
      return out === undefined ? [spec] : out === null ? [] : [out];
    }),
  );
const without = (...starts: string[]) => edited((t) => (starts.some((s) => t.startsWith(s)) ? null : undefined));
const replacing = (start: string, by: BlockSpec) => edited((t) => (t.startsWith(start) ? by : undefined));

ruleTester("section-missing", {
  valid: [{ name: "every section present", doc: good }],
  invalid: [
    {
      name: "1c removed",
      doc: without("3. Khó khăn", "Còn khó khăn"),
      findings: [{ section: "1c", severity: "error", message: /Thiếu mục 1c/ }],
    },
    {
      name: "nothing of a report",
      doc: docOf(["Một đoạn văn bất kỳ."]),
      findings: ["1a", "1b", "1c", "2a", "2b"].map((section) => ({ section })),
    },
  ],
});

ruleTester("section-empty", {
  valid: [{ name: "every section has text", doc: good }],
  invalid: [
    {
      name: "2b heading with only the recipients and signature after it",
      doc: without("Đề nghị Quốc hội"),
      findings: [{ section: "2b", severity: "error" }],
    },
    { name: "1b heading with no text under it", doc: without("Triển khai Nghị định"), findings: [{ section: "1b", severity: "error" }] },
    {
      name: "2b holding only its guidance, as the skeleton left it",
      doc: replacing("Đề nghị Quốc hội", { text: "a) Đối với Quốc hội: …", placeholder: true, tags: ["2b"] }),
      findings: [{ section: "2b", severity: "error" }],
    },
  ],
});

ruleTester("placeholder-left", {
  valid: [
    { name: "no guidance left", doc: good },
    {
      name: "an ellipsis that ends a list, and a Roman numeral XX, are prose",
      doc: replacing(
        "Nhiệm vụ trọng tâm",
        "Nhiệm vụ trọng tâm là đào tạo nghề, hỗ trợ việc làm,... theo Nghị quyết Đại hội lần thứ XX; giải pháp đột phá là kết nối cung cầu lao động.",
      ),
    },
    {
      name: "the number and the day left for the clerk are doc.number's and doc.date's warnings",
      doc: edited((t) =>
        t.startsWith("Số:") ? "Số: …/BC-SLĐTBXH" : t.startsWith("Thanh Hóa, ngày") ? "Thanh Hóa, ngày … tháng 12 năm 2017" : undefined,
      ),
    },
    {
      name: "software updating its data, and a database not yet updated, are statements, not blanks",
      doc: replacing(
        "Còn khó khăn",
        "Còn khó khăn do phần mềm quản lý hộ nghèo đang cập nhật dữ liệu hằng tháng và cơ sở dữ liệu người có công chưa cập nhật kịp thời; nguyên nhân khách quan là thiếu kinh phí, chủ quan là cán bộ còn hạn chế.",
      ),
    },
    {
      name: "a law amended and supplemented, in brackets, is no request",
      doc: replacing(
        "Triển khai Nghị định",
        "Triển khai Nghị định 61/2015/NĐ-CP (sửa đổi, bổ sung Nghị định 03/2014) và Chương trình mục tiêu giáo dục nghề nghiệp.",
      ),
    },
  ],
  invalid: [
    {
      name: "guidance of 2b left beside the drafter's text",
      doc: docOf([...GOOD_REPORT.slice(0, 19), "c) Đối với Bộ Lao động - Thương binh và Xã hội: …", GOOD_REPORT[19]]),
      findings: [{ section: "2b", severity: "error", message: /văn bản hướng dẫn/ }],
    },
    {
      name: "a figure still to come",
      doc: replacing("Giải quyết việc làm", "Giải quyết việc làm cho … người, đạt xx% kế hoạch năm, tăng 3,2% so với năm 2016."),
      findings: [{ section: "1a", severity: "error", message: /…, xx/ }],
    },
    {
      name: "a request to another office, in brackets",
      doc: replacing(
        "Triển khai Nghị định",
        "Triển khai Nghị định 61/2015/NĐ-CP và chính sách hỗ trợ việc làm (Phòng Người có công bổ sung).",
      ),
      findings: [{ section: "1b", severity: "error", message: /Phòng Người có công bổ sung/ }],
    },
    {
      name: "TODO after the breakthrough",
      doc: replacing("Nhiệm vụ trọng tâm", "Nhiệm vụ trọng tâm là giáo dục nghề nghiệp; giải pháp đột phá: TODO"),
      findings: [{ section: "2a", severity: "error", message: /TODO/ }],
    },
    {
      name: "the header's province left blank",
      doc: edited((t) => (t === "UBND TỈNH THANH HÓA" ? "UBND TỈNH …" : undefined)),
      findings: [{ severity: "error", message: /UBND TỈNH …/ }],
    },
    {
      name: "the archive line's drafting unit left blank",
      doc: edited((t) => (t.startsWith("- Lưu") ? "- Lưu: VT, …" : undefined)),
      findings: [{ severity: "error", message: /Lưu: VT, …/ }],
    },
    {
      name: "figures said to be coming",
      doc: replacing(
        "Còn khó khăn",
        "Còn khó khăn trong giải quyết việc làm ở nông thôn do kinh tế chậm, chủ quan và khách quan; số liệu sẽ bổ sung sau.",
      ),
      findings: [{ section: "1c", severity: "error", message: /sẽ bổ sung sau/ }],
    },
  ],
});

ruleTester("section-order", {
  valid: [{ name: "in the letter's order", doc: good }],
  invalid: [
    {
      name: "proposals before the 2018 plan",
      doc: docOf([
        ...GOOD_REPORT.slice(0, 13),
        { text: "2. Đề xuất, kiến nghị", bold: true },
        "Đề nghị Quốc hội, Chính phủ và Bộ LĐTBXH.",
        ...GOOD_REPORT.slice(13, 17),
        GOOD_REPORT[19],
      ]),
      findings: [{ section: "2b", message: /Mục 2b đứng trước mục 2a/ }],
    },
  ],
});

ruleTester("section-duplicated", {
  valid: [{ name: "each section once", doc: good }],
  invalid: [
    {
      name: "1c typed twice",
      doc: docOf([
        ...GOOD_REPORT.slice(0, 13),
        { text: "3. Khó khăn, tồn tại và nguyên nhân", bold: true },
        "Thêm khó khăn.",
        ...GOOD_REPORT.slice(13),
      ]),
      findings: [{ section: "1c", severity: "warning" }],
    },
  ],
});

ruleTester("checklist-unmet", {
  valid: [{ name: "every auto item shown", doc: good }],
  invalid: [
    {
      name: "difficulties without causes",
      doc: replacing("Còn khó khăn", "Còn khó khăn trong giải quyết việc làm ở nông thôn."),
      findings: [
        { item: "1c.causes", severity: "warning" },
        { item: "1c.cause-kinds", severity: "info" },
      ],
    },
    {
      name: "proposals forget the National Assembly",
      doc: replacing("Đề nghị Quốc hội", "Đề nghị Chính phủ bố trí vốn; đề nghị Bộ LĐTBXH hướng dẫn."),
      findings: [{ item: "2b.national-assembly", message: /Quốc hội/ }],
    },
    {
      name: "results without comparison to the plan (the heading's words do not count)",
      doc: replacing("Giải quyết việc làm", "Giải quyết việc làm cho 19.850 người, tăng 3,2% so với năm 2016."),
      findings: [{ item: "1a.vs-plan" }],
    },
  ],
});

ruleTester("doc.agency", {
  valid: [{ name: "agency in the header", doc: good }],
  invalid: [
    { name: "no agency", doc: edited((t) => (t.startsWith("SỞ LAO ĐỘNG") ? null : undefined)), findings: [{ severity: "error" }] },
    {
      name: "the agency named only in the body's prose",
      doc: edited((t) =>
        t.startsWith("SỞ LAO ĐỘNG")
          ? null
          : t.startsWith("Triển khai Nghị định")
            ? `Sở Lao động - Thương binh và Xã hội đã phối hợp triển khai ${t.charAt(0).toLowerCase()}${t.slice(1)}`
            : undefined,
      ),
      findings: [{ severity: "error" }],
    },
  ],
});

ruleTester("doc.number", {
  valid: [{ name: "numbered", doc: good }],
  invalid: [
    {
      name: "number left blank",
      doc: edited((t) => (t.startsWith("Số:") ? "Số: …/BC-SLĐTBXH" : undefined)),
      findings: [{ message: /chưa được ghi số/ }],
    },
    { name: "no number line", doc: edited((t) => (t.startsWith("Số:") ? null : undefined)), findings: [{ message: /Chưa có số/ }] },
  ],
});

ruleTester("doc.date", {
  valid: [{ name: "place and full date", doc: good }],
  invalid: [
    {
      name: "the day left for the clerk: a warning, the report may still go",
      doc: edited((t) => (t.startsWith("Thanh Hóa, ngày") ? "Thanh Hóa, ngày … tháng 12 năm 2017" : undefined)),
      findings: [{ severity: "warning", message: /văn thư/ }],
    },
    {
      name: "no date line at all",
      doc: edited((t) => (t.startsWith("Thanh Hóa, ngày") ? "" : undefined)),
      findings: [{ severity: "error", message: /Chưa có địa danh/ }],
    },
    {
      name: "no place",
      doc: edited((t) => (t.startsWith("Thanh Hóa, ngày") ? "ngày 15 tháng 12 năm 2017" : undefined)),
      findings: [{ message: /địa danh/ }],
    },
  ],
});

ruleTester("doc.title", {
  valid: [{ name: "BÁO CÁO and its subject", doc: good }],
  invalid: [{ name: "no title", doc: without("BÁO CÁO", "Đánh giá tình hình"), findings: [{ severity: "error" }] }],
});

const opening = (text: string) => replacing("Thực hiện Công văn", text);

ruleTester("doc.letter", {
  valid: [
    { name: "the opening cites the profile's letter", doc: good },
    {
      name: "the letter cited with last year's too, as a follow-up",
      doc: opening("Thực hiện Công văn số 5121/LĐTBXH-KHTC ngày 07/12/2017 và Công văn số 4520/LĐTBXH-KHTC năm 2016, Sở báo cáo như sau:"),
    },
    {
      name: "another issuer's letter cited beside the Ministry's",
      doc: opening("Căn cứ Kế hoạch số 45/KH-UBND của UBND tỉnh; thực hiện Công văn số 5121/LĐTBXH-KHTC, Sở báo cáo như sau:"),
    },
    {
      name: "an opening that cites no letter at all",
      doc: opening("Sở Lao động - Thương binh và Xã hội báo cáo kết quả năm 2017 như sau:"),
    },
    { name: "only another issuer's letter", doc: opening("Thực hiện Công văn số 1234/UBND-VX của UBND tỉnh, Sở báo cáo như sau:") },
    {
      name: "an opening citing none, and section 1a quoting last year's letter",
      doc: edited((t) =>
        t.startsWith("Thực hiện Công văn")
          ? "Sở Lao động - Thương binh và Xã hội báo cáo như sau:"
          : t.startsWith("Giải quyết việc làm cho 19.850")
            ? "Như Công văn số 4520/LĐTBXH-KHTC năm 2016 yêu cầu, giải quyết việc làm cho 19.850 người, đạt 104,5% kế hoạch năm, tăng 3,2% so với năm 2016."
            : undefined,
      ),
    },
    {
      name: "last year's letter named in the body, not in the opening",
      doc: edited((t) =>
        t.startsWith("Giải quyết việc làm cho 19.850")
          ? "Theo Công văn số 4520/LĐTBXH-KHTC năm 2016, giải quyết việc làm cho 19.850 người, đạt 104,5% kế hoạch năm, tăng 3,2% so với năm 2016."
          : undefined,
      ),
    },
  ],
  invalid: [
    {
      name: "the 2019 letter in a report checked as 2017's",
      doc: opening("Thực hiện Công văn số 5025/LĐTBXH-KHTC ngày 25/11/2019, Sở báo cáo như sau:"),
      findings: [{ severity: "error", message: /^Câu mở đầu nêu Công văn số 5025\/LĐTBXH-KHTC, không phải Công văn số 5121\/LĐTBXH-KHTC/ }],
    },
    {
      name: "last year's letter, typed with spaces and without accents",
      doc: opening("Thuc hien Cong van so 4520 / LDTBXH-KHTC ngay 01/12/2016, So bao cao nhu sau:"),
      findings: [{ message: /nêu Công văn số 4520 \/ LDTBXH-KHTC,/ }],
    },
  ],
});

ruleTester("doc.recipients", {
  valid: [
    { name: "ministry and archive", doc: good },
    {
      name: "the recipients as lines of one paragraph (Shift+Enter)",
      doc: edited((t) =>
        t.startsWith("Nơi nhận") ? "Nơi nhận:\n- Bộ LĐTBXH (Vụ KHTC);\n- Lưu: VT, KHTC." : /^- (Bộ LĐTBXH|Lưu)/.test(t) ? null : undefined,
      ),
    },
  ],
  invalid: [
    { name: "no Nơi nhận", doc: edited((t) => (t.startsWith("Nơi nhận") ? null : undefined)), findings: [{ message: /Nơi nhận/ }] },
    {
      name: "the Ministry forgotten",
      doc: edited((t) => (t.startsWith("- Bộ LĐTBXH") ? "- Sở Tài chính;" : undefined)),
      findings: [{ message: /Vụ KHTC/ }],
    },
    { name: "no archive copy", doc: edited((t) => (t.startsWith("- Lưu") ? null : undefined)), findings: [{ message: /Lưu: VT/ }] },
  ],
});

test("the line that opens the recipients is the profile's, and ends the last section there", () => {
  const data = cloneProfile();
  data.document.recipientsHeading = "Nơi gửi:";
  const own = parseProfile(data);
  const doc = edited((t) => (t === "Nơi nhận:" ? { text: "Nơi gửi:", bold: true, italic: true } : undefined));
  const recipients = (profile: typeof own) => checkDocument(profile, doc).findings.filter((f) => f.rule === "doc.recipients");
  expect(recipients(own)).toEqual([]);
  expect(recipients(defaultProfile).map((f) => f.message)).toEqual(['Chưa có phần "Nơi nhận:".']);
});

ruleTester("doc.signature", {
  valid: [
    { name: "authority and name", doc: good },
    {
      name: "authority, space to sign and name as lines of one paragraph (Shift+Enter)",
      doc: edited((t) =>
        t === "KT. GIÁM ĐỐC" ? "GIÁM ĐỐC\n\n\n\nLê Thị Bích Ngọc" : t === "PHÓ GIÁM ĐỐC" || t === "Nguyễn Văn A" ? "" : undefined,
      ),
    },
  ],
  invalid: [
    {
      name: "no name",
      doc: edited((t) => (t === "Nguyễn Văn A" ? null : undefined)),
      findings: [{ severity: "error", message: /họ và tên/ }],
    },
    {
      name: "no authority",
      doc: edited((t) => (/GIÁM ĐỐC$/.test(t) ? null : undefined)),
      findings: [{ severity: "error", message: /chức vụ/ }],
    },
  ],
});

ruleTester("section-year", {
  valid: [
    { name: "this year's headings", doc: good },
    {
      name: "the plan's heading names the five-year period and the plan year",
      doc: replacing("1. Chỉ tiêu, nhiệm vụ", { text: "1. Nhiệm vụ, giải pháp năm 2018 và giai đoạn 2016 - 2020", bold: true }),
    },
  ],
  invalid: [
    {
      name: "last year's results heading copied over",
      doc: replacing("1. Kết quả thực hiện", { text: "1. Kết quả thực hiện các chỉ tiêu, nhiệm vụ năm 2016", bold: true }),
      findings: [{ section: "1a", severity: "warning", message: /năm 2016/ }],
    },
    {
      name: "last year's plan heading copied under this year's group heading",
      doc: replacing("1. Chỉ tiêu, nhiệm vụ", { text: "1. Chỉ tiêu, nhiệm vụ, giải pháp chủ yếu thực hiện kế hoạch năm 2017", bold: true }),
      findings: [{ section: "2a", severity: "warning", message: /Tiêu đề mục 2a ghi năm 2017/ }],
    },
  ],
});

ruleTester("send.deadline", {
  valid: [{ name: "dated 15/12/2017", doc: good }],
  invalid: [
    {
      name: "dated on the deadline",
      doc: edited((t) => (t.startsWith("Thanh Hóa, ngày") ? "Thanh Hóa, ngày 20 tháng 12 năm 2017" : undefined)),
      findings: [{ message: /20\/12\/2017/ }],
    },
  ],
});

ruleTester("tracked-changes", {
  valid: [{ name: "no revisions", doc: good }],
  invalid: [
    {
      name: "two revisions",
      doc: { ...good, trackedChanges: { insertions: 1, deletions: 1, samples: ["+mới"] } },
      findings: [{ message: /2 thay đổi/ }],
    },
  ],
});

ruleTester("comments-left", {
  valid: [{ name: "no comments", doc: good }],
  invalid: [
    {
      name: "a comment",
      doc: { ...good, comments: [{ id: "0", author: "A", text: "Xem lại số liệu" }] },
      findings: [{ message: /1 chú thích/ }],
    },
  ],
});

test("the good report is ready with evidence for every auto item", () => {
  const result = checkDocument(defaultProfile, good);
  expect(result.findings).toEqual([]);
  expect(result.ready).toBe(true);
  expect(result.sections.map((s) => s.status)).toEqual(["present", "present", "present", "present", "present"]);
  const plan = result.checklist.find((i) => i.id === "1a.vs-plan");
  expect(plan).toMatchObject({ status: "met", evidence: expect.stringContaining("104,5% kế hoạch") });
  expect(result.checklist.filter((i) => i.status === "manual").map((i) => i.id)).toEqual(["1b.assessment", "2a.feasible"]);
});

test("every rule has a file named after it and a table here", () => {
  const dir = path.join(__dirname, "../src/core/rules");
  const files = readdirSync(dir)
    .filter((f) => !["index.ts", "types.ts", "util.ts"].includes(f))
    .map((f) => f.replace(/\.ts$/, ""))
    .sort();
  expect(rules.map((r) => r.id)).toEqual(files);
  expect([...rules.map((r) => r.id)].sort()).toEqual(rules.map((r) => r.id));
  const source = require("fs").readFileSync(__filename, "utf8") as string;
  for (const rule of rules) expect(source).toContain(`ruleTester("${rule.id}"`);
});

test("English messages use the profile's English titles and labels, not the Vietnamese ones", () => {
  const result = checkDocument(defaultProfile, docOf(["Một đoạn văn bất kỳ."]));
  const missing = result.findings.find((f) => f.rule === "section-missing" && f.section === "1a");
  expect(missing?.messageEn).toBe("Section 1a (2017 results) is missing.");
  const unmet = checkDocument(
    defaultProfile,
    replacing("Đề nghị Quốc hội", "Đề nghị Chính phủ bố trí vốn; đề nghị Bộ LĐTBXH hướng dẫn."),
  ).findings.find((f) => f.item === "2b.national-assembly");
  expect(unmet?.messageEn).toBe("The text does not show yet: Proposals to the National Assembly.");
  expect(unmet?.message).toBe("Nội dung chưa thể hiện: Kiến nghị với Quốc hội.");
  expect(sectionsOf(defaultProfile).every((s) => s.guidanceEn?.length === s.guidance.length)).toBe(true);
});

/* The indicator table (report-spec §5) after section 1a's prose: jobs as a count, the poverty rate as a rate. */
const HEADER = ["Chỉ tiêu", "ĐVT", "TH 2016", "KH 2017", "TH 2017", "So KH", "So 2016", "KH 2018"];
const JOBS = ["Số lao động được giải quyết việc làm", "người", "19.235", "19.000", "19.850", "104,5%", "103,2%", "20.000"];
const POVERTY = ["Tỷ lệ hộ nghèo", "%", "8,5", "7,5", "7,2", "-0,3 điểm %", "-1,3 điểm %", "6,5"];
/** The good report with an indicator table of these rows after 1a's paragraph, and 1a's sentence as given. */
const withTable = (rows: string[][], sentence?: string): DocModel =>
  docOf(
    GOOD_REPORT.flatMap((spec): BlockSpec[] =>
      typeof spec === "string" && spec.startsWith("Giải quyết việc làm cho 19.850")
        ? [sentence ?? spec, { table: [HEADER, ...rows] }]
        : [spec],
    ),
  );
const row = (base: string[], changes: Record<number, string>) => base.map((cell, i) => changes[i] ?? cell);

ruleTester("indicator-incomplete", {
  valid: [
    { name: "no indicator table", doc: good },
    { name: "every figure written", doc: withTable([JOBS, POVERTY]) },
    { name: "a hand-typed table without a KH 2018 column", doc: docOf([{ table: [HEADER.slice(0, 7), JOBS.slice(0, 7)] }]) },
  ],
  invalid: [
    {
      name: "this year's result not written yet",
      doc: withTable([row(JOBS, { 4: "", 5: "", 6: "" }), POVERTY]),
      findings: [{ section: "1a", severity: "warning", message: /«Số lao động được giải quyết việc làm» chưa có số liệu ở cột TH 2017/ }],
    },
    {
      name: "a blank left in the plan column and next year's plan empty",
      doc: withTable([JOBS, row(POVERTY, { 3: "…", 5: "", 7: "" })]),
      findings: [
        { message: /«Tỷ lệ hộ nghèo» chưa có số liệu ở cột KH 2018/ },
        { message: /Ô KH 2017 của chỉ tiêu «Tỷ lệ hộ nghèo» ghi «…»/ },
      ],
    },
    {
      name: "a figure written the English way, which reads two ways",
      doc: withTable([row(JOBS, { 4: "19,850", 5: "", 6: "" })]),
      findings: [{ message: /Ô TH 2017 .*«19,850»/ }],
    },
  ],
});

ruleTester("indicator-ratio-wrong", {
  valid: [
    { name: "comparisons as the figures give them", doc: withTable([JOBS, POVERTY]) },
    { name: "written with more decimals, or in words that agree", doc: withTable([row(JOBS, { 5: "104,47%", 6: "Vượt" })]) },
    { name: "comparison cells left empty", doc: withTable([row(JOBS, { 5: "", 6: "" })]) },
  ],
  invalid: [
    {
      name: "last year's ratio left in this year's table",
      doc: withTable([row(JOBS, { 5: "110,5%" }), POVERTY]),
      findings: [
        {
          section: "1a",
          message: /Ô So KH của chỉ tiêu «Số lao động được giải quyết việc làm» ghi «110,5%», nhưng số liệu của dòng cho 104,5%/,
        },
      ],
    },
    {
      name: "a poverty rate above the plan marked as exceeding it",
      doc: withTable([row(POVERTY, { 4: "7,8", 5: "Vượt", 6: "" })]),
      findings: [{ message: /So KH .*«Vượt».*\+0,3 điểm %/ }],
    },
  ],
});

ruleTester("indicator-claim-mismatch", {
  valid: [
    { name: "the sentence's ratio is the table's", doc: withTable([JOBS, POVERTY]) },
    {
      name: "a growth and next year's plan are no claims about this year's plan",
      doc: withTable([JOBS], "Giải quyết việc làm cho 19.850 người, tăng 3,2% so với năm 2016; kế hoạch năm 2018 là 20.000 người."),
    },
    {
      name: "a ratio about another indicator",
      doc: withTable([JOBS], "Tuyển sinh giáo dục nghề nghiệp đạt 110,5% kế hoạch; giải quyết việc làm cho 19.850 người."),
    },
  ],
  invalid: [
    {
      name: "the sentence claims more than the figures give",
      doc: withTable([JOBS], "Giải quyết việc làm cho 19.850 người, đạt 110,5% kế hoạch năm."),
      findings: [{ section: "1a", severity: "warning", message: /so với kế hoạch, nhưng bảng chỉ tiêu cho 104,5%/ }],
    },
    {
      name: "a poverty rate above its plan said to exceed it",
      doc: withTable([row(POVERTY, { 4: "7,8", 5: "", 6: "" })], "Tỷ lệ hộ nghèo năm 2017 còn 7,8%, vượt kế hoạch đề ra."),
      findings: [{ message: /«Tỷ lệ hộ nghèo» so với kế hoạch, nhưng bảng chỉ tiêu cho \+0,3 điểm % \(chưa đạt\)\.$/ }],
    },
    {
      name: "fewer jobs than last year said to be more: worse than last year, not a plan missed",
      doc: withTable([row(JOBS, { 4: "18.900", 5: "", 6: "" })], "Giải quyết việc làm cho 18.900 người, bằng 105% so với năm 2016."),
      findings: [{ message: /so với năm 2016, nhưng bảng chỉ tiêu cho 98,3% \(kém năm 2016\)\.$/ }],
    },
  ],
});
