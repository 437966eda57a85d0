/**
 * The indicator table's comparisons (src/core/indicators/compare.ts): TH against KH and against last year's TH, as
 * ratios for counts and points for rates; what a cell or a sentence states of them, and whether it agrees.
 */
import {
  agrees,
  comparePlan,
  comparePrevious,
  isRate,
  StatedComparison,
  statedComparison,
  statedComparisons,
} from "../src/core/indicators/compare";
import { Better, Comparison, IndicatorFigures } from "../src/core/indicators/types";
import { normalizeText } from "../src/core/text";

const PEOPLE = "người";

describe("isRate", () => {
  test.each([
    ["%", true],
    [" % ", true],
    ["\u00a0%\u00a0", true],
    [PEOPLE, false],
    ["tỷ đồng", false],
    ["tỷ lệ %", false],
    ["(%)", false],
    ["", false],
  ])("%j is a rate: %s", (unit, rate) => {
    expect(isRate(unit)).toBe(rate);
  });
});

describe("comparePlan and comparePrevious", () => {
  const figures = (unit: string, better: Better, base: number, actual: number): [IndicatorFigures, IndicatorFigures] => [
    { unit, better, plan: base, actual },
    { unit, better, actualPrev: base, actual },
  ];

  test.each<[string, Better, number, number, string, number, boolean | undefined]>([
    // Counts: the ratio to one decimal.
    [PEOPLE, "higher", 33000, 34500, "104,5%", 104.5, true],
    [PEOPLE, "lower", 33000, 34500, "104,5%", 104.5, false],
    [PEOPLE, null, 33000, 34500, "104,5%", 104.5, undefined],
    [PEOPLE, "higher", 33000, 31000, "93,9%", 93.9, false],
    [PEOPLE, "lower", 33000, 31000, "93,9%", 93.9, true],
    [PEOPLE, null, 33000, 31000, "93,9%", 93.9, undefined],
    [PEOPLE, "higher", 20000, 20000, "100,0%", 100, true],
    [PEOPLE, "lower", 20000, 20000, "100,0%", 100, true],
    // Rates: the difference in points, signed, at least one decimal.
    ["%", "higher", 55, 56.2, "+1,2 điểm %", 1.2, true],
    ["%", "lower", 55, 56.2, "+1,2 điểm %", 1.2, false],
    ["%", null, 55, 56.2, "+1,2 điểm %", 1.2, undefined],
    ["%", "higher", 3.5, 3.1, "-0,4 điểm %", -0.4, false],
    ["%", "lower", 3.5, 3.1, "-0,4 điểm %", -0.4, true],
    ["%", null, 3.5, 3.1, "-0,4 điểm %", -0.4, undefined],
    ["%", "higher", 55, 55, "0,0 điểm %", 0, true],
    ["%", "lower", 55, 55, "0,0 điểm %", 0, true],
  ])("%s, %s is better: %d → %d is %j", (unit, better, base, actual, text, value, meets) => {
    for (const [f, compare] of [
      [figures(unit, better, base, actual)[0], comparePlan],
      [figures(unit, better, base, actual)[1], comparePrevious],
    ] as const) {
      const expected: Comparison = { kind: unit === "%" ? "points" : "ratio", value, text };
      if (meets !== undefined) expected.meets = meets;
      expect(compare(f)).toEqual(expected);
    }
  });

  test("each compares with its own base", () => {
    const f: IndicatorFigures = { unit: PEOPLE, better: "higher", actualPrev: 30000, plan: 36000, actual: 34500 };
    expect(comparePlan(f)).toEqual({ kind: "ratio", value: 95.8, text: "95,8%", meets: false });
    expect(comparePrevious(f)).toEqual({ kind: "ratio", value: 115, text: "115,0%", meets: true });
  });

  test.each([
    [4.62, 4.27, "-0,35 điểm %", -0.35],
    [3.5, 5, "+1,5 điểm %", 1.5],
    [4, 5, "+1,0 điểm %", 1],
    [10, 10.125, "+0,125 điểm %", 0.125],
    // 3,1 − 3,5 is -0,3999999999999999 in binary.
    [3.5, 3.1, "-0,4 điểm %", -0.4],
    // A rate's base may be 0: the difference is still a difference.
    [0, 2.5, "+2,5 điểm %", 2.5],
    [2.5, 0, "-2,5 điểm %", -2.5],
  ])("a rate from %d to %d is %j: the decimals of the more precise figure", (base, actual, text, value) => {
    expect(comparePlan({ unit: "%", better: null, plan: base, actual })).toEqual({ kind: "points", value, text });
  });

  test.each([
    [20, 20.9, "104,5%", 104.5],
    [3, 1, "33,3%", 33.3],
    [3, 2, "66,7%", 66.7],
    [20000, 20909, "104,5%", 104.5],
    [20000, 20910, "104,6%", 104.6],
    [1, 0, "0,0%", 0],
  ])("a count from %d to %d is %j, rounded half away from zero", (base, actual, text, value) => {
    expect(comparePlan({ unit: PEOPLE, better: null, plan: base, actual })).toEqual({ kind: "ratio", value, text });
  });

  test("meets compares the figures, not the rounded ratio: 19.990 of 20.000 is 100,0% and short of the plan", () => {
    expect(comparePlan({ unit: PEOPLE, better: "higher", plan: 20000, actual: 19990 })).toEqual({
      kind: "ratio",
      value: 100,
      text: "100,0%",
      meets: false,
    });
  });

  test.each<[string, IndicatorFigures]>([
    ["no plan", { unit: PEOPLE, better: "higher", actualPrev: 30000, actual: 34500 }],
    ["no actual", { unit: PEOPLE, better: "higher", actualPrev: 30000, plan: 33000 }],
    ["a plan of 0 for a count", { unit: PEOPLE, better: "higher", plan: 0, actual: 34500 }],
    ["a negative plan for a count", { unit: PEOPLE, better: "higher", plan: -5, actual: 34500 }],
    ["a plan that is not a number", { unit: PEOPLE, better: "higher", plan: NaN, actual: 34500 }],
    ["an actual that is not finite", { unit: "%", better: "lower", plan: 3.5, actual: Infinity }],
    ["a rate without its actual", { unit: "%", better: "lower", plan: 3.5 }],
  ])("comparePlan is null with %s", (_, f) => {
    expect(comparePlan(f)).toBeNull();
  });

  test.each<[string, IndicatorFigures]>([
    ["no previous year", { unit: PEOPLE, better: "higher", plan: 33000, actual: 34500 }],
    ["no actual", { unit: "%", better: "lower", actualPrev: 4.62, plan: 4 }],
    ["a previous year of 0 for a count", { unit: PEOPLE, better: null, actualPrev: 0, actual: 120 }],
  ])("comparePrevious is null with %s", (_, f) => {
    expect(comparePrevious(f)).toBeNull();
  });
});

/** What is stated, without where: positions are tested on their own. */
const withoutPlace = ({ at: _at, length: _length, ...rest }: StatedComparison) => rest;

function read(text: string): ReturnType<typeof withoutPlace> | null {
  const stated = statedComparison(text);
  return stated === null ? null : withoutPlace(stated);
}

describe("statedComparison: a filled comparison cell", () => {
  test.each([
    ["104,5%", { kind: "ratio", value: 104.5, decimals: 1 }],
    ["104,5 %", { kind: "ratio", value: 104.5, decimals: 1 }],
    ["104%", { kind: "ratio", value: 104, decimals: 0 }],
    ["đạt 104,5%", { kind: "ratio", value: 104.5, decimals: 1 }],
    ["Đạt 104,5%.", { kind: "ratio", value: 104.5, decimals: 1 }],
    ["bằng 104,5%", { kind: "ratio", value: 104.5, decimals: 1 }],
    ["+1,2 điểm %", { kind: "points", value: 1.2, decimals: 1 }],
    ["1,2 điểm %", { kind: "points", value: 1.2, decimals: 1 }],
    ["-0,35 điểm %", { kind: "points", value: -0.35, decimals: 2 }],
    ["\u22120,35 điểm %", { kind: "points", value: -0.35, decimals: 2 }],
    ["0,0 điểm %", { kind: "points", value: 0, decimals: 1 }],
    ["-0,35 đpt", { kind: "points", value: -0.35, decimals: 2 }],
    ["+1,2 điểm%", { kind: "points", value: 1.2, decimals: 1 }],
    ["tăng 1,2 điểm phần trăm", { kind: "points", value: 1.2, decimals: 1 }],
    ["giảm 0,35 điểm %", { kind: "points", value: -0.35, decimals: 2 }],
    ["giảm 0,35 điểm", { kind: "points", value: -0.35, decimals: 2 }],
    ["Giảm -0,35 điểm %", { kind: "points", value: -0.35, decimals: 2 }],
    ["thấp hơn 0,4 điểm %", { kind: "points", value: -0.4, decimals: 1 }],
    ["cao hơn 0,4 điểm", { kind: "points", value: 0.4, decimals: 1 }],
    // In a comparison cell, bare "điểm" can only be points (in prose, "đạt 8 điểm" is a score).
    ["8 điểm", { kind: "points", value: 8, decimals: 0 }],
    ["Vượt", { kind: "direction", meets: true }],
    ["Vượt mức", { kind: "direction", meets: true }],
    ["Đạt", { kind: "direction", meets: true }],
    ["Hoàn thành", { kind: "direction", meets: true }],
    ["Hoàn thành vượt mức", { kind: "direction", meets: true }],
    ["Không đạt", { kind: "direction", meets: false }],
    ["Chưa đạt", { kind: "direction", meets: false }],
    ["Không hoàn thành", { kind: "direction", meets: false }],
    ["Thấp hơn", { kind: "relation", higher: false }],
    ["Cao hơn", { kind: "relation", higher: true }],
  ])("%j states %j", (text, stated) => {
    expect(read(text)).toEqual(stated);
  });

  test.each(["", "-", "…%", "xx%", "19,850%", "1.5%", "Vượt qua", "Đạt chuẩn", "104,5", "Không vượt"])("%j states nothing", (text) => {
    expect(statedComparison(text)).toBeNull();
  });
});

describe("statedComparison: a sentence", () => {
  test.each([
    ["Giải quyết việc làm cho 34.500 lao động, đạt 104,5% kế hoạch", { kind: "ratio", value: 104.5, decimals: 1, against: "plan" }],
    ["Tuyển sinh 17.900 người, bằng 98,2% so với năm 2016.", { kind: "ratio", value: 98.2, decimals: 1, against: "previous" }],
    ["số người tham gia bảo hiểm xã hội đạt 103% so với cùng kỳ", { kind: "ratio", value: 103, decimals: 0, against: "previous" }],
    ["ước đạt 101,3% chỉ tiêu kế hoạch năm", { kind: "ratio", value: 101.3, decimals: 1, against: "plan" }],
    ["đạt 97,5% KH", { kind: "ratio", value: 97.5, decimals: 1, against: "plan" }],
    ["tuyển sinh 17.900 người (104,5% KH)", { kind: "ratio", value: 104.5, decimals: 1, against: "plan" }],
    ["tuyển sinh 17.900 người, 104,5% kế hoạch", { kind: "ratio", value: 104.5, decimals: 1, against: "plan" }],
    ["hoàn thành 100% kế hoạch", { kind: "ratio", value: 100, decimals: 0, against: "plan" }],
    ["tỷ lệ hộ nghèo giảm 1,17 điểm phần trăm so với năm 2016", { kind: "points", value: -1.17, decimals: 2, against: "previous" }],
    ["tỷ lệ lao động qua đào tạo tăng 2,1 điểm % so với kế hoạch", { kind: "points", value: 2.1, decimals: 1, against: "plan" }],
    ["tỷ lệ thất nghiệp giảm 0,2 điểm so với cùng kỳ", { kind: "points", value: -0.2, decimals: 1, against: "previous" }],
    ["tỷ lệ hộ cận nghèo giảm 0,5 đpt", { kind: "points", value: -0.5, decimals: 1 }],
    ["tỷ lệ hộ cận nghèo giảm 0,5 điểm, thấp nhất khu vực", { kind: "points", value: -0.5, decimals: 1 }],
    ["tỷ lệ hộ nghèo giảm 1,2 điểm so với kế hoạch", { kind: "points", value: -1.2, decimals: 1, against: "plan" }],
    ["Tỷ lệ hộ nghèo còn 4,27% (-0,35 điểm %)", { kind: "points", value: -0.35, decimals: 2 }],
    ["Công tác giảm nghèo vượt kế hoạch đề ra", { kind: "direction", meets: true, against: "plan" }],
    ["hoàn thành vượt mức kế hoạch", { kind: "direction", meets: true, against: "plan" }],
    ["các chỉ tiêu đều hoàn thành vượt mức", { kind: "direction", meets: true }],
    ["đạt và vượt chỉ tiêu được giao", { kind: "direction", meets: true, against: "plan" }],
    ["số lao động đi làm việc ở nước ngoài vượt 4% KH", { kind: "direction", meets: true, against: "plan" }],
    ["Tuyển sinh giáo dục nghề nghiệp đạt kế hoạch", { kind: "direction", meets: true, against: "plan" }],
    ["đã hoàn thành kế hoạch năm 2017", { kind: "direction", meets: true, against: "plan" }],
    ["Số người tham gia bảo hiểm thất nghiệp chưa đạt kế hoạch", { kind: "direction", meets: false, against: "plan" }],
    ["chưa đạt kế hoạch do thiên tai", { kind: "direction", meets: false, against: "plan" }],
    ["không đạt chỉ tiêu", { kind: "direction", meets: false, against: "plan" }],
    ["chưa đạt 100% kế hoạch", { kind: "direction", meets: false, against: "plan" }],
    ["Tỷ lệ thất nghiệp thấp hơn kế hoạch", { kind: "relation", higher: false, against: "plan" }],
    ["tỷ lệ hộ nghèo thấp hơn so với năm 2016", { kind: "relation", higher: false, against: "previous" }],
    ["số đối tượng cao hơn cùng kỳ", { kind: "relation", higher: true, against: "previous" }],
  ])("%j states %j", (text, stated) => {
    expect(read(text)).toEqual(stated);
  });

  test.each([
    // No comparison at all.
    "kế hoạch năm 2018",
    "theo Kế hoạch số 15/KH-UBND ngày 20/01/2017",
    "Thực hiện Kế hoạch số 15/KH-UBND, đạt chuẩn nông thôn mới",
    "có 12 xã đạt chuẩn nông thôn mới",
    "xây dựng kế hoạch năm 2018",
    // Levels and growth, not comparisons with a base.
    "tỷ lệ lao động qua đào tạo đạt 55%",
    "tỷ lệ hộ nghèo giảm còn 4,27%",
    "tỷ lệ hộ nghèo giảm còn 8,5 điểm %",
    "số người tham gia bảo hiểm xã hội tăng 8%",
    "tăng 5,4% so với năm 2016",
    "Học sinh đạt 8 điểm",
    "tăng thêm 3 điểm giao dịch việc làm",
    "giảm 2 điểm tư vấn so với năm 2016",
    "vượt qua khó khăn",
    // Denials of exceeding, hedges and aims.
    "không vượt kế hoạch",
    "tỷ lệ thất nghiệp không vượt quá kế hoạch",
    "chưa vượt kế hoạch",
    "không thấp hơn kế hoạch",
    "cơ bản đạt kế hoạch",
    "gần đạt kế hoạch",
    "phấn đấu vượt kế hoạch",
    "năm 2018 phấn đấu giảm 1,5 điểm % tỷ lệ hộ nghèo",
    "nhằm đạt 100% kế hoạch",
    "không giảm 0,5 điểm %",
    // A number the drafter has not written yet, or that reads two ways.
    "đạt …% kế hoạch",
    "đạt xx% kế hoạch",
    "đạt 104,500% kế hoạch",
  ])("%j states nothing", (text) => {
    expect(statedComparison(text)).toBeNull();
  });

  test("a sentence may state several: statedComparisons gives each, statedComparison the first", () => {
    const text =
      "Năm 2017, toàn tỉnh giải quyết việc làm mới cho 21.430 lao động, đạt 107,2% kế hoạch, bằng 105,4% so với năm 2016; tỷ lệ hộ nghèo giảm 1,17 điểm phần trăm, vượt kế hoạch.";
    expect(statedComparisons(text).map(withoutPlace)).toEqual([
      { kind: "ratio", value: 107.2, decimals: 1, against: "plan" },
      { kind: "ratio", value: 105.4, decimals: 1, against: "previous" },
      { kind: "points", value: -1.17, decimals: 2 },
      { kind: "direction", meets: true, against: "plan" },
    ]);
    expect(read(text)).toEqual({ kind: "ratio", value: 107.2, decimals: 1, against: "plan" });
    expect(statedComparisons("Không có gì để so sánh.")).toEqual([]);
  });

  test.each([
    ["Giải quyết việc làm cho 34.500 lao động, đạt 104,5% kế hoạch", "đạt 104,5% kế hoạch"],
    ["tỷ lệ hộ nghèo giảm 1,17 điểm phần trăm so với năm 2016.", "giảm 1,17 điểm phần trăm so với năm 2016"],
    ["Công tác  giảm nghèo\u00a0vượt kế hoạch đề ra", "vượt kế hoạch"],
    ["Tỷ lệ thất nghiệp THẤP HƠN kế hoạch", "THẤP HƠN kế hoạch"],
    ["(104,5% KH)", "104,5% KH"],
  ])("in %j, at and length quote %j in the normalized text", (text, quote) => {
    const stated = statedComparison(text);
    if (stated === null) throw new Error("nothing stated");
    expect(normalizeText(text).slice(stated.at, stated.at + stated.length)).toBe(quote);
  });
});

describe("agrees", () => {
  const ratio = (value: number, text: string, meets?: boolean): Comparison =>
    meets === undefined ? { kind: "ratio", value, text } : { kind: "ratio", value, text, meets };
  const points = (value: number, text: string, meets?: boolean): Comparison =>
    meets === undefined ? { kind: "points", value, text } : { kind: "points", value, text, meets };
  const stated = (text: string): StatedComparison => {
    const s = statedComparison(text);
    if (s === null) throw new Error(`nothing stated in ${text}`);
    return s;
  };

  test.each<[string, Comparison, boolean]>([
    // The same value at the stated precision.
    ["đạt 104,5% kế hoạch", ratio(104.5, "104,5%"), true],
    ["đạt 104,5% kế hoạch", ratio(104.47, "104,47%"), true],
    ["đạt 110,5% kế hoạch", ratio(104.5, "104,5%"), false],
    ["đạt 104,6% kế hoạch", ratio(104.5, "104,5%"), false],
    ["đạt 104,4% kế hoạch", ratio(104.5, "104,5%"), false],
    // A coarser statement agrees when some ratio rounds to both: 104,46 is "104%" and "104,5%".
    ["đạt 104% kế hoạch", ratio(104.5, "104,5%"), true],
    ["đạt 105% kế hoạch", ratio(104.5, "104,5%"), true],
    ["đạt 104% kế hoạch", ratio(104.6, "104,6%"), false],
    ["đạt 103% kế hoạch", ratio(104.5, "104,5%"), false],
    // A finer one agrees when it rounds to the computed one.
    ["đạt 104,47% kế hoạch", ratio(104.5, "104,5%"), true],
    ["đạt 104,54% kế hoạch", ratio(104.5, "104,5%"), true],
    ["đạt 104,56% kế hoạch", ratio(104.5, "104,5%"), false],
    ["100% kế hoạch", ratio(100, "100,0%"), true],
    // Points are exact: the statement is the difference rounded half away from zero.
    ["giảm 0,35 điểm %", points(-0.35, "-0,35 điểm %"), true],
    ["giảm 0,4 điểm %", points(-0.35, "-0,35 điểm %"), true],
    ["giảm 0,3 điểm %", points(-0.35, "-0,35 điểm %"), false],
    ["giảm 0,350 điểm %", points(-0.35, "-0,35 điểm %"), true],
    ["giảm 0,347 điểm %", points(-0.35, "-0,35 điểm %"), false],
    ["tăng 0,35 điểm %", points(-0.35, "-0,35 điểm %"), false],
    ["+1,2 điểm %", points(1.2, "+1,2 điểm %"), true],
    ["+1,2 điểm %", points(1.24, "+1,24 điểm %"), true],
    ["+1,2 điểm %", points(1.25, "+1,25 điểm %"), false],
    ["+1,3 điểm %", points(1.25, "+1,25 điểm %"), true],
    ["+1,2 điểm %", points(1.3, "+1,3 điểm %"), false],
    ["+1 điểm %", points(1.2, "+1,2 điểm %"), true],
    ["0,0 điểm %", points(0, "0,0 điểm %"), true],
    // A ratio for a rate, or points for a count: only which side of the base.
    ["đạt 98% kế hoạch", points(1.2, "+1,2 điểm %"), false],
    ["đạt 102% kế hoạch", points(1.2, "+1,2 điểm %"), true],
    ["đạt 100% kế hoạch", points(-0.4, "-0,4 điểm %"), true],
    ["tăng 1,2 điểm %", ratio(95, "95,0%"), false],
    ["tăng 1,2 điểm %", ratio(104.5, "104,5%"), true],
    // Directions: computed's meets, whatever the indicator's direction made it.
    ["vượt kế hoạch", ratio(104.5, "104,5%", true), true],
    ["vượt kế hoạch", ratio(93.9, "93,9%", false), false],
    ["chưa đạt kế hoạch", ratio(93.9, "93,9%", false), true],
    ["chưa đạt kế hoạch", ratio(104.5, "104,5%", true), false],
    ["Tỷ lệ thất nghiệp đạt kế hoạch", points(-0.4, "-0,4 điểm %", true), true],
    ["Tỷ lệ thất nghiệp không đạt kế hoạch", points(-0.4, "-0,4 điểm %", true), false],
    ["vượt kế hoạch", ratio(93.9, "93,9%"), true],
    ["không đạt", points(1.2, "+1,2 điểm %"), true],
    // Relations: which side of the base, good or bad.
    ["thấp hơn kế hoạch", points(-0.4, "-0,4 điểm %", true), true],
    ["thấp hơn kế hoạch", points(0.4, "+0,4 điểm %", false), false],
    ["thấp hơn kế hoạch", points(0, "0,0 điểm %", true), true],
    ["cao hơn năm 2016", ratio(104.5, "104,5%"), true],
    ["cao hơn năm 2016", ratio(99.9, "99,9%"), false],
    ["cao hơn năm 2016", ratio(100, "100,0%"), true],
  ])("%j against %j: %s", (text, computed, agreement) => {
    expect(agrees(stated(text), computed)).toBe(agreement);
  });

  test("what comparePlan computes agrees with what it writes", () => {
    for (const f of [
      { unit: PEOPLE, better: "higher", plan: 33000, actual: 34500 },
      { unit: PEOPLE, better: "lower", plan: 3, actual: 2 },
      { unit: "%", better: "lower", plan: 3.5, actual: 3.1 },
      { unit: "%", better: null, plan: 4.62, actual: 4.27 },
      { unit: "%", better: "higher", plan: 55, actual: 55 },
    ] as IndicatorFigures[]) {
      const computed = comparePlan(f);
      if (computed === null) throw new Error("no comparison");
      expect(agrees(stated(computed.text), computed)).toBe(true);
    }
  });
});
