/** The light pane's date field: IE11 has no date picker, so the drafter types day/month/year as Vietnamese write it. */
import { isoFromDayMonthYear } from "../src/lite/compose";

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
