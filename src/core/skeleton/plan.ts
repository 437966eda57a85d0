import { PartId, PartInfo } from "./parts";

/** Where a run of missing parts goes. */
export type Anchor =
  /** At the drafter's cursor (or just after the control or table holding it). */
  | { kind: "cursor" }
  /** Just after the body-level control with this tag. */
  | { kind: "after"; tag: string }
  /** Just before the body-level control with this tag (groups and the title hold their heading inside). */
  | { kind: "before-control"; tag: string }
  /** Just before a section's heading paragraph, which stands outside the section's control. */
  | { kind: "before-heading"; tag: string; heading: string }
  /** Just after the heading paragraph of a section whose control is gone (the heading stayed). */
  | { kind: "after-heading"; tag: string; heading: string };

export interface InsertionStep {
  parts: PartId[];
  anchor: Anchor;
  /** The step's section keeps the heading the document still has: only its control is written. */
  headingKept?: boolean;
}

export interface PartPresence {
  present: PartId[];
  missing: PartId[];
}

export function partPresence(parts: PartInfo[], presentTags: ReadonlySet<string>): PartPresence {
  const present: PartId[] = [];
  const missing: PartId[] = [];
  for (const part of parts) (part.tags.some((t) => presentTags.has(t)) ? present : missing).push(part.id);
  return { present, missing };
}

/**
 * Decides where each missing part goes so that the skeleton ends in profile order. A document without any
 * part gets the whole skeleton at the cursor. Otherwise each run of consecutive missing parts is placed after
 * the nearest present part before it that has a body-level control, or else before the nearest such part
 * after it; when neither exists (only the header or closing tables are present) it goes to the cursor.
 *
 * `headingsLeft` names the missing sections whose heading paragraph is still in the document (the drafter
 * deleted the section's control, not its heading): each gets its control alone, just after that heading, and
 * the heading anchors its neighbours. Those steps come last, because every insertion "after" a paragraph lands
 * right below it: a run that follows the section, inserted first, ends up below the section's control.
 */
export function planInsertion(
  parts: PartInfo[],
  presentTags: ReadonlySet<string>,
  headingsLeft: ReadonlySet<PartId> = new Set(),
): InsertionStep[] {
  const isPresent = (p: PartInfo) => p.tags.some((t) => presentTags.has(t));
  if (!parts.some(isPresent)) return [{ parts: parts.map((p) => p.id), anchor: { kind: "cursor" } }];
  const headingOnly = (p: PartInfo): p is PartInfo & { anchorTag: string; heading: string } =>
    !isPresent(p) && headingsLeft.has(p.id) && p.anchorTag !== undefined && p.heading !== undefined;

  const steps: InsertionStep[] = [];
  const underKeptHeadings: InsertionStep[] = [];
  let i = 0;
  while (i < parts.length) {
    const part = parts[i];
    if (isPresent(part)) {
      i++;
    } else if (headingOnly(part)) {
      underKeptHeadings.push({
        parts: [part.id],
        anchor: { kind: "after-heading", tag: part.anchorTag, heading: part.heading },
        headingKept: true,
      });
      i++;
    } else {
      const start = i;
      while (i < parts.length && !isPresent(parts[i]) && !headingOnly(parts[i])) i++;
      steps.push({ parts: parts.slice(start, i).map((p) => p.id), anchor: anchorFor(parts, start, i, isPresent, headingOnly) });
    }
  }
  return [...steps, ...underKeptHeadings];
}

function anchorFor(
  parts: PartInfo[],
  runStart: number,
  runEnd: number,
  isPresent: (p: PartInfo) => boolean,
  headingOnly: (p: PartInfo) => p is PartInfo & { anchorTag: string; heading: string },
): Anchor {
  for (let j = runStart - 1; j >= 0; j--) {
    const part = parts[j];
    if (headingOnly(part)) return { kind: "after-heading", tag: part.anchorTag, heading: part.heading };
    if (isPresent(part) && part.anchorTag) return { kind: "after", tag: part.anchorTag };
  }
  for (let j = runEnd; j < parts.length; j++) {
    const part = parts[j];
    if (headingOnly(part)) return { kind: "before-heading", tag: part.anchorTag, heading: part.heading };
    const { anchorTag: tag, heading } = part;
    if (!isPresent(part) || !tag) continue;
    return heading ? { kind: "before-heading", tag, heading } : { kind: "before-control", tag };
  }
  return { kind: "cursor" };
}
