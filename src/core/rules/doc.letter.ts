import { letterAt, openingParagraphs, sameIssuerLetters } from "../profile-choice";
import { paragraphTarget } from "./util";
import { Rule } from "./types";

/**
 * The opening answers the profile's letter: one that cites another letter of the same issuer and not this one is
 * most likely last year's report copied forward, whatever its sections hold.
 */
export const docLetter: Rule = {
  id: "doc.letter",
  meta: {
    severity: "error",
    description: { vi: "Công văn mà báo cáo trả lời", en: "The letter the report answers" },
    messages: {
      other: {
        vi: "Câu mở đầu nêu Công văn số {cited}, không phải Công văn số {letter} mà báo cáo này trả lời: có thể là báo cáo năm trước chép lại. Hãy sửa câu mở đầu, hoặc chọn đúng mẫu báo cáo.",
        en: "The opening cites letter No. {cited}, not letter No. {letter} that this report answers: it may be last year's report copied. Correct the opening, or choose the right report profile.",
      },
    },
  },
  check(context) {
    const { number } = context.profile.letter;
    // Only what comes before the first section: a letter a section quotes is not the one the report answers.
    const starts = context.sections.flatMap((s) => (s.start === undefined ? [] : [s.start]));
    const firstSection = starts.length ? Math.min(...starts) : Infinity;
    const opening = openingParagraphs(context.doc).filter((p) => p.index < firstSection);
    if (opening.some((p) => letterAt(p, number) >= 0)) return;
    for (const paragraph of opening) {
      const [cited] = sameIssuerLetters(paragraph, number);
      if (cited === undefined) continue;
      return context.report({
        messageId: "other",
        target: paragraph.tags.includes("doc.opening") ? { tag: "doc.opening" } : paragraphTarget(paragraph),
        data: { cited, letter: number },
        evidence: paragraph.text.trim(),
      });
    }
  },
};
