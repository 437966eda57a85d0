/**
 * Issue 9, what was seen: reports no head of department would sign were called ready, and sentences that say the
 * opposite met requirements. Each case is one observation, written as a department would write it.
 */
import { checkDocument, checkReport, CheckResult } from "../src/core/check";
import { CHECKLIST_SETTING } from "../src/core/checklist-store";
import { defaultProfile } from "../src/profiles";
import { BlockSpec, docOf, ParagraphSpec } from "./helpers/model";

const bold = (text: string): ParagraphSpec => ({ text, bold: true });

type Sections = Record<"1a" | "1b" | "1c" | "2a" | "2b", ParagraphSpec[]>;

const HEADER: BlockSpec[] = [
  {
    table: [
      ["UBND TỈNH QUẢNG NGÃI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      [bold("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"), bold("Độc lập - Tự do - Hạnh phúc")],
      ["Số: 412/BC-SLĐTBXH", "Quảng Ngãi, ngày 13 tháng 12 năm 2017"],
    ],
  },
  bold("BÁO CÁO"),
  bold("Tình hình thực hiện nhiệm vụ năm 2017, kế hoạch năm 2018 lĩnh vực lao động, người có công và xã hội"),
  "Thực hiện Công văn số 5121/LĐTBXH-KHTC ngày 07/12/2017 của Bộ Lao động - Thương binh và Xã hội, Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ngãi báo cáo như sau:",
];

const CLOSING: BlockSpec[] = [
  {
    table: [
      [{ text: "Nơi nhận:", bold: true, italic: true }, bold("GIÁM ĐỐC")],
      ["- Bộ LĐTBXH (Vụ KHTC);", ""],
      ["- UBND tỉnh (b/c);", ""],
      ["- Lưu: VT, KH-TC.", bold("Phạm Văn Thành")],
    ],
  },
];

/** What a careful department writes: every requirement answered in its own words. */
const WRITTEN: Sections = {
  "1a": [
    "Năm 2017, toàn tỉnh giải quyết việc làm mới cho 21.430 lao động, đạt 107,2% kế hoạch, tăng 5,4% so với năm 2016; đưa 1.260 người đi làm việc ở nước ngoài theo hợp đồng.",
    "Tuyển sinh giáo dục nghề nghiệp 17.900 người; tỷ lệ lao động qua đào tạo đạt 55%. Số người tham gia bảo hiểm xã hội tăng 8%. Công tác an toàn, vệ sinh lao động, tiền lương và quan hệ lao động ổn định.",
    "Chi trả kịp thời trợ cấp cho người có công; tỷ lệ hộ nghèo giảm còn 11,2%; 9.800 đối tượng bảo trợ xã hội được hưởng trợ cấp hằng tháng; bảo vệ, chăm sóc trẻ em có nhiều chuyển biến.",
  ],
  "1b": [
    "Sở tham mưu UBND tỉnh ban hành 6 văn bản hướng dẫn thực hiện Luật Giáo dục nghề nghiệp và Nghị định 28/2015/NĐ-CP; triển khai Chương trình mục tiêu quốc gia giảm nghèo bền vững và Đề án 1956 đúng tiến độ.",
  ],
  "1c": [
    "Thị trường lao động phát triển chưa đồng đều, chất lượng đào tạo nghề còn hạn chế.",
    "Nguyên nhân khách quan là thiên tai liên tiếp làm thiệt hại sản xuất; nguyên nhân chủ quan là sự phối hợp giữa các ngành chưa chặt chẽ.",
  ],
  "2a": [
    "Căn cứ Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX, Kế hoạch phát triển kinh tế - xã hội 5 năm 2016 - 2020 và kết quả thực hiện năm 2017, năm 2018 phấn đấu giải quyết việc làm cho 22.000 lao động, giảm tỷ lệ hộ nghèo 2%.",
    "Nhiệm vụ trọng tâm là nâng cao chất lượng giáo dục nghề nghiệp; giải pháp đột phá là liên kết đào tạo với doanh nghiệp trong khu kinh tế Dung Quất.",
  ],
  "2b": [
    "Đề nghị Quốc hội sớm sửa đổi Bộ luật Lao động; đề nghị Chính phủ tăng mức chuẩn trợ giúp xã hội; đề nghị Bộ LĐTBXH hỗ trợ kinh phí nâng cấp trường nghề.",
  ],
};

const HEADINGS: Record<keyof Sections, string> = {
  "1a": "1. Kết quả thực hiện các chỉ tiêu, nhiệm vụ năm 2017",
  "1b": "2. Đánh giá việc triển khai thực hiện cơ chế, chính sách pháp luật, chương trình, đề án",
  "1c": "3. Khó khăn, tồn tại và nguyên nhân",
  "2a": "1. Chỉ tiêu, nhiệm vụ, giải pháp chủ yếu thực hiện kế hoạch năm 2018",
  "2b": "2. Đề xuất, kiến nghị",
};

function report(sections: Partial<Sections> = {}, parts: { header?: BlockSpec[]; closing?: BlockSpec[] } = {}): BlockSpec[] {
  const s = { ...WRITTEN, ...sections };
  const section = (id: keyof Sections) => [bold(HEADINGS[id]), ...s[id]];
  return [
    ...(parts.header ?? HEADER),
    bold("I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN CHỈ TIÊU, NHIỆM VỤ NĂM 2017"),
    ...section("1a"),
    ...section("1b"),
    ...section("1c"),
    bold("II. CHỈ TIÊU, NHIỆM VỤ NĂM 2018"),
    ...section("2a"),
    ...section("2b"),
    ...(parts.closing ?? CLOSING),
  ];
}

const check = (blocks: BlockSpec[]): CheckResult => checkDocument(defaultProfile, docOf(blocks));
const item = (result: CheckResult, id: string) => result.checklist.find((i) => i.id === id);
const errors = (result: CheckResult) => result.findings.filter((f) => f.severity === "error").map((f) => f.rule);

/** Warnings and errors: info notes (the sector's fields covered, say) do not stop a report. */
const problems = (result: CheckResult) => result.findings.filter((f) => f.severity !== "info");

test("the well-written report is ready, every requirement shown", () => {
  const result = check(report());
  expect(problems(result)).toEqual([]);
  expect(result.ready).toBe(true);
  expect(result.checklist.filter((i) => i.status === "unmet")).toEqual([]);
});

describe("readiness means sendable", () => {
  test("figures, a solution, a colleague's part, the header, the opening and the archive line still to be written", () => {
    const result = check(
      report(
        {
          "1a": ["Giải quyết việc làm mới cho … người, đạt xx% kế hoạch, tăng 5,4% so với năm 2016.", ...WRITTEN["1a"].slice(1)],
          "1b": [...WRITTEN["1b"], "(Phòng Người có công bổ sung)"],
          "2a": [WRITTEN["2a"][0], "Nhiệm vụ trọng tâm là nâng cao chất lượng đào tạo; giải pháp đột phá: TODO"],
        },
        {
          header: [
            {
              table: [
                ["UBND TỈNH …", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
                [bold("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"), bold("Độc lập - Tự do - Hạnh phúc")],
                ["Số: 412/BC-SLĐTBXH", "Quảng Ngãi, ngày 13 tháng 12 năm 2017"],
              ],
            },
            ...HEADER.slice(1, 3),
            "Thực hiện Công văn số 5121/LĐTBXH-KHTC ngày 07/12/2017 của Bộ Lao động - Thương binh và Xã hội, Sở Lao động - Thương binh và Xã hội …tỉnh … báo cáo như sau:",
          ],
          closing: [
            {
              table: [
                [bold("Nơi nhận:"), bold("GIÁM ĐỐC")],
                ["- Bộ LĐTBXH (Vụ KHTC);", ""],
                ["- Lưu: VT, …", bold("Phạm Văn Thành")],
              ],
            },
          ],
        },
      ),
    );
    expect(result.ready).toBe(false);
    const blanks = result.findings.filter((f) => f.rule === "placeholder-left");
    expect(blanks.every((f) => f.severity === "error")).toBe(true);
    const said = blanks.map((f) => f.message).join("\n");
    for (const left of ["… người", "xx", "TODO", "(Phòng Người có công bổ sung)", "UBND TỈNH …", "tỉnh … báo cáo", "Lưu: VT, …"])
      expect(said).toContain(left);
    // "… người" is no figure and "xx%" no comparison.
    expect(item(result, "2a.breakthrough")?.status).toBe("met");
  });

  test("five sections 'being updated', and no agency header, title, date or signature", () => {
    const updating = ["Đang cập nhật."];
    const result = check(
      report(
        { "1a": updating, "1b": updating, "1c": updating, "2a": updating, "2b": updating },
        { header: [HEADER[3]], closing: [bold("Nơi nhận:"), "- Bộ LĐTBXH (Vụ KHTC);", "- Lưu: VT."] },
      ),
    );
    expect(result.ready).toBe(false);
    expect(result.sections.map((s) => s.status)).toEqual(["empty", "empty", "empty", "empty", "empty"]);
    expect(errors(result)).toEqual(expect.arrayContaining(["doc.agency", "doc.title", "doc.date", "doc.signature", "section-empty"]));
  });

  test("the number and day left for the clerk do not stop the report", () => {
    const header = [
      {
        table: [
          ["UBND TỈNH QUẢNG NGÃI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
          [bold("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"), bold("Độc lập - Tự do - Hạnh phúc")],
          ["Số: …/BC-SLĐTBXH", "Quảng Ngãi, ngày … tháng 12 năm 2017"],
        ],
      },
      ...HEADER.slice(1),
    ];
    const result = check(report({}, { header }));
    expect(result.ready).toBe(true);
    expect(
      problems(result)
        .map((f) => `${f.rule}:${f.severity}`)
        .sort(),
    ).toEqual(["doc.date:warning", "doc.number:warning"]);
  });
});

describe("evidence is a claim the text makes", () => {
  test.each([
    ["1a", "Chưa có số liệu so với kế hoạch và so với năm 2016 do các huyện chưa gửi báo cáo.", ["1a.vs-plan", "1a.vs-2016"]],
    ["2b", "Không có kiến nghị gì với Quốc hội, Chính phủ hay Bộ LĐTBXH.", ["2b.national-assembly", "2b.government", "2b.ministry"]],
    ["1c", "Không có khó khăn.", ["1c.difficulties"]],
    [
      "2a",
      "Năm 2018 không có giải pháp đột phá, tiếp tục giải quyết việc làm cho 22.000 lao động theo Nghị quyết Đại hội Đảng bộ tỉnh.",
      ["2a.breakthrough"],
    ],
  ])("a denial in %s meets nothing and offers its sentence as a waiver: %s", (id, sentence, items) => {
    const sections: Partial<Sections> =
      id === "1a" ? { "1a": [`Giải quyết việc làm cho 21.430 lao động. ${sentence}`, ...WRITTEN["1a"].slice(1)] } : { [id]: [sentence] };
    const result = check(report(sections));
    for (const id of items) {
      expect(item(result, id)).toMatchObject({ status: "unmet", denial: { quote: expect.stringContaining(sentence.slice(0, 20)) } });
      expect(result.findings.find((f) => f.item === id)?.message).toMatch(/văn bản nói là không có/);
    }
  });

  test("a negative result is still a comparison; 'không ít' difficulties are difficulties; a quantity ends a denial", () => {
    const result = check(
      report({
        "1a": [
          "Giải quyết việc làm cho 18.200 lao động, chưa đạt kế hoạch đề ra; tỷ lệ lao động không có việc làm ở thành thị giảm còn 3,1%, thấp hơn năm 2016.",
          ...WRITTEN["1a"].slice(1),
        ],
        "1c": [
          "Năm 2017 tỉnh gặp không ít khó khăn do bão số 12; nguyên nhân khách quan là thiên tai, nguyên nhân chủ quan là dự báo thị trường lao động còn yếu.",
        ],
      }),
    );
    expect(item(result, "1a.vs-plan")).toMatchObject({ status: "met", evidence: expect.stringContaining("chưa đạt kế hoạch") });
    expect(item(result, "1a.vs-2016")).toMatchObject({ status: "met", evidence: expect.stringContaining("thấp hơn năm 2016") });
    expect(item(result, "1c.difficulties")?.status).toBe("met");
  });

  test("years and document numbers are no figures; an agency's name and next year's plan are no comparison", () => {
    const result = check(
      report({
        "1a": [
          "Năm 2017 người lao động trên địa bàn được quan tâm; Sở thực hiện Kế hoạch số 15/KH-UBND ngày 20/01/2017 theo hướng dẫn của Vụ KH-TC và xây dựng kế hoạch năm 2018.",
        ],
        "2a": [
          "Năm 2018 tiếp tục thực hiện Nghị quyết Đại hội Đảng bộ tỉnh, Kế hoạch phát triển kinh tế - xã hội 2016 - 2020 và kết quả thực hiện năm 2017; nhiệm vụ trọng tâm, giải pháp đột phá là đào tạo nghề.",
        ],
      }),
    );
    expect(item(result, "1a.figures")?.status).toBe("unmet");
    expect(item(result, "1a.vs-plan")?.status).toBe("unmet");
    expect(item(result, "2a.targets")?.status).toBe("unmet");
  });

  test("one field named is not the sector covered: breadth counts its parts", () => {
    const result = check(report({ "1a": ["Công tác bảo vệ trẻ em đạt 104% kế hoạch, 3.100 trẻ được hỗ trợ, tăng 6% so với năm 2016."] }));
    expect(item(result, "1a.fields")).toMatchObject({ status: "unmet", coverage: { covered: ["trẻ em"], needed: 8 } });
    expect(result.findings.find((f) => f.item === "1a.fields")).toMatchObject({
      severity: "info",
      message: expect.stringContaining("1/12"),
    });
  });

  test("the guidance with its '…' deleted, or the requirement restated, is no content", () => {
    const result = check(
      report({
        "2b": ["a) Đối với Quốc hội:", "b) Đối với Chính phủ:", "c) Đối với Bộ Lao động - Thương binh và Xã hội:"],
        "1c": ["Khó khăn, tồn tại và nguyên nhân."],
        "1b": [
          "Đánh giá việc triển khai thực hiện cơ chế, chính sách pháp luật, chương trình, đề án về lĩnh vực lao động, người có công và xã hội trên địa bàn.",
        ],
      }),
    );
    expect(result.sections.filter((s) => s.status === "empty").map((s) => s.id)).toEqual(["1b", "1c", "2b"]);
    expect(item(result, "2b.government")?.status).toBe("unmet");
    const restated = check(report({ "2b": ["Đề xuất, kiến nghị với Quốc hội, Chính phủ, Bộ Lao động - Thương binh và Xã hội."] }));
    expect(restated.sections.find((s) => s.id === "2b")?.status).toBe("empty");
    expect(restated.ready).toBe(false);
  });

  test("the wording departments use is seen", () => {
    const result = check(
      report({
        "1a": [
          "Giải quyết việc làm cho 21.430 lao động, đạt 104% chỉ tiêu kế hoạch, cao hơn năm 2016 là 1.200 người.",
          ...WRITTEN["1a"].slice(1),
        ],
        "1b": ["Triển khai hiệu quả các dự án thuộc CTMTQG giảm nghèo bền vững."],
        "1c": [
          "Một số chỉ tiêu chưa đạt do thiên tai, lũ lụt kéo dài; về khách quan, kinh tế khó khăn; về chủ quan, cán bộ cơ sở còn thiếu.",
        ],
      }),
    );
    for (const id of ["1a.vs-plan", "1a.vs-2016", "1b.programmes", "1c.causes"]) expect(item(result, id)?.status).toBe("met");
    expect(item(result, "1a.vs-plan")?.evidence).toContain("104% chỉ tiêu kế hoạch");
    expect(item(result, "1a.vs-2016")?.evidence).toContain("cao hơn năm 2016");
  });

  test("a proposal under its addressee's label is met, with the label as the way to it", () => {
    const result = check(
      report({
        "2b": [
          "a) Đối với Quốc hội:",
          "Sớm sửa đổi Luật Việc làm cho phù hợp thực tiễn.",
          "b) Đối với Chính phủ:",
          "Không có kiến nghị.",
          "c) Đối với Bộ LĐTBXH:",
          "Hỗ trợ kinh phí đào tạo nghề cho lao động nông thôn.",
        ],
      }),
    );
    expect(item(result, "2b.national-assembly")).toMatchObject({ status: "met", find: "a) Đối với Quốc hội:" });
    expect(item(result, "2b.government")).toMatchObject({ status: "unmet", denial: { quote: "Không có kiến nghị." } });
    expect(item(result, "2b.ministry")?.status).toBe("met");
  });
});

describe("headings as a reader sees them", () => {
  test("a numbered proposal that goes on after its colon is body text, and 2b runs on past it", () => {
    const result = check(
      report({
        "2b": [
          "a) Đối với Quốc hội: sửa đổi Luật Bảo hiểm xã hội theo hướng linh hoạt hơn.",
          "b) Đối với Chính phủ: bố trí đủ kinh phí năm 2018 cho các chính sách an sinh.",
          "c) Đối với Bộ LĐTBXH: hướng dẫn sớm việc chuyển đổi mô hình trung tâm dịch vụ việc làm.",
        ],
      }),
    );
    expect(problems(result)).toEqual([]);
    expect(item(result, "2b.ministry")?.status).toBe("met");
  });

  test("a bold sub-heading numbered below 1a's heading stays in 1a", () => {
    const result = check(
      report({
        "1a": [
          bold("a) Lĩnh vực lao động, việc làm"),
          ...WRITTEN["1a"].slice(0, 2),
          bold("b) Lĩnh vực chính sách người có công"),
          WRITTEN["1a"][2],
        ],
      }),
    );
    expect(result.sections.find((s) => s.id === "1b")?.heading).toBe(HEADINGS["1b"]);
    expect(problems(result)).toEqual([]);
  });

  test("the agency in the body's prose does not make a header", () => {
    const header = [
      {
        table: [
          ["UBND TỈNH QUẢNG NGÃI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
          ["", bold("Độc lập - Tự do - Hạnh phúc")],
          ["Số: 412/BC-SLĐTBXH", "Quảng Ngãi, ngày 13 tháng 12 năm 2017"],
        ],
      },
      ...HEADER.slice(1),
    ];
    expect(errors(check(report({}, { header })))).toEqual(["doc.agency"]);
  });

  test("last year's report sent again is not this year's", () => {
    const lastYear = report().map((block) => {
      const text = typeof block === "string" ? block : "text" in block ? block.text : null;
      if (text === null || !/^(1\.|II\.)/.test(text)) return block;
      return bold(/2018$/.test(text) ? text.replace(/2018$/, "2017") : text.replace(/2017$/, "2016"));
    });
    const result = check(lastYear);
    expect(result.ready).toBe(false);
    expect(result.findings.filter((f) => f.rule === "section-year").map((f) => f.section)).toEqual(["1a"]);
    expect(result.sections.find((s) => s.id === "2a")?.status).toBe("missing");
  });
});

test("an automatic item the checker misses is confirmed by the drafter, not waived", () => {
  const blocks = report({ "1c": ["Lao động nông thôn thiếu việc làm ổn định vì doanh nghiệp trên địa bàn chủ yếu nhỏ và vừa."] });
  const stored = JSON.stringify({ profile: defaultProfile.id, items: { "1c.difficulties": { state: "met", by: "drafter" } } });
  const result = checkReport(defaultProfile, docOf(blocks, { settings: { [CHECKLIST_SETTING]: stored } }), stored);
  expect(item(result, "1c.difficulties")).toMatchObject({ status: "met", evidence: "xác nhận của người soạn" });
  expect(result.findings.find((f) => f.item === "1c.difficulties")).toBeUndefined();
});
