/**
 * What the playground's page shows of a WordprocessingML body: paragraphs with their alignment and run
 * formatting, tables, and content controls with their tag and title. Pure (XML in, plain data out), so the
 * rendering stays simple and the mapping can be tested apart from React.
 */
import { childElements, firstChild, XmlElement } from "../core/ooxml/xml";

export type Align = "left" | "center" | "right" | "justify";

export interface RunView {
  /** Tabs stay "\t"; line breaks are "\n". */
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** Points; undefined takes the page's default size. */
  sizePt?: number;
  placeholder: boolean;
}

export interface InlineControlView {
  kind: "control";
  tag: string;
  title: string;
  runs: RunView[];
}

export type InlineView = ({ kind: "run" } & RunView) | InlineControlView;

export interface ParagraphView {
  kind: "paragraph";
  /** The paragraph's index in the document (document order, tables and controls included). */
  index: number;
  align: Align;
  /** Points; negative for a hanging indent. */
  firstLinePt: number;
  leftPt: number;
  beforePt: number;
  afterPt: number;
  inlines: InlineView[];
}

export interface TableView {
  kind: "table";
  bordered: boolean;
  rows: CellView[][];
}

export interface CellView {
  widthPt?: number;
  span: number;
  blocks: BlockView[];
}

export interface BlockControlView {
  kind: "control";
  tag: string;
  title: string;
  blocks: BlockView[];
}

export type BlockView = ParagraphView | TableView | BlockControlView;

export interface PageView {
  /** Points, from the section's w:pgSz and w:pgMar; A4 with Decree 30's margins when absent. */
  widthPt: number;
  heightPt: number;
  margins: { top: number; right: number; bottom: number; left: number };
  blocks: BlockView[];
}

/**
 * Reads a w:body into a page. `paragraphIndex` numbers paragraphs as the document's own index does, so that
 * what the page shows and what the user-edit API addresses are the same paragraphs.
 */
export function documentView(body: XmlElement, paragraphIndex: (p: XmlElement) => number): PageView {
  const sectPr = firstChild(body, "w:sectPr");
  const size = sectPr && firstChild(sectPr, "w:pgSz");
  const margin = sectPr && firstChild(sectPr, "w:pgMar");
  const pt = (value: string | undefined, fallback: number) => (value ? twipsToPt(value) : fallback);
  return {
    widthPt: pt(size?.attrs["w:w"], 595.3),
    heightPt: pt(size?.attrs["w:h"], 841.9),
    margins: {
      top: pt(margin?.attrs["w:top"], 56.7),
      right: pt(margin?.attrs["w:right"], 42.5),
      bottom: pt(margin?.attrs["w:bottom"], 56.7),
      left: pt(margin?.attrs["w:left"], 85),
    },
    blocks: blocksOf(body.children.filter(isElement), paragraphIndex),
  };
}

const twipsToPt = (value: string | undefined): number => (value ? Number(value) / 20 || 0 : 0);

function isElement(node: XmlElement | string): node is XmlElement {
  return typeof node !== "string";
}

function blocksOf(elements: XmlElement[], paragraphIndex: (p: XmlElement) => number): BlockView[] {
  const blocks: BlockView[] = [];
  for (const el of elements) {
    switch (el.name) {
      case "w:p":
        blocks.push(paragraphOf(el, paragraphIndex(el)));
        break;
      case "w:tbl":
        blocks.push(tableOf(el, paragraphIndex));
        break;
      case "w:sdt":
        blocks.push({ kind: "control", ...controlNames(el), blocks: blocksOf(sdtChildren(el), paragraphIndex) });
        break;
      default:
        // w:sectPr, bookmarks and other markers show nothing.
        break;
    }
  }
  return blocks;
}

function sdtChildren(sdt: XmlElement): XmlElement[] {
  const content = firstChild(sdt, "w:sdtContent");
  return content ? content.children.filter(isElement) : [];
}

function controlNames(sdt: XmlElement): { tag: string; title: string } {
  const pr = firstChild(sdt, "w:sdtPr");
  const tag = (pr && firstChild(pr, "w:tag")?.attrs["w:val"]) ?? "";
  const title = (pr && firstChild(pr, "w:alias")?.attrs["w:val"]) ?? "";
  return { tag, title: title || tag };
}

function paragraphOf(p: XmlElement, index: number): ParagraphView {
  const pPr = firstChild(p, "w:pPr");
  const jc = pPr && firstChild(pPr, "w:jc")?.attrs["w:val"];
  const ind = pPr && firstChild(pPr, "w:ind");
  const spacing = pPr && firstChild(pPr, "w:spacing");
  const hanging = twipsToPt(ind?.attrs["w:hanging"]);
  return {
    kind: "paragraph",
    index,
    align: alignOf(jc),
    firstLinePt: hanging ? -hanging : twipsToPt(ind?.attrs["w:firstLine"]),
    leftPt: twipsToPt(ind?.attrs["w:left"] ?? ind?.attrs["w:start"]),
    beforePt: twipsToPt(spacing?.attrs["w:before"]),
    afterPt: twipsToPt(spacing?.attrs["w:after"]),
    inlines: inlinesOf(p.children.filter(isElement)),
  };
}

function alignOf(jc: string | undefined): Align {
  switch (jc) {
    case "center":
      return "center";
    case "right":
    case "end":
      return "right";
    case "both":
    case "distribute":
      return "justify";
    default:
      return "left";
  }
}

/** Wrappers whose runs show as the paragraph's own (insertions, links, smart tags, simple fields). */
const TRANSPARENT = new Set(["w:ins", "w:hyperlink", "w:smartTag", "w:fldSimple", "w:customXml", "w:moveTo"]);

function inlinesOf(elements: XmlElement[]): InlineView[] {
  const inlines: InlineView[] = [];
  for (const el of elements) {
    if (el.name === "w:r") {
      const run = runOf(el);
      if (run.text) inlines.push({ kind: "run", ...run });
    } else if (el.name === "w:sdt") {
      const runs = inlinesOf(sdtChildren(el)).flatMap((inline) => (inline.kind === "run" ? [inline] : inline.runs));
      inlines.push({ kind: "control", ...controlNames(el), runs });
    } else if (TRANSPARENT.has(el.name)) {
      inlines.push(...inlinesOf(el.children.filter(isElement)));
    }
  }
  return inlines;
}

/** A toggle property (w:b, w:i) is on when present, unless its value says off. */
function toggle(rPr: XmlElement | undefined, name: string): boolean {
  const el = rPr && firstChild(rPr, name);
  if (!el) return false;
  const val = el.attrs["w:val"];
  return val === undefined || !["0", "false", "off"].includes(val);
}

function runOf(r: XmlElement): RunView {
  const rPr = firstChild(r, "w:rPr");
  let text = "";
  for (const child of r.children.filter(isElement)) {
    if (child.name === "w:t") text += child.children.filter((c): c is string => typeof c === "string").join("");
    else if (child.name === "w:tab") text += "\t";
    else if (child.name === "w:br" || child.name === "w:cr") text += "\n";
    else if (child.name === "w:noBreakHyphen") text += "-";
  }
  const size = rPr && firstChild(rPr, "w:sz")?.attrs["w:val"];
  const underline = rPr && firstChild(rPr, "w:u")?.attrs["w:val"];
  const style = rPr && firstChild(rPr, "w:rStyle")?.attrs["w:val"];
  return {
    text,
    bold: toggle(rPr, "w:b"),
    italic: toggle(rPr, "w:i"),
    underline: underline !== undefined && underline !== "none",
    sizePt: size ? Number(size) / 2 : undefined,
    placeholder: style === "PlaceholderText",
  };
}

function tableOf(tbl: XmlElement, paragraphIndex: (p: XmlElement) => number): TableView {
  const tblPr = firstChild(tbl, "w:tblPr");
  const borders = tblPr && firstChild(tblPr, "w:tblBorders");
  const bordered = !!borders && childElements(borders).some((b) => !["none", "nil"].includes(b.attrs["w:val"] ?? "none"));
  // Rows and cells may sit inside row- or cell-level content controls; they show as plain rows and cells.
  const unwrap = (elements: XmlElement[], name: string): XmlElement[] =>
    elements.flatMap((el) => (el.name === name ? [el] : el.name === "w:sdt" ? unwrap(sdtChildren(el), name) : []));
  const rows = unwrap(tbl.children.filter(isElement), "w:tr").map((tr) =>
    unwrap(tr.children.filter(isElement), "w:tc").map((tc): CellView => {
      const tcPr = firstChild(tc, "w:tcPr");
      const width = tcPr && firstChild(tcPr, "w:tcW");
      const span = Number(tcPr && firstChild(tcPr, "w:gridSpan")?.attrs["w:val"]) || 1;
      return {
        widthPt: width?.attrs["w:type"] === "dxa" ? twipsToPt(width.attrs["w:w"]) : undefined,
        span,
        blocks: blocksOf(tc.children.filter(isElement), paragraphIndex),
      };
    }),
  );
  return { kind: "table", bordered, rows };
}

/** The paragraph's text as the page shows it: what the drafter edits, offsets included. */
export function paragraphText(paragraph: ParagraphView): string {
  return paragraph.inlines.map((inline) => (inline.kind === "run" ? inline.text : inline.runs.map((r) => r.text).join(""))).join("");
}

/** The one edit turning `before` into `after`: what changed between their common start and common end. */
export function textEdit(before: string, after: string): { start: number; end: number; inserted: string } | null {
  if (before === after) return null;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < before.length - start && tail < after.length - start && before[before.length - 1 - tail] === after[after.length - 1 - tail])
    tail++;
  return { start, end: before.length - tail, inserted: after.slice(start, after.length - tail) };
}
