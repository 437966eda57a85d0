import { skeletonBodyXml } from "../src/core/skeleton/writer";
import { SimDocument } from "../src/host/sim";
import { defaultProfile } from "../src/profiles";
import { BlockView, documentView, PageView, ParagraphView, paragraphText, textEdit } from "../src/playground/doc-view";
import { FIELDS } from "./helpers/fields";

function pageOf(doc: SimDocument): PageView {
  const order = new Map(doc.paragraphElements().map((p, i) => [p, i]));
  return documentView(doc.body, (p) => order.get(p) ?? -1);
}

function paragraphsOf(blocks: BlockView[]): ParagraphView[] {
  return blocks.flatMap((block) =>
    block.kind === "paragraph"
      ? [block]
      : block.kind === "control"
        ? paragraphsOf(block.blocks)
        : block.rows.flat().flatMap((cell) => paragraphsOf(cell.blocks)),
  );
}

describe("what the playground's page shows", () => {
  test("paragraph layout and run formatting", () => {
    const doc = SimDocument.fromBody(
      '<w:p><w:pPr><w:jc w:val="both"/><w:ind w:left="360" w:firstLine="720"/><w:spacing w:before="240" w:after="120"/></w:pPr>' +
        '<w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr><w:t>Đậm</w:t></w:r><w:r><w:rPr><w:b w:val="0"/><w:i/><w:u w:val="single"/></w:rPr><w:t xml:space="preserve"> nghiêng</w:t><w:tab/><w:br/></w:r></w:p>' +
        '<w:p><w:pPr><w:jc w:val="center"/><w:ind w:hanging="283"/></w:pPr></w:p>',
    );
    const [first, second] = pageOf(doc).blocks as ParagraphView[];
    expect(first).toMatchObject({ index: 0, align: "justify", firstLinePt: 36, leftPt: 18, beforePt: 12, afterPt: 6 });
    expect(first.inlines).toEqual([
      { kind: "run", text: "Đậm", bold: true, italic: false, underline: false, sizePt: 14, placeholder: false },
      { kind: "run", text: " nghiêng\t\n", bold: false, italic: true, underline: true, sizePt: undefined, placeholder: false },
    ]);
    expect(second).toMatchObject({ index: 1, align: "center", firstLinePt: -14.15, inlines: [] });
  });

  test("content controls keep their tag and title; placeholders show as such", () => {
    const doc = SimDocument.fromBody(
      '<w:sdt><w:sdtPr><w:alias w:val="1a. Kết quả"/><w:tag w:val="1a"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>' +
        '<w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>Nêu kết quả…</w:t></w:r></w:p></w:sdtContent></w:sdt>' +
        '<w:p><w:r><w:t xml:space="preserve">Số: </w:t></w:r><w:sdt><w:sdtPr><w:tag w:val="doc.number"/></w:sdtPr><w:sdtContent><w:r><w:t>125</w:t></w:r></w:sdtContent></w:sdt></w:p>',
    );
    const [control, paragraph] = pageOf(doc).blocks;
    expect(control).toMatchObject({ kind: "control", tag: "1a", title: "1a. Kết quả" });
    expect(control.kind === "control" && control.blocks[0]).toMatchObject({ inlines: [{ text: "Nêu kết quả…", placeholder: true }] });
    // A control without a title is labelled by its tag.
    expect(paragraph).toMatchObject({
      inlines: [
        { kind: "run", text: "Số: " },
        { kind: "control", tag: "doc.number", title: "doc.number", runs: [{ text: "125" }] },
      ],
    });
  });

  test("tables, their borders and merged cells", () => {
    const cell = (text: string, extra = "") =>
      `<w:tc><w:tcPr><w:tcW w:w="4680" w:type="dxa"/>${extra}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const doc = SimDocument.fromBody(
      '<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single"/></w:tblBorders></w:tblPr>' +
        `<w:tr>${cell("a")}${cell("b")}</w:tr><w:tr>${cell("c", '<w:gridSpan w:val="2"/>')}</w:tr></w:tbl>` +
        '<w:tbl><w:tblPr><w:tblBorders><w:top w:val="none"/></w:tblBorders></w:tblPr><w:tr>' +
        cell("d") +
        "</w:tr></w:tbl>",
    );
    const [bordered, borderless] = pageOf(doc).blocks;
    expect(bordered).toMatchObject({ kind: "table", bordered: true, rows: [[{ widthPt: 234, span: 1 }, { span: 1 }], [{ span: 2 }]] });
    expect(borderless).toMatchObject({ kind: "table", bordered: false });
    // Cells' paragraphs are numbered with the rest, and the paragraph Word keeps after a last table shows too.
    expect(paragraphsOf(pageOf(doc).blocks).map((p) => p.index)).toEqual([0, 1, 2, 3, 4]);
  });

  test("the page follows the section's size and margins", () => {
    const page = pageOf(
      SimDocument.fromBody(
        '<w:p/><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/></w:sectPr>',
      ),
    );
    expect(page).toMatchObject({ widthPt: 595.3, heightPt: 841.9, margins: { top: 56.7, right: 42.5, bottom: 56.7, left: 85.05 } });
  });

  test("every paragraph of the skeleton is the document's paragraph of the same index, with the same text", () => {
    // A deputy signs, so the signature has both of its title paragraphs.
    const doc = SimDocument.fromBody(skeletonBodyXml(defaultProfile, { ...FIELDS, deputy: true }));
    const shown = paragraphsOf(pageOf(doc).blocks);
    const simulated = doc.paragraphs();
    expect(shown.map((p) => p.index)).toEqual(simulated.map((p) => p.index));
    // The page writes a line break as "\n" where Word's text has "\v"; one character either way.
    expect(shown.map(paragraphText)).toEqual(simulated.map((p) => p.text.replace(/\v/g, "\n")));
  });
});

describe("typing becomes one edit", () => {
  test.each([
    ["abc", "abc", null],
    ["abc", "abXc", { start: 2, end: 2, inserted: "X" }],
    ["abc", "ac", { start: 1, end: 2, inserted: "" }],
    ["abc", "aXYc", { start: 1, end: 2, inserted: "XY" }],
    ["aaa", "aaaa", { start: 3, end: 3, inserted: "a" }],
    ["", "Hà", { start: 0, end: 0, inserted: "Hà" }],
  ])("%j → %j", (before, after, edit) => {
    expect(textEdit(before, after)).toEqual(edit);
  });
});
