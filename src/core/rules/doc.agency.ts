import { findParagraph } from "./util";
import { Rule } from "./types";

export const docAgency: Rule = {
  id: "doc.agency",
  meta: {
    severity: "warning",
    description: { vi: "Tên cơ quan ban hành", en: "Issuing agency" },
    messages: {
      missing: {
        vi: "Chưa có tên cơ quan ban hành (SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI).",
        en: "The issuing agency (the provincial Department) is missing.",
      },
    },
  },
  check(context) {
    const head = context.paragraphs.slice(0, 40);
    const found = findParagraph(head, "doc.agency", (t) => /\bso (lao dong|ldtbxh|ld-tb)/.test(t));
    if (!found) context.report({ messageId: "missing", target: { tag: "doc.agency" } });
  },
};
