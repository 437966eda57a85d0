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
  | { kind: "before-heading"; tag: string; heading: string };

export interface InsertionStep {
  parts: PartId[];
  anchor: Anchor;
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
 */
export function planInsertion(parts: PartInfo[], presentTags: ReadonlySet<string>): InsertionStep[] {
  const isPresent = (p: PartInfo) => p.tags.some((t) => presentTags.has(t));
  if (!parts.some(isPresent)) return [{ parts: parts.map((p) => p.id), anchor: { kind: "cursor" } }];

  const steps: InsertionStep[] = [];
  let i = 0;
  while (i < parts.length) {
    if (isPresent(parts[i])) {
      i++;
      continue;
    }
    const start = i;
    while (i < parts.length && !isPresent(parts[i])) i++;
    steps.push({ parts: parts.slice(start, i).map((p) => p.id), anchor: anchorFor(parts, start, i, isPresent) });
  }
  return steps;
}

function anchorFor(parts: PartInfo[], runStart: number, runEnd: number, isPresent: (p: PartInfo) => boolean): Anchor {
  for (let j = runStart - 1; j >= 0; j--) {
    const tag = parts[j].anchorTag;
    if (isPresent(parts[j]) && tag) return { kind: "after", tag };
  }
  for (let j = runEnd; j < parts.length; j++) {
    const { anchorTag: tag, heading } = parts[j];
    if (!isPresent(parts[j]) || !tag) continue;
    return heading ? { kind: "before-heading", tag, heading } : { kind: "before-control", tag };
  }
  return { kind: "cursor" };
}
