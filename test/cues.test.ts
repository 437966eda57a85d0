/** The cue-pattern language profiles are written in (src/core/cues.ts), and what counts as a quantity. */
import { quantities } from "../src/core/claims";
import { anyCue, Cue } from "../src/core/cues";
import { fold } from "../src/core/text";

const YEARS = { year: 2017, planYear: 2018 };
const found = (pattern: string | string[], text: string) =>
  new Cue(pattern, YEARS).matches(fold(text)).map((m) => fold(text).slice(m.at, m.at + m.length));

describe("cue patterns", () => {
  test("words match whole, whatever the accents, case and tone placement", () => {
    expect(found("khó khăn", "Còn KHÓ KHĂN; khó khăn khác")).toEqual(["kho khan", "kho khan"]);
    expect(found("hòa giải", "công tác hoà giải")).toEqual(["hoa giai"]);
    expect(found("luật", "xử lý kỷ luật, luật sư, Luật Việc làm, luậtgia")).toEqual(["luat", "luat", "luat"]);
  });

  test("{n} is a number written the Vietnamese way, and a percent sign may stand apart", () => {
    expect(found("đạt {n}% kế hoạch", "đạt 104,5% kế hoạch; đạt 98 % kế hoạch; đạt 1.234,56% kế hoạch")).toHaveLength(3);
    expect(found("đạt {n}% kế hoạch", "đạt …% kế hoạch, đạt xx% kế hoạch")).toEqual([]);
  });

  test("[a|b] is a choice, [a]? may be left out with its space, and a choice may hold marks", () => {
    expect(found("[đạt|vượt] [chỉ tiêu]? kế hoạch", "vượt kế hoạch, đạt chỉ tiêu kế hoạch, bằng kế hoạch")).toEqual([
      "vuot ke hoach",
      "dat chi tieu ke hoach",
    ]);
    expect(
      found("so sánh với [năm]? [{prevYear}|năm trước]", "so sánh với năm 2016; so sánh với 2016; so sánh với năm trước"),
    ).toHaveLength(3);
  });

  test("{year}, {prevYear} and {planYear} are the profile's years", () => {
    expect(found("kết quả năm {year}", "kết quả năm 2017, kết quả năm 2016")).toEqual(["ket qua nam 2017"]);
    expect(found("KH {planYear}", "KH 2018 và KH 2017")).toEqual(["kh 2018"]);
  });

  test("… reaches a few words within the clause, and $ ends the clause", () => {
    expect(found("chưa đạt … do", "chưa đạt kế hoạch đề ra do thiên tai")).toHaveLength(1);
    expect(found("chưa đạt … do", "chưa đạt kế hoạch. Do đó")).toEqual([]);
    expect(found("Bộ LĐTBXH … Vụ KHTC", "- Bộ LĐTBXH (Vụ KHTC);")).toEqual(["bo ldtbxh (vu khtc"]);
    expect(found("Bộ LĐTBXH … Vụ KHTC", "- Bộ LĐTBXHvụ KHTC")).toEqual([]);
    expect(found("sẽ bổ sung$", "Số liệu sẽ bổ sung.")).toHaveLength(1);
    expect(found("sẽ bổ sung$", "Sở sẽ bổ sung biên chế cho trung tâm")).toEqual([]);
  });

  test("several patterns as one cue match in reading order", () => {
    expect(found(["Chính phủ", "Quốc hội"], "Đề nghị Quốc hội và Chính phủ")).toEqual(["quoc hoi", "chinh phu"]);
    expect(anyCue(["Chính phủ"], YEARS)).toBe(anyCue(["Chính phủ"], YEARS));
  });

  test("matching is re-entrant: the same cue may be asked again while its matches are read", () => {
    const cue = new Cue("khó khăn", YEARS);
    const text = fold("khó khăn một, khó khăn hai, khó khăn ba");
    const outer: number[] = [];
    for (const m of cue.matches(text)) {
      outer.push(m.at);
      expect(cue.matches(text)).toHaveLength(3);
    }
    expect(outer).toHaveLength(3);
  });

  test("an unknown mark is refused", () => {
    expect(() => new Cue("kế hoạch {nam}", YEARS)).toThrow(/\{nam\}/);
  });
});

describe("quantities", () => {
  const units = new Cue(["người", "%", "tỷ đồng"], YEARS);
  const of = (text: string) => quantities(fold(text), units).map((m) => fold(text).slice(m.at, m.at + m.length));

  test("a number with a unit or a percent sign", () => {
    expect(of("19.850 người, 104,5%, 12,5 tỷ đồng")).toEqual(["19.850 nguoi", "104,5%", "12,5 ty dong"]);
  });

  test("not a year, a date, a document number or a number without a unit", () => {
    expect(of("Năm 2017 người lao động; ngày 07/12/2017; Kế hoạch số 15/KH-UBND; Nghị định 61/2015/NĐ-CP; lần thứ 19")).toEqual([]);
  });
});
