import { sectionTarget } from "./util";
import { Rule } from "./types";
import { sectionsOf } from "../../profiles/schema";

/** The auto checklist items of report-spec §3, each at the severity its profile gives. */
export const checklistUnmet: Rule = {
  id: "checklist-unmet",
  meta: {
    severity: "warning",
    description: {
      vi: "Một yêu cầu của công văn chưa thể hiện trong nội dung",
      en: "A requirement of the letter is not shown in the text",
    },
    messages: {
      unmet: { vi: "Nội dung chưa thể hiện: {label}.", en: "The text does not show yet: {label}." },
      denied: {
        vi: "{label}: văn bản nói là không có («{quote}»). Nếu đúng vậy, hãy ghi là không áp dụng kèm lý do.",
        en: "{label}: the text says there is none («{quote}»). If so, mark it as not applicable with the reason.",
      },
      breadth: {
        vi: "{label}: mới thấy {covered}/{total} (cần {needed}); chưa thấy {missing}.",
        en: "{label}: {covered} of {total} seen (needs {needed}); not seen: {missing}.",
      },
    },
  },
  check(context) {
    const items = new Map(sectionsOf(context.profile).flatMap((s) => s.items.map((i) => [i.id, i] as const)));
    const sections = new Map(context.sections.map((s) => [s.id, s]));
    for (const result of context.checklist) {
      const item = items.get(result.id);
      const section = sections.get(result.section);
      // A missing or empty section is already an error; its items add nothing.
      if (!item || !section || section.status !== "present" || result.status !== "unmet") continue;
      const data = { section: result.section, label: item.label };
      const { coverage, denial } = result;
      const found = { section: result.section, item: result.id, severity: item.severity, target: sectionTarget(section) };
      if (coverage) {
        const total = String(coverage.covered.length + coverage.missing.length);
        const counts = {
          covered: String(coverage.covered.length),
          total,
          needed: String(coverage.needed),
          missing: coverage.missing.join("; "),
        };
        context.report({ ...found, messageId: "breadth", data: { ...data, ...counts } });
      } else if (denial) {
        context.report({ ...found, messageId: "denied", evidence: denial.quote, data: { ...data, quote: denial.quote } });
      } else {
        context.report({ ...found, messageId: "unmet", data });
      }
    }
  },
};
