/**
 * Packs package parts into a .docx (zip). No Node imports: the task pane can offer the same file for download.
 */
import { strToU8, zipSync, Zippable } from "fflate";

const CONTENT_TYPES = "[Content_Types].xml";

/** Every entry gets this time, so the same parts always give the same bytes (DOS time starts in 1980). */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/** Zips the parts with deflate, [Content_Types].xml first (some readers expect it there), the rest in order. */
export function zipParts(parts: Record<string, string | Uint8Array>): Uint8Array {
  const names = Object.keys(parts);
  if (!names.includes(CONTENT_TYPES)) throw new Error(`A package needs ${CONTENT_TYPES}.`);
  const ordered = [CONTENT_TYPES, ...names.filter((name) => name !== CONTENT_TYPES)];
  const files: Zippable = {};
  for (const name of ordered) {
    const data = parts[name];
    files[name] = typeof data === "string" ? strToU8(data) : data;
  }
  return zipSync(files, { level: 6, mtime: FIXED_MTIME });
}
