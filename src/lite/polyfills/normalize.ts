/**
 * String.prototype.normalize for Internet Explorer 11, which lacks it: the canonical forms NFC and NFD, by the
 * Unicode algorithm (full canonical decomposition, canonical ordering by combining class, canonical composition with
 * its blocking rule and composition exclusions) over the table in normalize-table.ts, generated from Node's ICU.
 *
 * The table covers the characters that decompose within U+0000–U+036F and U+1E00–U+1EFF: Latin with its
 * precomposed letters (all of Vietnamese) and the combining marks U+0300–U+036F, plus the few characters elsewhere
 * made only of those (≠ ≮ ≯, the Angstrom and Kelvin signs, some Greek spacing accents). Every other character
 * passes through unchanged and counts as a starter (combining class 0): Hangul syllables are not decomposed nor
 * jamo composed, Greek and Cyrillic letters are left as they are, marks outside U+0300–U+036F are not reordered.
 *
 * Written for Babel's ES5 output with no other polyfill: plain loops over code units, objects as dictionaries.
 * Importing this module installs nothing; the light pane's entry calls installNormalize().
 */
import { COMBINING_CLASSES, DECOMPOSITIONS } from "./normalize-table";

type Dictionary = { [unit: string]: string | undefined };

const MARKS_FROM = 0x300;
const MARKS_TO = 0x36f;
/** Below this code unit no character decomposes or is a combining mark: text of such units is in both forms. */
const FIRST_ACTIVE = 0xc0;
/** Code units per String.fromCharCode.apply call, well within every engine's argument limit. */
const CHUNK = 8192;

/** Read from the table on first use: one level of decomposition per character, and the primary composites. */
let decompositions: Dictionary | null = null;
let compositions: Dictionary = {};
const classes: number[] = [];

function combiningClass(unit: number): number {
  return unit >= MARKS_FROM && unit <= MARKS_TO ? classes[unit - MARKS_FROM] : 0;
}

function load(): Dictionary {
  if (decompositions) return decompositions;
  const dec: Dictionary = Object.create(null);
  const comp: Dictionary = Object.create(null);
  for (let i = 0; i < COMBINING_CLASSES.length; i++) classes[i] = parseInt(COMBINING_CLASSES.charAt(i), 36);
  const table = DECOMPOSITIONS;
  let code = 0;
  let i = 0;
  while (i < table.length) {
    const token = table.charAt(i);
    if (token === "@") {
      code = parseInt(table.substring(i + 1, i + 5), 16);
      i += 5;
    } else if (token === "-") {
      code++;
      i++;
    } else if (token === "=") {
      dec[String.fromCharCode(code++)] = String.fromCharCode(parseInt(table.substring(i + 1, i + 5), 16));
      i += 5;
    } else {
      const first = parseInt(table.substring(i, i + 4), 16);
      const pair = String.fromCharCode(first, MARKS_FROM + parseInt(table.substring(i + 4, i + 6), 16));
      const composite = String.fromCharCode(code++);
      dec[composite] = pair;
      // Primary composites only: singletons are excluded, and so are pairs that start with a non-starter (U+0344).
      if (combiningClass(first) === 0) comp[pair] = composite;
      i += 6;
    }
  }
  compositions = comp;
  decompositions = dec;
  return dec;
}

/** Whether s may change under NFC or NFD: it holds a character that decomposes or a mark of U+0300–U+036F. */
function mayChange(s: string, dec: Dictionary): boolean {
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    if (unit >= FIRST_ACTIVE && ((unit >= MARKS_FROM && unit <= MARKS_TO) || dec[s.charAt(i)] !== undefined)) return true;
  }
  return false;
}

function decomposeInto(out: number[], unit: number, dec: Dictionary): void {
  const mapping = dec[String.fromCharCode(unit)];
  if (mapping === undefined) {
    out.push(unit);
    return;
  }
  for (let i = 0; i < mapping.length; i++) decomposeInto(out, mapping.charCodeAt(i), dec);
}

/** The canonical decomposition of s, in canonical order, as code units. */
function decompose(s: string, dec: Dictionary): number[] {
  const units: number[] = [];
  for (let i = 0; i < s.length; i++) decomposeInto(units, s.charCodeAt(i), dec);
  // Canonical ordering: a stable insertion sort of each run of non-starters by combining class.
  for (let i = 1; i < units.length; i++) {
    const unit = units[i];
    const ccc = combiningClass(unit);
    if (ccc === 0) continue;
    let j = i;
    for (; j > 0 && combiningClass(units[j - 1]) > ccc; j--) units[j] = units[j - 1];
    units[j] = unit;
  }
  return units;
}

/** Canonical composition of decomposed, canonically ordered code units. */
function compose(units: number[]): number[] {
  const out: number[] = [];
  let starter = -1; // where the last starter is in out; -1 before the first
  let last = -1; // the combining class of the last unit kept after that starter; -1 when there is none
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    const ccc = combiningClass(unit);
    // Not blocked: nothing between the starter and this unit, or all in between of a lower, non-zero class.
    if (starter >= 0 && (last === -1 || (last !== 0 && last < ccc))) {
      const composite = compositions[String.fromCharCode(out[starter], unit)];
      if (composite !== undefined) {
        out[starter] = composite.charCodeAt(0);
        continue;
      }
    }
    out.push(unit);
    if (ccc === 0) {
      starter = out.length - 1;
      last = -1;
    } else last = ccc;
  }
  return out;
}

function fromUnits(units: number[]): string {
  let s = "";
  for (let i = 0; i < units.length; i += CHUNK) {
    s += String.fromCharCode.apply(null, units.slice(i, i + CHUNK));
  }
  return s;
}

/** s in Normalization Form D (canonical decomposition), for the characters of the table. */
export function nfd(s: string): string {
  const dec = load();
  return mayChange(s, dec) ? fromUnits(decompose(s, dec)) : s;
}

/** s in Normalization Form C (canonical decomposition, then canonical composition), for the characters of the table. */
export function nfc(s: string): string {
  const dec = load();
  return mayChange(s, dec) ? fromUnits(compose(decompose(s, dec))) : s;
}

/** ToString as the specification has it: a Symbol throws rather than print. */
function toStringStrict(value: unknown): string {
  if (typeof value === "symbol") throw new TypeError("Cannot convert a Symbol value to a string");
  return String(value);
}

/** The method installed: String.prototype.normalize([form]), its length 0 like the native one. */
function normalize(this: unknown): string {
  if (this === null || this === undefined) throw new TypeError("String.prototype.normalize called on null or undefined");
  const s = toStringStrict(this);
  // The form is read from arguments: a declared parameter would make the method's length 1, the native one's is 0.
  const form = arguments[0] === undefined ? "NFC" : toStringStrict(arguments[0]);
  if (form === "NFC") return nfc(s);
  if (form === "NFD") return nfd(s);
  if (form === "NFKC" || form === "NFKD") {
    throw new RangeError(`String.prototype.normalize: this polyfill only provides the canonical forms NFC and NFD, not ${form}`);
  }
  throw new RangeError("The normalization form should be one of NFC, NFD, NFKC, NFKD.");
}

/** Installs String.prototype.normalize when the browser lacks it (IE11); leaves a native one alone. */
export function installNormalize(): void {
  if (typeof String.prototype.normalize === "function") return;
  Object.defineProperty(String.prototype, "normalize", { value: normalize, writable: true, enumerable: false, configurable: true });
}
