/**
 * Numbers in the indicator table, read and written the Vietnamese way (src/core/indicators/numbers.ts): "." groups
 * thousands, "," is the decimal mark. Each case is a cell as a department writes it, or gets wrong.
 */
import { decimalsOf, formatNumber, parseNumber, roundHalfAway } from "../src/core/indicators/numbers";

const NBSP = "\u00a0";

describe("parseNumber: what a cell holds", () => {
  test.each([
    ["19.850", 19850, 0],
    ["104,5", 104.5, 1],
    ["1.234,56", 1234.56, 2],
    ["1.234.567", 1234567, 0],
    ["1.000.000,00", 1000000, 2],
    ["0,85", 0.85, 2],
    ["7", 7, 0],
    ["05", 5, 0],
    ["0", 0, 0],
    ["-2,5", -2.5, 1],
    ["\u22122,5", -2.5, 1],
    ["\u20132,5", -2.5, 1],
    ["- 2,5", -2.5, 1],
    ["+3", 3, 0],
    ["-0", 0, 0],
    ["98,5%", 98.5, 1],
    ["98,5 %", 98.5, 1],
    ["100%", 100, 0],
    ["  104,5 ", 104.5, 1],
    [`${NBSP}104,5${NBSP}`, 104.5, 1],
    ["19 850", 19850, 0],
    [`19${NBSP}850`, 19850, 0],
    [`1${NBSP}234${NBSP}567,5`, 1234567.5, 1],
    ["0,850", 0.85, 3],
    ["1234,567", 1234.567, 3],
    ["1.234,567", 1234.567, 3],
    ["19,85", 19.85, 2],
    ["19,8500", 19.85, 4],
  ])("%j is %d with %d decimals", (text, value, decimals) => {
    const parsed = parseNumber(text);
    expect(parsed).toEqual({ kind: "number", value, decimals });
    // Never -0: a sign on zero is dropped.
    if (parsed.kind === "number") expect(Object.is(parsed.value, -0)).toBe(false);
  });

  test.each(["", "   ", NBSP, "-", "\u2013", "\u2014", "\u2212", " - "])("%j is empty: nothing to report", (text) => {
    expect(parseNumber(text)).toEqual({ kind: "empty" });
  });

  test.each(["…", "...", "x", "xx", "X", "xxx", "x.xxx", "xx,x", "xx%", "…%", "… %", ".."])(
    "%j is a blank still to fill, not a number",
    (text) => {
      const parsed = parseNumber(text);
      expect(parsed).toEqual({ kind: "unreadable", reason: expect.stringMatching(/chỗ còn để trống: ghi số liệu vào, hoặc ghi «-»/) });
    },
  );

  test.each([
    ["19,850", [19.85, 19850], /có thể là 19,85 hoặc 19\.850.*viết 19\.850 nếu là số hàng nghìn, 19,85 nếu là số thập phân/],
    ["1,500", [1.5, 1500], /viết 1\.500 nếu là số hàng nghìn, 1,5 nếu là số thập phân/],
    ["-19,850", [-19.85, -19850], /viết -19\.850 nếu là số hàng nghìn, -19,85/],
    ["98,500%", [98.5, 98500], /98,5 hoặc 98\.500/],
    // Three decimals all of which count: the only unambiguous decimal is rounded.
    ["12,345", [12.345, 12345], /làm tròn còn hai chữ số \(12,35\)/],
    ["1,000", [1, 1000], /viết 1\.000 nếu là số hàng nghìn, 1,0 nếu là số thập phân/],
  ])("%j is ambiguous: %j", (text, readings, reason) => {
    expect(parseNumber(text)).toEqual({ kind: "ambiguous", readings, reason: expect.stringMatching(reason) });
  });

  test.each([
    // The English decimal: a dot that cannot group thousands.
    ["1.5", /dấu chấm chỉ dùng để phân nhóm hàng nghìn.*viết 1,5\./],
    ["12.34", /viết 12,34\./],
    ["-12.34", /viết -12,34\./],
    ["0.850", /viết 0,850\./],
    ["1234.567", /viết 1234,567\./],
    // English thousands.
    ["1,234,567", /kiểu tiếng Anh.*viết 1\.234\.567\./],
    ["1,234.5", /kiểu tiếng Anh.*viết 1\.234,5\./],
    ["19,850.25", /kiểu tiếng Anh.*viết 19\.850,25\./],
    ["-1,234,567", /viết -1\.234\.567\./],
    // Marks in the wrong places.
    ["1.234,5.6", /sau dấu phẩy thập phân chỉ có chữ số/],
    ["1,2,3", /có nhiều dấu phẩy/],
    ["1,2,3,4", /có nhiều dấu phẩy/],
    ["5,", /sau dấu phẩy thập phân phải có chữ số/],
    [",5", /thiếu phần nguyên trước dấu phẩy — viết 0,5\./],
    ["1.23.456", /phân nhóm hàng nghìn chưa đúng/],
    ["12.3456", /dấu chấm chỉ dùng để phân nhóm/],
    ["1.234.56", /phân nhóm hàng nghìn chưa đúng/],
    ["01.234", /phân nhóm hàng nghìn chưa đúng/],
    ["1.234 567", /phân nhóm hàng nghìn chưa đúng/],
    ["12 34", /phân nhóm hàng nghìn chưa đúng/],
    ["1,23 4", /sau dấu phẩy thập phân phải có chữ số/],
    // Not numbers at all.
    ["12a", /«12a» không phải là số/],
    ["abc", /«abc» không phải là số/],
    ["--5", /không phải là số/],
    ["5-", /không phải là số/],
    ["(2,5)", /không phải là số/],
    ["98,5%%", /không phải là số/],
    [".", /không phải là số/],
    ["1e5", /không phải là số/],
    ["%", /Ô chỉ có dấu %/],
  ])("%j is unreadable, and the reason says what to write", (text, reason) => {
    expect(parseNumber(text)).toEqual({ kind: "unreadable", reason: expect.stringMatching(reason) });
  });

  test("a reason quotes the cell as written, spaces tidied", () => {
    expect(parseNumber(` 12${NBSP}a `)).toEqual({ kind: "unreadable", reason: expect.stringMatching(/^«12 a» không phải là số/) });
  });
});

describe("formatNumber: writing a number the Vietnamese way", () => {
  test.each([
    [19850, 0, "19.850"],
    [104.5, 1, "104,5"],
    [1234.56, 2, "1.234,56"],
    [1234567, 0, "1.234.567"],
    [1234567.891, 2, "1.234.567,89"],
    [0.85, 2, "0,85"],
    [0, 0, "0"],
    [0, 1, "0,0"],
    [-0, 1, "0,0"],
    [-2.5, 1, "-2,5"],
    [-1234.5, 1, "-1.234,5"],
    [999, 0, "999"],
    [1000, 0, "1.000"],
    [100, 1, "100,0"],
    [7, 3, "7,000"],
    [1e21, 0, "1.000.000.000.000.000.000.000"],
    [1e-7, 7, "0,0000001"],
  ])("%d to %d decimals is %j", (value, decimals, text) => {
    expect(formatNumber(value, decimals)).toBe(text);
  });

  test.each([
    // Half away from zero, on the decimal digits as written rather than the binary fraction.
    [1.005, 2, "1,01"],
    [104.45, 1, "104,5"],
    [104.44, 1, "104,4"],
    [0.05, 1, "0,1"],
    [0.5, 0, "1"],
    [1.5, 0, "2"],
    [2.5, 0, "3"],
    [-2.5, 0, "-3"],
    [-0.05, 1, "-0,1"],
    [1.045, 2, "1,05"],
    [8.345, 2, "8,35"],
    [999.95, 1, "1.000,0"],
    [99.995, 2, "100,00"],
    // Arithmetic's last-digit noise is not a figure: 1,15 × 100 is 114,99999999999999 in binary.
    [1.15 * 100, 0, "115"],
    [4.35 * 100, 0, "435"],
    [0.1 + 0.2, 1, "0,3"],
    [(20.9 / 20) * 100, 1, "104,5"],
    // Small negatives round to zero, never "-0".
    [-0.04, 1, "0,0"],
    [-0.004, 2, "0,00"],
    [-0.4, 0, "0"],
  ])("%d to %d decimals rounds to %j", (value, decimals, text) => {
    expect(formatNumber(value, decimals)).toBe(text);
  });

  test.each(["19.850", "104,5", "1.234,56", "1.234.567", "0,85", "-2,5", "0", "100,0", "1.000.000,00", "0,050", "-1.234,5"])(
    "reading %j and writing it back with its decimals gives it again",
    (text) => {
      const parsed = parseNumber(text);
      if (parsed.kind !== "number") throw new Error(`${text} did not read as a number`);
      expect(formatNumber(parsed.value, parsed.decimals)).toBe(text);
    },
  );

  test("a value that is not finite, or decimals that are not 0 to 20, are refused", () => {
    expect(() => formatNumber(NaN, 1)).toThrow(RangeError);
    expect(() => formatNumber(Infinity, 0)).toThrow(RangeError);
    expect(() => formatNumber(1, -1)).toThrow(RangeError);
    expect(() => formatNumber(1, 1.5)).toThrow(RangeError);
    expect(() => formatNumber(1, 21)).toThrow(RangeError);
  });
});

describe("roundHalfAway and decimalsOf", () => {
  test.each([
    [104.45, 1, 104.5],
    [1.005, 2, 1.01],
    [-2.5, 0, -3],
    [3.1 - 3.5, 1, -0.4],
    [19850, 0, 19850],
    [999.95, 1, 1000],
  ])("%d to %d decimals is %d", (value, decimals, rounded) => {
    expect(roundHalfAway(value, decimals)).toBe(rounded);
  });

  test("rounding a small negative to zero gives 0, not -0", () => {
    expect(Object.is(roundHalfAway(-0.04, 1), 0)).toBe(true);
  });

  test.each([
    [3.5, 1],
    [0.35, 2],
    [19850, 0],
    [0, 0],
    [-2.25, 2],
    [0.1 + 0.2, 1],
    [1e-7, 7],
    [1e21, 0],
    [NaN, 0],
  ])("%d has %d decimals", (value, decimals) => {
    expect(decimalsOf(value)).toBe(decimals);
  });
});
