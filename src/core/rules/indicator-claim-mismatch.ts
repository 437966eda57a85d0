import { contradictedClaims, recomputedOf } from "../indicators/findings";
import { paragraphTarget } from "./util";
import { Rule } from "./types";

/** Prose that states a comparison for an indicator which the table's figures contradict. */
export const indicatorClaimMismatch: Rule = {
  id: "indicator-claim-mismatch",
  meta: {
    severity: "warning",
    description: { vi: "Lời văn nêu so sánh khác với bảng chỉ tiêu", en: "The text states a comparison the indicator table contradicts" },
    messages: {
      plan: {
        vi: "Câu «{sentence}» nói về «{name}» so với kế hoạch, nhưng bảng chỉ tiêu cho {computed}.",
        en: "“{sentence}” compares “{name}” with the plan, but the indicator table gives {computed}.",
      },
      previous: {
        vi: "Câu «{sentence}» nói về «{name}» so với năm {previous}, nhưng bảng chỉ tiêu cho {computed}.",
        en: "“{sentence}” compares “{name}” with {previous}, but the indicator table gives {computed}.",
      },
    },
  },
  check(context) {
    // The results are told where their table is (1a): 2a's plans and 1b's programmes state other comparisons.
    const { tables } = recomputedOf(context.profile, context.doc);
    const withTable = context.sections.filter((s) => tables.some((t) => s.tables.includes(t.table)));
    const prose = (withTable.length > 0 ? withTable : context.sections).flatMap((s) => s.body);
    const previous = String(context.profile.year - 1);
    for (const claim of contradictedClaims(context.profile, context.doc, prose)) {
      // Short of the plan is "not met"; behind last year is no target missed, only worse.
      const short = claim.computed.meets === false;
      const note = !short
        ? { vi: "", en: "" }
        : claim.against === "vsPlan"
          ? { vi: " (chưa đạt)", en: " (short of it)" }
          : { vi: ` (kém năm ${previous})`, en: ` (worse than ${previous})` };
      const computed = { vi: claim.computed.text + note.vi, en: claim.computed.text + note.en };
      context.report({
        messageId: claim.against === "vsPlan" ? "plan" : "previous",
        section: context.sections.find((s) => s.body.includes(claim.paragraph))?.id,
        evidence: claim.sentence,
        target: paragraphTarget(claim.paragraph),
        data: { sentence: claim.sentence, name: claim.row.cells.name ?? "", computed, previous },
      });
    }
  },
};
