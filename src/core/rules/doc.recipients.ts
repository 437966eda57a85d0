import { paragraphTarget } from "./util";
import { Rule } from "./types";
import { fold } from "../text";
import { startsTheRecipients } from "../sections";

export const docRecipients: Rule = {
  id: "doc.recipients",
  meta: {
    severity: "warning",
    description: { vi: "Nơi nhận", en: "Recipients" },
    messages: {
      missing: { vi: 'Chưa có phần "Nơi nhận:".', en: 'The recipients ("Nơi nhận:") are missing.' },
      ministry: {
        vi: "Nơi nhận chưa có Bộ Lao động - Thương binh và Xã hội (Vụ KHTC).",
        en: "The recipients lack the Ministry (Vụ KHTC).",
      },
      archive: { vi: 'Nơi nhận chưa có "Lưu: VT".', en: 'The recipients lack "Lưu: VT" (the archive copy).' },
    },
  },
  check(context) {
    const at = context.paragraphs.findIndex(startsTheRecipients);
    if (at < 0) return context.report({ messageId: "missing", target: { tag: "doc.recipients" } });
    const heading = context.paragraphs[at];
    const list = context.paragraphs
      .slice(at, at + 15)
      .map((p) => fold(p.text))
      .join("\n");
    const target = heading.tags.includes("doc.recipients") ? { tag: "doc.recipients" } : paragraphTarget(heading);
    if (!/\bbo (ldtbxh|lao dong)/.test(list) || !/khtc|ke hoach - tai chinh/.test(list)) context.report({ messageId: "ministry", target });
    if (!/\bluu\s*:?.*\bvt\b/.test(list)) context.report({ messageId: "archive", target });
  },
};
