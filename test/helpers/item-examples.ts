/**
 * The examples beside a profile (the manner of remark-lint's ok/not-ok examples): for every automatic checklist item,
 * sentences that meet it and near misses that must not (a denial, a year taken for a figure, an agency's name,
 * another addressee). Each example is a section's whole text, judged as the section alone.
 */
import { readFileSync } from "fs";
import { evaluateSection } from "../../src/core/checklist";
import { sectionFromContent } from "../../src/core/sections";
import { ReportProfile, sectionsOf } from "../../src/profiles";
import { docOf } from "./model";

export type ItemExamples = Record<string, { met: string[]; unmet: string[] }>;

export function readItemExamples(file: string): ItemExamples {
  return JSON.parse(readFileSync(file, "utf8")) as ItemExamples;
}

/** Declares, in the current describe block, the tests of a profile's examples. */
export function testItemExamples(profile: ReportProfile, examples: ItemExamples): void {
  const auto = sectionsOf(profile).flatMap((section) => section.items.filter((i) => i.kind === "auto").map((item) => ({ section, item })));

  test("every automatic item has examples that meet it and near misses that do not, and no example names an unknown item", () => {
    for (const { item } of auto) {
      expect(examples[item.id]?.met.length).toBeGreaterThanOrEqual(1);
      expect(examples[item.id]?.unmet.length).toBeGreaterThanOrEqual(2);
    }
    expect(Object.keys(examples).sort()).toEqual(auto.map(({ item }) => item.id).sort());
  });

  const cases = auto.flatMap(({ section, item }) =>
    (["met", "unmet"] as const).flatMap((want) =>
      (examples[item.id]?.[want] ?? []).map((text) => [item.id, want, text, section.id] as const),
    ),
  );
  test.each(cases)("%s is %s by: %s", (itemId, want, text, sectionId) => {
    const section = sectionsOf(profile).find((s) => s.id === sectionId)!;
    const match = sectionFromContent(profile, sectionId, docOf([text]));
    const result = evaluateSection(profile, section, match).find((r) => r.id === itemId);
    expect(result?.status).toBe(want);
  });
}
