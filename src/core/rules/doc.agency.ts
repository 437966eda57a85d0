import { headerLength, linesOf } from "./util";
import { Rule } from "./types";
import { anyCue } from "../cues";
import { fold } from "../text";

/** The issuing agency stands in the header, on a line of its own: a mention in the body's prose is not one. */
export const docAgency: Rule = {
  id: "doc.agency",
  meta: {
    severity: "error",
    description: { vi: "Tên cơ quan ban hành", en: "Issuing agency" },
    messages: {
      missing: {
        vi: "Phần đầu văn bản chưa có tên cơ quan ban hành ({agency}).",
        en: "The header does not name the issuing agency ({agency}).",
      },
    },
  },
  check(context) {
    const { paragraphs, profile } = context;
    const agency = fold(profile.document.agency);
    const cues = anyCue(profile.document.agencyCues, profile);
    const header = paragraphs.slice(0, headerLength(context.profile, paragraphs, context.sections));
    const named = linesOf([...header, ...paragraphs.filter((p) => p.tags.includes("doc.agency"))]).some(({ text }) => {
      const line = fold(text);
      return line.startsWith(agency) || cues.first(line)?.at === 0;
    });
    if (!named) context.report({ messageId: "missing", target: { tag: "doc.agency" }, data: { agency: profile.document.agency } });
  },
};
