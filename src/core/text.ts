/**
 * Vietnamese text as the checker compares it (encodings-and-unicode.md): NFC first; then, for matching,
 * folded to bare lower-case letters so that tone placement (hòa/hoà), decomposed input, đ/Đ, no-break
 * spaces, soft hyphens and dash variants all compare equal.
 */

import { LETTER_OR_DIGIT, MARK } from "./unicode";

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\ufeff]/g;
const SPACES = /[\s\u00a0\u2007\u202f]+/g;

/**
 * Every rule looks at the same headings, short lines and cues again and again: remember recent results. The cache
 * is dropped whole when it grows large, so checking a folder of reports keeps memory flat. Longer texts are body
 * paragraphs, which the checklist folds once each: hashing them as keys would cost as much as the work itself.
 */
function memoized(compute: (text: string) => string): (text: string) => string {
  const MAX_ENTRIES = 50_000;
  const MAX_LENGTH = 250;
  let cache = new Map<string, string>();
  return (text) => {
    if (text.length > MAX_LENGTH) return compute(text);
    let result = cache.get(text);
    if (result === undefined) {
      if (cache.size >= MAX_ENTRIES) cache = new Map();
      result = compute(text);
      cache.set(text, result);
    }
    return result;
  };
}

/** Anything normalizeText changes in NFC text: an invisible character, a dash, a space other than one lone " ". */
const NEEDS_NORMALIZING =
  /[\u00ad\u200b-\u200d\ufeff\u2010-\u2015\u2212\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]| {2}|^ | $/;

/**
 * Per UTF-16 unit, whether text made of such units and single spaces is already what normalizeText makes of it:
 * 1 yes, 2 no, 0 not yet known. A unit is settled when it is a starter that NFC leaves alone and that nothing
 * composes with (not a mark, conjoining jamo or surrogate), and not one normalizeText replaces.
 */
const SETTLED_UNITS = new Uint8Array(0x10000);
const REPLACED_UNIT = /[\u00ad\u200b-\u200d\ufeff\u2010-\u2015\u2212\s\u00a0\u2007\u202f]/;

function isSettled(code: number): boolean {
  let known = SETTLED_UNITS[code];
  if (known === 0) {
    const unit = String.fromCharCode(code);
    const composes = (code >= 0xd800 && code <= 0xdfff) || (code >= 0x1100 && code <= 0x11ff) || MARK.test(unit);
    known = SETTLED_UNITS[code] = !composes && unit.normalize("NFC") === unit && !REPLACED_UNIT.test(unit) ? 1 : 2;
  }
  return known === 1;
}

/** Whether normalizeText would give `text` back unchanged: one look-up per unit, where NFC and the tests cost more. */
function isNormalized(text: string): boolean {
  const last = text.length - 1;
  if (text.charCodeAt(0) === 0x20 || text.charCodeAt(last) === 0x20) return false;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 ? text.charCodeAt(i + 1) === 0x20 : !isSettled(code)) return false;
  }
  return true;
}

/** NFC, invisible characters removed, dashes and spaces unified; keeps letters' case and marks. */
export const normalizeText = memoized((text) => {
  if (isNormalized(text)) return text;
  const nfc = text.normalize("NFC");
  // Most paragraphs need nothing more: one test instead of four replacements.
  if (!NEEDS_NORMALIZING.test(nfc)) return nfc;
  return nfc.replace(INVISIBLE, "").replace(DASHES, "-").replace(SPACES, " ").trim();
});

/** Each UTF-16 unit's folded unit, filled as units are met (0: not yet known): one look-up per character. */
const FOLDED_UNITS = new Uint16Array(0x10000);

function foldUnit(unit: string): string {
  const base = unit.normalize("NFD").replace(COMBINING_MARKS, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  // Folding keeps one character per character, so that an index in the folded text quotes the original.
  return base.length === 1 ? base : unit.toLowerCase().length === 1 ? unit.toLowerCase() : unit;
}

/** Units folded per String.fromCharCode call: well below any engine's limit on arguments. */
const CHUNK = 8192;
let buffer = new Uint16Array(1024);

/** Folded units become a string fastest through a UTF-16 decoder, which reads them in the machine's byte order. */
const UTF16 =
  typeof TextDecoder === "function" && new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? new TextDecoder("utf-16le") : undefined;

function stringOfUnits(units: Uint16Array, length: number): string {
  if (UTF16) return UTF16.decode(new Uint8Array(units.buffer, 0, length * 2));
  let out = "";
  for (let at = 0; at < length; at += CHUNK) {
    out += String.fromCharCode.apply(null, units.subarray(at, Math.min(length, at + CHUNK)) as unknown as number[]);
  }
  return out;
}

/** Accent- and case-insensitive form for matching: "Hoà  Bình" and "hòa bình" both give "hoa binh". */
export const fold = memoized((text) => foldNormalized(normalizeText(text)));

/** fold for text normalizeText has already made: the same result, without normalizing it again. */
export function foldNormalized(normal: string): string {
  if (buffer.length < normal.length) buffer = new Uint16Array(normal.length * 2);
  for (let i = 0; i < normal.length; i++) {
    const code = normal.charCodeAt(i);
    buffer[i] = FOLDED_UNITS[code] || (FOLDED_UNITS[code] = foldUnit(normal[i]).charCodeAt(0));
  }
  return stringOfUnits(buffer, normal.length);
}

const isWordChar = (ch: string | undefined) => ch !== undefined && LETTER_OR_DIGIT.test(ch);

/**
 * Where a phrase occurs in a text as whole words, accent- and case-insensitively; -1 when absent. Folding
 * keeps one character per NFC character, so the index is valid in `normalizeText(text)`.
 */
export function findPhrase(foldedText: string, phrase: string): number {
  return findFolded(foldedText, fold(phrase));
}

/** findPhrase with the phrase already folded: for phrases looked for in many paragraphs. */
export function findFolded(foldedText: string, needle: string): number {
  if (needle === "") return -1;
  for (let at = foldedText.indexOf(needle); at >= 0; at = foldedText.indexOf(needle, at + 1)) {
    const before = foldedText[at - 1];
    const after = foldedText[at + needle.length];
    const startsWord = !isWordChar(needle[0]) || !isWordChar(before);
    const endsWord = !isWordChar(needle[needle.length - 1]) || !isWordChar(after);
    if (startsWord && endsWord) return at;
  }
  return -1;
}

/** A short quote around a match, cut at word boundaries, for showing evidence. */
export function quoteAround(text: string, at: number, length: number, context = 40): string {
  let start = Math.max(0, at - context);
  let end = Math.min(text.length, at + length + context);
  if (start > 0) start = text.indexOf(" ", start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(" ", end) > at + length ? text.lastIndexOf(" ", end) : end;
  return `${start > 0 ? "…" : ""}${text.slice(start, end).trim()}${end < text.length ? "…" : ""}`;
}

/** A paragraph's text normalized and folded, worked out once per paragraph however many checks read it. */
export interface TextForms {
  normal: string;
  folded: string;
}

const formsByParagraph = new WeakMap<{ text: string }, TextForms>();

export function formsOf(paragraph: { text: string }): TextForms {
  let forms = formsByParagraph.get(paragraph);
  if (!forms) {
    const normal = normalizeText(paragraph.text);
    forms = { normal, folded: foldNormalized(normal) };
    formsByParagraph.set(paragraph, forms);
  }
  return forms;
}

/** Every match of a global expression, in order, as String.prototype.matchAll gives them (Internet Explorer lacks it). */
export function execAll(regex: RegExp, text: string): RegExpExecArray[] {
  if (!regex.global) throw new Error("execAll: not a global expression");
  const found: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    found.push(m);
    if (m[0] === "") regex.lastIndex++;
  }
  regex.lastIndex = 0;
  return found;
}
