/**
 * Theme fonts, run and paragraph properties, and the style chain: reads w:rPr and w:pPr (memoised per distinct
 * content), the theme's font slots and styles.xml, and resolves a paragraph's style through its basedOn chain, and
 * a run's formatting through defaults, paragraph style, character style and direct formatting (memoised per style).
 */

import { Cursor, MAX_CACHED_CONTENTS, halfPoints, integer, isOn, onOff, within } from "./cursor";

/** Run formatting at one level of the style hierarchy; undefined means "not set here". */
export interface RunProps {
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
export type ThemeFonts = Map<string, string>;

const THEME_FONT_GROUPS: Record<string, string> = { "a:majorFont": "major", "a:minorFont": "minor" };
const THEME_FONT_SCRIPTS: Record<string, string[]> = { "a:latin": ["Ascii", "HAnsi"], "a:ea": ["EastAsia"], "a:cs": ["Bidi"] };

export function readThemeFonts(theme: Cursor): ThemeFonts {
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
export function readRunProps(c: Cursor, theme: ThemeFonts): RunProps {
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

export interface NumberingRef {
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
export interface ParagraphProps {
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
export function countMarks(c: Cursor, into: RevisionMarks): void {
  while (c.nextChild()) {
    if (c.name === "w:ins") into.insertions++;
    else if (c.name === "w:del") into.deletions++;
    c.skip();
  }
}

/** The current w:pPr, read to its end. */
export function readParagraphProps(c: Cursor): ParagraphProps {
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
export interface ResolvedParagraphStyle {
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

export class Styles {
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
