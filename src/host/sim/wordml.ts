/**
 * WordprocessingML helpers for the simulated Word: building and cloning elements, text as Word shows it,
 * splitting paragraphs at a character offset, and reading or writing content-control (w:sdt) properties.
 */
import { XmlElement, XmlNode, firstChild } from "../../core/ooxml/xml";

export function element(name: string, attrs: Record<string, string> = {}, children: XmlNode[] = []): XmlElement {
  return { name, attrs, children };
}

/** Deep copy, iterative so that no document depth can overflow the stack. */
export function cloneElement(source: XmlElement): XmlElement {
  const copy: XmlElement = { name: source.name, attrs: { ...source.attrs }, children: [] };
  const work: [XmlElement, XmlElement][] = [[source, copy]];
  while (work.length > 0) {
    const [from, to] = work.pop() as [XmlElement, XmlElement];
    for (const child of from.children) {
      if (typeof child === "string") {
        to.children.push(child);
      } else {
        const childCopy: XmlElement = { name: child.name, attrs: { ...child.attrs }, children: [] };
        to.children.push(childCopy);
        work.push([child, childCopy]);
      }
    }
  }
  return copy;
}

/** The w:val of the child `childName`, or undefined when the child is absent. */
export function childVal(el: XmlElement | undefined, childName: string): string | undefined {
  if (!el) return undefined;
  return firstChild(el, childName)?.attrs["w:val"];
}

/** w:pPr, w:rPr, w:sdtPr, w:tblPr, … : settings, copied to both halves when an element is split. */
export function isPropertyElement(name: string): boolean {
  return name.endsWith("Pr") || name.endsWith("PrEx") || name.endsWith("PrChange");
}

/**
 * Subtrees that contribute no text to what Word shows for a paragraph: deleted revisions, field codes, and
 * drawings (a text box's paragraphs are not part of the paragraph that anchors it).
 */
const NO_TEXT = new Set([
  "w:del",
  "w:moveFrom",
  "w:delText",
  "w:instrText",
  "w:delInstrText",
  "w:drawing",
  "w:pict",
  "w:object",
  "mc:AlternateContent",
  "w:fldData",
]);

/** Single-character atoms as Word's text model reports them (line break is "\v", page break "\f", like Range.text). */
function atomText(el: XmlElement): string | null {
  switch (el.name) {
    case "w:tab":
      return "\t";
    case "w:br":
      return el.attrs["w:type"] === "page" || el.attrs["w:type"] === "column" ? "\f" : "\v";
    case "w:cr":
      return "\v";
    case "w:noBreakHyphen":
      return "-";
    default:
      return null;
  }
}

/** The text of inline content (a paragraph, a run, an inline control) as Word shows it. */
export function wordText(el: XmlElement): string {
  const out: string[] = [];
  const stack: XmlElement[] = [el];
  while (stack.length > 0) {
    const node = stack.pop() as XmlElement;
    if (node.name === "w:t") {
      for (const child of node.children) if (typeof child === "string") out.push(child);
      continue;
    }
    const atom = atomText(node);
    if (atom !== null) {
      out.push(atom);
      continue;
    }
    if (NO_TEXT.has(node.name) || (node !== el && isPropertyElement(node.name))) continue;
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if (typeof child !== "string") stack.push(child);
    }
  }
  return out.join("");
}

function textLength(node: XmlNode): number {
  return typeof node === "string" ? 0 : wordText(node).length;
}

/* ---------------------------------------------------------------------------------------------------------- */
/* Splitting inline content at a character offset                                                              */

/** Splits inline nodes so that the left part holds the first `offset` characters of text. */
export function splitNodes(nodes: XmlNode[], offset: number): [XmlNode[], XmlNode[]] {
  const left: XmlNode[] = [];
  const right: XmlNode[] = [];
  let rest = offset;
  for (const node of nodes) {
    if (rest <= 0) {
      right.push(node);
      continue;
    }
    const length = textLength(node);
    if (length <= rest) {
      left.push(node);
      rest -= length;
      continue;
    }
    const [l, r] = splitElement(node as XmlElement, rest);
    left.push(l);
    right.push(r);
    rest = 0;
  }
  return [left, right];
}

function textElement(source: XmlElement, text: string): XmlElement {
  return element(source.name, { ...source.attrs, "xml:space": "preserve" }, text ? [text] : []);
}

/** Splits one element holding more than `offset` characters; property children go to both halves. */
function splitElement(el: XmlElement, offset: number): [XmlElement, XmlElement] {
  if (el.name === "w:t") {
    const text = wordText(el);
    return [textElement(el, text.slice(0, offset)), textElement(el, text.slice(offset))];
  }
  const props = el.children.filter((c): c is XmlElement => typeof c !== "string" && isPropertyElement(c.name));
  const content = el.children.filter((c) => typeof c === "string" || !isPropertyElement(c.name));
  const [l, r] = splitNodes(content, offset);
  const left = element(el.name, { ...el.attrs }, [...props, ...l]);
  const right = element(el.name, { ...el.attrs }, [...props.map(cloneElement), ...r]);
  return [left, right];
}

/** Paragraph identity attributes Word expects to be unique; the second half of a split drops them. */
const PARAGRAPH_IDS = ["w14:paraId", "w14:textId", "w:rsidR", "w:rsidRDefault", "w:rsidP"];

export function paragraphProps(p: XmlElement): XmlElement | undefined {
  return firstChild(p, "w:pPr");
}

export function paragraphContent(p: XmlElement): XmlNode[] {
  return p.children.filter((c) => typeof c === "string" || c.name !== "w:pPr");
}

/**
 * Splits a paragraph in two at a character offset, as pressing Enter there would: `p` keeps the first part (so
 * references to it stay valid) and the returned new paragraph holds the rest. Both keep the paragraph
 * properties, except a section break, which stays with the second half (its mark ends the section).
 */
export function splitParagraphInPlace(p: XmlElement, offset: number): XmlElement {
  const [l, r] = splitNodes(paragraphContent(p), offset);
  const pPr = paragraphProps(p);
  const leftPPr = pPr ? cloneElement(pPr) : undefined;
  if (leftPPr) leftPPr.children = leftPPr.children.filter((c) => typeof c === "string" || c.name !== "w:sectPr");
  const rightAttrs = { ...p.attrs };
  for (const id of PARAGRAPH_IDS) delete rightAttrs[id];
  p.children = leftPPr ? [leftPPr, ...l] : l;
  return element(p.name, rightAttrs, pPr ? [pPr, ...r] : r);
}

/** Removes the characters [from, to) of a paragraph, in place. */
export function removeTextInPlace(p: XmlElement, from: number, to: number): void {
  const [head] = splitNodes(paragraphContent(p), from);
  const [, tail] = splitNodes(paragraphContent(p), to);
  const pPr = paragraphProps(p);
  p.children = pPr ? [pPr, ...head, ...tail] : [...head, ...tail];
}

/** Inserts inline nodes at a character offset of a paragraph, in place. */
export function insertInlineInPlace(p: XmlElement, offset: number, nodes: XmlNode[]): void {
  const [head, tail] = splitNodes(paragraphContent(p), offset);
  const pPr = paragraphProps(p);
  p.children = pPr ? [pPr, ...head, ...nodes, ...tail] : [...head, ...nodes, ...tail];
}

/** The inline content of `p` before and after `offset`, without changing `p`. */
export function inlineAround(p: XmlElement, offset: number): [XmlNode[], XmlNode[]] {
  return splitNodes(paragraphContent(p), offset);
}

/** The character offset at which `target` starts inside `container`, or -1 when it is not inside. */
export function offsetOf(container: XmlElement, target: XmlElement): number {
  let count = 0;
  const stack: XmlElement[] = [container];
  while (stack.length > 0) {
    const node = stack.pop() as XmlElement;
    if (node === target) return count;
    if (node.name === "w:t") {
      count += wordText(node).length;
      continue;
    }
    if (atomText(node) !== null) {
      count += 1;
      continue;
    }
    if (NO_TEXT.has(node.name) || (node !== container && isPropertyElement(node.name))) continue;
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if (typeof child !== "string") stack.push(child);
    }
  }
  return -1;
}

/** Whether any element named in `names` lies beneath `el`. */
export function containsElement(el: XmlElement, names: ReadonlySet<string>): boolean {
  const stack: XmlElement[] = [el];
  while (stack.length > 0) {
    const node = stack.pop() as XmlElement;
    for (const child of node.children) {
      if (typeof child === "string") continue;
      if (names.has(child.name)) return true;
      stack.push(child);
    }
  }
  return false;
}

/** Runs for typed text: tabs become w:tab and line breaks ("\v", "\n") w:br, as Word stores them. */
export function runsForText(text: string, rPr?: XmlElement): XmlElement[] {
  const runContent: XmlElement[] = [];
  let buffer = "";
  const flush = (): void => {
    if (buffer) runContent.push(element("w:t", { "xml:space": "preserve" }, [buffer]));
    buffer = "";
  };
  for (const ch of text) {
    if (ch === "\t") {
      flush();
      runContent.push(element("w:tab"));
    } else if (ch === "\v" || ch === "\n" || ch === "\r") {
      flush();
      runContent.push(element("w:br"));
    } else {
      buffer += ch;
    }
  }
  flush();
  if (runContent.length === 0) return [];
  return [element("w:r", {}, rPr ? [cloneElement(rPr), ...runContent] : runContent)];
}

/** The properties of the last run in `nodes` (the formatting typing continues with), without the placeholder style. */
export function lastRunProps(nodes: XmlNode[]): XmlElement | undefined {
  let last: XmlElement | undefined;
  const stack: XmlElement[] = [];
  const pushReversed = (children: XmlNode[]): void => {
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (typeof child !== "string") stack.push(child);
    }
  };
  pushReversed(nodes);
  while (stack.length > 0) {
    const node = stack.pop() as XmlElement;
    if (node.name === "w:r") {
      last = node;
    } else if (!NO_TEXT.has(node.name) && !isPropertyElement(node.name)) {
      pushReversed(node.children);
    }
  }
  const rPr = last ? firstChild(last, "w:rPr") : undefined;
  if (!rPr) return undefined;
  const copy = cloneElement(rPr);
  copy.children = copy.children.filter((c) => typeof c === "string" || !(c.name === "w:rStyle" && c.attrs["w:val"] === "PlaceholderText"));
  return copy;
}

/** A new paragraph holding `text`, with the given paragraph properties. */
export function paragraphWithText(text: string, pPr?: XmlElement, rPr?: XmlElement): XmlElement {
  return element("w:p", {}, [...(pPr ? [cloneElement(pPr)] : []), ...runsForText(text, rPr)]);
}

/* ---------------------------------------------------------------------------------------------------------- */
/* Content controls                                                                                            */

export function sdtProps(sdt: XmlElement): XmlElement {
  let pr = firstChild(sdt, "w:sdtPr");
  if (!pr) {
    pr = element("w:sdtPr");
    sdt.children.unshift(pr);
  }
  return pr;
}

export function sdtContent(sdt: XmlElement): XmlElement {
  let content = firstChild(sdt, "w:sdtContent");
  if (!content) {
    content = element("w:sdtContent");
    sdt.children.push(content);
  }
  return content;
}

/** Sets (or with null removes) the child `name` of w:sdtPr; CT_SdtPr is an unordered choice, so appending is valid. */
export function setSdtProp(sdt: XmlElement, name: string, attrs: Record<string, string> | null): void {
  const pr = sdtProps(sdt);
  const index = pr.children.findIndex((c) => typeof c !== "string" && c.name === name);
  if (attrs === null) {
    if (index !== -1) pr.children.splice(index, 1);
  } else if (index !== -1) {
    (pr.children[index] as XmlElement).attrs = attrs;
  } else {
    pr.children.push(element(name, attrs));
  }
}

export type ControlAppearance = "BoundingBox" | "Tags" | "Hidden";
export type ControlType =
  | "RichText"
  | "PlainText"
  | "CheckBox"
  | "DropDownList"
  | "ComboBox"
  | "DatePicker"
  | "Picture"
  | "Group"
  | "BuildingBlockGallery"
  | "RepeatingSection";

export interface ControlProps {
  id: number;
  tag: string;
  title: string;
  lock: "unlocked" | "sdtLocked" | "contentLocked" | "sdtContentLocked";
  appearance: ControlAppearance;
  color: string;
  showingPlaceholder: boolean;
  /** The glossary building block holding the placeholder text (w:placeholder/w:docPart), when named. */
  placeholderDocPart: string | undefined;
  temporary: boolean;
  type: ControlType;
}

function isOn(el: XmlElement | undefined): boolean {
  if (!el) return false;
  const v = el.attrs["w:val"] ?? el.attrs["w14:val"];
  return v === undefined || (v !== "0" && v !== "false" && v !== "off");
}

const TYPE_ELEMENTS: [string, ControlType][] = [
  ["w:text", "PlainText"],
  ["w14:checkbox", "CheckBox"],
  ["w:dropDownList", "DropDownList"],
  ["w:comboBox", "ComboBox"],
  ["w:date", "DatePicker"],
  ["w:picture", "Picture"],
  ["w:group", "Group"],
  ["w:docPartObj", "BuildingBlockGallery"],
  ["w15:repeatingSection", "RepeatingSection"],
];

export function controlProps(sdt: XmlElement): ControlProps {
  const pr = firstChild(sdt, "w:sdtPr") ?? element("w:sdtPr");
  const lock = childVal(pr, "w:lock");
  const appearance = firstChild(pr, "w15:appearance")?.attrs["w15:val"];
  const type = TYPE_ELEMENTS.find(([name]) => firstChild(pr, name))?.[1] ?? "RichText";
  return {
    id: Number(childVal(pr, "w:id") ?? 0),
    tag: childVal(pr, "w:tag") ?? "",
    title: childVal(pr, "w:alias") ?? "",
    lock: lock === "sdtLocked" || lock === "contentLocked" || lock === "sdtContentLocked" ? lock : "unlocked",
    appearance: appearance === "tags" ? "Tags" : appearance === "hidden" ? "Hidden" : "BoundingBox",
    color: firstChild(pr, "w15:color")?.attrs["w:val"] ?? "",
    showingPlaceholder: isOn(firstChild(pr, "w:showingPlcHdr")),
    placeholderDocPart: firstChild(firstChild(pr, "w:placeholder") ?? element("x"), "w:docPart")?.attrs["w:val"],
    temporary: isOn(firstChild(pr, "w:temporary")),
    type,
  };
}

export function cannotEdit(props: ControlProps): boolean {
  return props.lock === "contentLocked" || props.lock === "sdtContentLocked";
}

export function cannotDelete(props: ControlProps): boolean {
  return props.lock === "sdtLocked" || props.lock === "sdtContentLocked";
}

export function lockValue(noDelete: boolean, noEdit: boolean): ControlProps["lock"] {
  if (noDelete && noEdit) return "sdtContentLocked";
  if (noDelete) return "sdtLocked";
  if (noEdit) return "contentLocked";
  return "unlocked";
}

/** Word marks placeholder text with the character style PlaceholderText. */
export function placeholderRunProps(): XmlElement {
  return element("w:rPr", {}, [element("w:rStyle", { "w:val": "PlaceholderText" })]);
}
