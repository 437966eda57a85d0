import { paragraphTarget } from "./util";
import { Rule } from "./types";
import { anyCue } from "../cues";
import { fold } from "../text";
import { startsTheRecipients } from "../sections";

/** The recipients list names what the profile requires of it: the Ministry's department, the archive copy. */
export const docRecipients: Rule = {
  id: "doc.recipients",
  meta: {
    severity: "warning",
    description: { vi: "Nơi nhận", en: "Recipients" },
    messages: {
      missing: { vi: 'Chưa có phần "{heading}".', en: 'The recipients ("{heading}") are missing.' },
      lacking: { vi: "Nơi nhận chưa có {label}.", en: "The recipients lack {label}." },
    },
  },
  check(context) {
    const { profile } = context;
    const at = context.paragraphs.findIndex((p) => startsTheRecipients(profile, p));
    if (at < 0)
      return context.report({
        messageId: "missing",
        target: { tag: "doc.recipients" },
        data: { heading: profile.document.recipientsHeading },
      });
    const heading = context.paragraphs[at];
    const list = context.paragraphs
      .slice(at, at + 15)
      .map((p) => fold(p.text))
      .join("\n");
    const target = heading.tags.includes("doc.recipients") ? { tag: "doc.recipients" } : paragraphTarget(heading);
    for (const required of context.profile.document.requiredRecipients) {
      if (!anyCue(required.cues, context.profile).first(list))
        context.report({ messageId: "lacking", target, data: { label: required.label } });
    }
  },
};
