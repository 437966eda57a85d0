import { documentDate, paragraphTarget } from "./util";
import { Rule } from "./types";
import { fold } from "../text";

/** "…, ngày … tháng … năm 2017": the day and month the clerk writes when the document is issued (Decree 30, Art. 15). */
const LEFT_FOR_THE_CLERK = /ngay\s*(…|\.{2,})?\s*thang\s*(\d{1,2}|…|\.{2,})?\s*nam\s*\d{4}/;

export const docDate: Rule = {
  id: "doc.date",
  meta: {
    severity: "error",
    description: { vi: "Địa danh và ngày tháng ban hành", en: "Place and date" },
    messages: {
      missing: { vi: "Chưa có địa danh và ngày, tháng, năm ban hành.", en: "The place and date are missing." },
      noPlace: { vi: 'Ngày ban hành chưa có địa danh đứng trước: "{text}".', en: 'The date has no place before it: "{text}".' },
      forTheClerk: {
        vi: 'Ngày, tháng ban hành còn để trống cho văn thư ghi khi phát hành: "{text}".',
        en: 'The day and month are left blank for the clerk to write on issue: "{text}".',
      },
    },
  },
  check(context) {
    const found = documentDate(context.paragraphs);
    const blank = found ? undefined : context.paragraphs.slice(0, 60).find((p) => LEFT_FOR_THE_CLERK.test(fold(p.text)));
    const line = found?.paragraph ?? blank;
    if (!line) return context.report({ messageId: "missing", target: { tag: "doc.date" } });
    const text = line.text.trim();
    const place = fold(text).split(",")[0].trim();
    if (place === "" || place.startsWith("ngay") || /^(…|\.{2,})/.test(place)) {
      context.report({ messageId: "noPlace", target: paragraphTarget(line), data: { text } });
    }
    if (blank) context.report({ messageId: "forTheClerk", severity: "warning", target: paragraphTarget(blank), data: { text } });
  },
};
