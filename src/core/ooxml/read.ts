/**
 * WordprocessingML → DocModel. The one reader behind the add-in (Flat OPC from Body.getOoxml) and the command line
 * (parts unzipped by host/docx), so both see the same document.
 *
 * The parts are read as a stream of tokens (XmlTokenizer), in one pass each, without building a tree: paragraphs
 * are made as their runs go by, and what the checks never look at (drawings, section and table properties, field
 * codes…) is passed over. Run and paragraph properties written the same as before are read once (see Cursor.cached).
 *
 * Namespaces are resolved by URI, so strict OOXML (purl.oclc.org) and documents that bind WordprocessingML to a
 * prefix other than "w" read the same as Word's usual output. Style and numbering look-ups are memoised, so the cost
 * is linear in the size of the document.
 */

import { Block, Comment, DocModel, Paragraph, Table, TrackedChanges } from "../model";
import { DONE, START, TEXT, Utf8Decoder, XmlElement, XmlError, XmlTokenizer, parseXml } from "./xml";

/* ------------------------------------------------------------------------------------------------------------ */
/* Namespaces                                                                                                    */

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
class Scope {
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
interface PartXml {
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
class Cursor {
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
const MAX_CACHED_CONTENTS = 20_000;

/**
 * Reads a part: `read` gets a cursor on its root element and reads it to its end; then what follows the root is
 * checked too, so a malformed part is refused whatever of it is read.
 */
function readPart<T>(part: PartXml, read: (root: Cursor) => T): T {
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
function alternative(c: Cursor, read: () => void): void {
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
function isOn(value: string): boolean {
  return !(value === "0" || value === "false" || value === "off");
}

/** An on/off property element: present without w:val means on. */
function onOff(c: Cursor): boolean {
  const value = c.wAttr("val");
  return value === undefined || isOn(value);
}

function integer(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = parseInt(value, 10);
  return Number.isFinite(n) ? n : undefined;
}

const POINTS_PER_UNIT: Record<string, number> = { pt: 1, pc: 12, pi: 12, in: 72, cm: 72 / 2.54, mm: 72 / 25.4 };

/** ST_HpsMeasure: half-points, or (strict) a measure with a unit such as "12pt". */
function halfPoints(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*(pt|pc|pi|in|cm|mm)?\s*$/.exec(value);
  if (!match) return undefined;
  const n = parseFloat(match[1]);
  return match[2] ? Math.round(n * POINTS_PER_UNIT[match[2]] * 2) : Math.round(n);
}

/** Nesting of tables, controls and text boxes deeper than this is refused rather than risk the call stack. */
const MAX_NESTING = 256;

function tooDeep(): XmlError {
  return new XmlError(`Content nested more than ${MAX_NESTING} levels deep`, 0);
}

/* ------------------------------------------------------------------------------------------------------------ */
/* Theme, styles and numbering                                                                                   */

/** Run formatting at one level of the style hierarchy; undefined means "not set here". */
interface RunProps {
  bold?: boolean;
  italic?: boolean;
  ascii?: string;
  hAnsi?: string;
  cs?: string;
  sizeHalfPt?: number;
  /** w:cs or w:rtl: the run is shown with its complex-script font. */
  complexScript?: boolean;
  /** w:rStyle (direct formatting only). */
  charStyle?: string;
}

function mergeRunProps(base: RunProps, over: RunProps): RunProps {
  return {
    bold: over.bold ?? base.bold,
    italic: over.italic ?? base.italic,
    ascii: over.ascii ?? base.ascii,
    hAnsi: over.hAnsi ?? base.hAnsi,
    cs: over.cs ?? base.cs,
    sizeHalfPt: over.sizeHalfPt ?? base.sizeHalfPt,
    complexScript: over.complexScript ?? base.complexScript,
  };
}

/** Theme font slots ("minorHAnsi" → "Calibri"). */
type ThemeFonts = Map<string, string>;

const THEME_FONT_GROUPS: Record<string, string> = { "a:majorFont": "major", "a:minorFont": "minor" };
const THEME_FONT_SCRIPTS: Record<string, string[]> = { "a:latin": ["Ascii", "HAnsi"], "a:ea": ["EastAsia"], "a:cs": ["Bidi"] };

/** Whether the current element is `name` (a call, so that the compiler does not hold on to an earlier answer). */
function isNamed(c: Cursor, name: string): boolean {
  return c.name === name;
}

/** Reads the children of the current element named `name` with `read`, and passes over the others. */
function within(c: Cursor, name: string, read: () => void): void {
  while (c.nextChild()) {
    if (c.name === name) read();
    else c.skip();
  }
}

function readThemeFonts(theme: Cursor): ThemeFonts {
  const fonts: ThemeFonts = new Map();
  within(theme, "a:themeElements", () =>
    within(theme, "a:fontScheme", () => {
      while (theme.nextChild()) {
        const slot = THEME_FONT_GROUPS[theme.name];
        if (slot === undefined) {
          theme.skip();
          continue;
        }
        while (theme.nextChild()) {
          const face = theme.tokens.attribute("typeface");
          for (const suffix of THEME_FONT_SCRIPTS[theme.name] ?? []) if (face && !fonts.has(slot + suffix)) fonts.set(slot + suffix, face);
          theme.skip();
        }
      }
    }),
  );
  return fonts;
}

/** The current w:rPr (or w:rPrDefault's), read to its end. */
function readRunProps(c: Cursor, theme: ThemeFonts): RunProps {
  return c.cached("rPr", () => {
    const props: RunProps = {};
    while (c.nextChild()) {
      switch (c.name) {
        case "w:b":
          props.bold = onOff(c);
          break;
        case "w:i":
          props.italic = onOff(c);
          break;
        case "w:sz":
          props.sizeHalfPt = halfPoints(c.wAttr("val"));
          break;
        case "w:cs":
        case "w:rtl":
          props.complexScript = (props.complexScript ?? false) || onOff(c);
          break;
        case "w:rStyle":
          props.charStyle = c.wAttr("val");
          break;
        case "w:rFonts": {
          // A theme reference wins over the explicit name at the same level.
          const font = (slot: string, themeSlot: string) => {
            const themed = c.wAttr(themeSlot);
            return (themed !== undefined ? theme.get(themed) : undefined) ?? c.wAttr(slot);
          };
          props.ascii = font("ascii", "asciiTheme");
          props.hAnsi = font("hAnsi", "hAnsiTheme");
          props.cs = font("cs", "cstheme");
          break;
        }
      }
      c.skip();
    }
    return props;
  });
}

interface NumberingRef {
  numId?: string;
  ilvl?: number;
}

function readNumPr(c: Cursor): NumberingRef {
  const ref: NumberingRef = {};
  while (c.nextChild()) {
    if (c.name === "w:numId") ref.numId = c.wAttr("val");
    else if (c.name === "w:ilvl") ref.ilvl = integer(c.wAttr("val"));
    c.skip();
  }
  return ref;
}

/** Paragraph formatting the checks use; undefined means "not set here". */
interface ParagraphProps {
  style?: string;
  outlineLevel?: number;
  numbering?: NumberingRef;
  alignment?: string;
  /** Revision marks on the paragraph mark (w:pPr/w:rPr/w:ins and w:del). */
  mark: RevisionMarks;
}

interface RevisionMarks {
  insertions: number;
  deletions: number;
}

/** Counts the revision marks (w:ins, w:del) among the children of the current property element, read to its end. */
function countMarks(c: Cursor, into: RevisionMarks): void {
  while (c.nextChild()) {
    if (c.name === "w:ins") into.insertions++;
    else if (c.name === "w:del") into.deletions++;
    c.skip();
  }
}

/** The current w:pPr, read to its end. */
function readParagraphProps(c: Cursor): ParagraphProps {
  return c.cached("pPr", () => {
    const props: ParagraphProps = { mark: { insertions: 0, deletions: 0 } };
    let markSeen = false;
    while (c.nextChild()) {
      switch (c.name) {
        case "w:pStyle":
          props.style = c.wAttr("val");
          break;
        case "w:outlineLvl":
          props.outlineLevel = integer(c.wAttr("val"));
          break;
        case "w:numPr":
          props.numbering = readNumPr(c);
          continue;
        case "w:jc":
          props.alignment = c.wAttr("val");
          break;
        case "w:rPr":
          if (markSeen) break;
          markSeen = true;
          countMarks(c, props.mark);
          continue;
      }
      c.skip();
    }
    return props;
  });
}

interface StyleDefinition {
  type: string;
  name?: string;
  basedOn?: string;
  paragraph: Partial<ParagraphProps>;
  run: RunProps;
}

/** A paragraph style with its whole basedOn chain applied. */
interface ResolvedParagraphStyle {
  id?: string;
  name?: string;
  /** Raw w:outlineLvl from the chain; 9 means body text. */
  outlineLevel?: number;
  /** From the style's name ("heading 2" → 1), used when the chain sets no outline level. */
  headingLevel?: number;
  numbering: NumberingRef;
  alignment?: string;
  run: RunProps;
  /** Direct run properties → merged with this style's, so that repeated properties merge once. */
  merged: Map<RunProps, RunProps>;
}

const HEADING_NAME = /^heading\s*([1-9])$/i;

class Styles {
  private readonly definitions = new Map<string, StyleDefinition>();
  private defaultRun: RunProps = {};
  private defaultParagraph: Partial<ParagraphProps> = {};
  private defaultParagraphStyle?: string;
  private readonly paragraphMemo = new Map<string, ResolvedParagraphStyle>();
  private readonly runMemo = new Map<string, RunProps>();

  constructor(styles: Cursor | undefined, theme: ThemeFonts) {
    if (!styles) return;
    while (styles.nextChild()) {
      if (styles.name === "w:docDefaults") this.readDefaults(styles, theme);
      else if (styles.name === "w:style") this.readStyle(styles, theme);
      else styles.skip();
    }
  }

  private readDefaults(c: Cursor, theme: ThemeFonts): void {
    while (c.nextChild()) {
      if (c.name === "w:rPrDefault") within(c, "w:rPr", () => (this.defaultRun = readRunProps(c, theme)));
      else if (c.name === "w:pPrDefault") within(c, "w:pPr", () => (this.defaultParagraph = readParagraphProps(c)));
      else c.skip();
    }
  }

  private readStyle(c: Cursor, theme: ThemeFonts): void {
    const id = c.wAttr("styleId");
    const definition: StyleDefinition = { type: c.wAttr("type") ?? "paragraph", paragraph: {}, run: {} };
    const isDefault = c.wAttr("default");
    while (c.nextChild()) {
      if (c.name === "w:name") definition.name = c.wAttr("val");
      else if (c.name === "w:basedOn") definition.basedOn = c.wAttr("val");
      else if (c.name === "w:pPr") {
        definition.paragraph = readParagraphProps(c);
        continue;
      } else if (c.name === "w:rPr") {
        definition.run = readRunProps(c, theme);
        continue;
      }
      c.skip();
    }
    if (id === undefined) return;
    this.definitions.set(id, definition);
    if (definition.type === "paragraph" && isDefault !== undefined && isOn(isDefault)) this.defaultParagraphStyle ??= id;
  }

  /** The chain from the root ancestor down to `id`, of styles of `type`; stops at cycles and unknown ids. */
  private chain(id: string | undefined, type: string): StyleDefinition[] {
    const chain: StyleDefinition[] = [];
    const seen = new Set<string>();
    for (let at = id; at !== undefined && !seen.has(at);) {
      seen.add(at);
      const definition = this.definitions.get(at);
      if (!definition || definition.type !== type) break;
      chain.unshift(definition);
      at = definition.basedOn;
    }
    return chain;
  }

  /** The style in force: the explicit one, or (absent or undefined in styles.xml, as Word does) the default. */
  paragraphStyle(explicitId: string | undefined): ResolvedParagraphStyle {
    const id = explicitId !== undefined && this.definitions.get(explicitId)?.type === "paragraph" ? explicitId : this.defaultParagraphStyle;
    const key = id ?? "";
    let resolved = this.paragraphMemo.get(key);
    if (resolved) return resolved;
    const definition = id === undefined ? undefined : this.definitions.get(id);
    resolved = {
      id,
      name: definition?.name,
      outlineLevel: this.defaultParagraph.outlineLevel,
      numbering: { ...this.defaultParagraph.numbering },
      alignment: this.defaultParagraph.alignment,
      run: this.defaultRun,
      merged: new Map(),
    };
    for (const style of this.chain(id, "paragraph")) {
      resolved.outlineLevel = style.paragraph.outlineLevel ?? resolved.outlineLevel;
      resolved.numbering = {
        numId: style.paragraph.numbering?.numId ?? resolved.numbering.numId,
        ilvl: style.paragraph.numbering?.ilvl ?? resolved.numbering.ilvl,
      };
      resolved.alignment = style.paragraph.alignment ?? resolved.alignment;
      resolved.run = mergeRunProps(resolved.run, style.run);
    }
    const heading = HEADING_NAME.exec(definition?.name ?? "") ?? /^Heading([1-9])$/.exec(id ?? "");
    if (heading) resolved.headingLevel = Number(heading[1]) - 1;
    this.paragraphMemo.set(key, resolved);
    return resolved;
  }

  /** Run formatting in force: defaults, the paragraph style chain, the character style chain, then `direct`. */
  runProps(paragraph: ResolvedParagraphStyle, direct: RunProps): RunProps {
    let props = paragraph.merged.get(direct);
    if (props === undefined) {
      const key = `${paragraph.id ?? ""}\u0000${direct.charStyle ?? ""}`;
      let base = this.runMemo.get(key);
      if (!base) {
        base = paragraph.run;
        for (const style of this.chain(direct.charStyle, "character")) base = mergeRunProps(base, style.run);
        this.runMemo.set(key, base);
      }
      props = mergeRunProps(base, direct);
      if (paragraph.merged.size < MAX_CACHED_CONTENTS) paragraph.merged.set(direct, props);
    }
    return props;
  }

  /** The numbering a numbering style (w:numStyleLink target) points to. */
  numberingStyleNumId(id: string): string | undefined {
    const definition = this.definitions.get(id);
    return definition?.type === "numbering" ? definition.paragraph.numbering?.numId : undefined;
  }
}

interface NumberingLevel {
  format?: string;
  text?: string;
}

class Numbering {
  /** numId → abstractNumId and per-level overrides. */
  private readonly instances = new Map<string, { abstractId?: string; overrides: Map<number, NumberingLevel> }>();
  private readonly abstracts = new Map<string, { levels: Map<number, NumberingLevel>; styleLink?: string }>();
  /** Paragraph style id → level, for style-linked lists whose style omits w:ilvl. */
  readonly levelOfStyle = new Map<string, number>();
  readonly present: boolean;

  constructor(numbering: Cursor | undefined) {
    this.present = numbering !== undefined;
    if (!numbering) return;
    const c = numbering;
    while (c.nextChild()) {
      if (c.name === "w:abstractNum") this.readAbstract(c);
      else if (c.name === "w:num") this.readInstance(c);
      else c.skip();
    }
  }

  private readAbstract(c: Cursor): void {
    const id = c.wAttr("abstractNumId");
    const entry: { levels: Map<number, NumberingLevel>; styleLink?: string } = { levels: new Map() };
    while (c.nextChild()) {
      if (c.name === "w:lvl") {
        this.readLevel(c, entry.levels);
        continue;
      }
      if (c.name === "w:numStyleLink") entry.styleLink = c.wAttr("val");
      c.skip();
    }
    if (id !== undefined) this.abstracts.set(id, entry);
  }

  private readInstance(c: Cursor): void {
    const id = c.wAttr("numId");
    const instance: { abstractId?: string; overrides: Map<number, NumberingLevel> } = { overrides: new Map() };
    while (c.nextChild()) {
      if (c.name === "w:lvlOverride") {
        this.readOverride(c, instance.overrides);
        continue;
      }
      if (c.name === "w:abstractNumId") instance.abstractId = c.wAttr("val");
      c.skip();
    }
    if (id !== undefined) this.instances.set(id, instance);
  }

  /** A w:lvlOverride: its first w:lvl, at the override's level (else the w:lvl's own). */
  private readOverride(c: Cursor, into: Map<number, NumberingLevel>): void {
    const ilvl = integer(c.wAttr("ilvl"));
    let first = true;
    while (c.nextChild()) {
      if (c.name === "w:lvl" && first) {
        first = false;
        this.readLevel(c, into, ilvl);
      } else {
        c.skip();
      }
    }
  }

  /** The current w:lvl, read to its end. */
  private readLevel(c: Cursor, into: Map<number, NumberingLevel>, ilvl = integer(c.wAttr("ilvl"))): void {
    const level: NumberingLevel = {};
    while (c.nextChild()) {
      if (c.name === "w:numFmt") level.format = c.wAttr("val");
      else if (c.name === "w:lvlText") level.text = c.wAttr("val");
      else if (c.name === "w:pStyle" && ilvl !== undefined) {
        const style = c.wAttr("val");
        if (style !== undefined && !this.levelOfStyle.has(style)) this.levelOfStyle.set(style, ilvl);
      }
      c.skip();
    }
    if (ilvl !== undefined) into.set(ilvl, level);
  }

  has(numId: string): boolean {
    return this.instances.has(numId);
  }

  /** The definition of one level of a list, following one w:numStyleLink hop to the list it borrows. */
  level(numId: string, ilvl: number, styles: Styles): NumberingLevel | undefined {
    const instance = this.instances.get(numId);
    if (!instance) return undefined;
    const override = instance.overrides.get(ilvl);
    if (override) return override;
    let abstract = instance.abstractId === undefined ? undefined : this.abstracts.get(instance.abstractId);
    if (abstract?.styleLink !== undefined) {
      const linkedNumId = styles.numberingStyleNumId(abstract.styleLink);
      const linked = linkedNumId === undefined ? undefined : this.instances.get(linkedNumId);
      abstract = linked?.abstractId === undefined ? abstract : (this.abstracts.get(linked.abstractId) ?? abstract);
    }
    return abstract?.levels.get(ilvl);
  }
}

/* ------------------------------------------------------------------------------------------------------------ */
/* The body                                                                                                      */

/** Where block content goes: the body's block list, or a table cell. */
interface BlockSink {
  paragraph(paragraph: Paragraph): void;
  table(table: Table): void;
}

/** What encloses a block: content-control tags (outermost first), placeholder state, table, nesting depth. */
interface BlockContext {
  tags: readonly string[];
  placeholder: boolean;
  inTable: boolean;
  depth: number;
}

function withTag(tags: readonly string[], tag: string | undefined): readonly string[] {
  return tag === undefined || tag === "" || tags.includes(tag) ? tags : [...tags, tag];
}

/**
 * Reads the current content control: its tag and placeholder state from w:sdtPr (which comes first), then
 * `content` for its w:sdtContent. Returns the tag.
 */
function readSdt(c: Cursor, content: (tag: string | undefined, placeholder: boolean) => void): string | undefined {
  let tag: string | undefined;
  let placeholder = false;
  while (c.nextChild()) {
    if (c.name === "w:sdtContent") {
      content(tag, placeholder);
      continue;
    }
    if (c.name !== "w:sdtPr") {
      c.skip();
      continue;
    }
    while (c.nextChild()) {
      if (isNamed(c, "w:tag")) tag = c.wAttr("val");
      else if (isNamed(c, "w:showingPlcHdr")) placeholder = onOff(c);
      c.skip();
    }
  }
  return tag;
}

/**
 * The wrappers block, row and cell content may sit in: a content control, custom XML, alternate content. Reads the
 * current element, if it is one, with `again` at the same level and the context inside it; false if it is none.
 */
function throughWrapper(c: Cursor, context: BlockContext, again: (inside: BlockContext) => void): boolean {
  const depth = context.depth + 1;
  switch (c.name) {
    case "w:sdt":
      readSdt(c, (tag, placeholder) =>
        again({ ...context, depth, tags: withTag(context.tags, tag), placeholder: context.placeholder || placeholder }),
      );
      return true;
    case "w:customXml":
      again({ ...context, depth });
      return true;
    case "mc:AlternateContent":
      alternative(c, () => again({ ...context, depth }));
      return true;
    default:
      return false;
  }
}

/** Element wrappers inside a paragraph whose runs are read as if they were not there. */
const TRANSPARENT_INLINE = new Set(["w:hyperlink", "w:smartTag", "w:customXml", "w:fldSimple", "w:dir", "w:bdo"]);

const SAMPLE_COUNT = 5;
const SAMPLE_LENGTH = 60;

/** No direct run formatting: one object, so that its merge with each style is memoised once. */
const NO_RUN_PROPS: RunProps = Object.freeze({});

/** A run with text, as read: its formatting is resolved once the paragraph's style is known. */
interface RunRead {
  text: string;
  direct: RunProps;
  placeholder: boolean;
}

/** The runs of one paragraph as they are read: text and what the checks need to know about its formatting. */
class ParagraphText {
  text = "";
  readonly runs: RunRead[] = [];
  readonly innerTags: string[] = [];
  /** w:txbxContent found in this paragraph's drawings, read as paragraphs after it. */
  readonly textBoxes: PartXml[] = [];

  addInnerTag(tag: string | undefined): void {
    if (tag !== undefined && tag !== "" && !this.innerTags.includes(tag)) this.innerTags.push(tag);
  }
}

/** What the checks need to know about a paragraph's runs with visible (non-space) text. */
function runFormatting(state: ParagraphText, style: ResolvedParagraphStyle, styles: Styles) {
  let visible = 0;
  let bold = 0;
  let italic = 0;
  let placeholder = 0;
  // A paragraph has a font or two and a size or two: arrays, in order of first use, cost less than sets.
  const fonts: string[] = [];
  const sizes: number[] = [];
  for (const run of state.runs) {
    if (!hasVisibleText(run.text)) continue;
    const props = styles.runProps(style, run.direct);
    visible++;
    if (props.bold) bold++;
    if (props.italic) italic++;
    if (run.placeholder) placeholder++;
    if (props.ascii && !fonts.includes(props.ascii)) fonts.push(props.ascii);
    if (props.hAnsi && !fonts.includes(props.hAnsi)) fonts.push(props.hAnsi);
    if (props.complexScript && props.cs && !fonts.includes(props.cs)) fonts.push(props.cs);
    if (props.sizeHalfPt !== undefined && !sizes.includes(props.sizeHalfPt)) sizes.push(props.sizeHalfPt);
  }
  return {
    bold: visible > 0 && bold === visible,
    italic: visible > 0 && italic === visible,
    allPlaceholder: visible > 0 && placeholder === visible,
    fonts,
    sizes,
  };
}

/** Whether text has a character other than whitespace; most runs start with one, which is all it takes to know. */
function hasVisibleText(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first > 0x20 && first < 0x7f) || /\S/.test(text);
}

/** The start of the text (w:t and w:delText) beneath the current element, read to its end, for tracked-change samples. */
function plainText(c: Cursor, depth: number): string {
  if (depth > MAX_NESTING) throw tooDeep();
  let text = "";
  while (c.nextChild()) {
    if (c.name === "w:t" || c.name === "w:delText") {
      if (text.length < SAMPLE_LENGTH) text += c.text();
      else c.skip();
    } else if (text.length < SAMPLE_LENGTH) {
      text += plainText(c, depth + 1);
    } else {
      c.skip();
    }
  }
  return text;
}

class BodyReader {
  private nextIndex = 0;
  readonly trackedChanges: TrackedChanges = { insertions: 0, deletions: 0, samples: [] };

  constructor(
    private readonly styles: Styles,
    private readonly numbering: Numbering,
    private readonly theme: ThemeFonts,
  ) {}

  /** Block-level content of the current element: paragraphs, tables, and the controls and wrappers around them. */
  blocks(c: Cursor, context: BlockContext, sink: BlockSink): void {
    if (context.depth > MAX_NESTING) throw tooDeep();
    while (c.nextChild()) {
      if (c.name === "w:p") this.paragraph(c, context, sink);
      else if (c.name === "w:tbl") sink.table(this.table(c, context));
      else if (!throughWrapper(c, context, (inside) => this.blocks(c, inside, sink))) c.skip();
    }
  }

  private table(c: Cursor, context: BlockContext): Table {
    const table: Table = { kind: "table", rows: [], tags: [...context.tags], paragraphs: [] };
    this.rows(c, { ...context, inTable: true, depth: context.depth + 1 }, table);
    return table;
  }

  /** Rows of a table, through row-level content controls and wrappers. */
  private rows(c: Cursor, context: BlockContext, table: Table): void {
    if (context.depth > MAX_NESTING) throw tooDeep();
    while (c.nextChild()) {
      if (c.name === "w:tr") {
        const cells: string[] = [];
        this.cells(c, { ...context, depth: context.depth + 1 }, table, cells, true);
        table.rows.push(cells);
      } else if (!throughWrapper(c, context, (inside) => this.rows(c, inside, table))) {
        c.skip();
      }
    }
  }

  /** Cells of a row (and, for the row itself, its revision marks), through cell-level controls and wrappers. */
  private cells(c: Cursor, context: BlockContext, table: Table, cells: string[], row = false): void {
    if (context.depth > MAX_NESTING) throw tooDeep();
    let rowPropertiesSeen = false;
    while (c.nextChild()) {
      if (c.name === "w:tc") {
        cells.push(this.cell(c, { ...context, depth: context.depth + 1 }, table));
      } else if (c.name === "w:trPr" && row && !rowPropertiesSeen) {
        rowPropertiesSeen = true;
        countMarks(c, this.trackedChanges);
      } else if (!throughWrapper(c, context, (inside) => this.cells(c, inside, table, cells))) {
        c.skip();
      }
    }
  }

  /** A cell's text (its paragraphs joined with "\n"); its paragraphs join the table's. */
  private cell(c: Cursor, context: BlockContext, table: Table): string {
    const texts: string[] = [];
    this.blocks(c, context, {
      paragraph: (paragraph) => {
        texts.push(paragraph.text);
        table.paragraphs.push(paragraph);
      },
      // A nested table's paragraphs are already indexed; they join this cell's text and the outer table.
      table: (nested) => {
        for (const paragraph of nested.paragraphs) {
          texts.push(paragraph.text);
          table.paragraphs.push(paragraph);
        }
      },
    });
    return texts.join("\n");
  }

  private paragraph(c: Cursor, context: BlockContext, sink: BlockSink): void {
    const index = this.nextIndex++;
    const state = new ParagraphText();
    let direct: ParagraphProps | undefined;
    while (c.nextChild()) {
      if (c.name !== "w:pPr") {
        this.inline(c, state, context.placeholder, context.depth + 1);
      } else if (direct === undefined) {
        direct = readParagraphProps(c);
        this.trackedChanges.insertions += direct.mark.insertions;
        this.trackedChanges.deletions += direct.mark.deletions;
      } else {
        c.skip();
      }
    }
    const style = this.styles.paragraphStyle(direct?.style);
    const runs = runFormatting(state, style, this.styles);

    const paragraph: Paragraph = {
      kind: "paragraph",
      index,
      text: state.text.normalize("NFC"),
      numbered: false,
      bold: runs.bold,
      italic: runs.italic,
      fonts: runs.fonts,
      sizesHalfPt: runs.sizes,
      tags: state.innerTags.reduce(withTag, context.tags).slice(),
      placeholder: context.placeholder || runs.allPlaceholder,
      inTable: context.inTable,
    };
    if (style.id !== undefined) paragraph.style = style.id;
    if (style.name !== undefined) paragraph.styleName = style.name;
    const outline = direct?.outlineLevel ?? style.outlineLevel;
    const outlineLevel = outline === undefined ? style.headingLevel : outline;
    if (outlineLevel !== undefined && outlineLevel >= 0 && outlineLevel < 9) paragraph.outlineLevel = outlineLevel;
    const alignment = direct?.alignment ?? style.alignment;
    if (alignment !== undefined) paragraph.alignment = alignment;
    this.applyNumbering(paragraph, direct?.numbering, style);
    sink.paragraph(paragraph);

    for (const textBox of state.textBoxes) {
      readPart(textBox, (box) => this.blocks(box, { ...context, depth: context.depth + 1 }, sink));
    }
  }

  private applyNumbering(paragraph: Paragraph, direct: NumberingRef | undefined, style: ResolvedParagraphStyle): void {
    const numId = direct?.numId ?? style.numbering.numId;
    if (numId === undefined || numId === "0") return;
    if (this.numbering.present && !this.numbering.has(numId)) return;
    const ilvl =
      direct?.ilvl ?? style.numbering.ilvl ?? (style.id === undefined ? undefined : this.numbering.levelOfStyle.get(style.id)) ?? 0;
    paragraph.numbered = true;
    paragraph.numberingLevel = ilvl;
    const level = this.numbering.level(numId, ilvl, this.styles);
    if (level?.format !== undefined) paragraph.numberingFormat = level.format;
    if (level?.text !== undefined) paragraph.numberingText = level.text;
  }

  /** One element of paragraph content: a run, or a wrapper, control or revision around runs; read to its end. */
  private inline(c: Cursor, state: ParagraphText, placeholder: boolean, depth: number): void {
    if (depth > MAX_NESTING) throw tooDeep();
    const name = c.name;
    if (name === "w:r") {
      this.run(c, state, placeholder, depth + 1);
    } else if (TRANSPARENT_INLINE.has(name)) {
      this.inlineChildren(c, state, placeholder, depth + 1);
    } else if (name === "w:ins" || name === "w:moveTo") {
      const before = state.text.length;
      this.inlineChildren(c, state, placeholder, depth + 1);
      this.recordChange("insertions", "+", state.text.slice(before));
    } else if (name === "w:del" || name === "w:moveFrom") {
      // Deleted (or moved-away) text is not part of the document once revisions are accepted.
      if (this.trackedChanges.samples.length < SAMPLE_COUNT) {
        this.recordChange("deletions", "-", plainText(c, depth + 1));
      } else {
        c.skip();
        this.trackedChanges.deletions++;
      }
    } else if (name === "w:sdt") {
      const tag = readSdt(c, (tag, inner) => {
        state.addInnerTag(tag);
        this.inlineChildren(c, state, placeholder || inner, depth + 1);
      });
      state.addInnerTag(tag);
    } else if (name === "mc:AlternateContent") {
      alternative(c, () => this.inlineChildren(c, state, placeholder, depth + 1));
    } else {
      c.skip();
    }
  }

  private inlineChildren(c: Cursor, state: ParagraphText, placeholder: boolean, depth: number): void {
    while (c.nextChild()) this.inline(c, state, placeholder, depth);
  }

  private run(c: Cursor, state: ParagraphText, placeholder: boolean, depth: number): void {
    const run: RunRead = { text: "", direct: NO_RUN_PROPS, placeholder };
    this.runContent(c, run, state, depth);
    if (run.text === "") return;
    state.text += run.text;
    state.runs.push(run);
  }

  /** The content of a run (or of the branch of alternate content in it), read into `run`. */
  private runContent(c: Cursor, run: RunRead, state: ParagraphText, depth: number): void {
    if (depth > MAX_NESTING) throw tooDeep();
    while (c.nextChild()) {
      switch (c.name) {
        case "w:t":
          run.text += c.text();
          continue;
        case "w:tab":
        case "w:ptab":
          run.text += "\t";
          break;
        case "w:br":
        case "w:cr":
          run.text += "\n";
          break;
        case "w:noBreakHyphen":
          run.text += "\u2011";
          break;
        case "w:rPr":
          run.direct = readRunProps(c, this.theme);
          continue;
        case "w:drawing":
        case "w:pict":
        case "w:object":
          this.findTextBoxes(c, state.textBoxes, depth + 1);
          continue;
        case "mc:AlternateContent":
          alternative(c, () => this.runContent(c, run, state, depth + 1));
          continue;
      }
      c.skip();
    }
  }

  /** Text-box contents inside the current drawing, in document order, taking one branch of any alternate content. */
  private findTextBoxes(c: Cursor, into: PartXml[], depth: number): void {
    if (depth > MAX_NESTING) throw tooDeep();
    while (c.nextChild()) {
      if (c.name === "w:txbxContent") {
        into.push(c.mark());
        c.skip();
      } else if (c.name === "mc:AlternateContent") {
        alternative(c, () => this.findTextBoxes(c, into, depth + 1));
      } else {
        this.findTextBoxes(c, into, depth + 1);
      }
    }
  }

  private recordChange(kind: "insertions" | "deletions", sign: string, sample: string): void {
    this.trackedChanges[kind]++;
    if (this.trackedChanges.samples.length >= SAMPLE_COUNT) return;
    const text = sample.normalize("NFC").replace(/\s+/g, " ").trim();
    if (text !== "") this.trackedChanges.samples.push(sign + (text.length > SAMPLE_LENGTH ? `${text.slice(0, SAMPLE_LENGTH - 1)}…` : text));
  }
}

/* ------------------------------------------------------------------------------------------------------------ */
/* Comments and web-extension settings                                                                           */

function readComments(comments: Cursor, makeReader: () => BodyReader): Comment[] {
  const result: Comment[] = [];
  while (comments.nextChild()) {
    if (comments.name !== "w:comment") {
      comments.skip();
      continue;
    }
    const id = comments.wAttr("id") ?? "";
    const author = comments.wAttr("author") ?? "";
    const texts: string[] = [];
    const sink: BlockSink = {
      paragraph: (paragraph) => texts.push(paragraph.text),
      table: (table) => table.paragraphs.forEach((paragraph) => texts.push(paragraph.text)),
    };
    // A reader of its own: comment paragraphs are not document paragraphs and their revisions are not counted.
    makeReader().blocks(comments, { tags: [], placeholder: false, inTable: false, depth: 0 }, sink);
    result.push({ id, author, text: texts.join("\n") });
  }
  return result;
}

/** we:property name/value pairs of a web extension (where Office.context.document.settings are kept), into `settings`. */
function readSettings(extension: Cursor, settings: Map<string, string>): void {
  within(extension, "we:properties", () => {
    while (extension.nextChild()) {
      const name = extension.tokens.attribute("name");
      if (extension.name === "we:property" && name !== undefined) settings.set(name, extension.tokens.attribute("value") ?? "");
      extension.skip();
    }
  });
}

/* ------------------------------------------------------------------------------------------------------------ */
/* Entry points                                                                                                  */

interface LocatedParts {
  document: PartXml;
  styles?: PartXml;
  numbering?: PartXml;
  comments?: PartXml;
  theme?: PartXml;
  webExtensions: PartXml[];
}

function readParts(parts: LocatedParts): DocModel {
  const optional = <T>(part: PartXml | undefined, read: (root: Cursor) => T): T | undefined =>
    part === undefined ? undefined : readPart(part, read);
  const theme = optional(parts.theme, readThemeFonts) ?? new Map<string, string>();
  const styles = optional(parts.styles, (root) => new Styles(root, theme)) ?? new Styles(undefined, theme);
  const numbering = optional(parts.numbering, (root) => new Numbering(root)) ?? new Numbering(undefined);
  const makeReader = () => new BodyReader(styles, numbering, theme);
  const reader = makeReader();
  const blocks: Block[] = [];
  readPart(parts.document, (root) => {
    if (!isNamed(root, "w:document")) {
      throw new XmlError(`The main part is <${root.tokens.name}>, not a WordprocessingML document`, 0);
    }
    const sink: BlockSink = { paragraph: (paragraph) => blocks.push(paragraph), table: (table) => blocks.push(table) };
    let bodySeen = false;
    while (root.nextChild()) {
      if (root.name === "w:body" && !bodySeen) {
        bodySeen = true;
        reader.blocks(root, { tags: [], placeholder: false, inTable: false, depth: 0 }, sink);
      } else {
        root.skip();
      }
    }
  });
  const settings = new Map<string, string>();
  for (const extension of parts.webExtensions) readPart(extension, (root) => readSettings(root, settings));
  return {
    blocks,
    comments: optional(parts.comments, (root) => readComments(root, makeReader)) ?? [],
    trackedChanges: reader.trackedChanges,
    // fromEntries defines own properties, so even a setting named "__proto__" is kept as data.
    settings: Object.fromEntries(settings),
  };
}

/** The scope outside a part: only the xml prefix. A fresh one per document, as scopes keep what they have read. */
function outermostScope(): Scope {
  return new Scope(new Map([["xml", "http://www.w3.org/XML/1998/namespace"]]));
}

/** The XML of a document's parts, each a whole part as stored in the package. */
export interface WordprocessingMLParts<Part = string> {
  /** The main document part (word/document.xml). */
  document: Part;
  styles?: Part;
  numbering?: Part;
  comments?: Part;
  /** The theme part, to name theme fonts ("+Body" → "Calibri"). */
  theme?: Part;
  /** Web extension parts (word/webextensions/webextension*.xml), whose properties become `settings`. */
  webExtensions?: Part[];
}

/**
 * A part given as its UTF-8 bytes: `binary` holds them one per character (as Node's Buffer#toString("latin1")
 * makes), `decode` turns a range of them into text. The reader finds the markup in the bytes and decodes only the
 * text it reads, instead of whole parts.
 */
export interface Utf8Part {
  binary: string;
  decode: Utf8Decoder;
}

/** Reads a document from its parts. Throws XmlError when a part is malformed, has a DOCTYPE or is not WordprocessingML. */
export function readWordprocessingML(input: WordprocessingMLParts | WordprocessingMLParts<Utf8Part>): DocModel {
  const scope = outermostScope();
  const part = (xml: string | Utf8Part): PartXml =>
    typeof xml === "string" ? { xml, scope } : { xml: xml.binary, scope, utf8: xml.decode };
  const optional = (xml: string | Utf8Part | undefined) => (xml === undefined ? undefined : part(xml));
  return readParts({
    document: part(input.document),
    styles: optional(input.styles),
    numbering: optional(input.numbering),
    comments: optional(input.comments),
    theme: optional(input.theme),
    webExtensions: (input.webExtensions ?? []).map((xml: string | Utf8Part) => part(xml)),
  });
}

/* Package relationships, shared with host/docx so both find parts the same way. */

/** Where the parts the reader uses live in a package: part names without the leading "/" ("word/document.xml"). */
export interface PackageParts {
  document: string;
  styles?: string;
  numbering?: string;
  comments?: string;
  theme?: string;
}

/** Web extension parts, which hold the add-in's per-document settings. */
export const WEB_EXTENSION_PART = /^word\/webextensions\/webextension\d*\.xml$/i;

const RELATIONSHIP_BASES = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/",
  "http://purl.oclc.org/ooxml/officeDocument/relationships/",
];

/** "_rels/.rels" for the package (""), "word/_rels/document.xml.rels" for "word/document.xml". */
function relationshipsPartName(source: string): string {
  const slash = source.lastIndexOf("/");
  return `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
}

/** A relationship target as a part name: relative to the source part's folder unless it starts with "/". */
function resolveTarget(source: string, target: string): string {
  const segments = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments.join("/");
}

/** The first internal target of a relationship of `kind` ("officeDocument", "styles"…), transitional or strict. */
function relatedPart(rels: XmlElement | undefined, source: string, kind: string): string | undefined {
  if (!rels) return undefined;
  for (const child of rels.children) {
    if (typeof child === "string" || !(child.name === "Relationship" || child.name.endsWith(":Relationship"))) continue;
    const { Type: type, Target: target, TargetMode: mode } = child.attrs;
    if (target === undefined || mode === "External") continue;
    if (RELATIONSHIP_BASES.some((base) => type === base + kind)) return resolveTarget(source, target);
  }
  return undefined;
}

/**
 * Finds the main document through the package relationships (_rels/.rels), then its styles, numbering, comments
 * and theme through the document's relationships. `relationships` returns a parsed .rels part, or undefined when
 * the package has none by that name. Undefined when the package declares no main document.
 */
export function findPackageParts(relationships: (relsPartName: string) => XmlElement | undefined): PackageParts | undefined {
  const document = relatedPart(relationships(relationshipsPartName("")), "", "officeDocument");
  if (document === undefined) return undefined;
  const rels = relationships(relationshipsPartName(document));
  return {
    document,
    styles: relatedPart(rels, document, "styles"),
    numbering: relatedPart(rels, document, "numbering"),
    comments: relatedPart(rels, document, "comments"),
    theme: relatedPart(rels, document, "theme"),
  };
}

/**
 * Reads a Flat OPC package (pkg:package, as Word's Body.getOoxml returns it): the parts are found the same way as
 * in a .docx, then read by the same code as readWordprocessingML, in place in the package text. Throws XmlError when
 * the package is malformed or holds no main document.
 */
export function readFlatOpc(pkg: string): DocModel {
  const parts = new Map<string, PartXml & { end: number }>();
  let mainByContentType: string | undefined;
  readPart({ xml: pkg, scope: outermostScope() }, (root) => {
    if (!isNamed(root, "pkg:package")) throw new XmlError(`<${root.tokens.name}> is not a Flat OPC package`, 0);
    while (root.nextChild()) {
      if (root.name !== "pkg:part") {
        root.skip();
        continue;
      }
      const name = (root.attr("pkg", "name") ?? "").replace(/^\//, "");
      const contentType = root.attr("pkg", "contentType") ?? "";
      within(root, "pkg:xmlData", () => {
        if (!root.nextChild()) return;
        const content = root.mark();
        root.skip();
        parts.set(name.toLowerCase(), { ...content, end: root.tokens.position });
        // Without package relationships, the main part is the one typed as such (…document.main+xml).
        if (/\.main\+xml$/.test(contentType)) mainByContentType ??= name;
        while (root.nextChild()) root.skip();
      });
    }
  });
  const part = (name: string | undefined) => (name === undefined ? undefined : parts.get(name.toLowerCase()));
  // Relationship parts hold no prefixed names, so each is parsed on its own from its text in the package.
  const relationships = (name: string) => {
    const rels = part(name);
    return rels && parseXml(pkg.slice(rels.at, rels.end));
  };
  const names = findPackageParts(relationships) ?? (mainByContentType === undefined ? undefined : { document: mainByContentType });
  const document = part(names?.document);
  if (!names || !document) throw new XmlError("The package has no main document part", 0);
  return readParts({
    document,
    styles: part(names.styles),
    numbering: part(names.numbering),
    comments: part(names.comments),
    theme: part(names.theme),
    webExtensions: [...parts].filter(([name]) => WEB_EXTENSION_PART.test(name)).map(([, content]) => content),
  });
}
