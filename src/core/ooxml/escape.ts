/**
 * Escaping for text we write into XML. Pure: used by the add-in (browser) and the command line alike.
 */

/**
 * Characters XML 1.0 forbids (C0 controls other than tab, LF and CR; U+FFFE and U+FFFF), and any surrogate
 * half. The alternation tries a well-formed pair first, so the replacer can keep pairs and drop lone halves
 * without a look-behind (not every WebView Word runs add-ins in supports one).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/g;

/** Removes the characters an XML 1.0 document cannot contain, even escaped. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(UNSAFE, (match) => (match.length === 2 ? match : ""));
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/**
 * Text safe both as element content and as a (single- or double-quoted) attribute value: the five special
 * characters become entities and forbidden characters are dropped.
 */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
