import { checklistUnmet } from "./checklist-unmet";
import { commentsLeft } from "./comments-left";
import { docAgency } from "./doc.agency";
import { docDate } from "./doc.date";
import { docLetter } from "./doc.letter";
import { docNumber } from "./doc.number";
import { docRecipients } from "./doc.recipients";
import { docSignature } from "./doc.signature";
import { docTitle } from "./doc.title";
import { indicatorClaimMismatch } from "./indicator-claim-mismatch";
import { indicatorIncomplete } from "./indicator-incomplete";
import { indicatorRatioWrong } from "./indicator-ratio-wrong";
import { placeholderLeft } from "./placeholder-left";
import { sectionDuplicated } from "./section-duplicated";
import { sectionEmpty } from "./section-empty";
import { sectionMissing } from "./section-missing";
import { sectionOrder } from "./section-order";
import { sectionYear } from "./section-year";
import { sendDeadline } from "./send.deadline";
import { trackedChanges } from "./tracked-changes";
import { Rule } from "./types";

/** Every rule, sorted by id; each lives in the file named after it. */
export const rules: readonly Rule[] = [
  checklistUnmet,
  commentsLeft,
  docAgency,
  docDate,
  docLetter,
  docNumber,
  docRecipients,
  docSignature,
  docTitle,
  indicatorClaimMismatch,
  indicatorIncomplete,
  indicatorRatioWrong,
  placeholderLeft,
  sectionDuplicated,
  sectionEmpty,
  sectionMissing,
  sectionOrder,
  sectionYear,
  sendDeadline,
  trackedChanges,
];

export type { Finding, Rule, RuleContext, Severity, Target } from "./types";
