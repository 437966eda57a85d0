import { titleIndex } from "./util";
import { Rule } from "./types";

export const docTitle: Rule = {
  id: "doc.title",
  meta: {
    severity: "error",
    description: { vi: "Tên loại và trích yếu", en: "Title" },
    messages: {
      missing: {
        vi: 'Chưa có tên loại văn bản "{title}" và trích yếu nội dung.',
        en: 'The title "{title}" and its subject line are missing.',
      },
    },
  },
  check(context) {
    const at = titleIndex(context.profile, context.paragraphs);
    const subject = at >= 0 ? context.paragraphs.slice(at + 1, at + 4).find((p) => p.text.trim().length > 10) : undefined;
    if (at < 0 || !subject)
      context.report({ messageId: "missing", target: { tag: "doc.title" }, data: { title: context.profile.document.title } });
  },
};
