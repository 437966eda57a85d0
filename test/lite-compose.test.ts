/** @jest-environment jsdom */
/** The light pane's Soạn view: its typed date (IE11 has no date picker), and one read or insertion at a time. */
import { skeletonPartInfo } from "../src/core/skeleton/parts";
import { EditingHost, InsertOutcome, SkeletonState } from "../src/host/types";
import { composeView, isoFromDayMonthYear } from "../src/lite/compose";
import { liteStrings } from "../src/lite/strings";
import { defaultProfile } from "../src/profiles";
import { strings } from "../src/taskpane/i18n";

describe("a typed signing date", () => {
  test.each([
    ["15/12/2017", "2017-12-15"],
    ["1/2/2018", "2018-02-01"],
    [" 15.12.2017 ", "2017-12-15"],
    ["15-12-2017", "2017-12-15"],
    ["", ""],
    ["   ", ""],
  ])("%j is %j", (typed, iso) => expect(isoFromDayMonthYear(typed)).toBe(iso));

  test.each([
    ["31/2/2017", "a day the month does not have"],
    ["12/15/2017", "month first, as an English browser writes it"],
    ["2017-12-15", "year first"],
    ["15/12/17", "a two-digit year"],
    ["ngày 15 tháng 12 năm 2017", "the words the document writes"],
    ["15/12", "no year"],
  ])("%j is refused (%s)", (typed) => expect(isoFromDayMonthYear(typed)).toBeNull());
});

test("the document read again while the skeleton goes in does not offer the insertion a second time", async () => {
  const parts = skeletonPartInfo(defaultProfile);
  const state = (inserted: boolean): SkeletonState => ({
    presentTags: inserted ? parts.flatMap((p) => p.tags) : [],
    missingParts: inserted ? [] : parts.map((p) => p.id),
    none: !inserted,
    complete: inserted,
  });
  let inserted = false;
  let finish: () => void = () => undefined;
  const insertions: string[] = [];
  const host = {
    readSkeletonState: async () => state(inserted),
    insertSkeleton: (profile) =>
      new Promise<InsertOutcome>((resolve) => {
        insertions.push(profile.id);
        finish = () => {
          inserted = true;
          resolve({ kind: "inserted", parts: parts.map((p) => p.id), where: "cursor" });
        };
      }),
    loadFields: () => null,
    saveFields: async () => undefined,
    loadProfileId: () => null,
    saveProfileId: async () => undefined,
  } as Pick<EditingHost, "readSkeletonState" | "insertSkeleton" | "loadFields" | "saveFields" | "loadProfileId" | "saveProfileId">;
  const view = composeView({
    host: host as EditingHost,
    profile: defaultProfile,
    lang: "vi",
    t: strings.vi,
    lt: liteStrings.vi,
    openCheck: () => undefined,
    choice: null,
    stored: () => undefined,
    openingFound: null,
  });
  document.body.appendChild(view.element);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  const buttonNamed = (name: string) =>
    Array.from(view.element.querySelectorAll("button")).find((b) => b.textContent === name) as HTMLButtonElement;
  view.show();
  await settle();
  const insert = buttonNamed(strings.vi.insertAll);
  expect(insert.disabled).toBe(false);
  insert.click();
  // Mid-insertion: the refresh button and the tab shown again both ask for a read.
  buttonNamed(strings.vi.refresh).click();
  view.show();
  await settle();
  expect(insert.disabled).toBe(true);
  insert.click();
  finish();
  await settle();
  await settle();
  expect(insertions).toEqual([defaultProfile.id]);
  expect(view.element.textContent).toMatch(/^Đã chèn khung báo cáo\./);
});
