/**
 * WordprocessingML → DocModel. The one reader behind the add-in (Flat OPC from Body.getOoxml) and the command line
 * (parts unzipped by host/docx), so both see the same document.
 *
 * Namespaces are resolved by URI, so strict OOXML (purl.oclc.org) and documents that bind WordprocessingML to a
 * prefix other than "w" read the same as Word's usual output. The body is walked once, top-down; style and
 * numbering look-ups are memoised, so the cost is linear in the size of the document.
 */

import { Block, Comment, DocModel, Paragraph, Table, TrackedChanges } from "../model";
import { ParseOptions, XmlElement, XmlError, parseXml } from "./xml";

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

/** The namespace bindings in force at an element, with memoised name look-ups (scopes are rarely created). */
interface Scope {
  /** prefix → namespace URI; "" is the default namespace. */
  readonly uris: ReadonlyMap<string, string>;
  /** Qualified element name as written → canonical name ("w:p"). */
  readonly names: Map<string, string>;
  /** Canonical prefix → local name → the qualified attribute names ("w:val") that mean it here. */
  readonly attributeNames: Map<string, Map<string, string[]>>;
}

function newScope(uris: ReadonlyMap<string, string>): Scope {
  return { uris, names: new Map(), attributeNames: new Map() };
}

const ROOT_SCOPE = newScope(new Map([["xml", "http://www.w3.org/XML/1998/namespace"]]));

function canonicalPrefix(uri: string | undefined): string {
  if (uri === undefined) return "?";
  return CANONICAL_PREFIX.get(uri) ?? `{${uri}}`;
}

/** The scope inside `el`: its parent's, plus any xmlns declarations it carries. */
function scopeOf(el: XmlElement, parent: Scope): Scope {
  let uris: Map<string, string> | undefined;
  for (const name in el.attrs) {
    if (name.charCodeAt(0) !== 0x78 /* x */ || !name.startsWith("xmlns")) continue;
    if (name.length === 5 || name.charCodeAt(5) === 0x3a /* : */) {
      uris ??= new Map(parent.uris);
      uris.set(name.length === 5 ? "" : name.slice(6), el.attrs[name]);
    }
  }
  return uris ? newScope(uris) : parent;
}

/** "w:p" for a paragraph whatever prefix the document uses for WordprocessingML, strict or transitional. */
function nameOf(el: XmlElement, scope: Scope): string {
  let name = scope.names.get(el.name);
  if (name === undefined) {
    const colon = el.name.indexOf(":");
    const prefix = colon < 0 ? "" : el.name.slice(0, colon);
    name = `${canonicalPrefix(scope.uris.get(prefix))}:${el.name.slice(colon + 1)}`;
    scope.names.set(el.name, name);
  }
  return name;
}

/**
 * A namespaced attribute, e.g. attr(el, scope, "w", "val") for w:val. The qualified names to try are worked out
 * once per scope and name: building "w:" + "val" on every look-up cost more than the look-up itself.
 */
function attr(el: XmlElement, scope: Scope, canonical: string, local: string): string | undefined {
  let byLocal = scope.attributeNames.get(canonical);
  if (byLocal === undefined) {
    byLocal = new Map();
    scope.attributeNames.set(canonical, byLocal);
  }
  let names = byLocal.get(local);
  if (names === undefined) {
    names = [];
    for (const [prefix, uri] of scope.uris) {
      if (prefix !== "" && canonicalPrefix(uri) === canonical) names.push(`${prefix}:${local}`);
    }
    byLocal.set(local, names);
  }
  for (const name of names) {
    const value = el.attrs[name];
    if (value !== undefined) return value;
  }
  return undefined;
}

const wAttr = (el: XmlElement, scope: Scope, local: string) => attr(el, scope, "w", local);

/** An element with the scope in force inside it. */
interface Scoped {
  el: XmlElement;
  scope: Scope;
}

/** An element with its scope and canonical name. */
interface Named extends Scoped {
  name: string;
}

/** The element children of `el` with their scopes and names. */
function children(el: XmlElement, scope: Scope): Named[] {
  const result: Named[] = [];
  for (const child of el.children) {
    if (typeof child === "string") continue;
    const childScope = scopeOf(child, scope);
    result.push({ el: child, scope: childScope, name: nameOf(child, childScope) });
  }
  return result;
}

function firstChild(el: XmlElement, scope: Scope, name: string): Named | undefined {
  for (const child of children(el, scope)) if (child.name === name) return child;
  return undefined;
}

/**
 * The branch of an mc:AlternateContent to read: the first mc:Choice whose required namespaces we understand,
 * else mc:Fallback. Only one branch is ever read, so nothing is counted twice.
 */
function chooseAlternative(el: XmlElement, scope: Scope): Named | undefined {
  for (const child of children(el, scope)) {
    if (child.name === "mc:Fallback") return child;
    if (child.name !== "mc:Choice") continue;
    const requires = (child.el.attrs.Requires ?? "").split(/\s+/).filter(Boolean);
    if (requires.every((prefix) => UNDERSTOOD_NAMESPACES.has(child.scope.uris.get(prefix) ?? ""))) return child;
  }
  return undefined;
}

/** ST_OnOff: "0", "false" and "off" are off; anything else is on. */
function isOn(value: string): boolean {
  return !(value === "0" || value === "false" || value === "off");
}

/** An on/off property element: present without w:val means on. */
function onOff(el: XmlElement, scope: Scope): boolean {
  const value = wAttr(el, scope, "val");
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

function readThemeFonts(theme: Scoped | undefined): ThemeFonts {
  const fonts: ThemeFonts = new Map();
  if (!theme) return fonts;
  const elements = firstChild(theme.el, theme.scope, "a:themeElements");
  const scheme = elements && firstChild(elements.el, elements.scope, "a:fontScheme");
  if (!scheme) return fonts;
  for (const [slot, group] of [
    ["major", "a:majorFont"],
    ["minor", "a:minorFont"],
  ] as const) {
    const font = firstChild(scheme.el, scheme.scope, group);
    if (!font) continue;
    for (const [suffix, script] of [
      ["Ascii", "a:latin"],
      ["HAnsi", "a:latin"],
      ["EastAsia", "a:ea"],
      ["Bidi", "a:cs"],
    ]) {
      const face = firstChild(font.el, font.scope, script)?.el.attrs.typeface;
      if (face) fonts.set(slot + suffix, face);
    }
  }
  return fonts;
}

function readRunProps(rPr: XmlElement, scope: Scope, theme: ThemeFonts): RunProps {
  const props: RunProps = {};
  for (const { el, scope: s, name } of children(rPr, scope)) {
    switch (name) {
      case "w:b":
        props.bold = onOff(el, s);
        break;
      case "w:i":
        props.italic = onOff(el, s);
        break;
      case "w:sz":
        props.sizeHalfPt = halfPoints(wAttr(el, s, "val"));
        break;
      case "w:cs":
      case "w:rtl":
        props.complexScript = (props.complexScript ?? false) || onOff(el, s);
        break;
      case "w:rStyle":
        props.charStyle = wAttr(el, s, "val");
        break;
      case "w:rFonts": {
        // A theme reference wins over the explicit name at the same level.
        const font = (slot: string, themeSlot: string) => {
          const themed = wAttr(el, s, themeSlot);
          return (themed !== undefined ? theme.get(themed) : undefined) ?? wAttr(el, s, slot);
        };
        props.ascii = font("ascii", "asciiTheme");
        props.hAnsi = font("hAnsi", "hAnsiTheme");
        props.cs = font("cs", "cstheme");
        break;
      }
    }
  }
  return props;
}

interface NumberingRef {
  numId?: string;
  ilvl?: number;
}

function readNumPr(numPr: XmlElement, scope: Scope): NumberingRef {
  const ref: NumberingRef = {};
  for (const { el, scope: s, name } of children(numPr, scope)) {
    if (name === "w:numId") ref.numId = wAttr(el, s, "val");
    else if (name === "w:ilvl") ref.ilvl = integer(wAttr(el, s, "val"));
  }
  return ref;
}

/** Paragraph formatting the checks use; undefined means "not set here". */
interface ParagraphProps {
  style?: string;
  outlineLevel?: number;
  numbering?: NumberingRef;
  alignment?: string;
}

function readParagraphProps(pPr: XmlElement, scope: Scope): ParagraphProps {
  const props: ParagraphProps = {};
  for (const { el, scope: s, name } of children(pPr, scope)) {
    switch (name) {
      case "w:pStyle":
        props.style = wAttr(el, s, "val");
        break;
      case "w:outlineLvl":
        props.outlineLevel = integer(wAttr(el, s, "val"));
        break;
      case "w:numPr":
        props.numbering = readNumPr(el, s);
        break;
      case "w:jc":
        props.alignment = wAttr(el, s, "val");
        break;
    }
  }
  return props;
}

interface StyleDefinition {
  type: string;
  name?: string;
  basedOn?: string;
  paragraph: ParagraphProps;
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
}

const HEADING_NAME = /^heading\s*([1-9])$/i;

class Styles {
  private readonly definitions = new Map<string, StyleDefinition>();
  private readonly defaultRun: RunProps = {};
  private readonly defaultParagraph: ParagraphProps = {};
  private defaultParagraphStyle?: string;
  private readonly paragraphMemo = new Map<string, ResolvedParagraphStyle>();
  private readonly runMemo = new Map<string, RunProps>();

  constructor(styles: Scoped | undefined, theme: ThemeFonts) {
    if (!styles) return;
    for (const { el, scope, name } of children(styles.el, styles.scope)) {
      if (name === "w:docDefaults") {
        const rPr = firstChild(el, scope, "w:rPrDefault");
        const run = rPr && firstChild(rPr.el, rPr.scope, "w:rPr");
        if (run) Object.assign(this.defaultRun, readRunProps(run.el, run.scope, theme));
        const pPr = firstChild(el, scope, "w:pPrDefault");
        const paragraph = pPr && firstChild(pPr.el, pPr.scope, "w:pPr");
        if (paragraph) Object.assign(this.defaultParagraph, readParagraphProps(paragraph.el, paragraph.scope));
      } else if (name === "w:style") {
        const id = wAttr(el, scope, "styleId");
        if (id === undefined) continue;
        const definition: StyleDefinition = { type: wAttr(el, scope, "type") ?? "paragraph", paragraph: {}, run: {} };
        for (const child of children(el, scope)) {
          if (child.name === "w:name") definition.name = wAttr(child.el, child.scope, "val");
          else if (child.name === "w:basedOn") definition.basedOn = wAttr(child.el, child.scope, "val");
          else if (child.name === "w:pPr") definition.paragraph = readParagraphProps(child.el, child.scope);
          else if (child.name === "w:rPr") definition.run = readRunProps(child.el, child.scope, theme);
        }
        this.definitions.set(id, definition);
        const isDefault = wAttr(el, scope, "default");
        if (definition.type === "paragraph" && isDefault !== undefined && isOn(isDefault)) this.defaultParagraphStyle ??= id;
      }
    }
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

  /** Run formatting from defaults, the paragraph style chain and the character style chain. */
  runBase(paragraph: ResolvedParagraphStyle, charStyle: string | undefined): RunProps {
    const key = `${paragraph.id ?? ""}\u0000${charStyle ?? ""}`;
    let run = this.runMemo.get(key);
    if (!run) {
      run = paragraph.run;
      for (const style of this.chain(charStyle, "character")) run = mergeRunProps(run, style.run);
      this.runMemo.set(key, run);
    }
    return run;
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

  constructor(numbering: Scoped | undefined) {
    this.present = numbering !== undefined;
    if (!numbering) return;
    for (const { el, scope, name } of children(numbering.el, numbering.scope)) {
      if (name === "w:abstractNum") {
        const id = wAttr(el, scope, "abstractNumId");
        if (id === undefined) continue;
        const entry: { levels: Map<number, NumberingLevel>; styleLink?: string } = { levels: new Map() };
        for (const child of children(el, scope)) {
          if (child.name === "w:lvl") this.readLevel(child, entry.levels);
          else if (child.name === "w:numStyleLink") entry.styleLink = wAttr(child.el, child.scope, "val");
        }
        this.abstracts.set(id, entry);
      } else if (name === "w:num") {
        const id = wAttr(el, scope, "numId");
        if (id === undefined) continue;
        const instance: { abstractId?: string; overrides: Map<number, NumberingLevel> } = { overrides: new Map() };
        for (const child of children(el, scope)) {
          if (child.name === "w:abstractNumId") instance.abstractId = wAttr(child.el, child.scope, "val");
          if (child.name !== "w:lvlOverride") continue;
          const level = firstChild(child.el, child.scope, "w:lvl");
          if (level) this.readLevel(level, instance.overrides, integer(wAttr(child.el, child.scope, "ilvl")));
        }
        this.instances.set(id, instance);
      }
    }
  }

  private readLevel({ el, scope }: Scoped, into: Map<number, NumberingLevel>, ilvl = integer(wAttr(el, scope, "ilvl"))): void {
    if (ilvl === undefined) return;
    const level: NumberingLevel = {};
    for (const child of children(el, scope)) {
      if (child.name === "w:numFmt") level.format = wAttr(child.el, child.scope, "val");
      else if (child.name === "w:lvlText") level.text = wAttr(child.el, child.scope, "val");
      else if (child.name === "w:pStyle") {
        const style = wAttr(child.el, child.scope, "val");
        if (style !== undefined && !this.levelOfStyle.has(style)) this.levelOfStyle.set(style, ilvl);
      }
    }
    into.set(ilvl, level);
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

/** A content control's tag and whether it is showing its placeholder. */
function readSdtProperties(sdt: Scoped): { tag?: string; placeholder: boolean; content?: Scoped } {
  const result: { tag?: string; placeholder: boolean; content?: Scoped } = { placeholder: false };
  for (const child of children(sdt.el, sdt.scope)) {
    if (child.name === "w:sdtContent") result.content = child;
    if (child.name !== "w:sdtPr") continue;
    for (const property of children(child.el, child.scope)) {
      if (property.name === "w:tag") result.tag = wAttr(property.el, property.scope, "val");
      else if (property.name === "w:showingPlcHdr") result.placeholder = onOff(property.el, property.scope);
    }
  }
  return result;
}

/** Element wrappers inside a paragraph whose runs are read as if they were not there. */
const TRANSPARENT_INLINE = new Set(["w:hyperlink", "w:smartTag", "w:customXml", "w:fldSimple", "w:dir", "w:bdo"]);

const SAMPLE_COUNT = 5;
const SAMPLE_LENGTH = 60;

/** The runs of one paragraph as they are read: text and what the checks need to know about its formatting. */
class ParagraphText {
  text = "";
  private visibleRuns = 0;
  private boldRuns = 0;
  private italicRuns = 0;
  private placeholderRuns = 0;
  readonly fonts = new Set<string>();
  readonly sizes = new Set<number>();
  readonly innerTags: string[] = [];
  /** w:txbxContent found in this paragraph's drawings, read as paragraphs after it. */
  readonly textBoxes: Scoped[] = [];

  addRun(text: string, props: RunProps, placeholder: boolean): void {
    this.text += text;
    if (!/\S/.test(text)) return;
    this.visibleRuns++;
    if (props.bold) this.boldRuns++;
    if (props.italic) this.italicRuns++;
    if (placeholder) this.placeholderRuns++;
    if (props.ascii) this.fonts.add(props.ascii);
    if (props.hAnsi) this.fonts.add(props.hAnsi);
    if (props.complexScript && props.cs) this.fonts.add(props.cs);
    if (props.sizeHalfPt !== undefined) this.sizes.add(props.sizeHalfPt);
  }

  get bold(): boolean {
    return this.visibleRuns > 0 && this.boldRuns === this.visibleRuns;
  }

  get italic(): boolean {
    return this.visibleRuns > 0 && this.italicRuns === this.visibleRuns;
  }

  get allPlaceholder(): boolean {
    return this.visibleRuns > 0 && this.placeholderRuns === this.visibleRuns;
  }
}

/** The start of the text (w:t and w:delText) beneath an element, in order, for tracked-change samples. */
function plainText(root: Scoped): string {
  let text = "";
  const stack: Named[] = [];
  const pushChildren = (node: Scoped) => {
    const kids = children(node.el, node.scope);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  };
  pushChildren(root);
  for (let node = stack.pop(); node !== undefined && text.length < SAMPLE_LENGTH; node = stack.pop()) {
    if (node.name === "w:t" || node.name === "w:delText") text += textContent(node.el);
    else pushChildren(node);
  }
  return text;
}

function textContent(el: XmlElement): string {
  if (el.children.length === 1 && typeof el.children[0] === "string") return el.children[0];
  let text = "";
  for (const child of el.children) if (typeof child === "string") text += child;
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

  /** Block-level content: paragraphs, tables, and the controls and wrappers around them. */
  blocks(container: Scoped, context: BlockContext, sink: BlockSink): void {
    if (context.depth > MAX_NESTING) throw tooDeep();
    const inner = { ...context, depth: context.depth + 1 };
    for (const child of children(container.el, container.scope)) {
      switch (child.name) {
        case "w:p":
          this.paragraph(child, context, sink);
          break;
        case "w:tbl":
          sink.table(this.table(child, context));
          break;
        case "w:sdt": {
          const sdt = readSdtProperties(child);
          if (sdt.content) {
            const tags = withTag(context.tags, sdt.tag);
            this.blocks(sdt.content, { ...inner, tags, placeholder: context.placeholder || sdt.placeholder }, sink);
          }
          break;
        }
        case "w:customXml":
          this.blocks(child, inner, sink);
          break;
        case "mc:AlternateContent": {
          const branch = chooseAlternative(child.el, child.scope);
          if (branch) this.blocks(branch, inner, sink);
          break;
        }
      }
    }
  }

  private table(tbl: Scoped, context: BlockContext): Table {
    const table: Table = { kind: "table", rows: [], tags: [...context.tags], paragraphs: [] };
    this.rows(tbl, { ...context, inTable: true, depth: context.depth + 1 }, table);
    return table;
  }

  /** Rows of a table, through row-level content controls and wrappers. */
  private rows(container: Scoped, context: BlockContext, table: Table): void {
    if (context.depth > MAX_NESTING) throw tooDeep();
    const inner = { ...context, depth: context.depth + 1 };
    for (const child of children(container.el, container.scope)) {
      if (child.name === "w:tr") {
        const trPr = firstChild(child.el, child.scope, "w:trPr");
        if (trPr) this.countMarks(trPr);
        const cells: string[] = [];
        this.cells(child, inner, table, cells);
        table.rows.push(cells);
      } else if (child.name === "w:sdt") {
        const sdt = readSdtProperties(child);
        const tags = withTag(context.tags, sdt.tag);
        if (sdt.content) this.rows(sdt.content, { ...inner, tags, placeholder: context.placeholder || sdt.placeholder }, table);
      } else if (child.name === "w:customXml") {
        this.rows(child, inner, table);
      } else if (child.name === "mc:AlternateContent") {
        const branch = chooseAlternative(child.el, child.scope);
        if (branch) this.rows(branch, inner, table);
      }
    }
  }

  /** Cells of a row, through cell-level content controls and wrappers. */
  private cells(container: Scoped, context: BlockContext, table: Table, cells: string[]): void {
    if (context.depth > MAX_NESTING) throw tooDeep();
    const inner = { ...context, depth: context.depth + 1 };
    for (const child of children(container.el, container.scope)) {
      if (child.name === "w:tc") {
        const texts: string[] = [];
        const cellSink: BlockSink = {
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
        };
        this.blocks(child, inner, cellSink);
        cells.push(texts.join("\n"));
      } else if (child.name === "w:sdt") {
        const sdt = readSdtProperties(child);
        const tags = withTag(context.tags, sdt.tag);
        if (sdt.content) this.cells(sdt.content, { ...inner, tags, placeholder: context.placeholder || sdt.placeholder }, table, cells);
      } else if (child.name === "w:customXml") {
        this.cells(child, inner, table, cells);
      } else if (child.name === "mc:AlternateContent") {
        const branch = chooseAlternative(child.el, child.scope);
        if (branch) this.cells(branch, inner, table, cells);
      }
    }
  }

  private paragraph(p: Scoped, context: BlockContext, sink: BlockSink): void {
    const index = this.nextIndex++;
    const pPr = firstChild(p.el, p.scope, "w:pPr");
    const direct = pPr ? readParagraphProps(pPr.el, pPr.scope) : {};
    if (pPr) {
      const markProps = firstChild(pPr.el, pPr.scope, "w:rPr");
      if (markProps) this.countMarks(markProps);
    }
    const style = this.styles.paragraphStyle(direct.style);
    const state = new ParagraphText();
    this.inline(p, state, style, context.placeholder, context.depth + 1);

    const paragraph: Paragraph = {
      kind: "paragraph",
      index,
      text: state.text.normalize("NFC"),
      numbered: false,
      bold: state.bold,
      italic: state.italic,
      fonts: [...state.fonts],
      sizesHalfPt: [...state.sizes],
      tags: state.innerTags.reduce(withTag, context.tags).slice(),
      placeholder: context.placeholder || state.allPlaceholder,
      inTable: context.inTable,
    };
    if (style.id !== undefined) paragraph.style = style.id;
    if (style.name !== undefined) paragraph.styleName = style.name;
    const outline = direct.outlineLevel ?? style.outlineLevel;
    const outlineLevel = outline === undefined ? style.headingLevel : outline;
    if (outlineLevel !== undefined && outlineLevel >= 0 && outlineLevel < 9) paragraph.outlineLevel = outlineLevel;
    const alignment = direct.alignment ?? style.alignment;
    if (alignment !== undefined) paragraph.alignment = alignment;
    this.applyNumbering(paragraph, direct.numbering, style);
    sink.paragraph(paragraph);

    for (const textBox of state.textBoxes) {
      this.blocks(textBox, { ...context, depth: context.depth + 1 }, sink);
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

  /** Paragraph content: runs and the wrappers, controls and revisions around them. */
  private inline(container: Scoped, state: ParagraphText, style: ResolvedParagraphStyle, placeholder: boolean, depth: number): void {
    if (depth > MAX_NESTING) throw tooDeep();
    for (const child of children(container.el, container.scope)) {
      const name = child.name;
      if (name === "w:r") {
        this.run(child, state, style, placeholder, depth + 1);
      } else if (TRANSPARENT_INLINE.has(name)) {
        this.inline(child, state, style, placeholder, depth + 1);
      } else if (name === "w:ins" || name === "w:moveTo") {
        const before = state.text.length;
        this.inline(child, state, style, placeholder, depth + 1);
        this.recordChange("insertions", "+", () => state.text.slice(before));
      } else if (name === "w:del" || name === "w:moveFrom") {
        // Deleted (or moved-away) text is not part of the document once revisions are accepted.
        this.recordChange("deletions", "-", () => plainText(child));
      } else if (name === "w:sdt") {
        const sdt = readSdtProperties(child);
        if (sdt.tag !== undefined && sdt.tag !== "" && !state.innerTags.includes(sdt.tag)) state.innerTags.push(sdt.tag);
        if (sdt.content) this.inline(sdt.content, state, style, placeholder || sdt.placeholder, depth + 1);
      } else if (name === "mc:AlternateContent") {
        const branch = chooseAlternative(child.el, child.scope);
        if (branch) this.inline(branch, state, style, placeholder, depth + 1);
      }
    }
  }

  private run(r: Scoped, state: ParagraphText, style: ResolvedParagraphStyle, placeholder: boolean, depth: number): void {
    let text = "";
    let rPr: Scoped | undefined;
    const content = (container: Scoped, level: number): void => {
      if (level > MAX_NESTING) throw tooDeep();
      for (const child of children(container.el, container.scope)) {
        switch (child.name) {
          case "w:t":
            text += textContent(child.el);
            break;
          case "w:tab":
          case "w:ptab":
            text += "\t";
            break;
          case "w:br":
          case "w:cr":
            text += "\n";
            break;
          case "w:noBreakHyphen":
            text += "\u2011";
            break;
          case "w:rPr":
            rPr = child;
            break;
          case "w:drawing":
          case "w:pict":
          case "w:object":
            this.findTextBoxes(child, state.textBoxes);
            break;
          case "mc:AlternateContent": {
            const branch = chooseAlternative(child.el, child.scope);
            if (branch) content(branch, level + 1);
            break;
          }
        }
      }
    };
    content(r, depth);
    if (text === "") return;
    const direct = rPr ? readRunProps(rPr.el, rPr.scope, this.theme) : {};
    const props = mergeRunProps(this.styles.runBase(style, direct.charStyle), direct);
    state.addRun(text, props, placeholder);
  }

  /** Text-box contents inside a drawing, in document order, taking one branch of any alternate content. */
  private findTextBoxes(drawing: Scoped, into: Scoped[]): void {
    const stack: Named[] = [];
    const pushChildren = (node: Scoped) => {
      const kids = children(node.el, node.scope);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    };
    pushChildren(drawing);
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      if (node.name === "w:txbxContent") {
        into.push(node);
      } else if (node.name === "mc:AlternateContent") {
        const branch = chooseAlternative(node.el, node.scope);
        if (branch) pushChildren(branch);
      } else {
        pushChildren(node);
      }
    }
  }

  /** Revision marks on a paragraph mark or a table row. */
  private countMarks(props: Scoped): void {
    for (const child of children(props.el, props.scope)) {
      if (child.name === "w:ins") this.trackedChanges.insertions++;
      else if (child.name === "w:del") this.trackedChanges.deletions++;
    }
  }

  private recordChange(kind: "insertions" | "deletions", sign: string, sample: () => string): void {
    this.trackedChanges[kind]++;
    if (this.trackedChanges.samples.length >= SAMPLE_COUNT) return;
    const text = sample().normalize("NFC").replace(/\s+/g, " ").trim();
    if (text !== "") this.trackedChanges.samples.push(sign + (text.length > SAMPLE_LENGTH ? `${text.slice(0, SAMPLE_LENGTH - 1)}…` : text));
  }
}

/* ------------------------------------------------------------------------------------------------------------ */
/* Comments and web-extension settings                                                                           */

function readComments(comments: Scoped | undefined, makeReader: () => BodyReader): Comment[] {
  if (!comments) return [];
  const result: Comment[] = [];
  for (const child of children(comments.el, comments.scope)) {
    if (child.name !== "w:comment") continue;
    const texts: string[] = [];
    const sink: BlockSink = {
      paragraph: (paragraph) => texts.push(paragraph.text),
      table: (table) => table.paragraphs.forEach((paragraph) => texts.push(paragraph.text)),
    };
    // A reader of its own: comment paragraphs are not document paragraphs and their revisions are not counted.
    makeReader().blocks(child, { tags: [], placeholder: false, inTable: false, depth: 0 }, sink);
    result.push({
      id: wAttr(child.el, child.scope, "id") ?? "",
      author: wAttr(child.el, child.scope, "author") ?? "",
      text: texts.join("\n"),
    });
  }
  return result;
}

/** we:property name/value pairs of the web extensions (where Office.context.document.settings are kept). */
function readSettings(webExtensions: Scoped[]): Record<string, string> {
  const settings = new Map<string, string>();
  for (const extension of webExtensions) {
    const properties = firstChild(extension.el, extension.scope, "we:properties");
    if (!properties) continue;
    for (const property of children(properties.el, properties.scope)) {
      const { name, value } = property.el.attrs;
      if (property.name === "we:property" && name !== undefined) settings.set(name, value ?? "");
    }
  }
  // fromEntries defines own properties, so even a setting named "__proto__" is kept as data.
  return Object.fromEntries(settings);
}

/* ------------------------------------------------------------------------------------------------------------ */
/* Entry points                                                                                                  */

interface ParsedParts {
  document: Scoped;
  styles?: Scoped;
  numbering?: Scoped;
  comments?: Scoped;
  theme?: Scoped;
  webExtensions: Scoped[];
}

function readParts(parts: ParsedParts): DocModel {
  if (nameOf(parts.document.el, parts.document.scope) !== "w:document") {
    throw new XmlError(`The main part is <${parts.document.el.name}>, not a WordprocessingML document`, 0);
  }
  const theme = readThemeFonts(parts.theme);
  const styles = new Styles(parts.styles, theme);
  const numbering = new Numbering(parts.numbering);
  const makeReader = () => new BodyReader(styles, numbering, theme);
  const reader = makeReader();
  const blocks: Block[] = [];
  const body = firstChild(parts.document.el, parts.document.scope, "w:body");
  if (body) {
    const sink: BlockSink = { paragraph: (paragraph) => blocks.push(paragraph), table: (table) => blocks.push(table) };
    reader.blocks(body, { tags: [], placeholder: false, inTable: false, depth: 0 }, sink);
  }
  return {
    blocks,
    comments: readComments(parts.comments, makeReader),
    trackedChanges: reader.trackedChanges,
    settings: readSettings(parts.webExtensions),
  };
}

/** The reader never changes the tree; run and paragraph properties repeat throughout a document (see ParseOptions). */
const READ_ONLY: ParseOptions = {
  readOnly: { shareRepeatedContent: new Set(["w:rPr", "w:pPr", "w:tcPr", "w:tblPr", "w:trPr", "w:sectPr"]) },
};

function parsePart(xml: string): Scoped {
  const el = parseXml(xml, READ_ONLY);
  return { el, scope: scopeOf(el, ROOT_SCOPE) };
}

/** The XML of a document's parts, each a whole part as stored in the package. */
export interface WordprocessingMLParts {
  /** The main document part (word/document.xml). */
  document: string;
  styles?: string;
  numbering?: string;
  comments?: string;
  /** The theme part, to name theme fonts ("+Body" → "Calibri"). */
  theme?: string;
  /** Web extension parts (word/webextensions/webextension*.xml), whose properties become `settings`. */
  webExtensions?: string[];
}

/** Reads a document from its parts. Throws XmlError when a part is malformed, has a DOCTYPE or is not WordprocessingML. */
export function readWordprocessingML(input: WordprocessingMLParts): DocModel {
  const optional = (xml: string | undefined) => (xml === undefined ? undefined : parsePart(xml));
  return readParts({
    document: parsePart(input.document),
    styles: optional(input.styles),
    numbering: optional(input.numbering),
    comments: optional(input.comments),
    theme: optional(input.theme),
    webExtensions: (input.webExtensions ?? []).map(parsePart),
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
 * in a .docx, then read by the same code as readWordprocessingML. Throws XmlError when the package is malformed
 * or holds no main document.
 */
export function readFlatOpc(pkg: string): DocModel {
  const root = parsePart(pkg);
  if (nameOf(root.el, root.scope) !== "pkg:package") throw new XmlError(`<${root.el.name}> is not a Flat OPC package`, 0);
  const parts = new Map<string, Scoped>();
  let mainByContentType: string | undefined;
  for (const part of children(root.el, root.scope)) {
    if (part.name !== "pkg:part") continue;
    const name = (attr(part.el, part.scope, "pkg", "name") ?? "").replace(/^\//, "");
    const xmlData = firstChild(part.el, part.scope, "pkg:xmlData");
    const content = xmlData && children(xmlData.el, xmlData.scope)[0];
    if (!content) continue;
    parts.set(name.toLowerCase(), content);
    // Without package relationships, the main part is the one typed as such (…document.main+xml).
    if (/\.main\+xml$/.test(attr(part.el, part.scope, "pkg", "contentType") ?? "")) mainByContentType ??= name;
  }
  const part = (name: string | undefined) => (name === undefined ? undefined : parts.get(name.toLowerCase()));
  const names =
    findPackageParts((name) => part(name)?.el) ?? (mainByContentType === undefined ? undefined : { document: mainByContentType });
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
