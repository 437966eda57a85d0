/**
 * The simulated Word document: a WordprocessingML tree (the w:document and its w:body, with the header and footer
 * parts) that is the single source of truth, a selection, the add-in settings stored with the document, the file
 * as last saved, and the operations Word performs on it: inserting OOXML and paragraphs at a location with Word's
 * rules, finding content controls, text as Word shows it, getOoxml as a Flat OPC package. The user-edit API at the
 * end (typeText, placeCursor, …) is what a person does in Word; the playground and the tests call it, Office.js
 * code never does.
 */
import { XmlElement, XmlNode, childElements, firstChild, serializeXml } from "../../core/ooxml/xml";
import { SimOfficeError } from "./errors";
import { readSettings, storedSettings } from "./settings";
import {
  DEFAULT_DOCUMENT_NAMESPACES,
  DocumentRelationship,
  OoxmlContent,
  defaultStyles,
  glossaryDocument,
  readDocxParts,
  readOoxml,
  writePackage,
} from "./flat-opc";
import {
  ControlProps,
  cannotDelete,
  cannotEdit,
  childVal,
  cloneElement,
  containsElement,
  controlProps,
  element,
  inlineAround,
  insertInlineInPlace,
  isPropertyElement,
  lastRunProps,
  offsetOf,
  paragraphContent,
  paragraphProps,
  paragraphWithText,
  placeholderRunProps,
  removeTextInPlace,
  runsForText,
  sdtContent,
  sdtProps,
  setSdtProp,
  splitNodes,
  splitParagraphInPlace,
  wordText,
} from "./wordml";

/** A character position: an offset into the text of a paragraph as Word shows it. */
export interface TextPos {
  paragraph: XmlElement;
  offset: number;
}

/**
 * What a Word.Range stands for. Element references, not indices, so a range follows its content when other
 * content is inserted around it, as Word's ranges do.
 */
export type SimRange =
  /** Whole sibling elements (paragraphs, tables, block-level controls), paragraph marks included. */
  | { kind: "blocks"; first: XmlElement; last: XmlElement }
  /** Everything inside a container: the w:body, or a content control's w:sdtContent. */
  | { kind: "content"; node: XmlElement }
  /** Characters between two positions, possibly collapsed (a cursor). */
  | { kind: "text"; start: TextPos; end: TextPos }
  /** The empty spot just before or after an element (Range "Before"/"After" of whole blocks). */
  | { kind: "edge"; node: XmlElement; side: "before" | "after" };

export type InsertLocation = "Start" | "End" | "Before" | "After" | "Replace";

/** A paragraph as the playground lists it. */
export interface SimParagraphInfo {
  /** Position in document order; the index the user-edit API takes. */
  index: number;
  text: string;
  /** The style name as Word shows it ("Normal", "Heading 1"). */
  style: string;
  /** Tag of the innermost content control holding the paragraph, or null. */
  tag: string | null;
  /** Tags of every content control holding the paragraph, outermost first. */
  tags: string[];
  inTable: boolean;
}

/** A content control as the playground lists it. */
export interface SimControlInfo {
  id: number;
  tag: string;
  title: string;
  /** 0 for a control not inside another control. */
  depth: number;
  /** What Word shows: the placeholder text while it is showing. */
  text: string;
  showingPlaceholder: boolean;
  placeholderText: string;
  level: "block" | "inline" | "row" | "cell";
  /** Index of its first paragraph in document order (-1 for a row or cell control without one). */
  paragraphIndex: number;
}

/** Where a user edit goes: a body paragraph by its document-order index, or a body content control by tag. */
export type SimTarget = number | { tag: string };

export interface SimSelectionInfo {
  start: { paragraph: number; offset: number };
  end: { paragraph: number; offset: number };
  collapsed: boolean;
}

export type SimChange =
  | {
      kind: "content";
      source: "api" | "user";
      /** Controls whose content a user edit changed. */ controls: XmlElement[];
    }
  | { kind: "selection" }
  /** The add-in saved its settings into the document (settings.saveAsync). */
  | { kind: "settings" }
  /** The document was saved (save()): its file changed. */
  | { kind: "saved" };

/**
 * Lookups over the current tree, rebuilt lazily after each change. Every story is indexed, one after the other:
 * the body, then the headers and footers, then the text boxes. A range never leaves its story, so comparing
 * pre-order numbers stays meaningful.
 */
interface DocIndex {
  /** Parents within a story; a story's root (w:body, w:hdr, w:ftr, w:txbxContent) has none. */
  parent: Map<XmlElement, XmlElement>;
  /** Pre-order number of each indexed element, and of its last indexed descendant. */
  order: Map<XmlElement, number>;
  last: Map<XmlElement, number>;
  /** Paragraphs and controls of every story, in story order. */
  paragraphs: XmlElement[];
  controls: XmlElement[];
  /** Those of the body. */
  bodyParagraphs: XmlElement[];
  bodyControls: XmlElement[];
}

/** A file as it is on disk: what reopening it gives, what the playground keeps and downloads. */
interface SimFile {
  /** The package or w:document string, or the unzipped .docx parts, the file opens from. */
  source: string | Record<string, string>;
  /** Its body's blocks without the section properties. */
  bodyXml: string;
  /** The add-in's settings in it: name → JSON text. */
  settings: Map<string, string>;
}

const EMPTY_PARAGRAPH_BLOCKERS: ReadonlySet<string> = new Set([
  "w:sdt",
  "w:drawing",
  "w:pict",
  "w:object",
  "mc:AlternateContent",
  "w:fldSimple",
  "w:fldChar",
  "w:footnoteReference",
  "w:endnoteReference",
]);

const DEFAULT_SECTION = element("w:sectPr", {}, [
  element("w:pgSz", { "w:w": "11906", "w:h": "16838" }),
  element("w:pgMar", {
    "w:top": "1134",
    "w:right": "850",
    "w:bottom": "1134",
    "w:left": "1701",
    "w:header": "720",
    "w:footer": "720",
    "w:gutter": "0",
  }),
]);

function blankDocument(): XmlElement {
  return element("w:document", { ...DEFAULT_DOCUMENT_NAMESPACES }, [
    element("w:body", {}, [element("w:p"), cloneElement(DEFAULT_SECTION)]),
  ]);
}

function isElement(node: XmlNode): node is XmlElement {
  return typeof node !== "string";
}

/** Block-level children of a container (w:body, w:tc, w:sdtContent): everything but properties and text. */
function blockChildren(container: XmlElement): XmlElement[] {
  return container.children.filter((c): c is XmlElement => isElement(c) && c.name !== "w:sectPr" && !isPropertyElement(c.name));
}

/** A run as a tracked deletion holds it: its text in w:delText (and field codes in w:delInstrText). */
function deletedRun(run: XmlElement): XmlElement {
  const copy = cloneElement(run);
  const stack = [copy];
  while (stack.length > 0) {
    const node = stack.pop() as XmlElement;
    if (node.name === "w:t") node.name = "w:delText";
    else if (node.name === "w:instrText") node.name = "w:delInstrText";
    for (const child of node.children) if (isElement(child)) stack.push(child);
  }
  return copy;
}

/** Records a revision of a paragraph mark (w:ins or w:del first in the mark's run properties, w:pPr/w:rPr). */
function markParagraphMark(p: XmlElement, revision: XmlElement): void {
  let pPr = paragraphProps(p);
  if (!pPr) {
    pPr = element("w:pPr");
    p.children.unshift(pPr);
  }
  let rPr = firstChild(pPr, "w:rPr");
  if (!rPr) {
    rPr = element("w:rPr");
    // CT_PPr ends with rPr, sectPr, pPrChange.
    const after = pPr.children.findIndex((c) => isElement(c) && (c.name === "w:sectPr" || c.name === "w:pPrChange"));
    pPr.children.splice(after === -1 ? pPr.children.length : after, 0, rPr);
  }
  rPr.children.unshift(revision);
}

function isHeaderOrFooter(root: XmlElement): boolean {
  return root.name === "w:hdr" || root.name === "w:ftr";
}

/** The text boxes (w:txbxContent) inside a run; a drawing's VML fallback repeats them and is skipped. */
function textBoxesIn(run: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  const stack = [run];
  while (stack.length > 0) {
    const node = stack.pop() as XmlElement;
    for (const child of node.children) {
      if (!isElement(child) || child.name === "mc:Fallback") continue;
      if (child.name === "w:txbxContent") found.push(child);
      else stack.push(child);
    }
  }
  return found;
}

function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function invalidArgument(detail: string): SimOfficeError {
  return new SimOfficeError("InvalidArgument", { detail });
}

export class SimDocument {
  private root: XmlElement = blankDocument();
  private styles: XmlElement | undefined;
  /** The main document's other relationships and their parts (numbering, comments, theme…), for getOoxml. */
  private relationships: DocumentRelationship[] = [];
  /** Placeholder texts by glossary building-block name (Word keeps them in the glossary part). */
  private readonly placeholders = new Map<string, string>();
  /** The add-in's settings in the open document (settings.saveAsync puts them there): name → JSON text. */
  private documentSettings = new Map<string, string>();
  /** The file as last opened or saved: Word writes the document, settings included, only when it is saved. */
  private file: SimFile;
  /**
   * Word's "Track Changes" switch. While it is on, user edits (typeText, setParagraphText) are recorded as
   * revisions, w:ins and w:del, as Word on Windows records them; API edits are not recorded.
   */
  trackChanges = false;
  /** The name Word records as the author of the user's revisions. */
  userName = "Người soạn thảo";
  private selectionRange: SimRange;
  private cachedIndex: DocIndex | null = null;
  private readonly listeners = new Set<(change: SimChange) => void>();
  /** State of the generator of content-control ids; deterministic so tests are repeatable. */
  private idSeed = 0x2f6b1a3;
  /** While a user edit runs with Track Changes on: the attributes of its revisions, and the next revision id. */
  private revision: { author: string; date: string; nextId: number } | null = null;

  /** A document from a w:document or Flat OPC string; a blank document (one empty paragraph) without one. */
  constructor(xml?: string) {
    if (xml !== undefined) this.load(readOoxml(xml));
    this.file = this.openedFile(xml ?? this.toDocumentXml());
    this.selectionRange = this.collapsedAtStart();
  }

  /** A document whose body holds `bodyXml` (w:p, w:tbl, w:sdt elements written with the w: prefix). */
  static fromBody(bodyXml: string): SimDocument {
    const namespaces = Object.entries(DEFAULT_DOCUMENT_NAMESPACES)
      .map(([name, value]) => `${name}="${value}"`)
      .join(" ");
    return new SimDocument(`<w:document ${namespaces}><w:body>${bodyXml}</w:body></w:document>`);
  }

  static fromDocumentXml(xml: string): SimDocument {
    return new SimDocument(xml);
  }

  /**
   * A document opened from a .docx: the text of each part by its path in the zip ("word/document.xml"), as an
   * unzipper gives them. Like Word, it keeps the add-in settings stored in the file; pictures are left out.
   */
  static fromPackageParts(parts: Record<string, string>): SimDocument {
    const doc = new SimDocument();
    doc.load(readDocxParts(parts));
    doc.file = doc.openedFile(parts);
    doc.selectionRange = doc.collapsedAtStart();
    return doc;
  }

  /* ------------------------------------------------------------------------------------------------------ */
  /* Loading, saving and serializing                                                                        */

  private load(content: OoxmlContent): void {
    const body = firstChild(content.document, "w:body") as XmlElement;
    if (!body.children.some((c) => isElement(c) && c.name === "w:sectPr")) body.children.push(cloneElement(DEFAULT_SECTION));
    this.root = content.document;
    this.styles = content.styles;
    this.relationships = content.relationships;
    this.documentSettings = new Map(content.settings);
    this.placeholders.clear();
    for (const [name, text] of content.placeholders) this.placeholders.set(name, text);
    this.invalidate();
    this.normalize(body);
    for (const sdt of this.index().controls) this.registerPlaceholder(sdt);
  }

  /** The file just opened: its source, and the body and settings as loaded from it. */
  private openedFile(source: SimFile["source"]): SimFile {
    return { source, bodyXml: this.liveBodyXml(), settings: new Map(this.documentSettings) };
  }

  /** Replaces the whole document with a w:document or Flat OPC string, as opening another file would. */
  fromDocumentXml(xml: string): void {
    this.load(readOoxml(xml));
    this.file = this.openedFile(xml);
    this.selectionRange = this.collapsedAtStart();
    this.emit({ kind: "content", source: "user", controls: [] });
    this.emit({ kind: "selection" });
  }

  /**
   * Saves the document, as the drafter pressing Save does: only now does the file get the edits and the
   * settings the add-in put into the document with saveAsync.
   */
  save(): void {
    const glossary = this.placeholders.size > 0 ? glossaryDocument(this.placeholders) : undefined;
    this.file = {
      source: writePackage(this.root, this.styles ?? defaultStyles(), glossary, this.relationships),
      bodyXml: this.liveBodyXml(),
      settings: new Map(this.documentSettings),
    };
    this.emit({ kind: "saved" });
  }

  /** The saved file opened again, as Word opens it: what was not saved is not there. */
  reopen(): SimDocument {
    const { source, settings } = this.file;
    const doc = typeof source === "string" ? new SimDocument(source) : SimDocument.fromPackageParts(source);
    doc.documentSettings = new Map(settings);
    doc.file = { ...doc.file, settings: new Map(settings) };
    return doc;
  }

  /** The main document part (word/document.xml) as it is now, saved or not. */
  toDocumentXml(): string {
    return serializeXml(this.root, { declaration: true });
  }

  /**
   * The body's blocks in the file, without the section properties: what fromBody takes and docxParts wraps into
   * a .docx. Edits reach it when the document is saved (save()).
   */
  bodyContentXml(): string {
    return this.file.bodyXml;
  }

  /** The body's blocks as they are now, saved or not: what getFileAsync copies (bodyContentXml() is the file's). */
  currentBodyContentXml(): string {
    return this.liveBodyXml();
  }

  private liveBodyXml(): string {
    return childElements(this.body)
      .filter((el) => el.name !== "w:sectPr")
      .map((el) => serializeXml(el))
      .join("");
  }

  /** The add-in's settings in the open document (what settings.saveAsync put there), as the add-in reads them. */
  get settings(): Record<string, unknown> {
    return readSettings(this.documentSettings);
  }

  /** The add-in's settings in the file (as last opened or saved), as the add-in reads them after reopening it. */
  get savedSettings(): Record<string, unknown> {
    return readSettings(this.file.settings);
  }

  /**
   * settings.saveAsync: the values go into the document in memory, as office.js serializes them (a Date as
   * "Date(<ms>)"); the file gets them at the next save().
   */
  storeSettings(values: Record<string, unknown>): void {
    this.documentSettings = storedSettings(values);
    this.emit({ kind: "settings" });
  }

  /** Puts settings into the document and its file at once: the document then is as if opened from a file holding them. */
  saveSettings(values: Record<string, unknown>): void {
    this.documentSettings = storedSettings(values);
    this.file = { ...this.file, settings: new Map(this.documentSettings) };
    this.emit({ kind: "settings" });
  }

  /** The w:body element; read it freely, change it only through the methods of this class. */
  get body(): XmlElement {
    return firstChild(this.root, "w:body") as XmlElement;
  }

  /* ------------------------------------------------------------------------------------------------------ */
  /* Change notification                                                                                    */

  /** Calls `listener` after every change to the content or the selection; returns the unsubscribe function. */
  onChange(listener: (change: SimChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(change: SimChange): void {
    for (const listener of [...this.listeners]) listener(change);
  }

  private invalidate(): void {
    this.cachedIndex = null;
  }

  /** Runs a change to the tree, then re-indexes, keeps the selection valid and tells the listeners. */
  /** The document before each batch of API changes, most recent last: what Ctrl+Z goes back to. */
  private readonly undoStack: { batch: object; root: XmlElement; styles: XmlElement | undefined }[] = [];
  private batch: object | null = null;

  /** API changes made until the returned function is called belong to `batch` (a Word.run's context): one undo step. */
  beginBatch(batch: object): () => void {
    this.batch = batch;
    return () => {
      if (this.batch === batch) this.batch = null;
    };
  }

  /** Ctrl+Z: the document as it was before the last batch of API changes. False when there is nothing to undo. */
  undo(): boolean {
    const before = this.undoStack.pop();
    if (!before) return false;
    this.root = before.root;
    this.styles = before.styles;
    this.invalidate();
    this.selectionRange = this.collapsedAtStart();
    this.emit({ kind: "content", source: "user", controls: [] });
    this.emit({ kind: "selection" });
    return true;
  }

  private recordUndo(): void {
    const last = this.undoStack[this.undoStack.length - 1];
    if (this.batch !== null && last?.batch === this.batch) return;
    this.undoStack.push({ batch: this.batch ?? {}, root: cloneElement(this.root), styles: this.styles && cloneElement(this.styles) });
  }

  private mutate<T>(source: "api" | "user", change: () => T, controls: XmlElement[] = []): T {
    if (source === "api") this.recordUndo();
    try {
      return change();
    } finally {
      // Also after a failure: Word keeps what an action changed before it failed, and so must the view.
      this.invalidate();
      this.repairSelection();
      this.emit({ kind: "content", source, controls });
    }
  }

  /* ------------------------------------------------------------------------------------------------------ */
  /* Index                                                                                                  */

  private index(): DocIndex {
    if (this.cachedIndex) return this.cachedIndex;
    const index: DocIndex = {
      parent: new Map(),
      order: new Map(),
      last: new Map(),
      paragraphs: [],
      controls: [],
      bodyParagraphs: [],
      bodyControls: [],
    };
    let counter = 0;
    const stories = [this.body, ...this.headerFooterRoots()];
    for (let s = 0; s < stories.length; s++) {
      // Runs are not entered: nothing the API addresses lives inside one, except text boxes, their own stories.
      const stack: [XmlElement, boolean][] = [[stories[s], false]];
      while (stack.length > 0) {
        const [node, leaving] = stack.pop() as [XmlElement, boolean];
        if (leaving) {
          index.last.set(node, counter - 1);
          continue;
        }
        index.order.set(node, counter++);
        if (node.name === "w:p") index.paragraphs.push(node);
        if (node.name === "w:sdt") index.controls.push(node);
        stack.push([node, true]);
        if (node.name === "w:r") {
          stories.push(...textBoxesIn(node));
          continue;
        }
        for (let i = node.children.length - 1; i >= 0; i--) {
          const child = node.children[i];
          if (!isElement(child) || isPropertyElement(child.name)) continue;
          index.parent.set(child, node);
          stack.push([child, false]);
        }
      }
      if (s === 0) {
        index.bodyParagraphs = [...index.paragraphs];
        index.bodyControls = [...index.controls];
      }
    }
    this.cachedIndex = index;
    return index;
  }

  /** The roots of the header and footer parts (w:hdr, w:ftr), in the order the document relates them. */
  private headerFooterRoots(): XmlElement[] {
    return this.relationships.flatMap(({ part }) => (part && isHeaderOrFooter(part.root) ? [part.root] : []));
  }

  /** Whether `node` is (still) part of the document. */
  isAttached(node: XmlElement): boolean {
    return this.index().order.has(node);
  }

  parentOf(node: XmlElement): XmlElement | undefined {
    return this.index().parent.get(node);
  }

  private orderOf(node: XmlElement): number {
    const order = this.index().order.get(node);
    if (order === undefined) throw new SimOfficeError("ItemNotFound", { detail: `<${node.name}> is no longer in the document` });
    return order;
  }

  private ancestors(node: XmlElement): XmlElement[] {
    const result: XmlElement[] = [];
    for (let p = this.parentOf(node); p; p = this.parentOf(p)) result.push(p);
    return result;
  }

  /** The root of the story holding `node`: the w:body, a w:hdr or w:ftr, or a text box's w:txbxContent. */
  private storyRoot(node: XmlElement): XmlElement {
    let root = node;
    for (let p = this.parentOf(node); p; p = this.parentOf(p)) root = p;
    return root;
  }

  private paragraphsWithin(from: XmlElement, to: XmlElement = from): XmlElement[] {
    const index = this.index();
    const low = this.orderOf(from);
    const high = index.last.get(to) ?? low;
    return index.paragraphs.filter((p) => {
      const o = index.order.get(p) as number;
      return o >= low && o <= high;
    });
  }

  /** The body's paragraphs in document order, those in tables and content controls included. */
  paragraphElements(): XmlElement[] {
    return this.index().bodyParagraphs;
  }

  /** The paragraphs of the story (body, header, footer, text box) that holds `p`, in order. */
  storyParagraphs(p: XmlElement): XmlElement[] {
    const root = this.storyRoot(p);
    return root === this.body ? this.paragraphElements() : this.paragraphsWithin(root);
  }

  /** The body's content controls (w:sdt) in document order, nested and inline ones included. */
  controlElements(): XmlElement[] {
    return this.index().bodyControls;
  }

  /**
   * Every content control of the document: the body's, then those of the headers, footers and text boxes, as
   * Document.contentControls lists them.
   */
  allControlElements(): XmlElement[] {
    return this.index().controls;
  }

  /* ------------------------------------------------------------------------------------------------------ */
  /* Positions and ranges                                                                                   */

  paragraphLength(p: XmlElement): number {
    return wordText(p).length;
  }

  private comparePos(a: TextPos, b: TextPos): number {
    return this.orderOf(a.paragraph) - this.orderOf(b.paragraph) || a.offset - b.offset;
  }

  private isInline(sdt: XmlElement): boolean {
    return this.ancestors(sdt).some((a) => a.name === "w:p");
  }

  /** Where an inline control's content starts and ends in its paragraph; null for a block-level control. */
  private inlineSpan(sdt: XmlElement): { paragraph: XmlElement; start: number; end: number } | null {
    const paragraph = this.ancestors(sdt).find((a) => a.name === "w:p");
    if (!paragraph) return null;
    const start = offsetOf(paragraph, sdt);
    return { paragraph, start, end: start + wordText(sdt).length };
  }

  controlLevel(sdt: XmlElement): SimControlInfo["level"] {
    const parent = this.parentOf(sdt);
    if (parent?.name === "w:tbl") return "row";
    if (parent?.name === "w:tr") return "cell";
    return this.isInline(sdt) ? "inline" : "block";
  }

  /** The range of a content control: its content ("content") or the control itself ("whole"). */
  controlRange(sdt: XmlElement, part: "whole" | "content"): SimRange {
    const span = this.inlineSpan(sdt);
    if (span)
      return {
        kind: "text",
        start: { paragraph: span.paragraph, offset: span.start },
        end: { paragraph: span.paragraph, offset: span.end },
      };
    return part === "whole" ? { kind: "blocks", first: sdt, last: sdt } : { kind: "content", node: sdt };
  }

  startPos(range: SimRange): TextPos {
    switch (range.kind) {
      case "text":
        return range.start;
      case "edge":
        return range.side === "before"
          ? this.startPos({ kind: "blocks", first: range.node, last: range.node })
          : this.endPos({ kind: "blocks", first: range.node, last: range.node });
      default: {
        const paragraphs = this.rangeParagraphs(range);
        if (paragraphs.length === 0) throw new SimOfficeError("ItemNotFound", { detail: "The range holds no paragraph" });
        return { paragraph: paragraphs[0], offset: 0 };
      }
    }
  }

  endPos(range: SimRange): TextPos {
    switch (range.kind) {
      case "text":
        return range.end;
      case "edge":
        return this.startPos(range);
      default: {
        const paragraphs = this.rangeParagraphs(range);
        if (paragraphs.length === 0) throw new SimOfficeError("ItemNotFound", { detail: "The range holds no paragraph" });
        const last = paragraphs[paragraphs.length - 1];
        return { paragraph: last, offset: this.paragraphLength(last) };
      }
    }
  }

  /** Whether every element the range refers to is still in the document. */
  rangeAttached(range: SimRange): boolean {
    switch (range.kind) {
      case "blocks":
        return this.isAttached(range.first) && this.isAttached(range.last);
      case "content":
      case "edge":
        return this.isAttached(range.node);
      case "text":
        return this.isAttached(range.start.paragraph) && this.isAttached(range.end.paragraph);
    }
  }

  /** The paragraphs a range touches, in document order. */
  rangeParagraphs(range: SimRange): XmlElement[] {
    switch (range.kind) {
      case "blocks":
        return this.paragraphsWithin(range.first, range.last);
      case "content": {
        const span = range.node.name === "w:sdt" ? this.inlineSpan(range.node) : null;
        return span ? [span.paragraph] : this.paragraphsWithin(range.node).filter((p) => p !== range.node);
      }
      case "text": {
        const index = this.index();
        const low = this.orderOf(range.start.paragraph);
        const high = this.orderOf(range.end.paragraph);
        return index.paragraphs.filter((p) => {
          const o = index.order.get(p) as number;
          return o >= low && o <= high;
        });
      }
      case "edge":
        return [];
    }
  }

  /** The text of a range as Word returns it: paragraphs separated by "\r", line breaks as "\v". */
  rangeText(range: SimRange): string {
    if (range.kind === "edge") return "";
    if (range.kind === "content" && range.node.name === "w:sdt" && this.isInline(range.node)) return wordText(range.node);
    if (range.kind !== "text") return this.rangeParagraphs(range).map(wordText).join("\r");
    const { start, end } = range;
    if (start.paragraph === end.paragraph) return wordText(start.paragraph).slice(start.offset, end.offset);
    const paragraphs = this.rangeParagraphs(range);
    return paragraphs
      .map((p, i) => {
        const text = wordText(p);
        if (i === 0) return text.slice(start.offset);
        if (i === paragraphs.length - 1) return text.slice(0, end.offset);
        return text;
      })
      .join("\r");
  }

  /** The content controls inside a range, in document order. */
  rangeControls(range: SimRange): XmlElement[] {
    const index = this.index();
    switch (range.kind) {
      case "edge":
        return [];
      case "blocks":
      case "content": {
        const from = range.kind === "blocks" ? range.first : range.node;
        const to = range.kind === "blocks" ? range.last : range.node;
        const low = this.orderOf(from);
        const high = index.last.get(to) ?? low;
        return index.controls.filter((c) => {
          const o = index.order.get(c) as number;
          return o >= low && o <= high && c !== (range.kind === "content" ? range.node : null);
        });
      }
      case "text":
        return index.controls.filter((c) => {
          const inner = this.controlRange(c, "content");
          if (this.rangeParagraphs(inner).length === 0) return false;
          return this.comparePos(range.start, this.startPos(inner)) <= 0 && this.comparePos(this.endPos(inner), range.end) <= 0;
        });
    }
  }

  /** The innermost content control that holds the whole range, or null. */
  parentControl(range: SimRange): XmlElement | null {
    switch (range.kind) {
      case "content":
        return range.node.name === "w:sdt" ? range.node : null;
      case "blocks":
      case "edge":
        return this.enclosingControl(range.kind === "blocks" ? range.first : range.node);
      case "text": {
        const { start, end } = range;
        if (start.paragraph === end.paragraph) {
          // Inline controls in the paragraph, innermost (last in document order) first.
          const inline = this.index()
            .controls.filter((c) => this.inlineSpan(c)?.paragraph === start.paragraph)
            .reverse()
            .find((c) => {
              const span = this.inlineSpan(c) as { start: number; end: number };
              return span.start <= start.offset && end.offset <= span.end;
            });
          if (inline) return inline;
        }
        const endAncestors = new Set(this.ancestors(end.paragraph));
        return this.ancestors(start.paragraph).find((a) => a.name === "w:sdt" && endAncestors.has(a)) ?? null;
      }
    }
  }

  /** The content controls holding the whole range, innermost first. */
  controlsAround(range: SimRange): XmlElement[] {
    const inner = this.parentControl(range);
    return inner ? [inner, ...this.ancestors(inner).filter((a) => a.name === "w:sdt")] : [];
  }

  /** The nearest content control around an element, or null. */
  enclosingControl(node: XmlElement): XmlElement | null {
    return this.ancestors(node).find((a) => a.name === "w:sdt") ?? null;
  }

  /** A table's cell texts, row by row (Table.values, and the common API's matrix coercion). */
  tableTexts(table: XmlElement): string[][] {
    return tableRows(table).map((row) => rowCells(row).map((cell) => this.cellText(cell)));
  }

  /** The innermost table holding the start of the range, or null. */
  parentTable(range: SimRange): XmlElement | null {
    const node = range.kind === "blocks" ? range.first : range.kind === "edge" ? range.node : this.startPos(range).paragraph;
    return this.ancestors(node).find((a) => a.name === "w:tbl") ?? null;
  }

  /** A cell's text as Table.values and TableCell.value give it: its paragraphs joined by "\r". */
  cellText(cell: XmlElement): string {
    return this.rangeText({ kind: "blocks", first: cell, last: cell });
  }

  /**
   * Table.getCell(rowIndex, cellIndex): the w:tc at that row, and at that place among the row's cells as they are
   * written (w:tc order, cell-level controls looked through), as Table.values counts them; null when there is none.
   */
  tableCell(table: XmlElement, rowIndex: number, cellIndex: number): XmlElement | null {
    return rowCells(tableRows(table)[rowIndex] ?? element("w:tr"))[cellIndex] ?? null;
  }

  /** TableCell.rowIndex and cellIndex: where the cell is in its table, counted as tableCell() counts. */
  cellIndexes(cell: XmlElement): { rowIndex: number; cellIndex: number } {
    const row = this.ancestors(cell).find((a) => a.name === "w:tr");
    const table = this.ancestors(cell).find((a) => a.name === "w:tbl");
    if (!row || !table) throw new SimOfficeError("ItemNotFound", { detail: "The cell is not in a table" });
    return { rowIndex: tableRows(table).indexOf(row), cellIndex: rowCells(row).indexOf(cell) };
  }

  /**
   * The tables of the body that holds `table`, outermost ones in document order (block-level controls looked
   * through): for a table of the body, header, footer or a text box, the tables Body.tables lists for that story;
   * for a table nested in a cell, the tables of that cell's body.
   */
  bodyTables(table: XmlElement): XmlElement[] {
    const container = this.ancestors(table).find((a) => a.name === "w:tc") ?? this.storyRoot(table);
    const found: XmlElement[] = [];
    const stack = blockChildren(container).reverse();
    while (stack.length > 0) {
      const node = stack.pop() as XmlElement;
      if (node.name === "w:tbl") found.push(node);
      else if (node.name === "w:sdt") stack.push(...blockChildren(sdtContent(node)).reverse());
    }
    return found;
  }

  /**
   * TableCell.value = "…" through the API. The cell keeps its first paragraph, with its paragraph properties
   * (alignment, style…), and the text goes into one run with the properties of that paragraph's first run (or of
   * its mark, when it has no run), so the cell's formatting stays, as Word keeps it; the cell's other paragraphs,
   * tables and controls go. "" leaves one empty paragraph. A cell-level control showing its placeholder stops
   * showing it, as typing there does. The reference says only "Specifies the text of the cell." (Word.TableCell);
   * keeping the first paragraph's and first run's formatting is this simulator's model of Word, which, like
   * typing over a selected cell's content, does not reset the cell to the default style.
   */
  setCellText(cell: XmlElement, text: string): void {
    this.assertEditable(cell);
    this.assertRemovable(blockChildren(cell));
    this.mutate("api", () => {
      const first = firstCellParagraph(cell) ?? element("w:p");
      const pPr = paragraphProps(first);
      first.children = [...(pPr ? [pPr] : []), ...runsForText(text, firstRunProps(first))];
      cell.children = [...cell.children.filter((c) => isElement(c) && isPropertyElement(c.name)), first];
      const holder = this.parentOf(cell);
      const sdt = holder?.name === "w:sdtContent" ? this.parentOf(holder) : undefined;
      if (sdt?.name === "w:sdt" && controlProps(sdt).showingPlaceholder) {
        this.registerPlaceholder(sdt);
        setSdtProp(sdt, "w:showingPlcHdr", null);
      }
      this.invalidate();
    });
  }

  /** Range.getRange / ContentControl.getRange: a part of a range. */
  subRange(range: SimRange, location: "Whole" | "Start" | "End" | "Before" | "After" | "Content"): SimRange {
    switch (location) {
      case "Whole":
        return range.kind === "content" && range.node.name === "w:sdt" ? this.controlRange(range.node, "whole") : range;
      case "Content":
        return range.kind === "blocks" && range.first === range.last && range.first.name === "w:sdt"
          ? this.controlRange(range.first, "content")
          : range;
      case "Start":
        return { kind: "text", start: this.startPos(range), end: this.startPos(range) };
      case "End":
        return { kind: "text", start: this.endPos(range), end: this.endPos(range) };
      case "Before":
      case "After": {
        const side = location === "Before" ? "before" : "after";
        if (range.kind === "blocks") return { kind: "edge", node: side === "before" ? range.first : range.last, side };
        if (range.kind === "content" && range.node.name === "w:sdt" && !this.isInline(range.node))
          return { kind: "edge", node: range.node, side };
        const pos = side === "before" ? this.startPos(range) : this.endPos(range);
        return { kind: "text", start: pos, end: pos };
      }
    }
  }

  /** Text ranges where `text` occurs in the range, paragraph by paragraph, as Body.search finds them. */
  search(range: SimRange, text: string, matchCase: boolean): SimRange[] {
    if (text.length === 0 || text.length > 255) throw invalidArgument("The search text must have 1 to 255 characters");
    const needle = matchCase ? text : text.toLocaleLowerCase();
    const results: SimRange[] = [];
    for (const paragraph of this.rangeParagraphs(range)) {
      let haystack = wordText(paragraph);
      if (!matchCase) haystack = haystack.toLocaleLowerCase();
      let from = range.kind === "text" && paragraph === range.start.paragraph ? range.start.offset : 0;
      const limit = range.kind === "text" && paragraph === range.end.paragraph ? range.end.offset : haystack.length;
      for (let at = haystack.indexOf(needle, from); at !== -1 && at + needle.length <= limit; at = haystack.indexOf(needle, from)) {
        results.push({
          kind: "text",
          start: { paragraph, offset: at },
          end: { paragraph, offset: at + needle.length },
        });
        from = at + needle.length;
      }
    }
    return results;
  }

  /* ------------------------------------------------------------------------------------------------------ */
  /* Styles and paragraph properties                                                                        */

  private styleElement(styleId: string): XmlElement | undefined {
    if (!this.styles) return undefined;
    return this.styles.children.find((c): c is XmlElement => isElement(c) && c.name === "w:style" && c.attrs["w:styleId"] === styleId);
  }

  paragraphStyleId(p: XmlElement): string {
    return childVal(paragraphProps(p), "w:pStyle") ?? "Normal";
  }

  /** The style name Word shows: the w:name of the style, capitalized like Word's UI ("heading 1" → "Heading 1"). */
  paragraphStyleName(p: XmlElement): string {
    const id = this.paragraphStyleId(p);
    const name = childVal(this.styleElement(id), "w:name") ?? id.replace(/([a-z])(\d)/g, "$1 $2");
    return name.charAt(0).toUpperCase() + name.slice(1);
  }

  /** Outline level 1–9, or 10 for body text (Word's numbering), from the paragraph or its style chain. */
  paragraphOutlineLevel(p: XmlElement): number {
    const own = childVal(paragraphProps(p), "w:outlineLvl");
    if (own !== undefined) return Number(own) + 1;
    const seen = new Set<string>();
    for (let id: string | undefined = this.paragraphStyleId(p); id && !seen.has(id);) {
      seen.add(id);
      const style = this.styleElement(id);
      const level = childVal(firstChild(style ?? element("x"), "w:pPr"), "w:outlineLvl");
      if (level !== undefined) return Number(level) + 1;
      if (!style) {
        const heading = /^Heading([1-9])$/.exec(id);
        return heading ? Number(heading[1]) : 10;
      }
      id = childVal(style, "w:basedOn");
    }
    return 10;
  }

  tableNestingLevel(p: XmlElement): number {
    return this.ancestors(p).filter((a) => a.name === "w:tbl").length;
  }

  /** Sets the paragraph style by name (or id), as Paragraph.style = "…" does. */
  setParagraphStyle(p: XmlElement, name: string): void {
    const byName = this.styles?.children.find(
      (c): c is XmlElement => isElement(c) && c.name === "w:style" && childVal(c, "w:name")?.toLowerCase() === name.toLowerCase(),
    );
    const id = byName?.attrs["w:styleId"] ?? name.replace(/\s+/g, "");
    this.mutate("api", () => {
      let pPr = paragraphProps(p);
      if (!pPr) {
        pPr = element("w:pPr");
        p.children.unshift(pPr);
      }
      pPr.children = pPr.children.filter((c) => !isElement(c) || c.name !== "w:pStyle");
      pPr.children.unshift(element("w:pStyle", { "w:val": id }));
    });
  }

  /* ------------------------------------------------------------------------------------------------------ */
  /* Content controls                                                                                       */

  /** What Word shows as the control's placeholder text. */
  placeholderText(sdt: XmlElement): string {
    const props = controlProps(sdt);
    const stored = props.placeholderDocPart ? this.placeholders.get(props.placeholderDocPart) : undefined;
    if (stored !== undefined) return stored;
    return props.showingPlaceholder ? this.rangeText(this.controlRange(sdt, "content")) : "";
  }

  /** Makes sure a control showing its placeholder has that text stored in the glossary, as Word does. */
  private registerPlaceholder(sdt: XmlElement): void {
    const props = controlProps(sdt);
    if (!props.showingPlaceholder) return;
    const name = props.placeholderDocPart ?? this.ensurePlaceholderName(sdt, props);
    if (!this.placeholders.has(name)) this.placeholders.set(name, wordText(sdtContent(sdt)));
  }

  private ensurePlaceholderName(sdt: XmlElement, props: ControlProps): string {
    if (props.placeholderDocPart) return props.placeholderDocPart;
    const name = `SimPlaceholder${props.id}`;
    setSdtProp(sdt, "w:placeholder", {});
    const placeholder = firstChild(sdtProps(sdt), "w:placeholder") as XmlElement;
    placeholder.children = [element("w:docPart", { "w:val": name })];
    return name;
  }

  private placeholderContent(sdt: XmlElement, text: string): XmlNode[] {
    const runs = runsForText(text, placeholderRunProps());
    if (this.isInline(sdt)) return runs;
    const firstParagraph = blockChildren(sdtContent(sdt)).find((c) => c.name === "w:p");
    const pPr = firstParagraph ? paragraphProps(firstParagraph) : undefined;
    return [element("w:p", {}, [...(pPr ? [cloneElement(pPr)] : []), ...runs])];
  }

  /** ContentControl.placeholderText = "…": stores the text and shows it when the placeholder is showing. */
  setPlaceholderText(sdt: XmlElement, text: string): void {
    this.mutate("api", () => {
      const props = controlProps(sdt);
      this.placeholders.set(this.ensurePlaceholderName(sdt, props), text);
      if (props.showingPlaceholder) sdtContent(sdt).children = this.placeholderContent(sdt, text);
    });
  }

  /** Sets a w:sdtPr property (tag, title, lock, appearance, colour, temporary) through the API. */
  setControlProperty(sdt: XmlElement, name: string, attrs: Record<string, string> | null): void {
    this.mutate("api", () => setSdtProp(sdt, name, attrs));
  }

  /** A new content-control id: a positive 31-bit number not in `taken`, like the ones Word assigns. */
  private freshControlId(taken: Set<number>): number {
    let id: number;
    do {
      this.idSeed = (Math.imul(this.idSeed, 1103515245) + 12345) >>> 0;
      id = (this.idSeed % 2000000000) + 100000000;
    } while (taken.has(id));
    taken.add(id);
    return id;
  }

  /** ContentControl.delete(keepContent). */
  deleteControl(sdt: XmlElement, keepContent: boolean): void {
    if (cannotDelete(controlProps(sdt))) throw new SimOfficeError("AccessDenied", { detail: "The content control cannot be deleted" });
    this.assertEditable(sdt);
    const parent = this.requireParent(sdt);
    this.mutate("api", () => {
      const kept = keepContent ? sdtContent(sdt).children : [];
      parent.children.splice(parent.children.indexOf(sdt), 1, ...kept);
      this.invalidate();
      this.normalize(parent);
    });
  }

  /** ContentControl.clear(): the content becomes one empty paragraph (or nothing, for an inline control). */
  clearControl(sdt: XmlElement): void {
    this.assertEditable(sdtContent(sdt));
    this.mutate("api", () => {
      const content = sdtContent(sdt);
      const first = blockChildren(content).find((c) => c.name === "w:p");
      const pPr = first ? paragraphProps(first) : undefined;
      content.children = this.isInline(sdt) ? [] : [element("w:p", {}, pPr ? [cloneElement(pPr)] : [])];
      setSdtProp(sdt, "w:showingPlcHdr", null);
    });
  }

  /* ------------------------------------------------------------------------------------------------------ */
  /* Editing through the API                                                                                */

  private requireParent(node: XmlElement): XmlElement {
    const parent = this.parentOf(node);
    if (!parent) throw new SimOfficeError("ItemNotFound", { detail: `<${node.name}> is not in the document` });
    return parent;
  }

  /** Word refuses to change content inside a control whose content is locked (cannotEdit). */
  private assertEditable(node: XmlElement): void {
    for (const a of [node, ...this.ancestors(node)]) {
      if (a.name === "w:sdt" && a !== node && cannotEdit(controlProps(a))) {
        throw new SimOfficeError("AccessDenied", {
          detail: `The content of control "${controlProps(a).tag}" cannot be edited`,
        });
      }
    }
  }

  /** Word refuses to remove a control that cannot be deleted, also when it goes with the content around it. */
  private assertRemovable(nodes: XmlElement[]): void {
    for (const node of nodes) {
      const controls = node.name === "w:sdt" ? [node] : [];
      const stack = [node];
      while (stack.length > 0) {
        const n = stack.pop() as XmlElement;
        for (const c of n.children) {
          if (!isElement(c)) continue;
          if (c.name === "w:sdt") controls.push(c);
          stack.push(c);
        }
      }
      for (const sdt of controls) {
        if (cannotDelete(controlProps(sdt)))
          throw new SimOfficeError("AccessDenied", { detail: `Control "${controlProps(sdt).tag}" cannot be deleted` });
      }
    }
  }

  /**
   * Word keeps containers valid: a body, cell or block-level control holds at least one paragraph, and a body
   * or cell does not end with a table (Word adds the paragraph mark that follows it).
   */
  private normalize(container: XmlElement): void {
    const isContainer = container.name === "w:body" || container.name === "w:tc" || container.name === "w:sdtContent";
    if (!isContainer) return;
    if (container.name === "w:sdtContent") {
      const sdt = this.parentOf(container);
      if (!sdt || this.isInline(sdt) || this.controlLevel(sdt) !== "block") return;
    }
    const blocks = blockChildren(container);
    const needsParagraph = blocks.length === 0 || (container.name !== "w:sdtContent" && blocks[blocks.length - 1].name === "w:tbl");
    if (!needsParagraph) return;
    const sectPr = container.children.findIndex((c) => isElement(c) && c.name === "w:sectPr");
    container.children.splice(sectPr === -1 ? container.children.length : sectPr, 0, element("w:p"));
    this.invalidate();
  }

  /** A paragraph with no text and nothing else visible in it: Word replaces it when blocks are inserted there. */
  private isEmptyParagraph(p: XmlElement): boolean {
    if (wordText(p) !== "") return false;
    if (firstChild(paragraphProps(p) ?? element("x"), "w:sectPr")) return false;
    return !containsElement(element("x", {}, paragraphContent(p)), EMPTY_PARAGRAPH_BLOCKERS);
  }

  private insertSiblings(anchor: XmlElement, side: "before" | "after", blocks: XmlElement[]): void {
    const parent = this.requireParent(anchor);
    this.assertEditable(parent);
    const at = parent.children.indexOf(anchor) + (side === "after" ? 1 : 0);
    parent.children.splice(at, 0, ...blocks);
    this.invalidate();
    this.normalize(parent);
  }

  private replaceSiblings(first: XmlElement, last: XmlElement, blocks: XmlElement[]): void {
    const parent = this.requireParent(first);
    this.assertEditable(parent);
    const from = parent.children.indexOf(first);
    const to = parent.children.indexOf(last);
    if (to < from || this.parentOf(last) !== parent)
      throw new SimOfficeError("GeneralException", { detail: "The range's blocks are not siblings" });
    this.assertRemovable(parent.children.slice(from, to + 1).filter(isElement));
    parent.children.splice(from, to - from + 1, ...blocks);
    this.invalidate();
    this.normalize(parent);
  }

  /**
   * Blocks inserted at a cursor, as Word does it: at the start of a paragraph they go before it, at the end
   * after it, in the middle the paragraph splits in two around them, and an empty paragraph is replaced.
   */
  private insertAtCursor(pos: TextPos, blocks: XmlElement[]): void {
    const p = pos.paragraph;
    const parent = this.requireParent(p);
    this.assertEditable(p);
    const length = this.paragraphLength(p);
    const at = parent.children.indexOf(p);
    if (this.isEmptyParagraph(p)) {
      parent.children.splice(at, 1, ...blocks);
      this.invalidate();
      const after = this.positionAfter(blocks[blocks.length - 1]);
      this.moveSelection((sel) => (sel.paragraph === p ? after : sel));
    } else if (pos.offset <= 0) {
      parent.children.splice(at, 0, ...blocks);
    } else if (pos.offset >= length) {
      parent.children.splice(at + 1, 0, ...blocks);
    } else {
      const second = splitParagraphInPlace(p, pos.offset);
      parent.children.splice(at + 1, 0, ...blocks, second);
      // A cursor at or after the split point goes with the second half, after the inserted blocks.
      this.moveSelection((sel) =>
        sel.paragraph === p && sel.offset >= pos.offset ? { paragraph: second, offset: sel.offset - pos.offset } : sel,
      );
    }
    this.invalidate();
    this.normalize(parent);
  }

  /** The position just after a block: the start of the next paragraph, or the end of the block's last one. */
  private positionAfter(block: XmlElement): TextPos {
    const index = this.index();
    const high = index.last.get(block) ?? this.orderOf(block);
    const story = this.storyParagraphs(block);
    const next = story.find((q) => (index.order.get(q) as number) > high);
    if (next) return { paragraph: next, offset: 0 };
    const inside = this.paragraphsWithin(block);
    const last = inside[inside.length - 1] ?? story[story.length - 1];
    return { paragraph: last, offset: this.paragraphLength(last) };
  }

  private moveSelection(move: (pos: TextPos) => TextPos): void {
    const range = this.selectionRange;
    if (range.kind === "text") this.selectionRange = { kind: "text", start: move(range.start), end: move(range.end) };
  }

  /**
   * The start or end of a container's content. A control at that edge is entered, because its content is where
   * the container's first or last character is: this is why inserting at Body "End" after a control nests.
   */
  private insertAtContainerEdge(container: XmlElement, side: "start" | "end", blocks: XmlElement[]): void {
    let holder = container.name === "w:sdt" ? sdtContent(container) : container;
    for (;;) {
      const kids = blockChildren(holder);
      if (kids.length === 0) {
        this.assertEditable(holder);
        const sectPr = holder.children.findIndex((c) => isElement(c) && c.name === "w:sectPr");
        holder.children.splice(sectPr === -1 ? holder.children.length : sectPr, 0, ...blocks);
        this.invalidate();
        this.normalize(holder);
        return;
      }
      const edge = side === "start" ? kids[0] : kids[kids.length - 1];
      if (edge.name === "w:p") {
        this.insertAtCursor({ paragraph: edge, offset: side === "start" ? 0 : this.paragraphLength(edge) }, blocks);
        return;
      }
      if (edge.name === "w:sdt") {
        holder = sdtContent(edge);
        continue;
      }
      this.insertSiblings(edge, side === "start" ? "before" : "after", blocks);
      return;
    }
  }

  /**
   * Removes the text between two positions; across paragraphs they must share a container. In a user edit with
   * Track Changes on, the text stays as a tracked deletion instead.
   */
  private deleteText(start: TextPos, end: TextPos): void {
    this.assertEditable(start.paragraph);
    this.assertEditable(end.paragraph);
    if (this.revision) {
      this.recordDeletion(start, end);
      return;
    }
    if (start.paragraph === end.paragraph) {
      removeTextInPlace(start.paragraph, start.offset, end.offset);
      return;
    }
    const parent = this.requireParent(start.paragraph);
    if (this.parentOf(end.paragraph) !== parent) {
      throw new SimOfficeError("NotImplemented", {
        detail: "The simulator replaces text across paragraphs only within one container",
      });
    }
    const from = parent.children.indexOf(start.paragraph);
    const to = parent.children.indexOf(end.paragraph);
    this.assertRemovable(parent.children.slice(from + 1, to + 1).filter(isElement));
    const [head] = inlineAround(start.paragraph, start.offset);
    const [, tail] = inlineAround(end.paragraph, end.offset);
    const pPr = paragraphProps(start.paragraph);
    start.paragraph.children = [...(pPr ? [pPr] : []), ...head, ...tail];
    parent.children.splice(from + 1, to - from);
    this.invalidate();
  }

  /** Deleted text under Track Changes: its runs become w:del (text in w:delText), which Word on Windows does not show in .text. */
  private recordDeletion(start: TextPos, end: TextPos): void {
    if (start.paragraph !== end.paragraph) {
      throw new RangeError("The simulator records a tracked deletion within one paragraph only");
    }
    const p = start.paragraph;
    const [head, rest] = splitNodes(paragraphContent(p), start.offset);
    const [middle, tail] = splitNodes(rest, end.offset - start.offset);
    const pPr = paragraphProps(p);
    p.children = [...(pPr ? [pPr] : []), ...head, ...this.deletedForm(middle), ...tail];
    this.invalidate();
  }

  private deletedForm(nodes: XmlNode[]): XmlNode[] {
    return nodes.flatMap((node): XmlNode[] => {
      if (!isElement(node) || wordText(node) === "") return [node];
      if (node.name === "w:r") return [element("w:del", this.revisionAttrs(), [deletedRun(node)])];
      // The user's own tracked insertion, deleted again, is simply gone.
      if (node.name === "w:ins") return [];
      // Hyperlinks, inline controls, fields: their runs are deleted where they are.
      return [
        element(
          node.name,
          node.attrs,
          node.children.flatMap((c) => (isElement(c) && isPropertyElement(c.name) ? [c] : this.deletedForm([c]))),
        ),
      ];
    });
  }

  /** Typed runs under Track Changes, as a tracked insertion. */
  private inserted(runs: XmlElement[]): XmlElement[] {
    return this.revision && runs.length > 0 ? [element("w:ins", this.revisionAttrs(), runs)] : runs;
  }

  private revisionAttrs(): Record<string, string> {
    const revision = this.revision as NonNullable<SimDocument["revision"]>;
    return { "w:id": String(revision.nextId++), "w:author": revision.author, "w:date": revision.date };
  }

  /** A revision id above every annotation id (revisions, comments, bookmarks) in the document, which share one space. */
  private freeRevisionId(): number {
    let max = 0;
    const stack = [this.root, ...this.headerFooterRoots()];
    while (stack.length > 0) {
      const node = stack.pop() as XmlElement;
      const id = Number(node.attrs["w:id"]);
      if (id % 1 === 0) max = Math.max(max, id);
      for (const child of node.children) if (isElement(child)) stack.push(child);
    }
    return max + 1;
  }

  /** Reads an OOXML string for insertion: Flat OPC or w:document; bad input is Word's InvalidArgument. */
  private readForInsert(ooxml: string): OoxmlContent {
    try {
      return readOoxml(ooxml);
    } catch (error) {
      throw invalidArgument(`insertOoxml: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Brings what inserted content needs along: namespace declarations, missing styles, placeholder texts. */
  private adoptParts(content: OoxmlContent): void {
    for (const [name, value] of Object.entries(content.document.attrs)) {
      if (name.startsWith("xmlns:") && !(name in this.root.attrs)) this.root.attrs[name] = value;
    }
    if (content.styles) {
      if (!this.styles) {
        this.styles = content.styles;
      } else {
        for (const style of content.styles.children) {
          if (isElement(style) && style.name === "w:style" && !this.styleElement(style.attrs["w:styleId"] ?? ""))
            this.styles.children.push(style);
        }
      }
    }
    for (const [name, text] of content.placeholders) if (!this.placeholders.has(name)) this.placeholders.set(name, text);
  }

  /** Inserted controls get fresh ids, as in Word; those showing a placeholder get it registered. */
  private prepareInsertedControls(blocks: XmlElement[]): void {
    const stack = [...blocks];
    const controls: XmlElement[] = [];
    while (stack.length > 0) {
      const node = stack.pop() as XmlElement;
      if (node.name === "w:sdt") controls.push(node);
      for (const child of node.children) if (isElement(child)) stack.push(child);
    }
    const taken = new Set(this.index().controls.map((c) => controlProps(c).id));
    for (const sdt of controls) setSdtProp(sdt, "w:id", { "w:val": String(this.freshControlId(taken)) });
    for (const sdt of controls) this.registerPlaceholder(sdt);
  }

  /** insertOoxml on a Body, Paragraph, ContentControl or Range; returns the range of the inserted blocks. */
  insertOoxml(range: SimRange, ooxml: string, location: InsertLocation): SimRange {
    const content = this.readForInsert(ooxml);
    const blocks = content.blocks;
    if (blocks.length === 0) throw invalidArgument("insertOoxml: the package's body is empty");
    this.mutate("api", () => {
      this.adoptParts(content);
      this.prepareInsertedControls(blocks);
      this.insertBlocks(range, blocks, location);
    });
    return { kind: "blocks", first: blocks[0], last: blocks[blocks.length - 1] };
  }

  /**
   * Paragraph.insertOoxml(…, "Replace"): Word replaces the paragraph's content and keeps its mark. The last
   * inserted paragraph's content goes into that mark's paragraph, which keeps its own properties (the inserted
   * paragraph's style is lost: office-js #2914, #6904); when the inserted blocks end with a table or a control,
   * the mark stays behind as an empty paragraph (office-js-docs #874). Returns the range of what was inserted.
   */
  replaceParagraphContent(p: XmlElement, ooxml: string): SimRange {
    const content = this.readForInsert(ooxml);
    const blocks = content.blocks;
    if (blocks.length === 0) throw invalidArgument("insertOoxml: the package's body is empty");
    return this.mutate("api", (): SimRange => {
      this.assertEditable(p);
      this.assertRemovable(paragraphContent(p).filter(isElement));
      this.adoptParts(content);
      this.prepareInsertedControls(blocks);
      const last = blocks[blocks.length - 1];
      const joinsMark = last.name === "w:p";
      const before = joinsMark ? blocks.slice(0, -1) : blocks;
      const pPr = paragraphProps(p);
      p.children = [...(pPr ? [pPr] : []), ...(joinsMark ? paragraphContent(last) : [])];
      this.invalidate();
      if (before.length > 0) this.insertSiblings(p, "before", before);
      return { kind: "blocks", first: before[0] ?? p, last: joinsMark ? p : last };
    });
  }

  private insertBlocks(range: SimRange, blocks: XmlElement[], location: InsertLocation): void {
    switch (range.kind) {
      case "edge":
        this.insertSiblings(range.node, range.side, blocks);
        return;
      case "blocks":
        if (location === "Before") this.insertSiblings(range.first, "before", blocks);
        else if (location === "After") this.insertSiblings(range.last, "after", blocks);
        else if (location === "Replace") this.replaceSiblings(range.first, range.last, blocks);
        else if (location === "Start") this.insertAtCursor(this.startPos(range), blocks);
        else this.insertAtCursor(this.endPos(range), blocks);
        return;
      case "content": {
        const node = range.node;
        if (node.name === "w:sdt" && this.isInline(node)) {
          throw new SimOfficeError("NotImplemented", {
            detail: "The simulator does not insert paragraphs into an inline content control",
          });
        }
        if (location === "Start" || location === "End") {
          this.insertAtContainerEdge(node, location === "Start" ? "start" : "end", blocks);
        } else if (location === "Replace") {
          const holder = node.name === "w:sdt" ? sdtContent(node) : node;
          this.assertEditable(holder);
          this.assertRemovable(blockChildren(holder));
          const sectPr = holder.children.filter((c) => isElement(c) && c.name === "w:sectPr");
          holder.children = [
            ...holder.children.filter((c) => isElement(c) && isPropertyElement(c.name) && c.name !== "w:sectPr"),
            ...blocks,
            ...sectPr,
          ];
          if (node.name === "w:sdt") setSdtProp(node, "w:showingPlcHdr", null);
          this.invalidate();
          this.normalize(holder);
        } else {
          throw invalidArgument(`insertOoxml: "${location}" is not valid here`);
        }
        return;
      }
      case "text": {
        const { start, end } = range;
        const wholeParagraphs = this.comparePos(start, end) < 0 && start.offset === 0 && end.offset === this.paragraphLength(end.paragraph);
        if (wholeParagraphs && location === "Before") this.insertSiblings(start.paragraph, "before", blocks);
        else if (wholeParagraphs && location === "After") this.insertSiblings(end.paragraph, "after", blocks);
        else if (location === "Start" || location === "Before") this.insertAtCursor(start, blocks);
        else if (location === "End" || location === "After") this.insertAtCursor(end, blocks);
        else {
          this.deleteText(start, end);
          this.insertAtCursor(start, blocks);
        }
        return;
      }
    }
  }

  /** insertParagraph on a Body, Paragraph, ContentControl or Range; returns the new paragraph. */
  insertParagraph(range: SimRange, text: string, location: InsertLocation): XmlElement {
    const paragraph = paragraphWithText(text);
    this.mutate("api", () => {
      switch (range.kind) {
        case "edge":
          this.insertSiblings(range.node, range.side, [paragraph]);
          return;
        case "blocks":
          if (location !== "Before" && location !== "After") throw invalidArgument(`insertParagraph: "${location}" is not valid here`);
          this.insertSiblings(location === "Before" ? range.first : range.last, location === "Before" ? "before" : "after", [paragraph]);
          return;
        case "content": {
          const node = range.node;
          if (node.name === "w:sdt" && (location === "Before" || location === "After")) {
            const anchor = this.isInline(node) ? (this.inlineSpan(node) as { paragraph: XmlElement }).paragraph : node;
            this.insertSiblings(anchor, location === "Before" ? "before" : "after", [paragraph]);
            return;
          }
          if (location !== "Start" && location !== "End") throw invalidArgument(`insertParagraph: "${location}" is not valid here`);
          const holder = node.name === "w:sdt" ? sdtContent(node) : node;
          this.assertEditable(holder);
          const kids = blockChildren(holder);
          if (kids.length === 0) {
            holder.children.push(paragraph);
            this.invalidate();
          } else
            this.insertSiblings(location === "Start" ? kids[0] : kids[kids.length - 1], location === "Start" ? "before" : "after", [
              paragraph,
            ]);
          return;
        }
        case "text":
          if (location !== "Before" && location !== "After") throw invalidArgument(`insertParagraph: "${location}" is not valid here`);
          this.insertSiblings(
            location === "Before" ? range.start.paragraph : range.end.paragraph,
            location === "Before" ? "before" : "after",
            [paragraph],
          );
          return;
      }
    });
    return paragraph;
  }

  /** Range/Paragraph.delete(): removes whole blocks, or the text of a text range. */
  deleteRange(range: SimRange): void {
    this.mutate("api", () => {
      if (range.kind === "blocks") this.replaceSiblings(range.first, range.last, []);
      else if (range.kind === "text") this.deleteText(range.start, range.end);
      else if (range.kind === "content") this.insertBlocks(range, [element("w:p")], "Replace");
    });
  }

  /** getOoxml of a range: a Flat OPC package whose body holds the range's content and the section properties. */
  getOoxml(range: SimRange): string {
    const blocks = this.rangeBlocksForOoxml(range);
    const sectPr = cloneElement(firstChild(this.body, "w:sectPr") ?? DEFAULT_SECTION);
    const document = element("w:document", { ...this.root.attrs }, [element("w:body", {}, [...blocks, sectPr])]);
    const used = new Map<string, string>();
    const anchoredComments = new Set<string>();
    const stack = [...blocks, sectPr];
    while (stack.length > 0) {
      const node = stack.pop() as XmlElement;
      // Headers and footers are not part of the body's package, so sections keep no reference to them.
      if (node.name === "w:sectPr")
        node.children = node.children.filter((c) => !isElement(c) || (c.name !== "w:headerReference" && c.name !== "w:footerReference"));
      if (node.name === "w:sdt") {
        const name = controlProps(node).placeholderDocPart;
        const text = name ? this.placeholders.get(name) : undefined;
        if (name && text !== undefined) used.set(name, text);
      }
      if (node.name === "w:commentRangeStart" || node.name === "w:commentReference") anchoredComments.add(node.attrs["w:id"] ?? "");
      for (const child of node.children) if (isElement(child)) stack.push(child);
    }
    const glossary = used.size > 0 ? glossaryDocument(used) : undefined;
    return writePackage(document, this.styles ?? defaultStyles(), glossary, this.relationshipsFor(anchoredComments));
  }

  /**
   * Word's package holds the comments anchored in the range, and a comments part only when there are some; it
   * holds no header or footer.
   */
  private relationshipsFor(anchoredComments: Set<string>): DocumentRelationship[] {
    return this.relationships.flatMap((relationship) => {
      const { part } = relationship;
      if (part && isHeaderOrFooter(part.root)) return [];
      if (!part || part.root.name !== "w:comments") return [relationship];
      const comments = part.root.children.filter(
        (c) => isElement(c) && c.name === "w:comment" && anchoredComments.has(c.attrs["w:id"] ?? ""),
      );
      if (comments.length === 0) return [];
      return [{ ...relationship, part: { ...part, root: { ...part.root, children: comments } } }];
    });
  }

  private rangeBlocksForOoxml(range: SimRange): XmlElement[] {
    switch (range.kind) {
      case "edge":
        return [];
      case "blocks": {
        const parent = this.requireParent(range.first);
        const from = parent.children.indexOf(range.first);
        const to = parent.children.indexOf(range.last);
        return parent.children
          .slice(from, to + 1)
          .filter(isElement)
          .map(cloneElement);
      }
      case "content": {
        const node = range.node;
        if (node.name === "w:sdt" && this.isInline(node)) {
          const span = this.inlineSpan(node) as { paragraph: XmlElement };
          const pPr = paragraphProps(span.paragraph);
          return [
            element("w:p", {}, [...(pPr ? [cloneElement(pPr)] : []), ...sdtContent(node).children.filter(isElement).map(cloneElement)]),
          ];
        }
        return blockChildren(node.name === "w:sdt" ? sdtContent(node) : node).map(cloneElement);
      }
      case "text":
        return this.rangeParagraphs(range).map((p) => {
          const copy = cloneElement(p);
          const length = this.paragraphLength(p);
          const from = p === range.start.paragraph ? range.start.offset : 0;
          const to = p === range.end.paragraph ? range.end.offset : length;
          if (to < length) removeTextInPlace(copy, to, length);
          if (from > 0) removeTextInPlace(copy, 0, from);
          return copy;
        });
    }
  }

  /* ------------------------------------------------------------------------------------------------------ */
  /* Selection                                                                                              */

  private collapsedAtStart(): SimRange {
    const first = this.index().bodyParagraphs[0];
    const pos = { paragraph: first, offset: 0 };
    return { kind: "text", start: pos, end: pos };
  }

  get selection(): SimRange {
    return this.selectionRange;
  }

  /** Moves the selection (Range.select(), a click) and raises the selection-changed notification. */
  setSelection(range: SimRange): void {
    this.selectionRange = range;
    this.repairSelection();
    this.emit({ kind: "selection" });
  }

  /** After a change, a selection whose content went away moves to the start of the document; offsets are clamped. */
  private repairSelection(): void {
    const range = this.selectionRange;
    if (!this.rangeAttached(range)) {
      this.selectionRange = this.collapsedAtStart();
      return;
    }
    if (range.kind === "text") {
      const clamp = (pos: TextPos): TextPos => ({
        paragraph: pos.paragraph,
        offset: Math.min(pos.offset, this.paragraphLength(pos.paragraph)),
      });
      this.selectionRange = { kind: "text", start: clamp(range.start), end: clamp(range.end) };
    }
  }

  /** Where the selection is, by body paragraph index (-1 for a paragraph outside the body). */
  selectionInfo(): SimSelectionInfo {
    const paragraphs = this.index().bodyParagraphs;
    const start = this.startPos(this.selectionRange);
    const end = this.endPos(this.selectionRange);
    return {
      start: { paragraph: paragraphs.indexOf(start.paragraph), offset: start.offset },
      end: { paragraph: paragraphs.indexOf(end.paragraph), offset: end.offset },
      collapsed: start.paragraph === end.paragraph && start.offset === end.offset,
    };
  }

  /* ------------------------------------------------------------------------------------------------------ */
  /* User-edit API (what a person does in Word; not part of Office.js)                                      */

  /** Every paragraph of the body with its text, style and the content controls holding it. */
  paragraphs(): SimParagraphInfo[] {
    return this.index().bodyParagraphs.map((p, index) => {
      const holders = this.ancestors(p)
        .filter((a) => a.name === "w:sdt")
        .reverse();
      const tags = holders.map((sdt) => controlProps(sdt).tag);
      return {
        index,
        text: wordText(p),
        style: this.paragraphStyleName(p),
        tag: tags.length > 0 ? tags[tags.length - 1] : null,
        tags,
        inTable: this.tableNestingLevel(p) > 0,
      };
    });
  }

  /** Every content control of the body in document order, with its nesting depth. */
  contentControls(): SimControlInfo[] {
    const paragraphs = this.index().bodyParagraphs;
    return this.index().bodyControls.map((sdt) => {
      const props = controlProps(sdt);
      const inner = this.controlRange(sdt, "content");
      const first = this.rangeParagraphs(inner)[0];
      return {
        id: props.id,
        tag: props.tag,
        title: props.title,
        depth: this.ancestors(sdt).filter((a) => a.name === "w:sdt").length,
        text: this.rangeText(inner),
        showingPlaceholder: props.showingPlaceholder,
        placeholderText: this.placeholderText(sdt),
        level: this.controlLevel(sdt),
        paragraphIndex: first ? paragraphs.indexOf(first) : -1,
      };
    });
  }

  private targetParagraph(target: number): XmlElement {
    const paragraphs = this.index().bodyParagraphs;
    const paragraph = paragraphs[target];
    if (!paragraph) throw new RangeError(`There is no paragraph ${target} (the document has ${paragraphs.length})`);
    return paragraph;
  }

  private targetControl(tag: string): XmlElement {
    const sdt = this.index().bodyControls.find((c) => controlProps(c).tag === tag);
    if (!sdt) throw new RangeError(`There is no content control tagged "${tag}"`);
    return sdt;
  }

  /** The range a target stands for: a paragraph's text, or a control's content. */
  private targetRange(target: SimTarget): SimRange {
    if (typeof target === "number") {
      const paragraph = this.targetParagraph(target);
      return {
        kind: "text",
        start: { paragraph, offset: 0 },
        end: { paragraph, offset: this.paragraphLength(paragraph) },
      };
    }
    return this.controlRange(this.targetControl(target.tag), "content");
  }

  /** Puts the cursor in a paragraph or control: at "start", "end" (the default) or a character offset. */
  placeCursor(target: SimTarget, offset: number | "start" | "end" = "end"): void {
    const range = this.targetRange(target);
    let pos: TextPos;
    if (offset === "start") pos = this.startPos(range);
    else if (offset === "end") pos = this.endPos(range);
    else {
      const start = this.startPos(range);
      pos = {
        paragraph: start.paragraph,
        offset: Math.min(start.offset + offset, this.paragraphLength(start.paragraph)),
      };
    }
    this.setSelection({ kind: "text", start: pos, end: pos });
  }

  /** Selects characters [start, end) of a paragraph, or of a control's first paragraph. */
  selectText(target: SimTarget, start: number, end: number): void {
    const first = this.startPos(this.targetRange(target));
    const length = this.paragraphLength(first.paragraph);
    const at = (n: number): TextPos => ({ paragraph: first.paragraph, offset: Math.min(first.offset + n, length) });
    this.setSelection({ kind: "text", start: at(start), end: at(end) });
  }

  /** Selects from one paragraph position to another, across paragraphs too (typeText("") then joins them). */
  selectBetween(start: { paragraph: number; offset: number }, end: { paragraph: number; offset: number }): void {
    const at = (p: { paragraph: number; offset: number }): TextPos => {
      const paragraph = this.targetParagraph(p.paragraph);
      return { paragraph, offset: Math.min(p.offset, this.paragraphLength(paragraph)) };
    };
    this.setSelection({ kind: "text", start: at(start), end: at(end) });
  }

  /**
   * Types text as a user would: at the selection (replacing selected text), or at the end of `target`.
   * "\n" is Enter (a new paragraph), "\t" a tab, "\v" a line break. Typing into a control showing its
   * placeholder first removes the placeholder, as Word does.
   */
  typeText(text: string): void;
  typeText(target: SimTarget, text: string): void;
  typeText(first: SimTarget | string, second?: string): void {
    if (typeof first !== "string") this.placeCursor(first, "end");
    const text = typeof first === "string" ? first : (second ?? "");
    const range = this.selectionRange;
    let pos = this.startPos(range);
    const end = this.endPos(range);
    const holder = this.parentControl({ kind: "text", start: pos, end: pos });
    this.userEdit(holder, () => {
      if (holder && controlProps(holder).showingPlaceholder) {
        pos = this.clearPlaceholder(holder);
      } else if (this.comparePos(pos, end) !== 0) {
        this.deleteText(pos, end);
      }
      pos = this.insertTextAt(pos, text, holder);
    });
    this.selectionRange = { kind: "text", start: pos, end: pos };
    this.emit({ kind: "selection" });
  }

  /** Replaces the text of a paragraph, or the whole content of a control, as selecting it and typing would. */
  setParagraphText(target: SimTarget, text: string): void {
    const range = this.targetRange(target);
    const holder = typeof target === "number" ? this.parentControl(range) : this.targetControl(target.tag);
    this.userEdit(holder, () => {
      let pos: TextPos;
      if (holder && controlProps(holder).showingPlaceholder) {
        pos = this.clearPlaceholder(holder);
      } else if (typeof target !== "number" && holder && !this.isInline(holder) && !this.trackChanges) {
        const content = sdtContent(holder);
        const first = blockChildren(content).find((c) => c.name === "w:p");
        const pPr = first ? paragraphProps(first) : undefined;
        const paragraph = element("w:p", {}, pPr ? [cloneElement(pPr)] : []);
        this.assertEditable(content);
        this.assertRemovable(blockChildren(content));
        content.children = [paragraph];
        this.invalidate();
        pos = { paragraph, offset: 0 };
      } else {
        pos = this.startPos(range);
        this.deleteText(pos, this.endPos(range));
      }
      const end = this.insertTextAt(pos, text, holder);
      this.selectionRange = { kind: "text", start: end, end };
    });
    this.emit({ kind: "selection" });
  }

  /**
   * A user edit: like an API change, but reported with the controls whose content changed (for onDataChanged),
   * and recorded as revisions while Track Changes is on.
   */
  private userEdit(holder: XmlElement | null, edit: () => void): void {
    const controls = holder ? [holder, ...this.ancestors(holder).filter((a) => a.name === "w:sdt")] : [];
    this.revision = this.trackChanges
      ? { author: this.userName, date: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"), nextId: this.freeRevisionId() }
      : null;
    try {
      this.mutate("user", edit, controls);
    } finally {
      this.revision = null;
    }
  }

  /** Removes a showing placeholder: the control keeps one empty paragraph (or no runs, inline); returns its start. */
  private clearPlaceholder(sdt: XmlElement): TextPos {
    this.assertEditable(sdtContent(sdt));
    this.registerPlaceholder(sdt);
    setSdtProp(sdt, "w:showingPlcHdr", null);
    const content = sdtContent(sdt);
    if (this.isInline(sdt)) {
      content.children = [];
      this.invalidate();
      const span = this.inlineSpan(sdt) as { paragraph: XmlElement; start: number };
      return { paragraph: span.paragraph, offset: span.start };
    }
    const first = blockChildren(content).find((c) => c.name === "w:p");
    const pPr = first ? paragraphProps(first) : undefined;
    const paragraph = element("w:p", {}, pPr ? [cloneElement(pPr)] : []);
    content.children = [paragraph];
    this.invalidate();
    return { paragraph, offset: 0 };
  }

  /**
   * Inserts typed text at a position ("\n" splits the paragraph); returns the position after it. With `into`,
   * an inline control holding the position, the text goes into the control's content, also at its edges.
   */
  private insertTextAt(pos: TextPos, text: string, into: XmlElement | null = null): TextPos {
    this.assertEditable(pos.paragraph);
    const span = into ? this.inlineSpan(into) : null;
    if (into && span?.paragraph === pos.paragraph) {
      const content = sdtContent(into);
      this.assertEditable(content);
      const typed = text.replace(/\r\n?/g, "\n");
      const [head, tail] = splitNodes(content.children, pos.offset - span.start);
      const rPr = lastRunProps(head) ?? lastRunProps(tail.slice(0, 1));
      content.children = [...head, ...this.inserted(runsForText(typed, rPr)), ...tail];
      this.invalidate();
      return { paragraph: pos.paragraph, offset: pos.offset + typed.length };
    }
    let paragraph = pos.paragraph;
    let offset = pos.offset;
    splitLines(text).forEach((line, i) => {
      if (i > 0) {
        const next = splitParagraphInPlace(paragraph, offset);
        // Enter under Track Changes inserts the mark that now ends the first half.
        if (this.revision) markParagraphMark(paragraph, element("w:ins", this.revisionAttrs()));
        const parent = this.requireParent(paragraph);
        parent.children.splice(parent.children.indexOf(paragraph) + 1, 0, next);
        this.invalidate();
        paragraph = next;
        offset = 0;
      }
      const [head, tail] = inlineAround(paragraph, offset);
      const rPr = lastRunProps(head) ?? lastRunProps(tail.slice(0, 1));
      insertInlineInPlace(paragraph, offset, this.inserted(runsForText(line, rPr)));
      offset += line.length;
    });
    this.invalidate();
    return { paragraph, offset };
  }

  /** Range/Paragraph/ContentControl/Body.insertText through the API; returns the range of the inserted text. */
  insertText(range: SimRange, text: string, location: InsertLocation): SimRange {
    return this.mutate("api", (): SimRange => {
      let pos: TextPos;
      if (location === "Replace") {
        if (range.kind === "content" && !(range.node.name === "w:sdt" && this.isInline(range.node))) {
          this.insertBlocks(range, [element("w:p")], "Replace");
          pos = this.startPos(range);
        } else {
          pos = this.startPos(range);
          const end = this.endPos(range);
          if (range.kind === "blocks") throw invalidArgument('insertText: "Replace" of whole paragraphs is not modelled');
          this.deleteText(pos, end);
        }
      } else {
        pos = location === "Start" || location === "Before" ? this.startPos(range) : this.endPos(range);
      }
      const sdt =
        range.kind === "content" && range.node.name === "w:sdt" ? range.node : this.parentControl({ kind: "text", start: pos, end: pos });
      if (sdt && controlProps(sdt).showingPlaceholder) pos = this.clearPlaceholder(sdt);
      const end = this.insertTextAt(pos, text, sdt);
      return { kind: "text", start: pos, end };
    });
  }
}

/** A cell's first paragraph: its first block that is a paragraph, block-level controls looked into, tables skipped. */
function firstCellParagraph(cell: XmlElement): XmlElement | undefined {
  const stack = blockChildren(cell).reverse();
  while (stack.length > 0) {
    const node = stack.pop() as XmlElement;
    if (node.name === "w:p") return node;
    if (node.name === "w:sdt") stack.push(...blockChildren(sdtContent(node)).reverse());
  }
  return undefined;
}

/** What a paragraph holds that is not shown as its content: deleted runs, drawings, and property elements. */
const NOT_SHOWN_RUNS: ReadonlySet<string> = new Set(["w:del", "w:moveFrom", "w:drawing", "w:pict", "w:object", "mc:AlternateContent"]);

/**
 * The run properties of a paragraph's first run, or of its mark (w:pPr/w:rPr, less the mark's revisions) when it
 * has none: what text put in its place is formatted with. Without the placeholder style, as lastRunProps.
 */
function firstRunProps(p: XmlElement): XmlElement | undefined {
  const stack = paragraphContent(p).filter(isElement).reverse();
  let rPr: XmlElement | undefined;
  let found = false;
  while (stack.length > 0 && !found) {
    const node = stack.pop() as XmlElement;
    if (node.name === "w:r") {
      found = true;
      rPr = firstChild(node, "w:rPr");
    } else if (!NOT_SHOWN_RUNS.has(node.name) && !isPropertyElement(node.name)) {
      stack.push(...node.children.filter(isElement).reverse());
    }
  }
  if (!found) rPr = firstChild(paragraphProps(p) ?? element("w:pPr"), "w:rPr");
  if (!rPr) return undefined;
  const copy = cloneElement(rPr);
  const dropped = new Set(["w:ins", "w:del", "w:moveFrom", "w:moveTo", "w:rPrChange"]);
  copy.children = copy.children.filter(
    (c) => !isElement(c) || !(dropped.has(c.name) || (c.name === "w:rStyle" && c.attrs["w:val"] === "PlaceholderText")),
  );
  return copy;
}

/** The children of `parent` named `name`, and those wrapped in content controls (w:sdt › w:sdtContent) at that level. */
function throughControls(parent: XmlElement, name: string): XmlElement[] {
  return parent.children.flatMap((c): XmlElement[] => {
    if (typeof c === "string") return [];
    if (c.name === name) return [c];
    const content =
      c.name === "w:sdt" ? c.children.find((x): x is XmlElement => typeof x !== "string" && x.name === "w:sdtContent") : undefined;
    return content ? throughControls(content, name) : [];
  });
}

/** A table's rows, row-level content controls looked through. */
export const tableRows = (table: XmlElement): XmlElement[] => throughControls(table, "w:tr");

/** A row's cells, cell-level content controls looked through. */
export const rowCells = (row: XmlElement): XmlElement[] => throughControls(row, "w:tc");
