import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { KeyboardEvent, RefObject, useEffect, useLayoutEffect, useRef, useState } from "react";
import { SimDocument } from "../host/sim";
import { BlockView, documentView, InlineView, PageView, ParagraphView, paragraphText, RunView, textEdit } from "./doc-view";

const useStyles = makeStyles({
  scroller: {
    height: "100%",
    overflow: "auto",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalXXL,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  sheet: {
    position: "relative",
    margin: "0 auto",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow8,
    fontFamily: "'Times New Roman', Times, serif",
    lineHeight: 1.15,
    // The document's selection, drawn while the drafter is in the pane (the browser shows its own only with focus).
    "& [data-selected]": { backgroundColor: tokens.colorBrandBackground2, outline: `1px solid ${tokens.colorBrandStroke2}` },
  },
  paragraph: {
    margin: 0,
    minHeight: "1.15em",
    whiteSpace: "pre-wrap",
    overflowWrap: "break-word",
    outlineStyle: "none",
    tabSize: 4,
  },
  placeholder: { color: tokens.colorNeutralForeground3 },
  inlineControl: {
    position: "relative",
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    borderRadius: tokens.borderRadiusSmall,
    // The title sits above the control like Word's tag; as CSS content it stays out of the editable text.
    "::before": {
      content: "attr(data-title)",
      position: "absolute",
      bottom: "100%",
      left: 0,
      fontFamily: tokens.fontFamilyBase,
      fontSize: tokens.fontSizeBase100,
      lineHeight: tokens.lineHeightBase100,
      fontWeight: tokens.fontWeightRegular,
      fontStyle: "normal",
      whiteSpace: "nowrap",
      color: tokens.colorBrandForeground1,
      pointerEvents: "none",
    },
  },
  blockControl: {
    position: "relative",
    margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalXS}`,
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    borderRadius: tokens.borderRadiusSmall,
  },
  controlLabel: {
    position: "absolute",
    bottom: "100%",
    left: 0,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    color: tokens.colorBrandForeground1,
    backgroundColor: tokens.colorBrandBackground2,
    borderTopLeftRadius: tokens.borderRadiusSmall,
    borderTopRightRadius: tokens.borderRadiusSmall,
    whiteSpace: "nowrap",
  },
  table: { width: "100%", borderCollapse: "collapse", tableLayout: "fixed" },
  cell: {
    verticalAlign: "top",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    // Word's "View Gridlines": borderless tables still show where their cells are.
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke2}`,
  },
  borderedCell: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralForeground1}` },
  caret: {
    position: "absolute",
    width: tokens.strokeWidthThick,
    backgroundColor: tokens.colorNeutralForeground1,
    pointerEvents: "none",
  },
});

type Classes = ReturnType<typeof useStyles>;

export interface DocumentViewProps {
  doc: SimDocument;
  /** Points, for runs that set no size. */
  defaultSizePt: number;
  label: string;
}

/**
 * The simulated document as a page. The SimDocument is the only truth: the page re-renders on each of its
 * changes, typing in a paragraph is passed to it as a user edit, and the browser's caret is mirrored into its
 * selection, so that the pane's "insert at the cursor" inserts where the drafter clicked.
 */
export function DocumentView({ doc, defaultSizePt, label }: DocumentViewProps) {
  const styles = useStyles();
  const [page, setPage] = useState(() => pageOf(doc));
  const sheetRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    setPage(pageOf(doc));
    return doc.onChange(() => setPage(pageOf(doc)));
  }, [doc]);

  // The browser's caret, wherever the drafter clicks or moves it, becomes the document's selection.
  useEffect(() => {
    const onSelectionChange = () => {
      const anchor = document.getSelection()?.anchorNode;
      const el = (anchor instanceof HTMLElement ? anchor : anchor?.parentElement)?.closest<HTMLElement>("[data-paragraph]");
      const range = el && sheetRef.current?.contains(el) ? selectionIn(el) : null;
      if (!el || !range) return;
      const paragraph = Number(el.dataset.paragraph);
      const { start, end } = doc.selectionInfo();
      if (start.paragraph === paragraph && end.paragraph === paragraph && start.offset === range[0] && end.offset === range[1]) return;
      if (range[0] === range[1]) doc.placeCursor(paragraph, range[0]);
      else doc.selectText(paragraph, range[0], range[1]);
    };
    document.addEventListener("selectionchange", onSelectionChange);
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  }, [doc]);

  const caret = useCaret(doc, sheetRef, page);
  useSelectionShown(doc, sheetRef, page);

  return (
    <div className={styles.scroller}>
      <div ref={sheetRef} className={styles.sheet} role="document" aria-label={label} style={sheetStyle(page, defaultSizePt)}>
        <Blocks blocks={page.blocks} doc={doc} classes={styles} />
        {caret && <div className={styles.caret} style={caret} aria-hidden />}
      </div>
    </div>
  );
}

function pageOf(doc: SimDocument): PageView {
  const order = new Map(doc.paragraphElements().map((p, i) => [p, i]));
  return documentView(doc.body, (p) => order.get(p) ?? -1);
}

function sheetStyle(page: PageView, defaultSizePt: number) {
  const { top, right, bottom, left } = page.margins;
  return {
    width: `${page.widthPt}pt`,
    minHeight: `${page.heightPt}pt`,
    padding: `${top}pt ${right}pt ${bottom}pt ${left}pt`,
    fontSize: `${defaultSizePt}pt`,
  };
}

function Blocks({ blocks, doc, classes }: { blocks: BlockView[]; doc: SimDocument; classes: Classes }) {
  return (
    <>
      {blocks.map((block, i) => {
        switch (block.kind) {
          case "paragraph":
            return <Paragraph key={`p${block.index}`} view={block} doc={doc} classes={classes} />;
          case "control":
            return (
              <div key={`c${i}`} className={classes.blockControl} data-tag={block.tag}>
                <span className={classes.controlLabel}>{block.title}</span>
                <Blocks blocks={block.blocks} doc={doc} classes={classes} />
              </div>
            );
          case "table":
            return (
              <table key={`t${i}`} className={classes.table}>
                <tbody>
                  {block.rows.map((row, r) => (
                    <tr key={r}>
                      {row.map((cell, c) => (
                        <td
                          key={c}
                          colSpan={cell.span}
                          className={mergeClasses(classes.cell, block.bordered && classes.borderedCell)}
                          style={cell.widthPt ? { width: `${cell.widthPt}pt` } : undefined}
                        >
                          <Blocks blocks={cell.blocks} doc={doc} classes={classes} />
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            );
        }
      })}
    </>
  );
}

/**
 * One editable paragraph. Its content is built by hand rather than by React: the browser edits this DOM as
 * the drafter types, and rebuilding it while it already shows the document's text would throw the caret away.
 */
function Paragraph({ view, doc, classes }: { view: ParagraphView; doc: SimDocument; classes: Classes }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const text = paragraphText(view);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const editing = document.activeElement === el;
    if (!(editing && el.textContent === text)) el.replaceChildren(...view.inlines.map((inline) => inlineNode(inline, classes)));
    if (editing) restoreCaret(el, doc, view.index);
  });

  const onInput = () => {
    const el = ref.current;
    if (!el) return;
    const edit = textEdit(text, el.textContent ?? "");
    if (!edit) return;
    doc.selectText(view.index, edit.start, edit.end);
    doc.typeText(edit.inserted);
  };

  // Enter and Shift+Enter are Word's new paragraph and line break: the document makes them, not the browser.
  const onKeyDown = (ev: KeyboardEvent<HTMLParagraphElement>) => {
    if (ev.key !== "Enter") return;
    ev.preventDefault();
    doc.typeText(ev.shiftKey ? "\v" : "\n");
  };

  return (
    <p
      ref={ref}
      className={classes.paragraph}
      contentEditable
      suppressContentEditableWarning
      spellCheck={false}
      data-paragraph={view.index}
      style={{
        textAlign: view.align,
        textIndent: `${view.firstLinePt}pt`,
        marginLeft: `${view.leftPt}pt`,
        marginTop: `${view.beforePt}pt`,
        marginBottom: `${view.afterPt}pt`,
      }}
      onInput={onInput}
      onKeyDown={onKeyDown}
      onPaste={(ev) => {
        ev.preventDefault();
        doc.typeText(ev.clipboardData.getData("text/plain"));
      }}
    />
  );
}

function inlineNode(inline: InlineView, classes: Classes): Node {
  if (inline.kind === "run") return runNode(inline, classes);
  const span = document.createElement("span");
  span.className = classes.inlineControl;
  span.dataset.tag = inline.tag;
  span.dataset.title = inline.title;
  span.append(...inline.runs.map((run) => runNode(run, classes)));
  return span;
}

function runNode(run: RunView, classes: Classes): Node {
  const span = document.createElement("span");
  span.textContent = run.text;
  if (run.bold) span.style.fontWeight = "bold";
  if (run.italic) span.style.fontStyle = "italic";
  if (run.underline) span.style.textDecoration = "underline";
  if (run.sizePt) span.style.fontSize = `${run.sizePt}pt`;
  if (run.placeholder) span.className = classes.placeholder;
  return span;
}

/** Character offset of a DOM point within a paragraph element. */
function offsetIn(el: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(el, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The DOM point at a character offset within a paragraph element. */
function pointAt(el: HTMLElement, offset: number): { node: Node; offset: number } {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let left = offset;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (left <= node.length) return { node, offset: left };
    left -= node.length;
    last = node;
  }
  return last ? { node: last, offset: last.length } : { node: el, offset: 0 };
}

/** The browser's selection as [start, end] offsets within a paragraph element, when it lies inside it. */
function selectionIn(el: HTMLElement): [number, number] | null {
  const selection = document.getSelection();
  if (!selection?.anchorNode || !selection.focusNode || !el.contains(selection.anchorNode) || !el.contains(selection.focusNode))
    return null;
  const anchor = offsetIn(el, selection.anchorNode, selection.anchorOffset);
  const focus = offsetIn(el, selection.focusNode, selection.focusOffset);
  return anchor <= focus ? [anchor, focus] : [focus, anchor];
}

/** After a change, the caret goes where the document's selection now is (typing moved it, Enter made a paragraph). */
function restoreCaret(el: HTMLElement, doc: SimDocument, index: number) {
  const { start, end } = doc.selectionInfo();
  if (start.paragraph !== index) return;
  const to = end.paragraph === index ? end.offset : start.offset;
  // Already there (in either direction: a selection dragged backwards stays as the drafter drags it).
  const current = selectionIn(el);
  if (current && current[0] === start.offset && current[1] === to) return;
  const anchor = pointAt(el, start.offset);
  const focus = pointAt(el, to);
  document.getSelection()?.setBaseAndExtent(anchor.node, anchor.offset, focus.node, focus.offset);
}

/**
 * Where the pane selects something ("Đến chỗ này", a quoted piece of evidence), the page scrolls to it and marks the
 * selected paragraphs, as Word scrolls to and highlights a selection: otherwise the drafter sees nothing happen.
 */
function useSelectionShown(doc: SimDocument, sheetRef: RefObject<HTMLDivElement>, page: PageView) {
  const last = useRef<string>("");
  useLayoutEffect(() => {
    const sheet = sheetRef.current;
    if (!sheet) return;
    const { start, end, collapsed } = doc.selectionInfo();
    const key = `${start.paragraph}:${start.offset}-${end.paragraph}:${end.offset}`;
    sheet.querySelectorAll("[data-selected]").forEach((el) => el.removeAttribute("data-selected"));
    if (!collapsed && !sheet.contains(document.activeElement)) {
      for (let i = start.paragraph; i <= end.paragraph; i++)
        sheet.querySelector(`[data-paragraph="${i}"]`)?.setAttribute("data-selected", "");
    }
    if (key === last.current) return;
    last.current = key;
    sheet.querySelector(`[data-paragraph="${start.paragraph}"]`)?.scrollIntoView({ block: "nearest" });
  }, [doc, sheetRef, page]);
}

/**
 * When the page does not have the focus (the drafter is in the pane), the browser hides its caret: draw the
 * document's cursor so it is clear where the skeleton will go. After Enter the new paragraph takes the focus.
 */
function useCaret(doc: SimDocument, sheetRef: RefObject<HTMLDivElement>, page: PageView) {
  const [caret, setCaret] = useState<{ left: number; top: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const sheet = sheetRef.current;
    if (!sheet) return;
    const { start } = doc.selectionInfo();
    const el = sheet.querySelector<HTMLElement>(`[data-paragraph="${start.paragraph}"]`);
    if (!el) return setCaret(null);
    if (sheet.contains(document.activeElement) && document.activeElement !== el) {
      el.focus();
      restoreCaret(el, doc, start.paragraph);
    }
    if (sheet.contains(document.activeElement)) return setCaret(null);
    const point = pointAt(el, start.offset);
    const range = document.createRange();
    range.setStart(point.node, point.offset);
    range.collapse(true);
    const rect = range.getClientRects()[0] ?? el.getBoundingClientRect();
    const origin = sheet.getBoundingClientRect();
    setCaret({ left: rect.left - origin.left, top: rect.top - origin.top, height: rect.height || el.getBoundingClientRect().height });
  }, [doc, sheetRef, page]);
  return caret;
}
