/**
 * Text that stands for words still to be written: "… người", "xx%", "TODO", "đang cập nhật", "(Phòng Việc làm bổ
 * sung)", "[Tên tỉnh]", the skeleton's own "…" fields. A report holding any is not ready to send (report-spec §3).
 */
import { ReportProfile } from "../profiles/schema";
import { anyCue } from "./cues";
import { Paragraph } from "./model";
import { execAll, fold, formsOf, normalizeText, TextForms } from "./text";
import { ENDS_IN_WORD } from "./unicode";

export interface Placeholder {
  /** Where it is in the normalized text, and the words themselves. */
  at: number;
  length: number;
  text: string;
}

/**
 * Where a paragraph stands: "prose" is the drafter's sentences, where "…" after a list is "and so on"; "form" is the
 * header, title, recipients and signature, where every "…" is a blank left unfilled.
 */
export type Zone = "prose" | "form";

const ELLIPSIS = /…+|\.{3,}/g;
const LETTERS_XX = /(^|[^a-z0-9])(x{2,}(?:[.,]x+)*|x[.,]x{2,})(?![a-z0-9])/g;
const BRACKETED = /\(([^()]{1,120})\)|\[([^[\]]{1,120})\]/g;

/**
 * "…" after a word or a comma is "and so on" ("giảm nghèo, bảo trợ xã hội,… đều được triển khai"); after a space,
 * a colon or nothing, or before a percent sign, it stands for a missing figure or word ("đạt …%", "tỉnh … báo
 * cáo", "đột phá: …").
 */
function endsAList(text: string, at: number, length: number): boolean {
  const before = text.slice(Math.max(0, at - 2), at);
  const after = text.slice(at + length).replace(/^\s+/, "");
  return (ENDS_IN_WORD.test(before) || /,\s?$/.test(before)) && !/^[%\d]/.test(after);
}

/** Roman numerals such as "XX" are numbers after "thứ", "khóa", "kỷ": "Đại hội lần thứ XX". */
const ROMAN_CONTEXT = /(thu|khoa|ky|phan|chuong|muc) $/;

/** Every placeholder in one paragraph's text (normalized, and folded), in order. */
export function findPlaceholders(profile: ReportProfile, { normal: text, folded }: TextForms, zone: Zone): Placeholder[] {
  if (text === "") return [];
  const found: Placeholder[] = [];
  const add = (at: number, length: number) => found.push({ at, length, text: text.slice(at, at + length) });

  for (const m of execAll(ELLIPSIS, text)) {
    if (zone === "form" || !endsAList(text, m.index, m[0].length)) add(m.index, m[0].length);
  }
  for (const m of execAll(LETTERS_XX, folded)) {
    const at = m.index + m[1].length;
    if (!ROMAN_CONTEXT.test(folded.slice(Math.max(0, at - 7), at))) add(at, m[2].length);
  }
  for (const m of anyCue(profile.text.placeholders, profile).matches(folded)) add(m.at, m.length);
  const requests = anyCue(profile.text.requests, profile);
  for (const m of execAll(BRACKETED, text)) {
    const inner = fold(m[1] ?? m[2]);
    // "[Tên tỉnh]" is a form's blank; "(sửa đổi, bổ sung Nghị định 05)" names a law, not a request.
    const blank = m[2] !== undefined && /[a-z]/.test(inner);
    const request = requests.first(inner) !== null && !/\bsua doi\b/.test(inner);
    if (blank || request) add(m.index, m[0].length);
  }
  return dedupe(found);
}

/** Overlapping finds ("(… bổ sung)" holds both "…" and a request) become the outermost one. */
function dedupe(found: Placeholder[]): Placeholder[] {
  found.sort((a, b) => a.at - b.at || b.length - a.length);
  const kept: Placeholder[] = [];
  for (const p of found) {
    const last = kept[kept.length - 1];
    if (!last || p.at >= last.at + last.length) kept.push(p);
  }
  return kept;
}

/** A paragraph's placeholders, found once per paragraph and zone: sections and rules both ask. */
const cache = { prose: new WeakMap<Paragraph, Placeholder[]>(), form: new WeakMap<Paragraph, Placeholder[]>() };

export function paragraphPlaceholders(profile: ReportProfile, p: Paragraph, zone: Zone): Placeholder[] {
  let found = cache[zone].get(p);
  if (!found) {
    found = findPlaceholders(profile, formsOf(p), zone);
    cache[zone].set(p, found);
  }
  return found;
}

/** Normalized text with its placeholders taken out: what the drafter has actually written. */
export function withoutPlaceholders(text: string, placeholders: readonly Placeholder[]): string {
  if (placeholders.length === 0) return text;
  let out = "";
  let from = 0;
  for (const { at, length } of placeholders) {
    out += `${text.slice(from, at)} `;
    from = at + length;
  }
  return normalizeText(out + text.slice(from));
}
