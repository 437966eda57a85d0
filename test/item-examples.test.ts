/**
 * Every automatic checklist item carries examples beside its profile (the manner of remark-lint's ok/not-ok
 * examples): sentences that meet it, and near misses that must not (a denial, a year taken for a figure, an
 * agency's name, another addressee). Each example is a section's whole text, judged as the section alone.
 */
import { readFileSync } from "fs";
import path from "path";
import { evaluateSection } from "../src/core/checklist";
import { sectionFromContent } from "../src/core/sections";
import { builtinProfiles, sectionsOf } from "../src/profiles";
import { docOf } from "./helpers/model";

describe.each(builtinProfiles.map((p) => [p.id, p] as const))("%s", (id, profile) => {
  const examples = JSON.parse(readFileSync(path.join(__dirname, `../src/profiles/${id}.examples.json`), "utf8")) as Record<
    string,
    { met: string[]; unmet: string[] }
  >;
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
});
