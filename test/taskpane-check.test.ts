import { Finding } from "../src/core/rules/types";
import { defaultProfile } from "../src/profiles";
import { countdown, formatIsoDate } from "../src/core/deadline";
import { countBySeverity, DOCUMENT_GROUP, groupFindings, mailSubject, mailtoHref } from "../src/taskpane/check-helpers";
import { viewFromSearch } from "../src/taskpane/office-context";
import { strings } from "../src/taskpane/i18n";

const day = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h);

describe("countdown to the deadline (exclusive: the last day to send is the day before)", () => {
  test.each([
    ["well before", day(2017, 12, 7), { kind: "left", days: 12 }],
    ["two days before the last day", day(2017, 12, 17), { kind: "left", days: 2 }],
    ["late on the day before the last day", day(2017, 12, 18, 23), { kind: "left", days: 1 }],
    ["on the last day, early in the morning", day(2017, 12, 19, 0), { kind: "last-day" }],
    ["on the deadline itself", day(2017, 12, 20), { kind: "overdue", days: 1 }],
    ["into the new year", day(2018, 1, 2), { kind: "overdue", days: 14 }],
  ])("%s", (_name, today, expected) => {
    expect(countdown("2017-12-20", today)).toEqual({ ...expected, deadline: "20/12/2017" });
  });

  test("counts calendar days across a month end and a leap day", () => {
    expect(countdown("2024-03-02", day(2024, 2, 28))).toEqual({ kind: "left", days: 2, deadline: "02/03/2024" });
  });

  test("the words the drafter reads", () => {
    const vi = strings.vi;
    expect(vi.deadlineLeft("20/12/2017", 3)).toBe("Hạn gửi: trước ngày 20/12/2017 — còn 3 ngày");
    expect(vi.deadlineOverdue("20/12/2017", 2)).toBe("Hạn gửi: trước ngày 20/12/2017 — đã quá hạn 2 ngày");
    expect(strings.en.deadlineLeft("20/12/2017", 1)).toBe("Deadline: before 20/12/2017 — 1 day left");
    expect(formatIsoDate(defaultProfile.deadline!)).toBe("20/12/2017");
  });
});

const finding = (severity: Finding["severity"], section: string | undefined, rule = "r"): Finding => ({
  rule,
  severity,
  section,
  message: `${rule} ${section ?? ""}`,
  messageEn: `${rule} ${section ?? ""}`,
});

describe("grouping findings", () => {
  test("by section, titled from the profile, whole-document findings under their own title", () => {
    const groups = groupFindings(
      [finding("error", "1c"), finding("warning", undefined), finding("error", "1a")],
      defaultProfile,
      "vi",
      "Toàn văn bản",
    );
    expect(groups.map((g) => g.id)).toEqual(["1a", "1c", DOCUMENT_GROUP]);
    expect(groups[0].title).toBe(`1a (I.1). ${defaultProfile.groups[0].sections[0].title.vi}`);
    expect(groups[2].title).toBe("Toàn văn bản");
    expect(groupFindings([finding("error", "1b")], defaultProfile, "en", "Whole document")[0].title).toBe(
      "1b (I.2). Policies, programmes and projects",
    );
  });

  test("most severe first: inside a group, and groups by their worst finding, then in document order", () => {
    const groups = groupFindings(
      [
        finding("info", "2a", "i1"),
        finding("warning", "1a", "w1"),
        finding("info", "1a", "i2"),
        finding("error", "2b", "e1"),
        finding("warning", "2a", "w2"),
        finding("error", undefined, "e2"),
        finding("error", "2b", "e3"),
      ],
      defaultProfile,
      "vi",
      "Toàn văn bản",
    );
    expect(groups.map((g) => [g.id, g.findings.map((f) => f.rule)])).toEqual([
      [DOCUMENT_GROUP, ["e2"]],
      ["2b", ["e1", "e3"]],
      ["1a", ["w1", "i2"]],
      ["2a", ["w2", "i1"]],
    ]);
  });

  test("a section the profile does not know keeps its id as its title; no findings, no groups", () => {
    expect(groupFindings([finding("error", "9z")], defaultProfile, "vi", "x")).toEqual([
      { id: "9z", title: "9z", findings: [finding("error", "9z")] },
    ]);
    expect(groupFindings([], defaultProfile, "vi", "x")).toEqual([]);
  });

  test("counts errors and warnings, not notes", () => {
    expect(countBySeverity([finding("error", "1a"), finding("warning", "1a"), finding("info", "1a"), finding("error", undefined)])).toEqual(
      { errors: 2, warnings: 1 },
    );
    expect(strings.vi.checkCounts(5, 0)).toBe("5 lỗi, 0 cảnh báo");
  });
});

describe("the e-mail link", () => {
  test("opens a message to the profile's address with the subject filled", () => {
    expect(mailSubject(defaultProfile, "Thanh Hóa")).toBe("Báo cáo đánh giá năm 2017, kế hoạch năm 2018 - Thanh Hóa");
    expect(mailSubject(defaultProfile, "")).toBe("Báo cáo đánh giá năm 2017, kế hoạch năm 2018");
    const href = mailtoHref(defaultProfile, "Thanh Hóa")!;
    expect(href.startsWith(`mailto:${defaultProfile.email}?subject=`)).toBe(true);
    expect(decodeURIComponent(href.split("subject=")[1])).toBe("Báo cáo đánh giá năm 2017, kế hoạch năm 2018 - Thanh Hóa");
    expect(href).not.toMatch(/[ ,]/);
  });
});

test("the pane's URL names the view it opens on", () => {
  expect(viewFromSearch("?view=check")).toBe("check");
  expect(viewFromSearch("?_host_Info=Word$Win32$16.01$vi-VN&view=check")).toBe("check");
  expect(viewFromSearch("")).toBeUndefined();
  expect(viewFromSearch("?view=other")).toBeUndefined();
});
