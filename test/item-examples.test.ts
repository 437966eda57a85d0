/**
 * Every automatic checklist item carries examples beside its profile (the manner of remark-lint's ok/not-ok
 * examples): sentences that meet it, and near misses that must not (a denial, a year taken for a figure, an
 * agency's name, another addressee). Each example is a section's whole text, judged as the section alone
 * (test/helpers/item-examples.ts).
 */
import path from "path";
import { builtinProfiles } from "../src/profiles";
import { readItemExamples, testItemExamples } from "./helpers/item-examples";

describe.each(builtinProfiles.map((p) => [p.id, p] as const))("%s", (id, profile) => {
  testItemExamples(profile, readItemExamples(path.join(__dirname, `../src/profiles/${id}.examples.json`)));
});
