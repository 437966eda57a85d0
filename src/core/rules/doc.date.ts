import { documentDate, paragraphTarget } from "./util";
import { Rule } from "./types";
import { fold } from "../text";

export const docDate: Rule = {
  id: "doc.date",
  meta: {
    severity: "warning",
    description: { vi: "Địa danh và ngày tháng ban hành", en: "Place and date" },
    messages: {
      missing: { vi: "Chưa có địa danh và ngày, tháng, năm ban hành đầy đủ.", en: "The place and full date are missing." },
      noPlace: { vi: 'Ngày ban hành chưa có địa danh đứng trước: "{text}".', en: 'The date has no place before it: "{text}".' },
    },
  },
  check(context) {
    const found = documentDate(context.paragraphs);
    if (!found) return context.report({ messageId: "missing", target: { tag: "doc.date" } });
    const place = fold(found.paragraph.text).split(",")[0].trim();
    if (place === "" || place.startsWith("ngay")) {
      context.report({ messageId: "noPlace", target: paragraphTarget(found.paragraph), data: { text: found.paragraph.text.trim() } });
    }
  },
};
