/**
 * The cursor the reader walks parts with: namespace scopes (strict and transitional WordprocessingML, and any
 * prefix, resolved to canonical names such as "w:p"), the Cursor over a part's tokens with its memo of repeated
 * property elements (Cursor.cached), readPart, the choice of branch in mc:AlternateContent, the parsers of simple
 * values (ST_OnOff, integers, half-points) and the nesting limit. Shared by every other module of the reader.
 */

import { DONE, START, TEXT, Utf8Decoder, XmlError, XmlTokenizer } from "./xml";

const W_TRANSITIONAL = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
const MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/** Canonical prefixes for the namespaces this reader looks at; every other namespace stays distinct and unknown. */
const CANONICAL_PREFIX = new Map([
  [W_TRANSITIONAL, "w"],
  [W_STRICT, "w"],
  [MARKUP_COMPATIBILITY, "mc"],
  ["http://schemas.openxmlformats.org/drawingml/2006/main", "a"],
  ["http://purl.oclc.org/ooxml/drawingml/main", "a"],
  ["http://schemas.microsoft.com/office/2006/xmlPackage", "pkg"],
  ["http://schemas.microsoft.com/office/webextensions/webextension/2010/11", "we"],
]);

/**
 * Namespaces an mc:Choice may require for us to take it: its content is WordprocessingML we read, or drawings we
 * only search for text boxes. Any other requirement sends us to mc:Fallback.
 */
const UNDERSTOOD_NAMESPACES = new Set([
  W_TRANSITIONAL,
  W_STRICT,
  "http://schemas.microsoft.com/office/word/2010/wordml",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
]);

/** The namespace bindings in force at an element, with memoised look-ups (scopes are rarely created). */
export class Scope {
  /** Qualified element name as written → canonical name ("w:p"). */
  private readonly names = new Map<string, string>();
  /** Canonical prefix → local name → the qualified attribute names ("w:val") that mean it here. */
  private readonly attributeNames = new Map<string, Map<string, string[]>>();
  /** Results of Cursor.cached, by kind and by the element's content as written, with the last one looked up. */
  readonly contents = new Map<string, { byContent: Map<string, unknown>; lastContent?: string; lastValue?: unknown }>();

  /** prefix → namespace URI; "" is the default namespace. */
  constructor(readonly uris: ReadonlyMap<string, string>) {}

  /** "w:p" for a paragraph whatever prefix the document uses for WordprocessingML, strict or transitional. */
  canonicalName(qualified: string): string {
    let name = this.names.get(qualified);
    if (name === undefined) {
      const colon = qualified.indexOf(":");
      const prefix = colon < 0 ? "" : qualified.slice(0, colon);
      name = `${canonicalPrefix(this.uris.get(prefix))}:${qualified.slice(colon + 1)}`;
      this.names.set(qualified, name);
    }
    return name;
  }

  /** The qualified names a namespaced attribute may have here, worked out once per scope and name. */
  attributeNamesFor(canonical: string, local: string): string[] {
    let byLocal = this.attributeNames.get(canonical);
    if (byLocal === undefined) {
      byLocal = new Map();
      this.attributeNames.set(canonical, byLocal);
    }
    let names = byLocal.get(local);
    if (names === undefined) {
      names = [];
      for (const [prefix, uri] of this.uris) {
        if (prefix !== "" && canonicalPrefix(uri) === canonical) names.push(`${prefix}:${local}`);
      }
      byLocal.set(local, names);
    }
    return names;
  }
}

function canonicalPrefix(uri: string | undefined): string {
  if (uri === undefined) return "?";
  return CANONICAL_PREFIX.get(uri) ?? `{${uri}}`;
}

/** The scope inside the element just started: its parent's, plus the xmlns declarations it carries. */
function scopeOf(tokens: XmlTokenizer, parent: Scope): Scope {
  if (!tokens.declaresNamespaces) return parent;
  const uris = new Map(parent.uris);
  tokens.forEachAttribute((name, value) => {
    if (name.startsWith("xmlns") && (name.length === 5 || name.charCodeAt(5) === 0x3a) /* : */) {
      uris.set(name.length === 5 ? "" : name.slice(6), value);
    }
  });
  return new Scope(uris);
}

/** Where a part's XML is: a whole part as stored, or the element at `at` of a Flat OPC package, in `scope`. */
export interface PartXml {
  xml: string;
  at?: number;
  scope: Scope;
  /** When `xml` holds UTF-8 bytes, one per character: their decoder (see XmlTokenizer.document). */
  utf8?: Utf8Decoder;
  /** The tokenizer that found this element in `xml`, whose names are shared. */
  foundBy?: XmlTokenizer;
}

/**
 * The tokens of one part, element by element, with the namespaces in force. Every element `nextChild` moves to must
 * be read to its end before the next call (by reading its own children, `skip`, `text` or `cached`), so that
 * `nextChild` always speaks of the same parent.
 */
export class Cursor {
  /** Canonical name ("w:p") of the element `nextChild` moved to. */
  name = "";
  /** The namespaces in force inside that element. */
  scope: Scope;
  /** Scope of each open element, by depth; [0] is the part's outer scope. */
  private readonly scopes: Scope[];

  constructor(
    readonly tokens: XmlTokenizer,
    outer: Scope,
  ) {
    this.scopes = [outer];
    this.scope = outer;
  }

  /** Moves to the next child element of the current one; false once the current element has ended. */
  nextChild(): boolean {
    const tokens = this.tokens;
    for (;;) {
      const token = tokens.next();
      if (token === START) {
        const scope = scopeOf(tokens, this.scopes[tokens.depth - 1]);
        this.scopes[tokens.depth] = scope;
        this.scope = scope;
        this.name = scope.canonicalName(tokens.name);
        return true;
      }
      if (token !== TEXT) return false;
    }
  }

  skip(): void {
    this.tokens.skip();
  }

  /** A namespaced attribute of the current element, e.g. attr("w", "val") for w:val. */
  attr(canonical: string, local: string): string | undefined {
    for (const name of this.scope.attributeNamesFor(canonical, local)) {
      const value = this.tokens.attribute(name);
      if (value !== undefined) return value;
    }
    return undefined;
  }

  wAttr(local: string): string | undefined {
    return this.attr("w", local);
  }

  /** The current element's own text (that of its child elements left out), read to its end. */
  text(): string {
    let text = "";
    for (let token = this.tokens.next(); token !== DONE; token = this.tokens.next()) {
      if (token === TEXT) text += this.tokens.textValue();
      else if (token === START) this.tokens.skip();
      else break;
    }
    return text;
  }

  /**
   * What `read` makes of the current element, read once per distinct content: WordprocessingML repeats the same run
   * and paragraph properties thousands of times. The content as written is the key; an element whose content holds
   * one of its own name (w:rPr in w:rPrChange), a comment, CDATA or a processing instruction is simply read.
   */
  cached<T>(kind: string, read: () => T): T {
    const content = this.tokens.simpleContent();
    if (content === undefined) return read();
    let cache = this.scope.contents.get(kind);
    if (cache === undefined) {
      cache = { byContent: new Map() };
      this.scope.contents.set(kind, cache);
    }
    // Neighbouring runs and paragraphs mostly repeat the same properties: comparing costs less than hashing.
    if (content === cache.lastContent) {
      this.tokens.passContent(content.length);
      return cache.lastValue as T;
    }
    let value: T;
    if (cache.byContent.has(content)) {
      this.tokens.passContent(content.length);
      value = cache.byContent.get(content) as T;
    } else {
      value = read();
      if (cache.byContent.size < MAX_CACHED_CONTENTS) cache.byContent.set(content, value);
    }
    cache.lastContent = content;
    cache.lastValue = value;
    return value;
  }

  /** Where the current element starts, to read it later with readPart (text boxes, Flat OPC parts). */
  mark(): PartXml {
    const tokens = this.tokens;
    return { xml: tokens.source, at: tokens.offset, scope: this.scopes[tokens.depth - 1], utf8: tokens.decoder, foundBy: tokens };
  }
}

/** Distinct contents kept per kind and scope, so that a document of all-different properties stays bounded. */
export const MAX_CACHED_CONTENTS = 20_000;

/**
 * Reads a part: `read` gets a cursor on its root element and reads it to its end; then what follows the root is
 * checked too, so a malformed part is refused whatever of it is read.
 */
export function readPart<T>(part: PartXml, read: (root: Cursor) => T): T {
  const tokens =
    part.at === undefined ? XmlTokenizer.document(part.xml, part.utf8) : XmlTokenizer.element(part.xml, part.at, part.utf8, part.foundBy);
  const cursor = new Cursor(tokens, part.scope);
  cursor.nextChild();
  const result = read(cursor);
  while (tokens.next() !== DONE);
  return result;
}

/**
 * The branch of an mc:AlternateContent to read, handed to `read`: the first mc:Choice whose required namespaces we
 * understand, else mc:Fallback. Only one branch is ever read, so nothing is counted twice.
 */
export function alternative(c: Cursor, read: () => void): void {
  let taken = false;
  while (c.nextChild()) {
    if (!taken && (c.name === "mc:Fallback" || (c.name === "mc:Choice" && understood(c)))) {
      taken = true;
      read();
    } else {
      c.skip();
    }
  }
}

function understood(choice: Cursor): boolean {
  const requires = (choice.tokens.attribute("Requires") ?? "").split(/\s+/).filter(Boolean);
  return requires.every((prefix) => UNDERSTOOD_NAMESPACES.has(choice.scope.uris.get(prefix) ?? ""));
}

/** ST_OnOff: "0", "false" and "off" are off; anything else is on. */
export function isOn(value: string): boolean {
  return !(value === "0" || value === "false" || value === "off");
}

/** An on/off property element: present without w:val means on. */
export function onOff(c: Cursor): boolean {
  const value = c.wAttr("val");
  return value === undefined || isOn(value);
}

export function integer(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = parseInt(value, 10);
  return Number.isFinite(n) ? n : undefined;
}

const POINTS_PER_UNIT: Record<string, number> = { pt: 1, pc: 12, pi: 12, in: 72, cm: 72 / 2.54, mm: 72 / 25.4 };

/** ST_HpsMeasure: half-points, or (strict) a measure with a unit such as "12pt". */
export function halfPoints(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*(pt|pc|pi|in|cm|mm)?\s*$/.exec(value);
  if (!match) return undefined;
  const n = parseFloat(match[1]);
  return match[2] ? Math.round(n * POINTS_PER_UNIT[match[2]] * 2) : Math.round(n);
}

/** Nesting of tables, controls and text boxes deeper than this is refused rather than risk the call stack. */
export const MAX_NESTING = 256;

export function tooDeep(): XmlError {
  return new XmlError(`Content nested more than ${MAX_NESTING} levels deep`, 0);
}

/** Whether the current element is `name` (a call, so that the compiler does not hold on to an earlier answer). */
export function isNamed(c: Cursor, name: string): boolean {
  return c.name === name;
}

/** Reads the children of the current element named `name` with `read`, and passes over the others. */
export function within(c: Cursor, name: string, read: () => void): void {
  while (c.nextChild()) {
    if (c.name === name) read();
    else c.skip();
  }
}
