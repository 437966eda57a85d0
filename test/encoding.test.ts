import { usesLegacyEncoding } from "../src/core/encoding";
import { DocModel, Paragraph } from "../src/core/model";

const paragraph = (text: string, fonts: string[] = ["Times New Roman"]): Paragraph => ({
  kind: "paragraph",
  index: 0,
  text,
  numbered: false,
  bold: false,
  italic: false,
  fonts,
  sizesHalfPt: [],
  tags: [],
  placeholder: false,
  inTable: false,
});
const doc = (...blocks: Paragraph[]): DocModel => ({
  blocks,
  comments: [],
  trackedChanges: { insertions: 0, deletions: 0, samples: [] },
  settings: {},
});

/** "Báo cáo kết quả thực hiện nhiệm vụ năm 2017" typed in TCVN3 and read as Unicode. */
const TCVN3_TEXT = "B¸o c¸o kÕt qu¶ thùc hiÖn nhiÖm vô n¨m 2017 cña Së Lao ®éng - Th­¬ng binh vµ X· héi";

describe("legacy encodings (TCVN3, VNI)", () => {
  test.each([
    [".VnTime", true],
    [".VnTimeH", true],
    ["VNI-Times", true],
    ["Times New Roman", false],
  ])("a paragraph with text in %s: %s", (font, legacy) => {
    expect(usesLegacyEncoding(doc(paragraph("Báo cáo", [font])))).toBe(legacy);
  });

  test("a legacy font on an empty paragraph says nothing", () => {
    expect(usesLegacyEncoding(doc(paragraph("  ", [".VnTime"]), paragraph("Báo cáo kết quả")))).toBe(false);
  });

  test("TCVN3 text in a Unicode font is told by its Latin-1 letters", () => {
    expect(usesLegacyEncoding(doc(paragraph(TCVN3_TEXT), paragraph(TCVN3_TEXT)))).toBe(true);
  });

  test("Unicode Vietnamese with a few Latin-1 letters (names, French words) is not legacy", () => {
    const text = "Báo cáo kết quả thực hiện nhiệm vụ năm 2017 của Sở Lao động - Thương binh và Xã hội; café, naïve, Müller.";
    expect(usesLegacyEncoding(doc(...Array.from({ length: 10 }, () => paragraph(text))))).toBe(false);
  });
});
