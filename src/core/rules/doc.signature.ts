import { paragraphTarget } from "./util";
import { Rule } from "./types";
import { fold } from "../text";

const AUTHORITY = /^(kt\.?|tm\.?|q\.?|tl\.?|th\.?)?\s*(pho )?giam doc$/;
const NAME = /^(\p{Lu}[\p{Ll}\p{M}]*\s+){1,5}\p{Lu}[\p{Ll}\p{M}]*$/u;

export const docSignature: Rule = {
  id: "doc.signature",
  meta: {
    severity: "warning",
    description: { vi: "Chức vụ và họ tên người ký", en: "Signature block" },
    messages: {
      missing: { vi: "Chưa có chức vụ người ký (GIÁM ĐỐC hoặc KT. GIÁM ĐỐC).", en: "The signing authority (GIÁM ĐỐC) is missing." },
      noName: { vi: "Chưa có họ và tên người ký.", en: "The signer's name is missing." },
    },
  },
  check(context) {
    const { paragraphs } = context;
    const at = paragraphs.findIndex((p) => p.text.length < 40 && AUTHORITY.test(fold(p.text)));
    if (at < 0) return context.report({ messageId: "missing", target: { tag: "doc.signature" } });
    const name = paragraphs.slice(at + 1, at + 12).find((p) => NAME.test(p.text.normalize("NFC").trim()));
    if (!name) {
      const authority = paragraphs[at];
      context.report({
        messageId: "noName",
        target: authority.tags.includes("doc.signature") ? { tag: "doc.signature" } : paragraphTarget(authority),
      });
    }
  },
};
