import { Rule } from "./types";
import { fold } from "../text";

export const docTitle: Rule = {
  id: "doc.title",
  meta: {
    severity: "warning",
    description: { vi: "Tên loại và trích yếu", en: "Title" },
    messages: {
      missing: {
        vi: 'Chưa có tên loại văn bản "BÁO CÁO" và trích yếu nội dung.',
        en: 'The title "BÁO CÁO" and its subject line are missing.',
      },
    },
  },
  check(context) {
    const head = context.paragraphs.slice(0, 60);
    const at = head.findIndex((p) => fold(p.text).trim() === "bao cao" || p.tags.includes("doc.title"));
    const subject = at >= 0 ? head.slice(at + 1, at + 4).find((p) => p.text.trim().length > 10) : undefined;
    if (at < 0 || !subject) context.report({ messageId: "missing", target: { tag: "doc.title" } });
  },
};
