import { linesOf, paragraphTarget } from "./util";
import { Rule } from "./types";
import { fold } from "../text";

const AUTHORITY = /^(kt\.?|tm\.?|q\.?|tl\.?|th\.?)?\s*(pho )?giam doc$/;
const NAME = /^(\p{Lu}[\p{Ll}\p{M}]*\s+){1,5}\p{Lu}[\p{Ll}\p{M}]*$/u;

/** The authority line and the signer's name, as paragraphs or as lines of one (Shift+Enter). */
export const docSignature: Rule = {
  id: "doc.signature",
  meta: {
    severity: "error",
    description: { vi: "Chức vụ và họ tên người ký", en: "Signature block" },
    messages: {
      missing: { vi: "Chưa có chức vụ người ký (GIÁM ĐỐC hoặc KT. GIÁM ĐỐC).", en: "The signing authority (GIÁM ĐỐC) is missing." },
      noName: { vi: "Chưa có họ và tên người ký.", en: "The signer's name is missing." },
    },
  },
  check(context) {
    const lines = linesOf(context.paragraphs);
    const at = lines.findIndex(({ text }) => text.length < 40 && AUTHORITY.test(fold(text)));
    if (at < 0) return context.report({ messageId: "missing", target: { tag: "doc.signature" } });
    const name = lines.slice(at + 1, at + 15).find(({ text }) => NAME.test(text.normalize("NFC")));
    if (!name) {
      const authority = lines[at].paragraph;
      context.report({
        messageId: "noName",
        target: authority.tags.includes("doc.signature") ? { tag: "doc.signature" } : paragraphTarget(authority),
      });
    }
  },
};
