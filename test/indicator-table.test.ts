/**
 * Reading indicator tables as departments write them: the add-in's own, and tables typed by hand with longer
 * headers, a numbering column, two header rows, "Trong đó:" rows; near misses that are no indicator tables (the
 * report's header, a budget table, last year's table); and the province a report is from, read from its header.
 */
import { collectIndicators, reportProvince } from "../src/core/indicators/collect";
import { findIndicatorTables, nameKey } from "../src/core/indicators/table";
import { defaultProfile } from "../src/profiles";
import { docOf } from "./helpers/model";

const find = (table: string[][]) => findIndicatorTables(defaultProfile, docOf([{ table }]));

describe("indicator tables", () => {
  test("the add-in's own header", () => {
    const [found] = find([
      ["Chỉ tiêu", "ĐVT", "TH 2016", "KH 2017", "TH 2017", "So KH", "So 2016", "KH 2018"],
      ["Số lao động được giải quyết việc làm", "người", "19.235", "19.000", "19.850", "", "", "20.000"],
    ]);
    expect(found.columns).toEqual(["name", "unit", "actualPrev", "plan", "actual", "vsPlan", "vsPrev", "planNext"]);
    expect(found.rows).toEqual([
      expect.objectContaining({ index: 1, indicatorId: "jobs", cells: expect.objectContaining({ actual: "19.850", planNext: "20.000" }) }),
    ]);
  });

  test("a hand-typed header with a numbering column, long words and the estimate for this year", () => {
    const [found] = find([
      [
        "STT",
        "Nội dung chỉ tiêu",
        "Đơn vị tính",
        "Thực hiện năm 2016",
        "Kế hoạch năm 2017",
        "Ước thực hiện năm 2017",
        "So sánh với KH (%)",
        "So với cùng kỳ (%)",
        "Kế hoạch năm 2018",
      ],
      ["1", "Tỷ lệ hộ nghèo", "%", "8,5", "7,5", "7,2", "", "", "6,5"],
      ["", "Trong đó: đi làm việc ở nước ngoài theo hợp đồng", "người", "1.200", "1.000", "1.350", "", "", "1.500"],
    ]);
    expect(found.columns).toEqual([null, "name", "unit", "actualPrev", "plan", "actual", "vsPlan", "vsPrev", "planNext"]);
    expect(found.rows.map((r) => r.indicatorId)).toEqual(["poverty-rate", "jobs-abroad"]);
  });

  test("two header rows: the years under “Thực hiện” and “Kế hoạch” written once", () => {
    const [found] = find([
      ["Chỉ tiêu", "ĐVT", "Thực hiện", "Kế hoạch", "Thực hiện", "Kế hoạch"],
      ["", "", "2016", "2017", "2017", "2018"],
      ["Tỷ lệ lao động qua đào tạo", "%", "55", "57", "57,5", "60"],
    ]);
    expect(found.headerRows).toBe(2);
    expect(found.columns).toEqual(["name", "unit", "actualPrev", "plan", "actual", "planNext"]);
    expect(found.rows[0].cells).toMatchObject({ name: "Tỷ lệ lao động qua đào tạo", actual: "57,5" });
  });

  test.each([
    [
      "the report's header",
      [
        ["UBND TỈNH THANH HÓA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["Số: 123/BC-SLĐTBXH", "Thanh Hóa, ngày 15 tháng 12 năm 2017"],
      ],
    ],
    [
      "a budget table",
      [
        ["TT", "Nội dung", "Kinh phí (triệu đồng)"],
        ["1", "Đào tạo nghề", "1.200"],
      ],
    ],
    [
      "last year's table (2015 and 2016)",
      [
        ["Chỉ tiêu", "ĐVT", "TH 2015", "KH 2016", "TH 2016"],
        ["Tỷ lệ hộ nghèo", "%", "10", "9", "8,5"],
      ],
    ],
    [
      "a list of indicators with no figures columns",
      [
        ["Chỉ tiêu", "Ghi chú"],
        ["Tỷ lệ hộ nghèo", "giảm 1,5%"],
      ],
    ],
  ])("no indicator table: %s", (_name, table) => {
    expect(find(table)).toEqual([]);
  });

  test("names compare without numbering, “Trong đó:”, case, accents or a final stop", () => {
    expect(nameKey("1. Số lao động được GIẢI QUYẾT việc làm.")).toBe(nameKey("Số lao động được giải quyết việc làm"));
    expect(nameKey("Trong đó: đi làm việc ở nước ngoài theo hợp đồng")).toBe(nameKey("đi làm việc ở nước ngoài theo hợp đồng"));
    expect(nameKey("a) Tỷ lệ hộ nghèo")).toBe("ty le ho ngheo");
  });
});

describe("the province of a report", () => {
  test.each([
    ["UBND TỈNH THANH HÓA", "Thanh Hóa"],
    ["UBND TỈNH HÀ NAM", "Hà Nam"],
    ["ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "Hà Nội"],
    ["UBND TỈNH BÀ RỊA - VŨNG TÀU", "Bà Rịa - Vũng Tàu"],
  ])("%s → %s", (header, province) => {
    expect(reportProvince(defaultProfile, docOf([header, "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "BÁO CÁO"]))).toBe(province);
  });

  test("none named in the header, even if the body names one", () => {
    const body = Array.from({ length: 20 }, (_, i) => `Đoạn ${i + 1}.`);
    expect(reportProvince(defaultProfile, docOf(["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", ...body, "Hợp tác với tỉnh Nghệ An."]))).toBeNull();
  });

  test("a report's figures, with the comparisons worked out where the cells are empty", () => {
    const doc = docOf([
      "UBND TỈNH THANH HÓA",
      {
        table: [
          ["Chỉ tiêu", "ĐVT", "TH 2016", "KH 2017", "TH 2017", "So KH", "So 2016", "KH 2018"],
          ["Tỷ lệ hộ nghèo", "%", "8,5", "7,5", "7,2", "", "", "6,5"],
          ["Số hộ vay vốn", "hộ", "-", "…", "1.200", "", "", ""],
        ],
      },
    ]);
    expect(collectIndicators(defaultProfile, doc)).toEqual([
      {
        indicatorId: "poverty-rate",
        indicator: "Tỷ lệ hộ nghèo",
        unit: "%",
        actualPrev: 8.5,
        plan: 7.5,
        actual: 7.2,
        vsPlan: -0.3,
        vsPrev: -1.3,
        planNext: 6.5,
      },
      {
        indicatorId: "",
        indicator: "Số hộ vay vốn",
        unit: "hộ",
        actualPrev: null,
        plan: null,
        actual: 1200,
        vsPlan: null,
        vsPrev: null,
        planNext: null,
      },
    ]);
  });
});
