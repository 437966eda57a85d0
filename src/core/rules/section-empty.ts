import { sectionTitle, sectionTarget } from "./util";
import { Rule } from "./types";

export const sectionEmpty: Rule = {
  id: "section-empty",
  meta: {
    severity: "error",
    description: { vi: "Một mục bắt buộc chưa có nội dung", en: "A required section has no content" },
    messages: {
      empty: { vi: "Mục {id} ({title}) chưa có nội dung.", en: "Section {id} ({title}) has no content." },
    },
  },
  check(context) {
    for (const s of context.sections.filter((s) => s.status === "empty")) {
      context.report({
        messageId: "empty",
        section: s.id,
        target: sectionTarget(s),
        data: { id: s.id, title: sectionTitle(context.profile, s.id) },
      });
    }
  },
};
