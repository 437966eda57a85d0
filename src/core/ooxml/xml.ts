/**
 * A small, safe XML tokenizer, parser and serializer for WordprocessingML.
 *
 * Pure TypeScript (no DOM, no Node APIs) so the browser playground, jest and the CLI share it. XmlTokenizer is one
 * left-to-right scan with indexOf/charCodeAt and an explicit stack of open elements: no recursion, so a deeply
 * nested document cannot overflow the call stack, and no per-character regular expressions, so a 30 MB
 * document.xml reads fast. parseXml builds a tree from its tokens (the simulated Word edits such trees); the
 * WordprocessingML reader (read.ts) takes the tokens as they come, without a tree.
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

function sameCharacters(text: string, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false;
  return true;
}

/** Slots of the intern cache: a power of two. */
const INTERN_SLOTS = 4096;

/**
 * Element names repeat endlessly in WordprocessingML: one shared copy of each keeps trees small and makes comparing
 * names cheap. The cache is found by a hash of the characters in place (worked out as the name is scanned), so a
 * name seen before costs no new string; each slot keeps the latest string, so a rare name costs no more than a slice.
 */
function interner(text: string): (start: number, end: number, hash: number) => string {
  const slots: (string | undefined)[] = new Array(INTERN_SLOTS);
  return (start, end, hash) => {
    const length = end - start;
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

/** Decodes the UTF-8 bytes from `start` to `end` of a document given as bytes (see XmlTokenizer.document). */
export type Utf8Decoder = (start: number, end: number) => string;

/** The UTF-8 byte order mark as a binary string. */
const UTF8_BOM = "\xef\xbb\xbf";

/** What XmlTokenizer.next() read: nothing more, a start tag, an end tag, or text (CDATA included). */
export const DONE = 0;
export const START = 1;
export const END = 2;
export const TEXT = 3;

/**
 * A pull tokenizer: the one well-formedness checker behind parseXml and the streaming WordprocessingML reader.
 * Each `next()` reads one start tag, end tag or text run; an empty-element tag gives a START then an END. Nothing is
 * built that the caller does not ask for: attribute values and text are decoded on request (references are still
 * checked as they are passed, so a document is refused or accepted whatever is read of it).
 *
 * Over a whole document it checks what surrounds the root (one root, nothing but markup and whitespace around it).
 * `XmlTokenizer.element` reads just the element starting at an offset of a larger text, as when a Flat OPC package
 * holds a part's XML, and is done when that element ends.
 */
export class XmlTokenizer {
  /** Qualified name, as written, of the element the last START or END is about. */
  name = "";
  /** Offset of the "<" of the last start or end tag, or of the first character of the last text. */
  offset = 0;
  /** Elements open, the one just started included (after its END, not). */
  depth = 0;
  /** The last start tag declares a namespace (xmlns or xmlns:prefix). */
  declaresNamespaces = false;

  private pos: number;
  private readonly open: string[] = [];
  private readonly intern: (start: number, end: number, hash: number) => string;
  /** "</name>" by element name, for simpleContent. */
  private readonly endTags = new Map<string, string>();
  private readonly wholeDocument: boolean;
  private rootSeen = false;
  private finished = false;
  /** The last START was an empty-element tag: its END is the next token. */
  private endPending = false;

  private attributeCount = 0;
  /** Where each attribute's name starts and ends: names are compared in place, not copied. */
  private readonly nameStarts: number[] = [];
  private readonly nameEnds: number[] = [];
  private readonly valueStarts: number[] = [];
  private readonly valueEnds: number[] = [];
  /** Values that needed decoding, decoded as the tag was read; plain values are sliced on request. */
  private readonly decodedValues: (string | undefined)[] = [];

  private textEnd = 0;
  /** The last TEXT decoded (it had references, or was CDATA); undefined when it reads as written. */
  private decodedText: string | undefined;
  /** Offset of the next "&" at or after the text being read, -1 when none is left: found once, not per text. */
  private nextAmpersand = -2;

  private constructor(
    private readonly text: string,
    at: number,
    wholeDocument: boolean,
    private readonly utf8: Utf8Decoder | undefined,
    intern = interner(text),
  ) {
    this.pos = at;
    this.wholeDocument = wholeDocument;
    this.intern = intern;
  }

  /**
   * Tokens of a whole document (a byte order mark at its start is passed over). With `utf8`, `text` holds the
   * document's UTF-8 bytes one per character: markup is found in the bytes, and only the text and attribute values
   * asked for are decoded, by `utf8`, which is much cheaper than decoding the whole part first.
   */
  static document(text: string, utf8?: Utf8Decoder): XmlTokenizer {
    const bom = utf8 ? (text.startsWith(UTF8_BOM) ? 3 : 0) : text.charCodeAt(0) === 0xfeff ? 1 : 0;
    return new XmlTokenizer(text, bom, true, utf8);
  }

  /**
   * Tokens of the one element whose start tag begins at `at` in `text`. Given the tokenizer `of` that same text,
   * its names are shared rather than learnt again (a document may hold thousands of text boxes).
   */
  static element(text: string, at: number, utf8?: Utf8Decoder, of?: XmlTokenizer): XmlTokenizer {
    return new XmlTokenizer(text, at, false, utf8, of?.text === text ? of.intern : undefined);
  }

  /** The decoder of a text of UTF-8 bytes (see `document`). */
  get decoder(): Utf8Decoder | undefined {
    return this.utf8;
  }

  /** Offset just past the last token read. */
  get position(): number {
    return this.pos;
  }

  /** The text being read. */
  get source(): string {
    return this.text;
  }

  /** The value of an attribute of the last start tag, by its qualified name as written. */
  attribute(name: string): string | undefined {
    for (let i = 0; i < this.attributeCount; i++) {
      const start = this.nameStarts[i];
      if (this.nameEnds[i] - start === name.length && this.text.startsWith(name, start)) return this.value(i);
    }
    return undefined;
  }

  /** Every attribute of the last start tag, by qualified name. */
  attributes(): Record<string, string> {
    const attrs: Record<string, string> = {};
    for (let i = 0; i < this.attributeCount; i++) {
      const name = this.attributeName(i);
      if (name === "__proto__") {
        // A plain assignment would set the prototype instead of storing the attribute.
        Object.defineProperty(attrs, name, { value: this.value(i), enumerable: true, writable: true, configurable: true });
      } else {
        attrs[name] = this.value(i);
      }
    }
    return attrs;
  }

  /** Calls `visit` with each attribute name of the last start tag (namespace declarations are found this way). */
  forEachAttribute(visit: (name: string, value: string) => void): void {
    for (let i = 0; i < this.attributeCount; i++) visit(this.attributeName(i), this.value(i));
  }

  /** The last TEXT token's text: references decoded, line ends normalised. */
  textValue(): string {
    return this.decodedText ?? normalizeNewlines(this.characters(this.offset, this.textEnd));
  }

  /** The characters from `start` to `end`, decoded from UTF-8 when the text is bytes and they are not all ASCII. */
  private characters(start: number, end: number): string {
    if (this.utf8) {
      for (let i = start; i < end; i++) if (this.text.charCodeAt(i) >= 0x80) return this.utf8(start, end);
    }
    return this.text.slice(start, end);
  }

  /** Right after a START: reads on to the end of that element, so that the next token follows it. */
  skip(): void {
    const depth = this.depth - 1;
    while (this.depth > depth) this.next();
  }

  /**
   * Right after a START: the element's content as written, when it is plainly delimited by the first "</name>" after
   * it (no element of the same name, comment, CDATA or processing instruction inside); else undefined.
   */
  simpleContent(): string | undefined {
    if (this.endPending) return "";
    const { name, text, pos } = this;
    let endTag = this.endTags.get(name);
    if (endTag === undefined) this.endTags.set(name, (endTag = `</${name}>`));
    const close = text.indexOf(endTag, pos);
    if (close === -1) return undefined;
    for (let lt = text.indexOf("<", pos); lt < close; lt = text.indexOf("<", lt + 1)) {
      const next = text.charCodeAt(lt + 1);
      if (next === BANG || next === QUESTION || text.startsWith(name, next === SLASH ? lt + 2 : lt + 1)) return undefined;
    }
    return text.slice(pos, close);
  }

  /**
   * Right after a START whose `simpleContent()` is known to be well-formed (it was read before): passes over that
   * content and the end tag without reading them again, so that the next token follows the element.
   */
  passContent(length: number): void {
    if (this.endPending) {
      this.endPending = false;
    } else {
      this.offset = this.pos + length;
      this.pos = this.offset + this.name.length + 3;
    }
    this.close();
  }

  next(): number {
    if (this.endPending) {
      this.endPending = false;
      this.close();
      return END;
    }
    const text = this.text;
    const length = text.length;
    while (!this.finished) {
      let pos = this.pos;
      const lt = text.indexOf("<", pos);
      const textEnd = lt === -1 ? length : lt;

      if (textEnd > pos) {
        if (this.depth > 0) {
          this.offset = pos;
          this.textEnd = textEnd;
          this.decodedText = this.hasReference(pos, textEnd) ? decodeText(this.characters(pos, textEnd), pos) : undefined;
          this.pos = textEnd;
          return TEXT;
        }
        for (let i = pos; i < textEnd; i++) {
          if (!isSpace(text.charCodeAt(i))) {
            throw new XmlError(this.rootSeen ? "Text after the root element" : "Text before the root element", i);
          }
        }
      }
      if (lt === -1) {
        if (this.depth > 0) throw new XmlError(`Unclosed element <${this.open[this.depth - 1]}> at end of input`, length);
        if (!this.rootSeen) throw new XmlError("No root element", length);
        this.pos = length;
        this.finished = true;
        break;
      }
      pos = lt;

      const next = text.charCodeAt(pos + 1);
      if (next === QUESTION) {
        // XML declaration or processing instruction: skipped.
        const end = text.indexOf("?>", pos + 2);
        if (end === -1) throw new XmlError("Unterminated processing instruction", pos);
        this.pos = end + 2;
        continue;
      }
      if (next === BANG) {
        if (text.startsWith("<!--", pos)) {
          const end = text.indexOf("-->", pos + 4);
          if (end === -1) throw new XmlError("Unterminated comment", pos);
          this.pos = end + 3;
          continue;
        }
        if (text.startsWith("<![CDATA[", pos)) {
          const end = text.indexOf("]]>", pos + 9);
          if (end === -1) throw new XmlError("Unterminated CDATA section", pos);
          if (this.depth === 0) throw new XmlError("CDATA section outside the root element", pos);
          this.offset = pos + 9;
          this.textEnd = end;
          this.decodedText = normalizeNewlines(this.characters(pos + 9, end));
          this.pos = end + 3;
          return TEXT;
        }
        if (text.startsWith("<!DOCTYPE", pos)) {
          throw new XmlError("Documents with a DOCTYPE are refused: entity declarations are never processed", pos);
        }
        throw new XmlError("Unsupported markup declaration", pos);
      }
      if (next === SLASH) {
        this.endTag(pos);
        return END;
      }
      this.startTag(pos);
      return START;
    }
    return DONE;
  }

  /** Whether text from `start` to `end` holds a reference; the search for "&" moves forward only. */
  private hasReference(start: number, end: number): boolean {
    if (this.nextAmpersand !== -1 && this.nextAmpersand < start) this.nextAmpersand = this.text.indexOf("&", start);
    return this.nextAmpersand !== -1 && this.nextAmpersand < end;
  }

  private close(): void {
    this.depth--;
    if (this.depth === 0 && !this.wholeDocument) this.finished = true;
  }

  /** An end tag: almost always "</name>" of the open element, which is compared in place, without a copy. */
  private endTag(pos: number): void {
    const text = this.text;
    const length = text.length;
    const nameStart = pos + 2;
    const open = this.depth > 0 ? this.open[this.depth - 1] : undefined;
    let i = nameStart;
    if (open !== undefined && text.startsWith(open, nameStart) && text.charCodeAt(nameStart + open.length) === GT) {
      i = nameStart + open.length;
    } else {
      while (i < length && !endsName(text.charCodeAt(i))) i++;
      const name = text.slice(nameStart, i);
      while (i < length && isSpace(text.charCodeAt(i))) i++;
      if (i >= length) throw new XmlError(`Unterminated end tag </${name}`, pos);
      if (text.charCodeAt(i) !== GT) throw new XmlError(`Malformed end tag </${name}`, pos);
      if (open === undefined) throw new XmlError(`End tag </${name}> without a start tag`, pos);
      if (open !== name) throw new XmlError(`End tag </${name}> does not match <${open}>`, pos);
    }
    this.name = open as string;
    this.offset = pos;
    this.pos = i + 1;
    this.close();
  }

  /** A start tag or empty-element tag, its attributes checked and their places noted. */
  private startTag(pos: number): void {
    const text = this.text;
    const length = text.length;
    if (this.rootSeen && this.depth === 0) throw new XmlError("A second root element", pos);
    const nameStart = pos + 1;
    let i = nameStart;
    let hash = 0;
    for (; i < length; i++) {
      const c = text.charCodeAt(i);
      if (endsName(c)) break;
      hash = (hash * 31 + c) | 0;
    }
    if (i === nameStart || isBadNameStart(text.charCodeAt(nameStart))) throw new XmlError("Invalid element name", pos);
    const name = this.intern(nameStart, i, hash);
    let count = 0;
    let declares = false;
    let selfClosing = false;
    for (;;) {
      const before = i;
      while (i < length && isSpace(text.charCodeAt(i))) i++;
      if (i >= length) throw new XmlError(`Unterminated start tag <${name}`, pos);
      const c = text.charCodeAt(i);
      if (c === GT) {
        i++;
        break;
      }
      if (c === SLASH) {
        if (text.charCodeAt(i + 1) !== GT) throw new XmlError(`Malformed tag <${name}`, i);
        selfClosing = true;
        i += 2;
        break;
      }
      if (i === before) throw new XmlError(`Missing whitespace before an attribute in <${name}`, i);
      const attrStart = i;
      while (i < length && !endsName(text.charCodeAt(i))) i++;
      if (i === attrStart || isBadNameStart(text.charCodeAt(attrStart)))
        throw new XmlError(`Invalid attribute name in <${name}`, attrStart);
      const attrEnd = i;
      while (i < length && isSpace(text.charCodeAt(i))) i++;
      if (text.charCodeAt(i) !== EQ) throw new XmlError(`Attribute ${text.slice(attrStart, attrEnd)} has no value`, i);
      i++;
      while (i < length && isSpace(text.charCodeAt(i))) i++;
      const quote = text.charCodeAt(i);
      if (quote !== QUOT && quote !== APOS) throw new XmlError(`Attribute ${text.slice(attrStart, attrEnd)} value is not quoted`, i);
      const valueEnd = text.indexOf(quote === QUOT ? '"' : "'", i + 1);
      if (valueEnd === -1) throw new XmlError(`Unterminated value of attribute ${text.slice(attrStart, attrEnd)}`, i);
      for (let k = 0; k < count; k++) {
        const start = this.nameStarts[k];
        if (this.nameEnds[k] - start === attrEnd - attrStart && sameCharacters(text, start, attrStart, attrEnd - attrStart)) {
          throw new XmlError(`Duplicate attribute ${text.slice(attrStart, attrEnd)}`, attrStart);
        }
      }
      this.nameStarts[count] = attrStart;
      this.nameEnds[count] = attrEnd;
      this.valueStarts[count] = i + 1;
      this.valueEnds[count] = valueEnd;
      this.decodedValues[count] = isPlainValue(text, i + 1, valueEnd)
        ? undefined
        : decodeAttribute(this.characters(i + 1, valueEnd), i + 1);
      if (text.charCodeAt(attrStart) === 0x78 /* x */ && text.startsWith("xmlns", attrStart)) declares = true;
      count++;
      i = valueEnd + 1;
    }
    this.attributeCount = count;
    this.declaresNamespaces = declares;
    this.rootSeen = true;
    this.name = name;
    this.offset = pos;
    this.pos = i;
    this.open[this.depth++] = name;
    this.endPending = selfClosing;
  }

  private attributeName(i: number): string {
    return this.text.slice(this.nameStarts[i], this.nameEnds[i]);
  }

  private value(i: number): string {
    return this.decodedValues[i] ?? this.characters(this.valueStarts[i], this.valueEnds[i]);
  }
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

/** Parses a whole XML document and returns its root element. Throws XmlError on anything malformed or unsafe. */
export function parseXml(input: string): XmlElement {
  const tokens = XmlTokenizer.document(input);
  // Children are gathered in one reusable list per depth and copied to an exact-size array when the element
  // closes: arrays grown by push keep spare capacity, a large share of the memory of a million small elements.
  const gathering: XmlNode[][] = [];
  const childrenOf = (depth: number): XmlNode[] => (gathering[depth] ??= []);
  const open: XmlElement[] = [];
  let root: XmlElement | undefined;
  for (let token = tokens.next(); token !== DONE; token = tokens.next()) {
    const depth = open.length;
    if (token === START) {
      const element: XmlElement = { name: tokens.name, attrs: tokens.attributes(), children: [] };
      if (depth > 0) childrenOf(depth - 1).push(element);
      else root = element;
      open.push(element);
    } else if (token === END) {
      const gathered = childrenOf(depth - 1);
      if (gathered.length > 0) {
        (open[depth - 1] as XmlElement).children = gathered.slice();
        gathered.length = 0;
      }
      open.pop();
    } else {
      appendText(childrenOf(depth - 1), tokens.textValue());
    }
  }
  return root as XmlElement;
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
