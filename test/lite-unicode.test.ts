/**
 * The light pane's Unicode expressions (src/lite/unicode.ts, built from generated tables of the BMP because IE11 has
 * no "u" flag) against core's (src/core/unicode.ts, with \p{…}): the same answer for every code unit of the BMP,
 * and for names and near misses as signatures write them. Only letters outside the BMP differ, and they are said to.
 */
import * as core from "../src/core/unicode";
import * as lite from "../src/lite/unicode";

const bmp = (): string[] => {
  const units: string[] = [];
  for (let code = 0; code < 0x10000; code++) units.push(String.fromCharCode(code));
  return units;
};

describe("the light pane's Unicode classes", () => {
  test.each([
    ["LETTER_OR_DIGIT", (u: string) => u],
    ["MARK", (u: string) => u],
    ["ENDS_IN_WORD", (u: string) => `đoạn ${u}`],
    ["STARTS_LOWER_OR_DIGIT", (u: string) => `${u} tiếp`],
  ] as const)("%s answers as core's for every code unit of the BMP", (name, around) => {
    const differ = bmp().filter((u) => core[name].test(around(u)) !== lite[name].test(around(u)));
    expect(differ.map((u) => u.charCodeAt(0).toString(16))).toEqual([]);
  });

  test.each([
    "Nguyễn Văn An",
    "Lê Thị Hồng Nhung",
    "Đặng Quốc Khánh",
    "Ông Ích Khiêm",
    "Nguyen Van A",
    "Nguyễn văn An",
    "NGUYỄN VĂN AN",
    "Nguyễn",
    "Nguyễn Văn An.",
    "Giám đốc Sở",
    "Nguyễn Văn An Bình Minh Hoàng",
    "Nguyễn Văn An Bình Minh Hoàng Long",
    "Nguye\u0302\u0303n Va\u0306n An",
    "Иван Петров",
    "Ἀλέξανδρος Παπᾶς",
    "Nguyễn 2 An",
  ])("PERSON_NAME answers as core's for %j", (name) => {
    expect(lite.PERSON_NAME.test(name)).toBe(core.PERSON_NAME.test(name));
  });

  test("a letter outside the BMP is a letter only to core's", () => {
    const astral = "\u{20000}"; // a CJK ideograph of Extension B
    expect(core.LETTER_OR_DIGIT.test(astral)).toBe(true);
    expect(lite.LETTER_OR_DIGIT.test(astral)).toBe(false);
  });
});
