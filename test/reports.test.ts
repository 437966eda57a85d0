/**
 * Realistic reports of provincial departments (test/fixtures/reports.ts), each with the verdict a careful reader of
 * report-spec.md would give: ready or not, the sections found, the items met, the errors and warnings named.
 */
import { checkDocument } from "../src/core/check";
import { defaultProfile } from "../src/profiles";
import { REPORTS } from "./fixtures/reports";
import { docOf } from "./helpers/model";

test("there are at least thirty reports, each of its own province", () => {
  expect(REPORTS.length).toBeGreaterThanOrEqual(30);
});

test.each(REPORTS.map((r) => [r.name, r] as const))("%s", (_name, report) => {
  const result = checkDocument(defaultProfile, docOf(report.blocks));
  const { expect: want } = report;
  const rulesAt = (severity: string) => [...new Set(result.findings.filter((f) => f.severity === severity).map((f) => f.rule))];
  const seen = {
    ready: result.ready,
    sections: Object.fromEntries(Object.keys(want.sections ?? {}).map((id) => [id, result.sections.find((s) => s.id === id)?.status])),
    items: Object.fromEntries(Object.keys(want.items ?? {}).map((id) => [id, result.checklist.find((i) => i.id === id)?.status])),
    errors: rulesAt("error"),
    warnings: rulesAt("warning"),
  };
  expect(seen).toMatchObject({
    ready: want.ready,
    sections: want.sections ?? {},
    items: want.items ?? {},
    errors: expect.arrayContaining(want.errors ?? []),
    warnings: expect.arrayContaining(want.warnings ?? []),
  });
  // A ready report has no error at all, and one that is not ready names at least one.
  expect(seen.errors.length === 0).toBe(want.ready);
});
