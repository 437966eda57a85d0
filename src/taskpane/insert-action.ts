import { PartId, SkeletonFields } from "../core/skeleton/parts";
import { ReportHost, SkeletonState } from "../host/types";
import { ReportProfile } from "../profiles/schema";
import { Strings } from "./i18n";

/** What the primary button offers, given what the document already holds. */
export interface InsertAction {
  label: string;
  /** False when there is nothing left to insert. */
  enabled: boolean;
  /** The parts the button would add when some are already there; empty otherwise. */
  missing: PartId[];
  complete: boolean;
}

/**
 * `state` is null while the document has not been read (or could not be): the button then offers the whole
 * skeleton, and the host itself refuses to duplicate parts that turn out to be present.
 */
export function insertActionOf(state: SkeletonState | null, t: Strings): InsertAction {
  if (state === null || state.none) return { label: t.insertAll, enabled: true, missing: [], complete: false };
  if (state.complete || state.missingParts.length === 0) return { label: t.insertAll, enabled: false, missing: [], complete: true };
  return { label: t.insertMissing(state.missingParts.length), enabled: true, missing: state.missingParts, complete: false };
}

/** The fields Soạn starts with: those the document remembers, the defaults for the rest. */
export function initialFields(host: Pick<ReportHost, "loadFields">, profile: ReportProfile): SkeletonFields {
  const defaults: SkeletonFields = {
    province: "",
    agencyShort: profile.document.agencyShortDefault,
    number: "",
    date: "",
    signer: "",
    deputy: false,
  };
  try {
    // Fields saved by an older version may lack newer keys: the defaults fill them.
    return { ...defaults, ...host.loadFields() };
  } catch {
    // Nothing lost: the saved fields stay in the document, and the drafter sees the defaults and can type them.
    return defaults;
  }
}
