import { DocModel } from "./model";

const LEGACY_FONT = /^(\.vn|vni[- ])/i;
/** Characters of text counted for the letters test: some twenty pages. */
const SAMPLE_CHARACTERS = 50_000;

/**
 * Text typed in TCVN3 (.VnTime…) or VNI fonts shows as Latin-1 letters in Unicode. The font names say so
 * most surely; failing that, many U+00A1–U+00FE characters and almost no Vietnamese letters of
 * U+1EA0–U+1EF9 do (encodings-and-unicode.md).
 */
export function usesLegacyEncoding(doc: DocModel): boolean {
  let latin1 = 0;
  let vietnamese = 0;
  let sampled = 0;
  // A report uses a handful of fonts on thousands of paragraphs: each name is tested once.
  const legacy = new Map<string, boolean>();
  const isLegacy = (font: string) => {
    let known = legacy.get(font);
    if (known === undefined) legacy.set(font, (known = LEGACY_FONT.test(font)));
    return known;
  };
  for (const block of doc.blocks) {
    const paragraphs = block.kind === "paragraph" ? [block] : block.paragraphs;
    for (const p of paragraphs) {
      if (p.fonts.some(isLegacy) && p.text.trim() !== "") return true;
      // Legacy text shows itself in any stretch of the report: counting its first pages is enough.
      if (sampled > SAMPLE_CHARACTERS) continue;
      sampled += p.text.length;
      for (let i = 0; i < p.text.length; i++) {
        const code = p.text.charCodeAt(i);
        if (code >= 0xa1 && code <= 0xfe) latin1++;
        else if (code >= 0x1ea0 && code <= 0x1ef9) vietnamese++;
      }
    }
  }
  return latin1 >= 20 && vietnamese * 10 < latin1;
}
