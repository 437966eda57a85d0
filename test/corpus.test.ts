import * as fs from "fs";
import * as path from "path";
import { DocModel, Paragraph, Table } from "../src/core/model";
import { nodeCodecs } from "../src/cli/node-codecs";
import { DocxError, DocxErrorCode, readDocx } from "../src/host/docx/read";
import { requireShared } from "./helpers/tool";

/** Real-world .docx files from other projects' test suites (../shared/corpus/foreign/README.md). */
const corpus = requireShared("corpus/foreign", process.env.REPORT_DRAFTER_CORPUS) ?? "";
const files =
  corpus !== ""
    ? fs
        .readdirSync(corpus)
        .filter((name) => name.toLowerCase().endsWith(".docx"))
        .sort()
    : [];

/** Files in the corpus that are not Word documents, with the error each must give. Every other file must read. */
const NOT_WORD_DOCUMENTS: Record<string, DocxErrorCode> = {};

const models = new Map<string, DocModel>();
function model(name: string): DocModel {
  let read = models.get(name);
  if (!read) {
    read = readDocx(new Uint8Array(fs.readFileSync(path.join(corpus, name))));
    models.set(name, read);
  }
  return read;
}

const paragraphsOf = (doc: DocModel): Paragraph[] =>
  doc.blocks.flatMap((block) => (block.kind === "paragraph" ? [block] : block.paragraphs));
const tablesOf = (doc: DocModel): Table[] => doc.blocks.filter((block): block is Table => block.kind === "table");
const textOf = (doc: DocModel) =>
  paragraphsOf(doc)
    .map((paragraph) => paragraph.text)
    .join("\n");

/** Structural facts every model must have, whatever the document. */
function expectWellFormed(doc: DocModel): void {
  // JSON-serialisable: nothing lost in a round trip.
  expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  const paragraphs = paragraphsOf(doc);
  expect(paragraphs.map((paragraph) => paragraph.index)).toEqual(paragraphs.map((_, i) => i));
  for (const paragraph of paragraphs) {
    expect(paragraph.text.normalize("NFC")).toBe(paragraph.text);
    expect(new Set(paragraph.tags).size).toBe(paragraph.tags.length);
    if (paragraph.outlineLevel !== undefined) expect(paragraph.outlineLevel).toBeGreaterThanOrEqual(0);
    if (paragraph.outlineLevel !== undefined) expect(paragraph.outlineLevel).toBeLessThan(9);
    expect(paragraph.numberingLevel === undefined).toBe(!paragraph.numbered);
  }
  for (const table of tablesOf(doc)) {
    expect(table.paragraphs.every((paragraph) => paragraph.inTable)).toBe(true);
    const cellText = table.rows.flat().join("\n");
    for (const paragraph of table.paragraphs) expect(cellText).toContain(paragraph.text);
  }
  expect(doc.blocks.filter((block): block is Paragraph => block.kind === "paragraph").every((paragraph) => !paragraph.inTable)).toBe(true);
  expect(doc.trackedChanges.insertions).toBeGreaterThanOrEqual(0);
  expect(doc.trackedChanges.samples.length).toBeLessThanOrEqual(doc.trackedChanges.insertions + doc.trackedChanges.deletions);
}

const whenPresent = (name: string) => (files.includes(name) ? test : test.skip);

(corpus !== "" ? describe : describe.skip)("the foreign corpus", () => {
  test("is there", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  test.each(files)("%s reads into a well-formed model, or gives its DocxError", (name) => {
    const expected = NOT_WORD_DOCUMENTS[name];
    if (expected === undefined) {
      expectWellFormed(model(name));
      return;
    }
    let error: unknown;
    try {
      model(name);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DocxError);
    expect((error as DocxError).code).toBe(expected);
  });

  test.each(files.filter((name) => NOT_WORD_DOCUMENTS[name] === undefined))(
    "%s reads the same from its UTF-8 bytes in place (the command line's way) as decoded first",
    (name) => {
      expect(readDocx(new Uint8Array(fs.readFileSync(path.join(corpus, name))), {}, nodeCodecs)).toEqual(model(name));
    },
  );

  whenPresent("python-docx-tbl-2x2-table.docx")("python-docx-tbl-2x2-table: one table of 2 rows of 2 cells", () => {
    const tables = tablesOf(model("python-docx-tbl-2x2-table.docx"));
    expect(tables).toHaveLength(1);
    expect(tables[0].rows.map((row) => row.length)).toEqual([2, 2]);
  });

  whenPresent("mammoth-tables.docx")("mammoth-tables: cell texts, and paragraphs before and after the table", () => {
    const doc = model("mammoth-tables.docx");
    expect(tablesOf(doc)[0].rows).toEqual([
      ["Top left", "Top right"],
      ["Bottom left", "Bottom right"],
    ]);
    expect(doc.blocks.map((block) => (block.kind === "paragraph" ? block.text : "table"))).toEqual(["Above", "table", "Below"]);
  });

  whenPresent("mammoth-comments.docx")("mammoth-comments: the comments with their authors", () => {
    const { comments } = model("mammoth-comments.docx");
    expect(comments.length).toBe(2);
    for (const comment of comments) {
      expect(comment.author).not.toBe("");
      expect(comment.text).not.toBe("");
    }
  });

  whenPresent("mammoth-strict-format.docx")("mammoth-strict-format: strict-namespace text", () => {
    expect(textOf(model("mammoth-strict-format.docx"))).toBe("Test");
  });

  whenPresent("mammoth-utf8-bom.docx")("mammoth-utf8-bom: parts with a byte-order mark and an absolute target", () => {
    expect(textOf(model("mammoth-utf8-bom.docx"))).toBe("This XML has a byte order mark.");
  });

  whenPresent("mammoth-empty.docx")("mammoth-empty: no text", () => {
    expect(textOf(model("mammoth-empty.docx")).trim()).toBe("");
  });

  whenPresent("mammoth-simple-list.docx")("mammoth-simple-list: bulleted paragraphs", () => {
    const paragraphs = paragraphsOf(model("mammoth-simple-list.docx"));
    expect(paragraphs.map((paragraph) => [paragraph.text, paragraph.numbered, paragraph.numberingFormat])).toEqual([
      ["Apple", true, "bullet"],
      ["Banana", true, "bullet"],
    ]);
  });

  whenPresent("mammoth-text-box.docx")("mammoth-text-box: the text box's paragraph follows its anchor, once", () => {
    expect(paragraphsOf(model("mammoth-text-box.docx")).map((paragraph) => paragraph.text)).toEqual(["", "Datum plane"]);
  });

  whenPresent("python-docx-par-known-styles.docx")("python-docx-par-known-styles: Heading 1 has outline level 0", () => {
    const heading = paragraphsOf(model("python-docx-par-known-styles.docx")).find((paragraph) => paragraph.text === "Heading 1");
    expect(heading).toMatchObject({ style: "Heading1", styleName: "heading 1", outlineLevel: 0 });
  });

  whenPresent("python-docx-par-alignment.docx")("python-docx-par-alignment: alignments", () => {
    const alignments = paragraphsOf(model("python-docx-par-alignment.docx")).map((paragraph) => paragraph.alignment);
    expect(alignments.slice(1)).toEqual(["left", "center", "right", "both"]);
  });

  whenPresent("python-docx-num-having-numbering-part.docx")("python-docx-num-having-numbering-part: numbering through the style", () => {
    expect(paragraphsOf(model("python-docx-num-having-numbering-part.docx"))[0]).toMatchObject({
      numbered: true,
      numberingFormat: "decimal",
    });
  });

  whenPresent("docx4j-hyperlinks.docx")("docx4j-hyperlinks: content-control tags", () => {
    const tags = new Set(paragraphsOf(model("docx4j-hyperlinks.docx")).flatMap((paragraph) => paragraph.tags));
    expect(tags.size).toBeGreaterThan(0);
  });

  whenPresent("docx4j-Docx4j_Russian.docx")("docx4j-Docx4j_Russian: Cyrillic text", () => {
    expect(textOf(model("docx4j-Docx4j_Russian.docx"))).toContain("Введение в docx4j");
  });

  whenPresent("docx4j-Mac_OSX_Fonts.docx")("docx4j-Mac_OSX_Fonts: run fonts, theme defaults resolved", () => {
    const fonts = new Set(paragraphsOf(model("docx4j-Mac_OSX_Fonts.docx")).flatMap((paragraph) => paragraph.fonts));
    expect([...fonts]).toEqual(expect.arrayContaining(["Calibri", "Consolas", "Arial", "Cambria"]));
  });
});
