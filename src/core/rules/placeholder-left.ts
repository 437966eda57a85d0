import { sectionTitle, sectionTarget } from "./util";
import { Rule } from "./types";

export const placeholderLeft: Rule = {
  id: "placeholder-left",
  meta: {
    severity: "error",
    description: { vi: "Còn để nguyên văn bản hướng dẫn", en: "Guidance text left in place" },
    messages: {
      placeholder: {
        vi: "Mục {id} ({title}) còn văn bản hướng dẫn: hãy thay bằng nội dung báo cáo.",
        en: "Section {id} ({title}) still holds the guidance text: replace it with the report's content.",
      },
    },
  },
  check(context) {
    for (const s of context.sections.filter((s) => s.placeholder)) {
      context.report({
        messageId: "placeholder",
        section: s.id,
        target: sectionTarget(s),
        data: { id: s.id, title: sectionTitle(context.profile, s.id, "vi") },
      });
    }
  },
};
