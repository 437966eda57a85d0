/**
 * What a sentence claims. A cue is evidence only where the sentence asserts it: "Không có kiến nghị gì với Quốc
 * hội" names the National Assembly and denies any proposal to it. Figures are quantities, not years or document
 * numbers. All positions are in folded text (text.ts: fold), which has the normalized text's length.
 */
import { ReportProfile } from "../profiles/schema";
import { anyCue, Cue, CueMatch } from "./cues";

export interface Span {
  start: number;
  end: number;
}

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= "0" && ch <= "9";

/** A full stop between digits ("19.850") or in an ellipsis ends no sentence. */
function endsSentence(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === "!" || ch === "?" || ch === ";" || ch === "\n") return true;
  if (ch !== ".") return false;
  if (isDigit(text[i - 1]) && isDigit(text[i + 1])) return false;
  return text[i + 1] !== "." && text[i - 1] !== ".";
}

/** The sentence around a match. */
export function sentenceAround(text: string, at: number, end: number): Span {
  let start = at;
  while (start > 0 && !endsSentence(text, start - 1)) start--;
  let stop = end;
  while (stop < text.length && !endsSentence(text, stop)) stop++;
  return { start, end: stop };
}

const NUMBER = /\d+(?:[.,]\d+)*/g;
/** A bare four-digit number from 1900 to 2099 is a year: counts are written "2.017 người". */
const YEAR = /^(19|20)\d\d$/;

/**
 * Numbers that are quantities: not years, not part of a date or a document number ("07/12/2017", "15/KH-UBND",
 * "61/2015/NĐ-CP"). With units, only those followed by one ("19.850 người", "104,5%", "12 tỷ đồng").
 */
export function quantities(folded: string, units?: Cue, from = 0, to = folded.length): CueMatch[] {
  const found: CueMatch[] = [];
  for (let position = from; position < to;) {
    NUMBER.lastIndex = position;
    const m = NUMBER.exec(folded);
    if (m === null || m.index >= to) break;
    const end = m.index + m[0].length;
    position = end;
    if (folded[m.index - 1] === "/" || folded[end] === "/" || YEAR.test(m[0]) || isDigit(folded[m.index - 1])) continue;
    if (!units) {
      found.push({ at: m.index, length: m[0].length });
      continue;
    }
    const unitAt = folded[end] === " " ? end + 1 : end;
    const length = units.lengthAt(folded, unitAt);
    if (length > 0) found.push({ at: m.index, length: unitAt + length - m.index });
  }
  return found;
}

/** A table cell that is a number ("19.850", "104,5", "98%"): a figure, unless a year. */
const NUMERIC_CELL = /^[-+]?\d+(?:[.,]\d+)*\s?%?$/;

export function isFigureCell(text: string): boolean {
  const t = text.trim();
  return NUMERIC_CELL.test(t) && !YEAR.test(t);
}

/** How the profile's language denies: read once per profile. */
export class Denials {
  private readonly negation: Cue;
  private readonly contrast: Cue;
  private readonly conjunction: Cue;

  constructor(profile: ReportProfile) {
    this.negation = anyCue(profile.text.negations, profile);
    this.contrast = anyCue(profile.text.contrasts, profile);
    this.conjunction = anyCue(profile.text.conjunctions, profile);
  }

  /**
   * Whether the sentence denies what a cue names. Denied: a negation earlier in the clause ("chưa có số liệu so với
   * kế hoạch"), unless a contrast ("nhưng"), a quantity ("không có việc làm giảm 0,5%") or a new clause after a
   * comma comes between; a list carries the denial on ("… với Quốc hội, Chính phủ hay Bộ", where `listed` are the
   * cues that may make up such a list); "không"/"chưa" right before the cue; or "Đối với Quốc hội: không có.".
   * "Chưa đạt kế hoạch" is a result, not a denial: the cue holds its "chưa" itself.
   */
  denies(folded: string, hit: CueMatch, listed: Cue): boolean {
    const sentence = sentenceAround(folded, hit.at, hit.at + hit.length);
    if (/(^|[^a-z0-9])(khong|chua|chang) $/.test(folded.slice(Math.max(sentence.start, hit.at - 6), hit.at))) return true;
    if (this.deniedBefore(folded, hit, sentence, listed)) return true;
    const colon = folded.indexOf(":", hit.at + hit.length);
    if (colon >= 0 && colon < sentence.end) {
      const rest = folded.slice(colon + 1, sentence.end).trim();
      if (this.negation.first(rest)?.at === 0 || /^(khong|chua)([^a-z0-9]|$)/.test(rest)) return true;
    }
    return false;
  }

  private deniedBefore(folded: string, hit: CueMatch, sentence: Span, listed: Cue): boolean {
    let last: CueMatch | null = null;
    for (const m of this.negation.matches(folded, sentence.start, hit.at)) if (m.at + m.length <= hit.at) last = m;
    if (!last) return false;
    const from = last.at + last.length;
    if (this.contrast.first(folded, from, hit.at)) return false;
    for (const q of quantities(folded, undefined, from, hit.at)) if (q.at < hit.at) return false;
    const comma = folded.lastIndexOf(",", hit.at);
    if (comma < from) return true;
    // After a comma the denial reaches only a list of the same things: "Quốc hội, Chính phủ hay Bộ LĐTBXH".
    let rest = folded.slice(comma + 1, hit.at);
    for (const cue of [listed, this.conjunction]) {
      for (const m of cue.matches(rest).reverse()) rest = rest.slice(0, m.at) + " ".repeat(m.length) + rest.slice(m.at + m.length);
    }
    return /^[\s,]*$/.test(rest);
  }
}
