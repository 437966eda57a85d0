/**
 * The body walker: block content (paragraphs, tables, rows and cells, through content controls, custom XML and
 * alternate content), the runs of each paragraph with their text and formatting, numbering, text boxes, and the
 * tracked changes (insertions, deletions and their samples) met on the way.
 */

import { Paragraph, Table, TrackedChanges } from "../model";
import { Cursor, MAX_NESTING, PartXml, alternative, isNamed, onOff, readPart, tooDeep } from "./cursor";
import { Numbering } from "./numbering";
import {
  NumberingRef,
  ParagraphProps,
  ResolvedParagraphStyle,
  RunProps,
  Styles,
  ThemeFonts,
  countMarks,
  readParagraphProps,
  readRunProps,
} from "./styles";

/** Where block content goes: the body's block list, or a table cell. */
export interface BlockSink {
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

export class BodyReader {
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
