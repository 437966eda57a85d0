import { Rule } from "./types";
import { fold } from "../text";

export const docAddressee: Rule = {
  id: "doc.addressee",
  meta: {
    severity: "info",
    description: { vi: "Kính gửi", en: "Addressee" },
    messages: {
      missing: { vi: 'Văn bản không có dòng "Kính gửi" (không bắt buộc với báo cáo).', en: 'No "Kính gửi" line (optional for a report).' },
    },
  },
  check(context) {
    if (!context.paragraphs.slice(0, 60).some((p) => fold(p.text).trim().startsWith("kinh gui"))) context.report({ messageId: "missing" });
  },
};
