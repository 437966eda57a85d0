import { ReportProfile } from "../../profiles/schema";

/** What the drafter fills in the pane (or passes to `report-drafter skeleton`). */
export interface SkeletonFields {
  /** Province or centrally-run city, as in provinces-vn.json ("Hà Nội", "Thanh Hóa"). Empty: left as "…". */
  province: string;
  /** The Sở's own short name in the number symbol, e.g. "SLĐTBXH". */
  agencyShort: string;
  /** The document's number; empty leaves "…" for the clerk to fill. */
  number: string;
  /** Signing date as YYYY-MM-DD; empty leaves "ngày … tháng … năm …". */
  date: string;
  /** Signer's full name; empty leaves a line to fill. */
  signer: string;
  /** Signing for the Director ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC") instead of as Director. */
  deputy: boolean;
}

/**
 * The skeleton is a sequence of parts; each part can be inserted on its own when the document lacks it.
 * `tags` are the content-control tags the part carries; a part is present when any of them is found.
 * `block` parts are body-level content controls that later insertions can be anchored to; the header and
 * the closing are tables whose controls sit inside cells, so nothing is anchored to them.
 */
/** "header", "title", "opening", "closing", or the id of one of the profile's groups or sections ("1", "1a"). */
export type PartId = string;

export interface PartInfo {
  id: PartId;
  tags: string[];
  /** The tag of the body-level control that later parts can be placed after or before; absent for tables. */
  anchorTag?: string;
  /** For sections, the heading paragraph that stands just before the control (outside it). */
  heading?: string;
}

/** The parts of a profile's skeleton in document order. */
export function skeletonPartInfo(profile: ReportProfile): PartInfo[] {
  const parts: PartInfo[] = [
    { id: "header", tags: ["doc.agency", "doc.number", "doc.date"] },
    { id: "title", tags: ["doc.title"], anchorTag: "doc.title" },
    // The opening sentence has a control of its own so that a part inserted after the title lands after it.
    { id: "opening", tags: ["doc.opening"], anchorTag: "doc.opening" },
  ];
  for (const group of profile.groups) {
    parts.push({ id: group.id, tags: [group.id], anchorTag: group.id });
    for (const section of group.sections) {
      parts.push({ id: section.id, tags: [section.id], anchorTag: section.id, heading: section.heading });
    }
  }
  parts.push({ id: "closing", tags: ["doc.recipients", "doc.signature"] });
  return parts;
}
