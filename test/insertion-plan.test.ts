import { defaultProfile } from "../src/profiles";
import { skeletonPartInfo } from "../src/core/skeleton/parts";
import { planInsertion } from "../src/core/skeleton/plan";
import { PartId } from "../src/core/skeleton/parts";

const parts = skeletonPartInfo(defaultProfile);
const allTags = parts.flatMap((p) => p.tags);
const plan = (present: string[], headingsLeft: PartId[] = []) => planInsertion(parts, new Set(present), new Set(headingsLeft));
const headingOf = (id: string) => parts.find((p) => p.id === id)?.heading as string;

describe("planning where missing parts go", () => {
  test("an empty document gets the whole skeleton at the cursor", () => {
    expect(plan([])).toEqual([{ parts: parts.map((p) => p.id), anchor: { kind: "cursor" } }]);
  });

  test("a complete document gets nothing", () => {
    expect(plan(allTags)).toEqual([]);
  });

  test("a missing section goes after the section before it", () => {
    expect(plan(allTags.filter((t) => t !== "1b"))).toEqual([{ parts: ["1b"], anchor: { kind: "after", tag: "1a" } }]);
  });

  test("separate gaps are filled separately, in order", () => {
    const present = allTags.filter((t) => !["1c", "2", "2a", "doc.recipients", "doc.signature"].includes(t));
    expect(plan(present)).toEqual([
      { parts: ["1c", "2", "2a"], anchor: { kind: "after", tag: "1b" } },
      { parts: ["closing"], anchor: { kind: "after", tag: "2b" } },
    ]);
  });

  test("a gap at the start goes before the first present part, before its heading for a section", () => {
    expect(plan(["1b", "1c"])[0]).toEqual({
      parts: ["header", "title", "opening", "1", "1a"],
      anchor: { kind: "before-heading", tag: "1b", heading: defaultProfile.groups[0].sections[1].heading },
    });
    expect(plan(["1", "1a"])[0]).toEqual({ parts: ["header", "title", "opening"], anchor: { kind: "before-control", tag: "1" } });
  });

  test("a section whose control went but whose heading stayed gets its control alone, under that heading", () => {
    expect(
      plan(
        allTags.filter((t) => t !== "1c"),
        ["1c"],
      ),
    ).toEqual([{ parts: ["1c"], anchor: { kind: "after-heading", tag: "1c", heading: headingOf("1c") }, headingKept: true }]);
  });

  test("a kept heading anchors its neighbours, and its own control is placed last so that it lands right under it", () => {
    const present = allTags.filter((t) => !["1b", "1c", "2"].includes(t));
    expect(plan(present, ["1c"])).toEqual([
      { parts: ["1b"], anchor: { kind: "after", tag: "1a" } },
      { parts: ["2"], anchor: { kind: "after-heading", tag: "1c", heading: headingOf("1c") } },
      { parts: ["1c"], anchor: { kind: "after-heading", tag: "1c", heading: headingOf("1c") }, headingKept: true },
    ]);
    // Before the first present part, the kept heading is where the run ends.
    expect(plan(["1c", "2", "2a", "2b"], ["1b"])[0]).toEqual({
      parts: ["header", "title", "opening", "1", "1a"],
      anchor: { kind: "before-heading", tag: "1b", heading: headingOf("1b") },
    });
  });

  test("the header table is no anchor: with only it present, the rest goes to the cursor", () => {
    expect(plan(["doc.agency"])).toEqual([{ parts: parts.slice(1).map((p) => p.id), anchor: { kind: "cursor" } }]);
  });

  test("a part counts as present when any of its tags is", () => {
    expect(plan(allTags.filter((t) => t !== "doc.number" && t !== "doc.date"))).toEqual([]);
  });
});
