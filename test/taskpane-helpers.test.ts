import { skeletonPartInfo } from "../src/core/skeleton/parts";
import { InsertOutcome, SkeletonState } from "../src/host/types";
import { defaultProfile, provincesOf } from "../src/profiles";
import { langOf, strings } from "../src/taskpane/i18n";
import { insertActionOf } from "../src/taskpane/insert-action";
import { themeKindOf } from "../src/taskpane/office-theme";
import { feedbackFor, undoKeys } from "../src/taskpane/outcome-message";
import { partLabel } from "../src/taskpane/part-labels";
import { exactProvince, filterProvinces } from "../src/taskpane/province-filter";

const vi = strings.vi;
const en = strings.en;
const names = provincesOf(defaultProfile).map((p) => p.name);
const allParts = skeletonPartInfo(defaultProfile).map((p) => p.id);

describe("province search", () => {
  test.each([
    ["ha noi", "Hà Nội"],
    ["thanh hoa", "Thanh Hóa"],
    ["Thanh Hoá", "Thanh Hóa"],
    ["ĐÀ NẴNG", "Đà Nẵng"],
    ["da nang", "Đà Nẵng"],
    ["ho chi minh", "Thành phố Hồ Chí Minh"],
  ])("%s finds %s first", (query, expected) => {
    expect(filterProvinces(names, query)[0]).toBe(expected);
  });

  test("names starting with the query come first, then a later word, then anywhere", () => {
    const found = filterProvinces(names, "giang");
    expect(found[0]).toBe("Hà Giang");
    expect(found).toEqual(expect.arrayContaining(["Bắc Giang", "Tiền Giang", "An Giang", "Kiên Giang", "Hậu Giang"]));
    const ha = filterProvinces(names, "ha");
    expect(ha.slice(0, 7)).toEqual(["Hà Nội", "Hải Phòng", "Hà Giang", "Hải Dương", "Hà Nam", "Hà Tĩnh", "Hậu Giang"]);
    expect(ha.indexOf("Thanh Hóa")).toBeGreaterThan(ha.indexOf("Hậu Giang"));
  });

  test("an empty query lists every province in the profile's order", () => {
    expect(filterProvinces(names, "  ")).toEqual(names);
    expect(names).toHaveLength(63);
  });

  test("nothing matches gibberish", () => {
    expect(filterProvinces(names, "xyzw")).toEqual([]);
  });

  test("a whole name typed without accents picks the province; part of a name does not", () => {
    expect(exactProvince(names, " ha  noi ")).toBe("Hà Nội");
    expect(exactProvince(names, "thanh")).toBeNull();
    expect(exactProvince(names, "")).toBeNull();
  });
});

describe("the primary button follows the document's state", () => {
  const state = (missing: typeof allParts): SkeletonState => ({
    presentTags: [],
    missingParts: missing,
    none: missing.length === allParts.length,
    complete: missing.length === 0,
  });

  test("unknown or empty document: insert the whole skeleton", () => {
    expect(insertActionOf(null, vi)).toEqual({ label: "Chèn khung báo cáo", enabled: true, missing: [], complete: false });
    expect(insertActionOf(state(allParts), vi).label).toBe("Chèn khung báo cáo");
    expect(insertActionOf(state(allParts), en).label).toBe("Insert report skeleton");
  });

  test("some parts present: offer the missing ones, counted", () => {
    const action = insertActionOf(state(["1c", "closing"]), vi);
    expect(action).toEqual({ label: "Thêm các phần còn thiếu (2)", enabled: true, missing: ["1c", "closing"], complete: false });
  });

  test("every part present: nothing to insert", () => {
    expect(insertActionOf(state([]), vi)).toMatchObject({ enabled: false, complete: true });
  });
});

describe("outcomes in the drafter's words", () => {
  const text = (outcome: InsertOutcome) => feedbackFor(outcome, allParts.length, vi, undoKeys("Win32"));

  test("on a Mac, undo is Command-Z", () => {
    expect(undoKeys("MacIntel")).toBe("⌘Z");
    expect(feedbackFor({ kind: "inserted", parts: allParts, where: "cursor" }, allParts.length, vi, undoKeys("MacIntel")).text).toBe(
      "Đã chèn khung báo cáo. Nhấn ⌘Z để hoàn tác.",
    );
  });

  test("a whole skeleton says it can be undone", () => {
    expect(text({ kind: "inserted", parts: allParts, where: "cursor" })).toEqual({
      intent: "success",
      text: "Đã chèn khung báo cáo. Nhấn Ctrl+Z để hoàn tác.",
    });
  });

  test("a few parts are counted", () => {
    expect(text({ kind: "inserted", parts: ["1c", "2b"], where: "in-place" }).text).toBe(
      "Đã thêm 2 phần còn thiếu. Nhấn Ctrl+Z để hoàn tác.",
    );
  });

  test("already present is information, not an error", () => {
    expect(text({ kind: "already-present" })).toEqual({ intent: "info", text: "Tài liệu đã có đủ khung báo cáo." });
  });

  test.each([
    ["api-unsupported", /^Phiên bản Word này chưa hỗ trợ .*hãy cập nhật Office/],
    ["document-read-only", /^Tài liệu đang ở chế độ chỉ đọc/],
    ["document-changed", /^Tài liệu vừa thay đổi, hãy thử lại/],
    ["unknown", /thử lại/],
  ] as const)("%s is an error with what to do", (reason, expected) => {
    const feedback = text({ kind: "failed", reason, detail: "GeneralException: Word.ContentControl.insertOoxml failed" });
    expect(feedback.intent).toBe("error");
    expect(feedback.text).toMatch(expected);
    // Never the exception text nor an API name.
    expect(feedback.text).not.toMatch(/Exception|insertOoxml|Word\.|api-unsupported/);
  });
});

describe("parts are named as the drafter knows them", () => {
  test("sections by their titles and their numbers in the document, groups by their numerals", () => {
    expect(partLabel("1a", defaultProfile, "vi", vi)).toBe("Kết quả thực hiện năm 2017 (I.1)");
    expect(partLabel("2b", defaultProfile, "en", en)).toBe("Proposals (II.2)");
    expect(partLabel("2", defaultProfile, "vi", vi)).toBe("Đề mục phần II");
    expect(partLabel("closing", defaultProfile, "vi", vi)).toBe("Nơi nhận và chữ ký");
    expect(partLabel("opening", defaultProfile, "vi", vi)).toBe("Câu mở đầu (căn cứ Công văn số 5121/LĐTBXH-KHTC)");
  });

  test("every part has a name that is not its id", () => {
    for (const part of allParts) expect(partLabel(part, defaultProfile, "vi", vi)).not.toBe(part);
  });
});

describe("theme and language follow Office", () => {
  test.each([
    [{ bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#262626" }, false, "light"],
    [{ bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000" }, false, "light"],
    [{ bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" }, false, "dark"],
    [{ bodyBackgroundColor: "#444444", bodyForegroundColor: "#F0F0F0" }, false, "dark"],
    [{ bodyBackgroundColor: "#000000", bodyForegroundColor: "#FFFFFF" }, false, "high-contrast"],
    [{ bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#262626" }, true, "high-contrast"],
    [undefined, false, "light"],
    [{ bodyBackgroundColor: "", bodyForegroundColor: "" }, false, "light"],
  ])("%j (forced colours %s) → %s", (colors, forced, expected) => {
    expect(themeKindOf(colors, forced)).toBe(expected);
  });

  test("English for any English locale, Vietnamese for everything else", () => {
    expect(langOf("en-US")).toBe("en");
    expect(langOf("EN-gb")).toBe("en");
    expect(langOf("vi-VN")).toBe("vi");
    expect(langOf("fr-FR")).toBe("vi");
    expect(langOf(undefined)).toBe("vi");
  });
});
