// Writes src/lite/polyfills/normalize-table.ts, the data behind the light pane's String.prototype.normalize
// polyfill (src/lite/polyfills/normalize.ts), from the Unicode data in this Node's own ICU.
// Run: node scripts/gen-normalize-table.js
//
// The table covers the characters whose canonical decomposition lies in U+0000–U+036F (Basic Latin, Latin-1,
// Latin Extended-A and -B, IPA, spacing modifiers, combining diacritical marks) and U+1E00–U+1EFF (Latin Extended
// Additional): all of Vietnamese, and with them a few symbols elsewhere made of those characters (≠ ≮ ≯, the
// Angstrom and Kelvin signs, a few Greek spacing accents), so that composing any text of those characters never
// yields one that is missing from the table. ICU gives decompositions and the order of combining classes, not the
// numbers, so each mark's class is stored as its rank among the classes of U+0300–U+036F, which orders the same.
const fs = require("fs");
const path = require("path");

const OUT = path.join(__dirname, "..", "src", "lite", "polyfills", "normalize-table.ts");
const MARKS_FROM = 0x300;
const MARKS_TO = 0x36f;

/** The characters the table speaks for: every character it holds decomposes to these. */
const inDomain = (cp) => cp <= MARKS_TO || (cp >= 0x1e00 && cp <= 0x1eff);
const chr = (cp) => String.fromCodePoint(cp);
const cps = (s) => Array.from(s, (c) => c.codePointAt(0));
const hex = (cp, width) => cp.toString(16).toUpperCase().padStart(width, "0");
const nfd = (s) => s.normalize("NFD");
const nfc = (s) => s.normalize("NFC");

function fail(message) {
  throw new Error(`gen-normalize-table: ${message}`);
}

// Combining classes. swap(a, b): canonical ordering puts b before a, that is ccc(a) > ccc(b) > 0.
const base = "\u0031"; // "1": a starter that composes with nothing
const swap = (a, b) => {
  const ordered = nfd(base + chr(a) + chr(b));
  return ordered !== base + nfd(chr(a)) + nfd(chr(b)) && ordered === base + nfd(chr(b)) + nfd(chr(a));
};
const marks = [];
for (let cp = MARKS_FROM; cp <= MARKS_TO; cp++) marks.push(cp);
const below = new Map(marks.map((m) => [m, marks.filter((n) => swap(m, n)).length]));
const nonStarter = new Set(marks.filter((m) => below.get(m) > 0 || marks.some((n) => swap(n, m))));
const levels = [...new Set(marks.filter((m) => nonStarter.has(m)).map((m) => below.get(m)))].sort((a, b) => a - b);
if (levels.length > 35) fail("more than 35 combining classes: one base-36 digit per mark no longer fits");
const rank = (m) => (nonStarter.has(m) ? levels.indexOf(below.get(m)) + 1 : 0);
// The ranks must order exactly as the swaps say, for every pair.
for (const a of marks)
  for (const b of marks) {
    const expected = rank(a) > rank(b) && rank(b) > 0;
    if (expected !== swap(a, b)) fail(`ranks disagree with ICU's ordering for U+${hex(a, 4)}, U+${hex(b, 4)}`);
  }
const ccc = marks.map((m) => rank(m).toString(36)).join("");

// Every other character of the domain that does not decompose must be a starter (ccc 0), as the runtime assumes:
// a non-starter of class below 240 would move before U+0345 (240), one of 240 after U+0334 (1).
for (let cp = 0; cp <= 0x1eff; cp++) {
  if (!inDomain(cp) || (cp >= MARKS_FROM && cp <= MARKS_TO) || nfd(chr(cp)) !== chr(cp)) continue;
  const s = base + "\u0345" + chr(cp) + "\u0334";
  if (nfd(s) !== s) fail(`U+${hex(cp, 4)} is not a starter`);
}

// Decompositions: one level each, as in UnicodeData.txt, rebuilt from the full decomposition ICU gives.
const decompositions = new Map(); // composite → [first] or [first, second]
for (let cp = 0; cp <= 0x10ffff; cp++) {
  if (cp >= 0xd800 && cp <= 0xdfff) continue;
  const full = cps(nfd(chr(cp)));
  if (full.length === 1 && full[0] === cp) continue;
  if (!full.every(inDomain)) continue;
  if (cp > 0xffff) fail(`U+${hex(cp, 6)} is outside the BMP`);
  const composed = cps(nfc(chr(cp)));
  if (full.length === 1 || (composed.length === 1 && composed[0] !== cp)) {
    // A singleton: it maps to one character, the one NFC gives.
    if (composed.length !== 1 || composed[0] === cp) fail(`U+${hex(cp, 4)}: no single character for its singleton`);
    decompositions.set(cp, composed);
    continue;
  }
  // The last character of the full decomposition is the second half; the rest, composed, the first.
  const first = cps(nfc(String.fromCodePoint(...full.slice(0, -1))));
  const second = full[full.length - 1];
  if (first.length !== 1) fail(`U+${hex(cp, 4)}: the rest of its decomposition does not compose to one character`);
  decompositions.set(cp, [first[0], second]);
}

// Checks: each one-level mapping, decomposed again and reordered, gives ICU's full decomposition; each pair that is
// not excluded composes back to its composite in ICU; the excluded ones are exactly those whose first half is a
// non-starter (the runtime's rule), singletons aside.
const cccOf = (cp) => (cp >= MARKS_FROM && cp <= MARKS_TO ? rank(cp) : 0);
function decomposeFully(cp) {
  const d = decompositions.get(cp);
  return d ? d.flatMap(decomposeFully) : [cp];
}
function reorder(list) {
  const a = list.slice();
  for (let i = 1; i < a.length; i++)
    for (let j = i; j > 0 && cccOf(a[j]) > 0 && cccOf(a[j - 1]) > cccOf(a[j]); j--) [a[j - 1], a[j]] = [a[j], a[j - 1]];
  return a;
}
for (const [cp, d] of decompositions) {
  if (reorder(decomposeFully(cp)).join() !== cps(nfd(chr(cp))).join()) fail(`U+${hex(cp, 4)}: decomposition mismatch`);
  if (d.length !== 2) continue;
  const excluded = nfc(chr(cp)) !== chr(cp);
  if (excluded !== (cccOf(d[0]) !== 0)) fail(`U+${hex(cp, 4)}: a composition exclusion the runtime's rule misses`);
  if (!excluded && nfc(chr(d[0]) + chr(d[1])) !== chr(cp)) fail(`U+${hex(cp, 4)}: its pair does not compose to it`);
  if (d[1] < MARKS_FROM || d[1] > MARKS_FROM + 0xff) fail(`U+${hex(cp, 4)}: second half beyond U+03FF`);
}

// Encoding, in ASCII so that no editor can normalise the table itself: tokens read left to right with a current
// code point, "@XXXX" sets it; "XXXXMM" gives it the decomposition U+XXXX, U+0300+MM; "=XXXX" the singleton U+XXXX;
// "-" skips it. The last three move on to the next code point.
let encoded = "";
let current = -1;
for (const cp of [...decompositions.keys()].sort((a, b) => a - b)) {
  const gap = cp - current;
  if (current < 0 || gap < 0 || gap > 4) encoded += "@" + hex(cp, 4);
  else encoded += "-".repeat(gap);
  const d = decompositions.get(cp);
  encoded += d.length === 1 ? "=" + hex(d[0], 4) : hex(d[0], 4) + hex(d[1] - MARKS_FROM, 2);
  current = cp + 1;
}

const chunks = (s, size) => s.match(new RegExp(`.{1,${size}}`, "g"));
const literal = (s) =>
  chunks(s, 120)
    .map((part) => `  "${part}"`)
    .join(" +\n");
const text = `// GENERATED by scripts/gen-normalize-table.js from the Unicode data of Node ${process.version} (ICU ${process.versions.icu},
// Unicode ${process.versions.unicode}): do not edit. Regenerate with \`node scripts/gen-normalize-table.js\`.
// ${decompositions.size} canonical decompositions of characters that decompose within U+0000–U+036F and U+1E00–U+1EFF,
// and the combining classes of U+0300–U+036F; src/lite/polyfills/normalize.ts reads them.

/**
 * One level of canonical decomposition per character, as ASCII tokens read with a current code point: "@XXXX" sets
 * it; "XXXXMM" maps it to U+XXXX followed by U+0300+MM (hex); "=XXXX" maps it to U+XXXX alone (a singleton); "-"
 * gives it none. Each of the last three moves on to the next code point.
 */
export const DECOMPOSITIONS =
${literal(encoded)};

/**
 * Canonical combining classes, one base-36 digit per mark from U+0300 to U+036F: 0 for a starter, otherwise the rank
 * of its class among those of the block (ICU gives their order, not their numbers), which sorts as the class does.
 */
export const COMBINING_CLASSES =
${literal(ccc)};
`;
fs.writeFileSync(OUT, text);
console.log(
  `${path.relative(process.cwd(), OUT)}: ${decompositions.size} decompositions, ${levels.length} combining classes, ${Buffer.byteLength(text)} bytes`,
);
