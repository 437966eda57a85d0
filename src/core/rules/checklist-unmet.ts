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
      unmet: { vi: 'Mục {section}: chưa thấy "{label}".', en: 'Section {section}: "{labelEn}" not found.' },
      contradicted: {
        vi: 'Mục {section}: "{label}" đã được đánh dấu đạt nhưng nội dung chưa thể hiện.',
        en: 'Section {section}: "{labelEn}" is ticked but the text does not show it.',
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
      if (!item || !section || section.status !== "present") continue;
      const messageId = result.status === "unmet" ? "unmet" : result.contradicted ? "contradicted" : null;
      if (!messageId) continue;
      context.report({
        messageId,
        section: result.section,
        item: result.id,
        severity: item.severity,
        target: sectionTarget(section),
        data: { section: result.section, label: item.label.vi, labelEn: item.label.en },
      });
    }
  },
};
