/**
 * A small, safe XML parser and serializer for WordprocessingML.
 *
 * Pure TypeScript (no DOM, no Node APIs) so the browser playground, jest and the CLI share it. One left-to-right
 * scan with indexOf/charCodeAt and an explicit stack of open elements: no recursion, so a deeply nested document
 * cannot overflow the call stack, and no per-character regular expressions, so a 30 MB document.xml parses fast.
 *
 * Security: a DOCTYPE is refused outright, so no entity is ever declared, expanded or fetched; only the five
 * predefined entities and numeric character references are decoded, any other `&name;` is an error.
 *
 * Namespaces are not resolved: names stay qualified as written ("w:p"), which is how WordprocessingML is read.
 * Comments and processing instructions are dropped; CDATA becomes text; text nodes are kept as written
 * (whitespace included), so serializing a parsed tree gives back equivalent XML.
 */

export interface XmlElement {
  /** Qualified name as written, e.g. "w:p". */
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

/** Text nodes are plain strings with entities decoded. */
export type XmlNode = XmlElement | string;

export class XmlError extends Error {
  /** Offset in the input (in UTF-16 code units, after any BOM) where the problem was found. */
  readonly offset: number;

  /** The message without its offset. */
  readonly reason: string;

  constructor(message: string, offset: number) {
    super(`${message} (at offset ${offset})`);
    this.name = "XmlError";
    this.offset = offset;
    this.reason = message;
  }
}

const LT = 0x3c; // <
const GT = 0x3e; // >
const SLASH = 0x2f; // /
const EQ = 0x3d; // =
const QUOT = 0x22; // "
const APOS = 0x27; // '
const BANG = 0x21; // !
const QUESTION = 0x3f; // ?

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/** Characters that end a name: whitespace, "/", ">", "=", "<" and quotes (a malformed tag); one look-up each. */
const NAME_ENDS = new Uint8Array(128);
for (const c of [0x20, 0x0a, 0x09, 0x0d, SLASH, GT, EQ, QUOT, APOS, LT]) NAME_ENDS[c] = 1;

function endsName(c: number): boolean {
  return c < 128 && NAME_ENDS[c] === 1;
}

/** A name may not start with a digit, ".", "-" or be empty; the rest of XML's name grammar is not checked. */
function isBadNameStart(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2d;
}

const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/**
 * Decodes entity and character references in `raw`, which starts at `offset` in the input (for error offsets).
 * Called only when the text contains "&", so plain text is returned as the slice it already is.
 */
function decodeReferences(raw: string, offset: number): string {
  const parts: string[] = [];
  let from = 0;
  let amp = raw.indexOf("&");
  while (amp !== -1) {
    const semi = raw.indexOf(";", amp + 1);
    if (semi === -1 || semi - amp > 12) {
      throw new XmlError("Unterminated entity or character reference", offset + amp);
    }
    parts.push(raw.slice(from, amp));
    const ref = raw.slice(amp + 1, semi);
    if (ref.charCodeAt(0) === 0x23 /* # */) {
      const hex = ref.charCodeAt(1) === 0x78; /* x */
      const digits = hex ? ref.slice(2) : ref.slice(1);
      const valid = hex ? /^[0-9a-fA-F]{1,6}$/.test(digits) : /^[0-9]{1,7}$/.test(digits);
      const code = valid ? parseInt(digits, hex ? 16 : 10) : NaN;
      if (!valid || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
        throw new XmlError(`Invalid character reference "&${ref};"`, offset + amp);
      }
      parts.push(String.fromCodePoint(code));
    } else {
      const value = PREDEFINED[ref];
      if (value === undefined) {
        throw new XmlError(`Unknown entity "&${ref};" (only the five predefined entities are allowed)`, offset + amp);
      }
      parts.push(value);
    }
    from = semi + 1;
    amp = raw.indexOf("&", from);
  }
  parts.push(raw.slice(from));
  return parts.join("");
}

/** XML end-of-line handling: "\r\n" and a lone "\r" become "\n". */
function normalizeNewlines(text: string): string {
  return text.indexOf("\r") === -1 ? text : text.replace(/\r\n?/g, "\n");
}

function decodeText(raw: string, offset: number): string {
  const text = normalizeNewlines(raw);
  return text.indexOf("&") === -1 ? text : decodeReferences(text, offset);
}

/** Attribute-value normalization: literal tabs and newlines become spaces; references are decoded after. */
function decodeAttribute(raw: string, offset: number): string {
  // Values are short and almost always plain: one pass decides whether any work is needed.
  let plain = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x26 || c === 0x3c || c < 0x20) {
      plain = false;
      break;
    }
  }
  if (plain) return raw;
  const lt = raw.indexOf("<");
  if (lt !== -1) throw new XmlError('"<" in an attribute value', offset + lt);
  const value = raw.replace(/\r\n|[\t\n\r]/g, " ");
  return value.indexOf("&") === -1 ? value : decodeReferences(value, offset);
}

/** A value with no reference, markup or control character: it reads as written. */
function isPlainValue(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x26 || c === 0x3c || c < 0x20) return false;
  }
  return true;
}

/** Slots of the intern cache: a power of two. */
const INTERN_SLOTS = 4096;

/**
 * Names and short attribute values repeat endlessly in WordprocessingML: one shared copy of each makes the tree
 * smaller (about 40% with the exact-size arrays on a 30 MB document.xml), and the collector's work too. The cache
 * is found by a hash of the characters in place, so a name seen before costs no new string; each slot keeps the
 * latest string, so values seen once (revision ids) cost no more than a slice.
 */
function interner(text: string): (start: number, end: number) => string {
  const slots: (string | undefined)[] = new Array(INTERN_SLOTS);
  return (start, end) => {
    const length = end - start;
    let hash = length;
    for (let i = start; i < end; i++) hash = (hash * 31 + text.charCodeAt(i)) | 0;
    const slot = hash & (INTERN_SLOTS - 1);
    const known = slots[slot];
    if (known !== undefined && known.length === length) {
      let same = true;
      for (let i = 0; i < length; i++) {
        if (known.charCodeAt(i) !== text.charCodeAt(start + i)) {
          same = false;
          break;
        }
      }
      if (same) return known;
    }
    const fresh = text.slice(start, end);
    slots[slot] = fresh;
    return fresh;
  };
}

/** Appends text to a child list, merging with a preceding text node (text followed by CDATA, for instance). */
function appendText(children: XmlNode[], text: string): void {
  const last = children.length - 1;
  if (last >= 0 && typeof children[last] === "string") {
    children[last] = (children[last] as string) + text;
  } else {
    children.push(text);
  }
}

export interface ParseOptions {
  /**
   * The tree will only be read, never changed: the parser may share what repeats. Every element without attributes
   * or children gets the same empty object or list, and for the elements named in `shareRepeatedContent`, content
   * written the same as before is parsed once and its children shared (WordprocessingML repeats the same run and
   * paragraph properties thousands of times). An element with attributes, or with one of the same name inside it
   * (w:rPr in w:rPrChange), is parsed as usual.
   */
  readOnly?: { shareRepeatedContent: ReadonlySet<string> };
}

const EMPTY_ATTRS: Record<string, string> = Object.freeze({});
const EMPTY_CHILDREN: XmlNode[] = Object.freeze([]) as unknown as XmlNode[];
/** A shared content is parsed as read-only as the tree it goes into. */
const READ_ONLY_FRAGMENT: ParseOptions = { readOnly: { shareRepeatedContent: new Set() } };

/** Distinct shared contents kept per document, so that a document of all-different properties stays bounded. */
const MAX_SHARED_CONTENTS = 20_000;

function hasAttributes(el: XmlElement): boolean {
  for (const _ in el.attrs) return true;
  return false;
}

/** Parses a whole XML document and returns its root element. Throws XmlError on anything malformed or unsafe. */
export function parseXml(input: string, options: ParseOptions = {}): XmlElement {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const length = text.length;
  const stack: XmlElement[] = [];
  // Children are gathered in one reusable list per depth and copied to an exact-size array when the element
  // closes: arrays grown by push keep spare capacity, a large share of the memory of a million small elements.
  const gathering: XmlNode[][] = [];
  const childrenOf = (depth: number): XmlNode[] => (gathering[depth] ??= []);
  let root: XmlElement | null = null;
  let pos = 0;
  const intern = interner(text);
  const readOnly = options.readOnly !== undefined;
  const share = options.readOnly?.shareRepeatedContent;
  const sharedContents = new Map<string, XmlNode[]>();

  /** The children of `el`, whose content runs from `start` to the `end` of its end tag, parsed once per distinct content. */
  const sharedChildren = (el: XmlElement, start: number, end: number): XmlNode[] => {
    const content = text.slice(start, end);
    let shared = sharedContents.get(content);
    if (shared === undefined) {
      try {
        shared = parseXml(`<${el.name}>${content}</${el.name}>`, READ_ONLY_FRAGMENT).children;
      } catch (error) {
        if (error instanceof XmlError) throw new XmlError(error.reason, start + error.offset - el.name.length - 2);
        throw error;
      }
      if (sharedContents.size < MAX_SHARED_CONTENTS) sharedContents.set(content, shared);
    }
    return shared;
  };

  while (pos < length) {
    const lt = text.indexOf("<", pos);
    const textEnd = lt === -1 ? length : lt;

    if (textEnd > pos) {
      if (stack.length > 0) {
        appendText(childrenOf(stack.length - 1), decodeText(text.slice(pos, textEnd), pos));
      } else {
        for (let i = pos; i < textEnd; i++) {
          if (!isSpace(text.charCodeAt(i))) {
            throw new XmlError(root ? "Text after the root element" : "Text before the root element", i);
          }
        }
      }
    }
    if (lt === -1) break;
    pos = lt;

    const next = text.charCodeAt(pos + 1);
    if (next === QUESTION) {
      // XML declaration or processing instruction: skipped.
      const end = text.indexOf("?>", pos + 2);
      if (end === -1) throw new XmlError("Unterminated processing instruction", pos);
      pos = end + 2;
      continue;
    }
    if (next === BANG) {
      if (text.startsWith("<!--", pos)) {
        const end = text.indexOf("-->", pos + 4);
        if (end === -1) throw new XmlError("Unterminated comment", pos);
        pos = end + 3;
        continue;
      }
      if (text.startsWith("<![CDATA[", pos)) {
        const end = text.indexOf("]]>", pos + 9);
        if (end === -1) throw new XmlError("Unterminated CDATA section", pos);
        if (stack.length === 0) throw new XmlError("CDATA section outside the root element", pos);
        appendText(childrenOf(stack.length - 1), normalizeNewlines(text.slice(pos + 9, end)));
        pos = end + 3;
        continue;
      }
      if (text.startsWith("<!DOCTYPE", pos)) {
        throw new XmlError("Documents with a DOCTYPE are refused: entity declarations are never processed", pos);
      }
      throw new XmlError("Unsupported markup declaration", pos);
    }

    if (next === SLASH) {
      // End tag: almost always "</name>" of the open element, which is compared in place, without a copy.
      const nameStart = pos + 2;
      const open = stack.pop();
      let i = nameStart;
      if (open && text.startsWith(open.name, nameStart) && text.charCodeAt(nameStart + open.name.length) === GT) {
        i = nameStart + open.name.length;
      } else {
        while (i < length && !endsName(text.charCodeAt(i))) i++;
        const name = text.slice(nameStart, i);
        while (i < length && isSpace(text.charCodeAt(i))) i++;
        if (i >= length) throw new XmlError(`Unterminated end tag </${name}`, pos);
        if (text.charCodeAt(i) !== GT) throw new XmlError(`Malformed end tag </${name}`, pos);
        if (!open) throw new XmlError(`End tag </${name}> without a start tag`, pos);
        if (open.name !== name) throw new XmlError(`End tag </${name}> does not match <${open.name}>`, pos);
      }
      const gathered = childrenOf(stack.length);
      if (gathered.length > 0) {
        open.children = gathered.slice();
        gathered.length = 0;
      }
      pos = i + 1;
      continue;
    }

    // Start tag or empty-element tag.
    if (root && stack.length === 0) throw new XmlError("A second root element", pos);
    const nameStart = pos + 1;
    let i = nameStart;
    while (i < length && !endsName(text.charCodeAt(i))) i++;
    if (i === nameStart || isBadNameStart(text.charCodeAt(nameStart))) {
      throw new XmlError("Invalid element name", pos);
    }
    const element: XmlElement = {
      name: intern(nameStart, i),
      attrs: readOnly ? EMPTY_ATTRS : {},
      children: readOnly ? EMPTY_CHILDREN : [],
    };
    let selfClosing = false;

    for (;;) {
      const before = i;
      while (i < length && isSpace(text.charCodeAt(i))) i++;
      if (i >= length) throw new XmlError(`Unterminated start tag <${element.name}`, pos);
      const c = text.charCodeAt(i);
      if (c === GT) {
        i++;
        break;
      }
      if (c === SLASH) {
        if (text.charCodeAt(i + 1) !== GT) throw new XmlError(`Malformed tag <${element.name}`, i);
        selfClosing = true;
        i += 2;
        break;
      }
      if (i === before) throw new XmlError(`Missing whitespace before an attribute in <${element.name}`, i);
      const attrStart = i;
      while (i < length && !endsName(text.charCodeAt(i))) i++;
      if (i === attrStart || isBadNameStart(text.charCodeAt(attrStart))) {
        throw new XmlError(`Invalid attribute name in <${element.name}`, attrStart);
      }
      const attrName = intern(attrStart, i);
      while (i < length && isSpace(text.charCodeAt(i))) i++;
      if (text.charCodeAt(i) !== EQ) throw new XmlError(`Attribute ${attrName} has no value`, i);
      i++;
      while (i < length && isSpace(text.charCodeAt(i))) i++;
      const quote = text.charCodeAt(i);
      if (quote !== QUOT && quote !== APOS) throw new XmlError(`Attribute ${attrName} value is not quoted`, i);
      const valueEnd = text.indexOf(quote === QUOT ? '"' : "'", i + 1);
      if (valueEnd === -1) throw new XmlError(`Unterminated value of attribute ${attrName}`, i);
      if (element.attrs[attrName] !== undefined && Object.prototype.hasOwnProperty.call(element.attrs, attrName)) {
        throw new XmlError(`Duplicate attribute ${attrName}`, attrStart);
      }
      // Short values repeat too ("Normal", "both", "28"): share them like names.
      const value =
        valueEnd - i <= 17 && isPlainValue(text, i + 1, valueEnd)
          ? intern(i + 1, valueEnd)
          : decodeAttribute(text.slice(i + 1, valueEnd), i + 1);
      if (element.attrs === EMPTY_ATTRS) element.attrs = {};
      if (attrName === "__proto__") {
        // A plain assignment would set the prototype instead of storing the attribute.
        Object.defineProperty(element.attrs, attrName, { value, enumerable: true, writable: true, configurable: true });
      } else {
        element.attrs[attrName] = value;
      }
      i = valueEnd + 1;
    }

    if (stack.length > 0) {
      childrenOf(stack.length - 1).push(element);
    } else {
      root = element;
    }
    pos = i;
    if (selfClosing) continue;
    if (share?.has(element.name) && stack.length > 0 && !hasAttributes(element)) {
      const close = text.indexOf(`</${element.name}>`, i);
      const nested = text.indexOf(`<${element.name}`, i);
      if (close !== -1 && (nested === -1 || nested > close)) {
        element.children = sharedChildren(element, i, close);
        pos = close + element.name.length + 3;
        continue;
      }
    }
    stack.push(element);
  }

  if (stack.length > 0) {
    throw new XmlError(`Unclosed element <${stack[stack.length - 1].name}> at end of input`, length);
  }
  if (!root) throw new XmlError("No root element", length);
  return root;
}

/* ---------------------------------------------------------------------------------------------------------- */

function escapeText(text: string): string {
  if (!/[&<>]/.test(text)) return text;
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Tabs and newlines in attribute values are written as references so that parsing does not turn them into spaces. */
function escapeAttribute(value: string): string {
  if (!/[&<>"\t\n\r]/.test(value)) return value;
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

function openTag(el: XmlElement, selfClosing: boolean): string {
  let tag = "<" + el.name;
  for (const name of Object.keys(el.attrs)) tag += " " + name + '="' + escapeAttribute(el.attrs[name]) + '"';
  return tag + (selfClosing ? "/>" : ">");
}

export interface SerializeOptions {
  /** Prefix the output with `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`. */
  declaration?: boolean;
}

/** Serializes an element and its descendants (iteratively, so depth is not limited by the call stack). */
export function serializeXml(el: XmlElement, options: SerializeOptions = {}): string {
  const out: string[] = [];
  if (options.declaration) out.push('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n');
  // Each frame is an open element and the index of its next child to write.
  const stack: { el: XmlElement; next: number }[] = [];
  const open = (node: XmlElement): void => {
    if (node.children.length === 0) {
      out.push(openTag(node, true));
    } else {
      out.push(openTag(node, false));
      stack.push({ el: node, next: 0 });
    }
  };
  open(el);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if (frame.next >= frame.el.children.length) {
      out.push("</" + frame.el.name + ">");
      stack.pop();
      continue;
    }
    const child = frame.el.children[frame.next++];
    if (typeof child === "string") {
      out.push(escapeText(child));
    } else {
      open(child);
    }
  }
  return out.join("");
}

/* ---------------------------------------------------------------------------------------------------------- */

/** The element children of `el`, optionally only those with the qualified name `name`. */
export function childElements(el: XmlElement, name?: string): XmlElement[] {
  const result: XmlElement[] = [];
  for (const child of el.children) {
    if (typeof child !== "string" && (name === undefined || child.name === name)) result.push(child);
  }
  return result;
}

/** The first element child named `name`, or undefined. */
export function firstChild(el: XmlElement, name: string): XmlElement | undefined {
  for (const child of el.children) {
    if (typeof child !== "string" && child.name === name) return child;
  }
  return undefined;
}

/** Property containers (w:pPr, w:rPr, w:tblPr, w:sectPr, w:sdtPr, …) hold settings, never document text. */
function isPropertyElement(name: string): boolean {
  return name.endsWith("Pr") || name.endsWith("PrEx") || name.endsWith("PrChange");
}

/**
 * The text beneath `el` as WordprocessingML means it: all w:t text in document order, w:tab as "\t" and w:br or
 * w:cr as "\n". Deleted text (w:delText) and field instructions (w:instrText) are not w:t, so they are left out;
 * property elements are skipped so that tab-stop definitions (w:pPr/w:tabs/w:tab) do not read as tabs.
 */
export function textOf(el: XmlElement): string {
  const out: string[] = [];
  const stack: XmlElement[] = [el];
  while (stack.length > 0) {
    const node = stack.pop() as XmlElement;
    switch (node.name) {
      case "w:t":
        for (const child of node.children) if (typeof child === "string") out.push(child);
        continue;
      case "w:tab":
        out.push("\t");
        continue;
      case "w:br":
      case "w:cr":
        out.push("\n");
        continue;
    }
    if (node !== el && isPropertyElement(node.name)) continue;
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if (typeof child !== "string") stack.push(child);
    }
  }
  return out.join("");
}
