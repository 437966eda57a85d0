/**
 * A test-only profile of another ministry, another agency and the 34 provinces of 2025
 * (test/fixtures/profiles/mae-2025.json: an invented letter 4210/BNNMT-KHTC of the Ministry of Agriculture and
 * Environment). Nothing in src/ knows of it: the skeleton, the reader and the checker must take everything that is
 * the letter's from the profile, and nothing from the labour ministry's letters.
 */
import { unzipSync } from "fflate";
import path from "path";
import { CheckResult, checkDocument, checkReport } from "../src/core/check";
import { CHECKLIST_SETTING } from "../src/core/checklist-store";
import { docxParts } from "../src/core/ooxml/package";
import { SkeletonFields } from "../src/core/skeleton/parts";
import { skeletonBodyXml } from "../src/core/skeleton/writer";
import { readDocx } from "../src/host/docx/read";
import { zipParts } from "../src/host/docx/zip";
import { SimDocument } from "../src/host/sim";
import { builtinProfiles, defaultProfile, parseProfile, provincesOf, sectionsOf } from "../src/profiles";
import provinceLists from "../src/profiles/provinces-vn.json";
import mae2025 from "./fixtures/profiles/mae-2025.json";
import { readItemExamples, testItemExamples } from "./helpers/item-examples";
import { BlockSpec, docOf, ParagraphSpec } from "./helpers/model";

const profile = parseProfile(mae2025);
const SECTION_IDS = ["1a", "1b", "1c", "2a", "2b"];
/** What names the labour ministry or its letters: none of it may reach a finding about this profile's report. */
const LABOUR = /Lao động|LĐTBXH|LĐ-TBXH|molisa|5121|5025/i;

describe("the profile of the Ministry of Agriculture and Environment", () => {
  test("parses, with its own letter, years, deadline, e-mail and province list", () => {
    expect(profile).toMatchObject({
      id: "mae-2025",
      year: 2025,
      planYear: 2026,
      deadline: "2025-12-15",
      email: "baocao.khtc@bnnmt.example",
      provinceList: "units_2025_34",
    });
    expect(profile.letter).toEqual({ number: "4210/BNNMT-KHTC", date: "2025-11-24", issuer: "Bộ Nông nghiệp và Môi trường" });
    expect(profile.document).toMatchObject({ agency: "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", docTypeCode: "BC", agencyShortDefault: "SNNMT" });
    expect(sectionsOf(profile).map((s) => s.id)).toEqual(SECTION_IDS);
    expect(profile.indicators.map((i) => i.id)).toContain("forest-cover");
  });

  test("is no built-in profile, and says nothing of the labour ministry or its years", () => {
    expect(builtinProfiles.map((p) => p.id)).not.toContain(profile.id);
    expect(JSON.stringify(profile)).not.toMatch(LABOUR);
    expect(JSON.stringify(profile)).not.toMatch(/201\d/);
  });

  test("offers the 34 provinces of 2025, not the provinces merged away", () => {
    const offered = provincesOf(profile);
    expect(offered).toHaveLength(34);
    expect(offered.filter((p) => p.city).map((p) => p.name)).toEqual([
      "Hà Nội",
      "Huế",
      "Hải Phòng",
      "Đà Nẵng",
      "Thành phố Hồ Chí Minh",
      "Cần Thơ",
    ]);
    const names = offered.map((p) => p.name);
    // Hà Giang went into Tuyên Quang and Bắc Kạn into Thái Nguyên (provinces-vn.json, merge_2025_new_to_old).
    const merges = provinceLists.merge_2025_new_to_old as Record<string, string[]>;
    expect(merges["Tuyên Quang"]).toContain("Hà Giang");
    expect(merges["Thái Nguyên"]).toContain("Bắc Kạn");
    expect(provinceLists.provinces_2017_63.provinces).toEqual(expect.arrayContaining(["Hà Giang", "Bắc Kạn"]));
    for (const gone of ["Hà Giang", "Bắc Kạn", "Yên Bái", "Thừa Thiên Huế", "Bà Rịa - Vũng Tàu"]) expect(names).not.toContain(gone);
    expect(names).toEqual(expect.arrayContaining(["Tuyên Quang", "Thái Nguyên", "Lào Cai"]));
    // Every province of the old list that is not offered was merged into one that is.
    const gone = [...provinceLists.provinces_2017_63.centrally_run_cities, ...provinceLists.provinces_2017_63.provinces].filter(
      (name) => !names.includes(name),
    );
    expect(gone.length).toBeGreaterThan(0);
    for (const name of gone) expect(Object.entries(merges).find(([, old]) => old.includes(name))?.[0]).toBeDefined();
  });
});

/* The skeleton, written and read back ---------------------------------------------------------------------------- */

/** The text parts of a .docx by path in the zip. */
function unzipText(bytes: Uint8Array): Record<string, string> {
  const decoder = new TextDecoder();
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, decoder.decode(data)]));
}

const textOf = (xml: string) =>
  xml
    .replace(/<w:tab\/>/g, " ")
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "");

/** What a Sở of a 2025 province writes in each section: `where` is "toàn tỉnh" or "toàn thành phố". */
const sectionText = (where: string): Record<string, string> => ({
  "1a": [
    `Năm 2025, tốc độ tăng giá trị sản xuất nông, lâm nghiệp và thủy sản ${where} ước đạt 3,9%, vượt kế hoạch đề ra (kế hoạch 3,5%) và cao hơn năm 2024 là 0,4 điểm phần trăm.`,
    "Trồng trọt: sản lượng lương thực có hạt đạt 612.000 tấn, đạt 101,2% kế hoạch; chăn nuôi, thú y: tiêm phòng đạt 93% tổng đàn; thủy sản: sản lượng đạt 215.000 tấn, tăng 4,2% so với năm 2024; lâm nghiệp: trồng mới 1.150 ha rừng tập trung.",
    "Có thêm 9 xã đạt chuẩn nông thôn mới; cấp 6.850 giấy chứng nhận quyền sử dụng đất lần đầu; tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý đạt 97%; hoàn thành cắm mốc hành lang bảo vệ vùng bờ tại 4 xã ven biển.",
  ].join("\n"),
  "1b": [
    "Trồng mới 1.150 ha rừng tập trung, đạt 105% kế hoạch; tỷ lệ che phủ rừng đạt 28,6%.",
    "Kiên cố hóa 38 km kênh mương nội đồng, sửa chữa 12 hồ chứa và trạm bơm; diện tích được tưới, tiêu chủ động đạt 94%.",
    "100% khu công nghiệp có hệ thống xử lý nước thải tập trung đạt quy chuẩn; thanh tra, xử lý 27 vụ vi phạm pháp luật về bảo vệ môi trường.",
  ].join("\n"),
  "1c": [
    "Sản xuất nông nghiệp năm 2025 gặp nhiều khó khăn: bão số 3 và mưa lũ cuối năm gây thiệt hại 2.300 ha lúa và hoa màu; việc cấp giấy chứng nhận quyền sử dụng đất lần đầu còn chậm, chưa đáp ứng yêu cầu.",
    "Nguyên nhân khách quan là thiên tai dồn dập, giá vật tư nông nghiệp tăng cao; nguyên nhân chủ quan là một số xã sau sắp xếp còn thiếu công chức địa chính, môi trường có chuyên môn.",
  ].join("\n"),
  "2a": [
    "Căn cứ Nghị quyết Đại hội Đảng bộ lần thứ I, nhiệm kỳ 2025 - 2030 và Kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030, Sở đề xuất các chỉ tiêu năm 2026: tốc độ tăng giá trị sản xuất nông, lâm nghiệp và thủy sản 3,5 - 4%; trồng mới 1.200 ha rừng; thêm 10 xã đạt chuẩn nông thôn mới; tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý đạt 98%.",
    "Nhiệm vụ trọng tâm là hoàn thiện cơ sở dữ liệu đất đai và đẩy mạnh chuyển đổi số trong quản lý tài nguyên, môi trường.",
  ].join("\n"),
  "2b": [
    "a) Đối với Chính phủ: đề nghị Chính phủ sớm ban hành nghị định hướng dẫn Luật Đất đai về bồi thường, hỗ trợ, tái định cư sau sắp xếp đơn vị hành chính.",
    "b) Đối với Bộ Nông nghiệp và Môi trường: đề nghị Bộ hướng dẫn thống nhất mẫu biểu thống kê đất đai, môi trường cho cấp xã và hỗ trợ kinh phí nâng cấp hệ thống quan trắc môi trường tự động.",
  ].join("\n"),
});

interface Place {
  province: string;
  city: boolean;
  parentAgency: string;
  where: string;
}

const PLACES: Place[] = [
  { province: "Hải Phòng", city: true, parentAgency: "UBND THÀNH PHỐ HẢI PHÒNG", where: "toàn thành phố" },
  { province: "Lào Cai", city: false, parentAgency: "UBND TỈNH LÀO CAI", where: "toàn tỉnh" },
];

describe.each(PLACES.map((place) => [place.province, place] as const))("the skeleton for %s", (province, place) => {
  const fields: SkeletonFields = { province, agencyShort: "", number: "215", date: "2025-12-10", signer: "Nguyễn Văn Hùng", deputy: false };
  const skeleton = zipParts(docxParts(profile, skeletonBodyXml(profile, fields)));
  const check = (bytes: Uint8Array, onto = profile): CheckResult => {
    const model = readDocx(bytes);
    return checkReport(onto, model, model.settings[CHECKLIST_SETTING]);
  };
  const errors = (result: CheckResult) => result.findings.filter((f) => f.severity === "error");

  /** The skeleton as the drafter leaves it: sections typed in, the archive line's blank filled, a line changed. */
  function filled(change: (doc: SimDocument) => void = () => undefined): Uint8Array {
    const doc = SimDocument.fromPackageParts(unzipText(skeleton));
    const texts = sectionText(place.where);
    for (const id of SECTION_IDS) doc.typeText({ tag: id }, texts[id]);
    const archive = doc.paragraphs().find((p) => p.text.includes("Lưu: VT, …"));
    expect(archive).toBeDefined();
    doc.setParagraphText(archive!.index, archive!.text.replace("…", "KHTC."));
    change(doc);
    doc.save();
    const ticks = { profile: profile.id, items: { "2a.feasible": { state: "met" } } };
    return zipParts(docxParts(profile, doc.bodyContentXml(), { [CHECKLIST_SETTING]: ticks }));
  }

  /** Replaces the text of the recipient line that names the Ministry. */
  const recipientLine = (text: string) => (doc: SimDocument) => {
    const line = doc.paragraphs().find((p) => p.text.startsWith("- Bộ Nông nghiệp và Môi trường"));
    expect(line).toBeDefined();
    doc.setParagraphText(line!.index, text);
  };

  test("names the province, the agency, the letter and the Ministry's department as this profile says", () => {
    const text = textOf(unzipText(skeleton)["word/document.xml"]);
    expect(text).toContain(place.parentAgency);
    expect(text).toContain("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG");
    expect(text).toContain("Số: 215/BC-SNNMT");
    expect(text).toContain(`${province}, ngày 10 tháng 12 năm 2025`);
    expect(text).toContain(
      "Kết quả thực hiện nhiệm vụ năm 2025; mục tiêu, nhiệm vụ, giải pháp năm 2026 lĩnh vực nông nghiệp và môi trường",
    );
    expect(text).toContain(
      `Thực hiện Công văn số 4210/BNNMT-KHTC ngày 24/11/2025 của Bộ Nông nghiệp và Môi trường về việc báo cáo kết quả thực hiện nhiệm vụ năm 2025 và xây dựng kế hoạch năm 2026, Sở Nông nghiệp và Môi trường ${place.city ? "thành phố" : "tỉnh"} ${province} báo cáo như sau:`,
    );
    expect(text).toContain("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025");
    expect(text).toContain("2. Kết quả bảo vệ và phát triển rừng, thủy lợi và bảo vệ môi trường");
    expect(text).toContain("II. KẾ HOẠCH, NHIỆM VỤ NĂM 2026");
    expect(text).toContain("- Bộ Nông nghiệp và Môi trường (Vụ KHTC);");
    expect(text).toContain(`- UBND ${place.city ? "thành phố" : "tỉnh"} (để báo cáo);`);
    expect(text).not.toMatch(LABOUR);
  });

  test("untouched, it is not ready: every section is empty", () => {
    const result = check(skeleton);
    expect(result.profile).toBe("mae-2025");
    expect(result.ready).toBe(false);
    expect(result.sections).toEqual(SECTION_IDS.map((id) => expect.objectContaining({ id, status: "empty" })));
    expect(
      errors(result)
        .filter((f) => f.rule === "section-empty")
        .map((f) => f.section),
    ).toEqual(SECTION_IDS);
    // The header, title, date and signature the skeleton wrote are this profile's and stand as they should.
    expect(
      result.findings.filter((f) => ["doc.agency", "doc.title", "doc.date", "doc.signature", "doc.recipients"].includes(f.rule)),
    ).toEqual([]);
    for (const f of result.findings) expect(f.message).not.toMatch(LABOUR);
  });

  test("filled in, it is ready, every section present and every item met", () => {
    const result = check(filled());
    expect(errors(result)).toEqual([]);
    expect(result.ready).toBe(true);
    expect(result.sections).toEqual(SECTION_IDS.map((id) => expect.objectContaining({ id, status: "present" })));
    expect(result.checklist.filter((i) => i.status !== "met").map((i) => i.id)).toEqual([]);
    expect(result.checklist.find((i) => i.id === "1b.forest")?.evidence).toMatch(/che phủ rừng/);
    expect(result.checklist.find((i) => i.id === "2b.ministry")?.evidence).toMatch(/Bộ/);
    expect(result.findings.filter((f) => f.rule === "doc.recipients" || f.rule === "send.deadline")).toEqual([]);
    for (const f of result.findings) expect(f.message).not.toMatch(LABOUR);
  });

  test("without the Ministry's planning department, the recipients finding names this profile's Ministry", () => {
    const lacking = (result: CheckResult) => result.findings.filter((f) => f.rule === "doc.recipients");
    const withoutDepartment = check(filled(recipientLine("- Bộ Nông nghiệp và Môi trường;")));
    expect(withoutDepartment.ready).toBe(true);
    expect(lacking(withoutDepartment)).toEqual([
      expect.objectContaining({
        severity: "warning",
        message: "Nơi nhận chưa có Bộ Nông nghiệp và Môi trường (Vụ KHTC).",
        messageEn: "The recipients lack the Ministry of Agriculture and Environment (Vụ KHTC).",
      }),
    ]);
    // The labour ministry's line, copied from an old report, is not this Ministry's department.
    const labourLine = check(filled(recipientLine("- Bộ LĐTBXH (Vụ KHTC);")));
    expect(lacking(labourLine).map((f) => f.message)).toEqual(["Nơi nhận chưa có Bộ Nông nghiệp và Môi trường (Vụ KHTC)."]);
    // Checked against the labour ministry's profile, the same report lacks that ministry's department instead.
    const asLabour = check(filled(), defaultProfile);
    expect(lacking(asLabour).map((f) => f.message)).toEqual([
      `Nơi nhận chưa có ${defaultProfile.document.requiredRecipients[0].label.vi}.`,
    ]);
    expect(lacking(asLabour)[0].message).toMatch(/Lao động/);
  });

  test("dated on the deadline of this profile, it is late", () => {
    const late = zipParts(docxParts(profile, skeletonBodyXml(profile, { ...fields, date: "2025-12-15" })));
    expect(check(late).findings.filter((f) => f.rule === "send.deadline")).toEqual([
      expect.objectContaining({ severity: "warning", message: "Văn bản ghi ngày 15/12/2025, không kịp hạn gửi trước ngày 15/12/2025." }),
    ]);
  });
});

/* A report typed without the skeleton ---------------------------------------------------------------------------- */

const bold = (text: string): ParagraphSpec => ({ text, bold: true });

/** A 2025 report for Huế typed freely, its results in an indicator table of this profile's catalogue. */
const TYPED_REPORT: BlockSpec[] = [
  {
    table: [
      ["UBND THÀNH PHỐ HUẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      [bold("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"), bold("Độc lập - Tự do - Hạnh phúc")],
      ["Số: 1874/BC-SNNMT", "Huế, ngày 08 tháng 12 năm 2025"],
    ],
  },
  bold("BÁO CÁO"),
  bold("Kết quả thực hiện nhiệm vụ năm 2025; kế hoạch năm 2026 ngành nông nghiệp và môi trường"),
  "Kính gửi: Bộ Nông nghiệp và Môi trường",
  "Thực hiện Công văn số 4210/BNNMT-KHTC ngày 24/11/2025 của Bộ Nông nghiệp và Môi trường, Sở báo cáo như sau:",
  bold("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025"),
  bold("1. Kết quả thực hiện các chỉ tiêu chủ yếu năm 2025"),
  {
    table: [
      ["Chỉ tiêu", "ĐVT", "TH 2024", "KH 2025", "TH 2025", "KH 2026"],
      ["Tỷ lệ che phủ rừng", "%", "57,3", "57,5", "57,6", "57,8"],
      ["Tỷ lệ xã đạt chuẩn nông thôn mới", "%", "82,1", "85", "86,4", "90"],
    ],
  },
  "Sản lượng lương thực có hạt đạt 318.000 tấn, tăng 2,1% so với năm 2024; chăn nuôi, thú y ổn định, không để dịch lớn xảy ra; sản lượng thủy sản đạt 62.500 tấn; trồng mới 4.100 ha rừng; các hồ chứa thủy lợi bảo đảm nước cho sản xuất; cấp 3.200 giấy chứng nhận quyền sử dụng đất; tỷ lệ chất thải rắn được thu gom đạt 95%; bảo vệ vùng bờ đầm phá Tam Giang - Cầu Hai.",
  bold("2. Kết quả bảo vệ, phát triển rừng, thủy lợi và môi trường"),
  "Tỷ lệ che phủ rừng đạt 57,6%; diện tích được tưới, tiêu chủ động đạt 96%; 18 trạm quan trắc nước mặt tự động hoạt động ổn định.",
  bold("3. Những khó khăn, vướng mắc và nguyên nhân"),
  "Lũ lịch sử tháng 10 gây nhiều khó khăn cho sản xuất. Nguyên nhân khách quan là thiên tai cực đoan; nguyên nhân chủ quan là hệ thống cảnh báo lũ ở một số xã chưa hoàn thiện.",
  bold("II. KẾ HOẠCH, NHIỆM VỤ NĂM 2026"),
  bold("1. Mục tiêu, chỉ tiêu và giải pháp chủ yếu năm 2026"),
  "Căn cứ Nghị quyết Đại hội Đảng bộ thành phố nhiệm kỳ 2025 - 2030 và Kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030, phấn đấu trồng mới 4.300 ha rừng; nhiệm vụ trọng tâm là phục hồi sản xuất sau lũ.",
  bold("2. Đề xuất, kiến nghị"),
  "Đề nghị Chính phủ hỗ trợ vốn khắc phục hậu quả lũ; đề nghị Bộ Nông nghiệp và Môi trường bổ sung trạm đo mưa tự động cho vùng núi.",
  {
    table: [
      [{ text: "Nơi nhận:", bold: true, italic: true }, bold("KT. GIÁM ĐỐC")],
      ["- Bộ NN&MT (Vụ KHTC);", bold("PHÓ GIÁM ĐỐC")],
      ["- UBND thành phố (để báo cáo);", ""],
      ["- Lưu: VT, KHTC.", bold("Lê Thị Thu Hà")],
    ],
  },
];

describe("a 2025 report typed without the skeleton", () => {
  test("is found by its headings and its indicator table, and is ready", () => {
    const result = checkDocument(profile, docOf(TYPED_REPORT), { "2a.feasible": { state: "met" } });
    expect(result.sections).toEqual(SECTION_IDS.map((id) => expect.objectContaining({ id, status: "present" })));
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.ready).toBe(true);
    expect(result.checklist.filter((i) => i.status !== "met").map((i) => i.id)).toEqual([]);
    expect(result.checklist.find((i) => i.id === "1a.vs-plan")?.evidence).toBe("Tỷ lệ che phủ rừng: TH 2025 57,6, KH 2025 57,5");
    expect(result.findings.filter((f) => f.severity === "warning")).toEqual([]);
  });

  test("a section heading naming last year is last year's text, by this profile's years", () => {
    const copied = TYPED_REPORT.map((b) =>
      typeof b === "object" && "text" in b && b.text === "1. Kết quả thực hiện các chỉ tiêu chủ yếu năm 2025"
        ? bold("1. Kết quả thực hiện các chỉ tiêu chủ yếu năm 2024")
        : b,
    );
    const result = checkDocument(profile, docOf(copied), { "2a.feasible": { state: "met" } });
    expect(result.findings.filter((f) => f.rule === "section-year")).toEqual([
      expect.objectContaining({
        severity: "warning",
        section: "1a",
        message: 'Tiêu đề mục 1a ghi năm 2024, trong khi báo cáo này về năm 2025: "1. Kết quả thực hiện các chỉ tiêu chủ yếu năm 2024".',
      }),
    ]);
    expect(result.ready).toBe(true);
  });
});

describe("the examples of the profile's items", () => {
  testItemExamples(profile, readItemExamples(path.join(__dirname, "fixtures/profiles/mae-2025.examples.json")));
});
