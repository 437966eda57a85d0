/**
 * Which profile a document answers (core/profile-choice.ts): the id its settings keep, else the letter its opening
 * sentence cites, else the newest. Near misses: a letter cited later in the body, a number that only contains the
 * letter's, another issuer's letter with the same number, the report's own number, a bare year range.
 */
import { CHECKLIST_SETTING } from "../src/core/checklist-store";
import { chooseProfile, citedProfile, PROFILE_SETTING, storedProfileId } from "../src/core/profile-choice";
import { builtinProfiles, defaultProfile, profile5025 } from "../src/profiles";
import { BlockSpec, docOf, GOOD_REPORT } from "./helpers/model";

const HEADER: BlockSpec = {
  table: [
    ["UBND TỈNH HÀ TĨNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Độc lập - Tự do - Hạnh phúc"],
    ["Số: 5121/BC-SLĐTBXH", "Hà Tĩnh, ngày 12 tháng 12 năm 2019"],
  ],
};

/** A report's first lines, the opening given, then a body that may cite other letters. */
const reportOpening = (opening: string, ...body: string[]) =>
  docOf([HEADER, "BÁO CÁO", "Kết quả năm 2019/2020 và kế hoạch", "Kính gửi: Bộ Lao động - Thương binh và Xã hội", opening, ...body]);

describe("the letter cited in the opening", () => {
  test.each([
    [
      "the 2019 letter, as the skeleton words it",
      "Thực hiện Công văn số 5025/LĐTBXH-KHTC ngày 25/11/2019 của Bộ, Sở báo cáo như sau:",
      "molisa-5025-2019",
    ],
    ["the 2017 letter, as 'Căn cứ'", "Căn cứ Công văn số 5121/LĐTBXH-KHTC ngày 07/12/2017, Sở báo cáo:", "molisa-5121-2017"],
    ["spaces around the slash, no department code", "Thực hiện văn bản số 5025 / LĐTBXH của Bộ Lao động, Sở báo cáo:", "molisa-5025-2019"],
    [
      "without accents, as old keyboards type it",
      "Thuc hien Cong van so 5121/LDTBXH-KHTC ngay 7/12/2017, So bao cao nhu sau:",
      "molisa-5121-2017",
    ],
    [
      "two letters in the opening: the first cited",
      "Thực hiện Công văn số 5025/LĐTBXH-KHTC và tiếp theo Công văn số 5121/LĐTBXH-KHTC, Sở báo cáo:",
      "molisa-5025-2019",
    ],
  ])("%s", (_, opening, id) => {
    expect(citedProfile(builtinProfiles, reportOpening(opening))?.id).toBe(id);
  });

  test.each([
    ["a number that only contains the letter's", "Thực hiện Công văn số 15121/LĐTBXH-KHTC, Sở báo cáo như sau:"],
    ["the same number from another issuer", "Thực hiện Công văn số 5025/UBND-VX của UBND tỉnh, Sở báo cáo như sau:"],
    ["a number after another slash", "Thực hiện Kế hoạch 12/5025/LĐTBXH, Sở báo cáo như sau:"],
    ["an opening that cites no letter at all", "Sở Lao động - Thương binh và Xã hội báo cáo kết quả năm 2019 như sau:"],
  ])("no letter: %s", (_, opening) => {
    expect(citedProfile(builtinProfiles, reportOpening(opening))).toBeNull();
  });

  test("another document cited before the letter, in the title, does not hide it", () => {
    const doc = docOf([
      "BÁO CÁO",
      "Kết quả thực hiện Thông tư 01/2019/TT-BLĐTBXH và nhiệm vụ năm 2020",
      "Thực hiện Công văn số 5025/LĐTBXH-KHTC ngày 25/11/2019, Sở báo cáo như sau:",
    ]);
    expect(citedProfile(builtinProfiles, doc)?.id).toBe("molisa-5025-2019");
  });

  test("the report's own number in the header is not the letter it answers", () => {
    // HEADER's "Số: 5121/BC-SLĐTBXH" holds 5121 but is the report's number, in a table, with another code.
    expect(citedProfile(builtinProfiles, reportOpening("Sở báo cáo kết quả năm 2019 như sau:"))).toBeNull();
  });

  test("a letter cited in the body, past the opening, says nothing of which letter the report answers", () => {
    const cited = reportOpening(
      "Thực hiện Công văn số 5025/LĐTBXH-KHTC ngày 25/11/2019, Sở báo cáo như sau:",
      "I. ĐÁNH GIÁ TÌNH HÌNH",
      "Như Công văn số 5121/LĐTBXH-KHTC năm 2017 đã yêu cầu, Sở tiếp tục so sánh với kế hoạch.",
    );
    expect(citedProfile(builtinProfiles, cited)?.id).toBe("molisa-5025-2019");
    const uncited = docOf([
      "BÁO CÁO",
      "Sở báo cáo như sau:",
      ...Array.from({ length: 12 }, (_, i) => `Đoạn ${i + 1} của phần đánh giá.`),
      "Theo Công văn số 5121/LĐTBXH-KHTC, các chỉ tiêu được so sánh với kế hoạch.",
    ]);
    expect(citedProfile(builtinProfiles, uncited)).toBeNull();
  });

  test("the skeleton's opening control decides even when other lines come first", () => {
    const doc = docOf([
      ...Array.from({ length: 14 }, (_, i) => `Dòng ${i + 1}`),
      { text: "Thực hiện Công văn số 5121/LĐTBXH-KHTC ngày 07/12/2017, Sở báo cáo như sau:", tags: ["doc.opening"] },
    ]);
    expect(citedProfile(builtinProfiles, doc)?.id).toBe("molisa-5121-2017");
  });
});

describe("the stored id", () => {
  test("as Word keeps it in the .docx (JSON text) and as Office's settings.get gives it", () => {
    expect(storedProfileId({ [PROFILE_SETTING]: '"molisa-5025-2019"' })).toBe("molisa-5025-2019");
    expect(storedProfileId({ [PROFILE_SETTING]: "molisa-5025-2019" })).toBe("molisa-5025-2019");
  });

  test("documents ticked before the profile was stored name it through their ticks", () => {
    const ticks = JSON.stringify({ profile: "molisa-5121-2017", items: {} });
    expect(storedProfileId({ [CHECKLIST_SETTING]: ticks })).toBe("molisa-5121-2017");
    expect(storedProfileId({ [PROFILE_SETTING]: '"molisa-5025-2019"', [CHECKLIST_SETTING]: ticks })).toBe("molisa-5025-2019");
  });

  test.each([
    ["nothing stored", {}],
    ["an empty id", { [PROFILE_SETTING]: '""' }],
    ["an id that is not text", { [PROFILE_SETTING]: "42" }],
    ["ticks with no profile", { [CHECKLIST_SETTING]: '{"items":{}}' }],
    ["broken ticks", { [CHECKLIST_SETTING]: "{không phải JSON" }],
  ])("none: %s", (_, settings) => {
    expect(storedProfileId(settings)).toBeNull();
  });
});

describe("choosing", () => {
  test("the stored id first, even when the opening cites another letter", () => {
    const doc = docOf(GOOD_REPORT, { settings: { [PROFILE_SETTING]: '"molisa-5025-2019"' } });
    expect(chooseProfile(builtinProfiles, doc)).toEqual({ profile: profile5025, reason: "stored" });
  });

  test("else the letter: the 2017 report typed without the skeleton", () => {
    expect(chooseProfile(builtinProfiles, docOf(GOOD_REPORT))).toEqual({ profile: defaultProfile, reason: "letter" });
  });

  test("else the newest, the first given", () => {
    expect(chooseProfile(builtinProfiles, docOf(["Một văn bản không phải báo cáo."]))).toEqual({ profile: profile5025, reason: "newest" });
  });

  test("a stored id no profile has is kept, and the letter still decides", () => {
    const doc = docOf(GOOD_REPORT, { settings: { [PROFILE_SETTING]: '"bo-khac-2025"' } });
    expect(chooseProfile(builtinProfiles, doc)).toEqual({ profile: defaultProfile, reason: "letter", unknownStored: "bo-khac-2025" });
  });
});
