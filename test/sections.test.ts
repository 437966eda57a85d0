import { findSections } from "../src/core/sections";
import { defaultProfile } from "../src/profiles";
import { docOf, ParagraphSpec } from "./helpers/model";

const bold = (text: string): ParagraphSpec => ({ text, bold: true });
const found = (specs: ParagraphSpec[]) =>
  Object.fromEntries(
    findSections(defaultProfile, docOf(specs)).map((s) => [
      s.id,
      { status: s.status, heading: s.heading, body: s.body.map((p) => p.text) },
    ]),
  );

describe("finding sections in reports typed without the skeleton", () => {
  test("real-world numbering and wording, with a part heading above the specific one", () => {
    const sections = found([
      bold("PHẦN THỨ NHẤT: KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2017"),
      bold("I. Kết quả thực hiện các chỉ tiêu chủ yếu năm 2017"),
      "Giải quyết việc làm cho 19.850 người.",
      bold("II. Việc triển khai các chính sách, chương trình, đề án"),
      "Triển khai Nghị định 61.",
      bold("III. Những khó khăn, tồn tại, hạn chế và nguyên nhân"),
      "Còn khó khăn.",
      bold("PHẦN THỨ HAI: PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2018"),
      bold("I. Mục tiêu, nhiệm vụ, giải pháp chủ yếu năm 2018"),
      "Phấn đấu 20.000 người.",
      bold("II. Kiến nghị, đề xuất"),
      "Đề nghị Chính phủ.",
    ]);
    expect(sections["1a"]).toEqual({
      status: "present",
      heading: "I. Kết quả thực hiện các chỉ tiêu chủ yếu năm 2017",
      body: ["Giải quyết việc làm cho 19.850 người."],
    });
    expect(sections["1b"].body).toEqual(["Triển khai Nghị định 61."]);
    expect(sections["1c"].heading).toBe("III. Những khó khăn, tồn tại, hạn chế và nguyên nhân");
    expect(sections["2a"].body).toEqual(["Phấn đấu 20.000 người."]);
    expect(sections["2b"]).toMatchObject({ status: "present", heading: "II. Kiến nghị, đề xuất" });
  });

  test("headings by style or outline level, decomposed text and the other tone placement", () => {
    const nfd = (s: string) => s.normalize("NFD");
    const sections = found([
      { text: nfd("Kết quả thực hiện nhiệm vụ năm 2017"), outlineLevel: 0 },
      "Đạt kế hoạch.",
      { text: "Khó khăn, vướng mắc và nguyên nhân", outlineLevel: 0 },
      "Thiếu vốn.",
      { text: "a) Đề xuất, kiến nghị với Quốc hội, Chính phủ và Bộ", numbered: true, bold: true },
      "Sửa Luật Việc làm; hoà giải lao động.",
    ]);
    expect(sections["1a"]).toMatchObject({ status: "present", body: ["Đạt kế hoạch."] });
    expect(sections["1c"]).toMatchObject({ status: "present", body: ["Thiếu vốn."] });
    expect(sections["2b"].status).toBe("present");
    expect(sections["1b"].status).toBe("missing");
    expect(sections["2a"].status).toBe("missing");
  });

  test("the years tell 2017 results from the 2018 plan", () => {
    const sections = found([bold("1. Kết quả thực hiện năm 2018 dự kiến"), "Không phải mục 1a."]);
    expect(sections["1a"].status).toBe("missing");
  });

  test("the last section ends where the recipients begin, even written as lines of one paragraph", () => {
    const sections = found([
      bold("II. Kiến nghị, đề xuất"),
      "Đề nghị Chính phủ bố trí vốn.",
      "Nơi nhận:\n- Bộ LĐTBXH (Vụ KHTC);\n- Lưu: VT, KHTC.",
      bold("GIÁM ĐỐC"),
    ]);
    expect(sections["2b"].body).toEqual(["Đề nghị Chính phủ bố trí vốn."]);
  });

  test("a heading with nothing under it before the next heading is empty", () => {
    const sections = found([bold("3. Khó khăn, tồn tại và nguyên nhân"), "", bold("II. CHỈ TIÊU, NHIỆM VỤ NĂM 2018")]);
    expect(sections["1c"].status).toBe("empty");
  });
});
