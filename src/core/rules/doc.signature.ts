import { linesOf, paragraphTarget } from "./util";
import { Rule } from "./types";
import { fold } from "../text";
import { PERSON_NAME } from "../unicode";

/** Decree 30's ways of signing for someone: KT. (on behalf of), TM., Q. (acting), TL., TUQ. */
const SIGNING_FOR = "(?:(?:kt|tm|q|tl|tuq|th)\\.?\\s*)?";
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The authority line and the signer's name, as paragraphs or as lines of one (Shift+Enter). */
export const docSignature: Rule = {
  id: "doc.signature",
  meta: {
    severity: "error",
    description: { vi: "Chức vụ và họ tên người ký", en: "Signature block" },
    messages: {
      missing: { vi: "Chưa có chức vụ người ký ({director} hoặc {deputy}).", en: "The signing authority ({director}) is missing." },
      noName: { vi: "Chưa có họ và tên người ký.", en: "The signer's name is missing." },
    },
  },
  check(context) {
    const { director, deputyTitle } = context.profile.document.signature;
    const titles = [director, deputyTitle].map((title) => escapeRegExp(fold(title))).join("|");
    const authority = new RegExp(`^${SIGNING_FOR}(?:${titles})$`);
    const lines = linesOf(context.paragraphs);
    const at = lines.findIndex(({ text }) => text.length < 40 && authority.test(fold(text)));
    if (at < 0) {
      const data = { director: director, deputy: context.profile.document.signature.deputyPrefix };
      return context.report({ messageId: "missing", target: { tag: "doc.signature" }, data });
    }
    const name = lines.slice(at + 1, at + 15).find(({ text }) => PERSON_NAME.test(text.normalize("NFC")));
    if (!name) {
      const authority = lines[at].paragraph;
      context.report({
        messageId: "noName",
        target: authority.tags.includes("doc.signature") ? { tag: "doc.signature" } : paragraphTarget(authority),
      });
    }
  },
};
