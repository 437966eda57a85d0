import { paragraphTarget } from "./util";
import { Rule } from "./types";
import { fold } from "../text";

export const docNumber: Rule = {
  id: "doc.number",
  meta: {
    severity: "warning",
    description: { vi: "Số, ký hiệu văn bản", en: "Document number" },
    messages: {
      missing: { vi: "Chưa có số, ký hiệu văn bản (Số: …/{code}-…).", en: "The document number (Số: …/{code}-…) is missing." },
      unnumbered: { vi: 'Văn bản chưa được ghi số: "{text}".', en: 'The document has no number yet: "{text}".' },
    },
  },
  check(context) {
    const line = context.paragraphs.slice(0, 40).find((p) => /^so\s*:/.test(fold(p.text).trim()));
    if (!line)
      return context.report({ messageId: "missing", target: { tag: "doc.number" }, data: { code: context.profile.document.docTypeCode } });
    if (!/^so\s*:\s*\d+/.test(fold(line.text).trim())) {
      context.report({ messageId: "unnumbered", target: paragraphTarget(line), data: { text: line.text.trim() } });
    }
  },
};
