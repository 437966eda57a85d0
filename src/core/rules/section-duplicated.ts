import { Rule } from "./types";

export const sectionDuplicated: Rule = {
  id: "section-duplicated",
  meta: {
    severity: "warning",
    description: { vi: "Một mục xuất hiện hai lần", en: "A section appears twice" },
    messages: {
      duplicated: {
        vi: "Mục {id} xuất hiện {count} lần: hãy gộp lại một chỗ.",
        en: "Section {id} appears {count} times: merge them into one.",
      },
    },
  },
  check(context) {
    for (const s of context.sections.filter((s) => s.duplicates.length > 0)) {
      context.report({
        messageId: "duplicated",
        section: s.id,
        target: { paragraph: s.duplicates[0] },
        data: { id: s.id, count: String(s.duplicates.length + 1) },
      });
    }
  },
};
