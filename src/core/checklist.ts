import { ChecklistItem, ReportProfile, Section, sectionsOf } from "../profiles/schema";
import { Paragraph } from "./model";
import { SectionMatch } from "./sections";
import { findFolded, fold, foldNormalized, normalizeText, quoteAround } from "./text";

export type ItemStatus = "met" | "unmet" | "waived" | "manual";

export interface ItemResult {
  id: string;
  section: string;
  status: ItemStatus;
  /** A short quote of the section's own text that satisfies the item. */
  evidence?: string;
  /** Paragraph index of the evidence, to select it in the document. */
  paragraph?: number;
  /** The drafter's reason, for a waived item. */
  reason?: string;
  /** The drafter ticked it, but the text does not show it (an auto item judged unmet). */
  contradicted?: boolean;
}

/** What the drafter ticked or waived, as stored in the document's settings. */
export interface StoredMark {
  state: "met" | "waived";
  reason?: string;
  at?: string;
}

const NUMBER = /\d[\d.,]*/g;

/**
 * A body paragraph as matching needs it, normalized and folded when first asked: an item is judged met at its first
 * evidence, so most paragraphs of a section that shows all its items are never folded.
 */
class BodyText {
  private normalized?: string;
  private foldedText?: string;

  constructor(readonly paragraph: Paragraph) {}

  get text(): string {
    return (this.normalized ??= normalizeText(this.paragraph.text));
  }

  get folded(): string {
    return (this.foldedText ??= foldNormalized(this.text));
  }
}

/** A section's body paragraphs as matching needs them, shared by all of its items. */
const bodyTexts = new WeakMap<readonly Paragraph[], BodyText[]>();

function textsOf(body: readonly Paragraph[]): BodyText[] {
  let texts = bodyTexts.get(body);
  if (!texts) {
    texts = body.map((p) => new BodyText(p));
    bodyTexts.set(body, texts);
  }
  return texts;
}

/** Judges one auto item from the section's own text; evidence comes from the body, never the heading. */
export function judgeItem(item: ChecklistItem, section: SectionMatch): Pick<ItemResult, "evidence" | "paragraph"> | null {
  if (section.status !== "present") return null;
  for (const body of textsOf(section.body)) {
    const hit = item.evidence === "figures" ? findFigure(body.folded, cuesOf(item)) : findAnyPhrase(body.folded, cuesOf(item));
    if (hit) return { evidence: quoteAround(body.text, hit.at, hit.length), paragraph: body.paragraph.index };
  }
  return null;
}

function findAnyPhrase(folded: string, cues: readonly string[]): { at: number; length: number } | null {
  for (const cue of cues) {
    const at = findFolded(folded, cue);
    if (at >= 0) return { at, length: cue.length };
  }
  return null;
}

/** An item's cues folded once, not once per paragraph. */
const foldedCues = new WeakMap<ChecklistItem, string[]>();

function cuesOf(item: ChecklistItem): string[] {
  let cues = foldedCues.get(item);
  if (!cues) {
    cues = item.cues.map(fold);
    foldedCues.set(item, cues);
  }
  return cues;
}

/** A number followed by one of the units ("19.850 người", "104,5%", "12 tỷ đồng"). */
function findFigure(folded: string, units: readonly string[]): { at: number; length: number } | null {
  for (const match of folded.matchAll(NUMBER)) {
    const end = match.index + match[0].length;
    // Normalised text has single spaces only.
    const unitAt = folded.charCodeAt(end) === 0x20 ? end + 1 : end;
    for (const u of units) {
      if (folded.startsWith(u, unitAt) && !/[\p{L}\p{N}]/u.test(folded[unitAt + u.length] ?? "")) {
        return { at: match.index, length: unitAt - match.index + u.length };
      }
    }
  }
  return null;
}

/** One section's items with their status: judged (auto), ticked or waived (stored), or manual. */
export function evaluateSection(section: Section, match: SectionMatch | undefined, marks: Record<string, StoredMark> = {}): ItemResult[] {
  return section.items.map((item): ItemResult => {
    const judged = item.kind === "auto" && match ? judgeItem(item, match) : null;
    const mark = marks[item.id];
    const base = { id: item.id, section: section.id };
    if (judged) return { ...base, status: "met", ...judged };
    if (mark?.state === "waived") return { ...base, status: "waived", reason: mark.reason };
    if (mark?.state === "met") return { ...base, status: "met", contradicted: item.kind === "auto" };
    return { ...base, status: item.kind === "auto" ? "unmet" : "manual" };
  });
}

/** Every checklist item of the profile with its status. */
export function evaluateChecklist(profile: ReportProfile, sections: SectionMatch[], marks: Record<string, StoredMark> = {}): ItemResult[] {
  const byId = new Map(sections.map((s) => [s.id, s]));
  return sectionsOf(profile).flatMap((section) => evaluateSection(section, byId.get(section.id), marks));
}
