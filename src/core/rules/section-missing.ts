import { sectionTitle } from "./util";
import { Rule } from "./types";

export const sectionMissing: Rule = {
  id: "section-missing",
  meta: {
    severity: "error",
    description: { vi: "Báo cáo thiếu một mục bắt buộc", en: "A required section is missing" },
    messages: {
      missing: { vi: "Thiếu mục {id} ({title}).", en: "Section {id} ({title}) is missing." },
    },
  },
  check(context) {
    for (const s of context.sections.filter((s) => s.status === "missing")) {
      context.report({ messageId: "missing", section: s.id, data: { id: s.id, title: sectionTitle(context.profile, s.id) } });
    }
  },
};
