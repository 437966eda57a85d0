/**
 * Captured Word output (issue 10, part 4): WordprocessingML that Microsoft Word itself wrote, kept as fixtures in
 * test/fixtures/word-output (SOURCES.md says where each comes from and why it is Word's), read by the reader and
 * loaded into the simulated Word, so that the simulator is checked against real Word and not only against itself.
 *
 * Each fixture is a word/document.xml part exactly as Word saved it. For each one:
 * - the reader (readWordprocessingML) must find what the XML really holds: texts, tags, table cells, revisions;
 * - the simulated Word, opened on it, must answer through the Office.js surface what real Word answers;
 * - Body.getOoxml() in the simulated Word, read back with readFlatOpc, must give the same texts, tags and revisions.
 *
 * Where the simulator disagrees with what Word does with this XML, the assertion is written as Word behaves and
 * marked test.failing, with the difference named.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { Block, DocModel, Paragraph, Table } from "../src/core/model";
import { readWordprocessingML } from "../src/core/ooxml/read";
import { SimDocument, SimulatedOffice, installSimulatedOffice } from "../src/host/sim";
import { createWordHost } from "../src/host/word/word-host";

const FIXTURES = path.join(__dirname, "fixtures", "word-output");

/** A fixture's text as Word saved it (a word/document.xml part). */
const fixture = (name: string): string => readFileSync(path.join(FIXTURES, `${name}.document.xml`), "utf8");

/** What the reader makes of a fixture. */
const readFixture = (name: string): DocModel => readWordprocessingML({ document: fixture(name) });

/** Every paragraph in reading order, table cell paragraphs included. */
const allParagraphs = (model: DocModel): Paragraph[] =>
  model.blocks.flatMap((block: Block) => (block.kind === "paragraph" ? [block] : block.paragraphs));

const tables = (model: DocModel): Table[] => model.blocks.filter((block): block is Table => block.kind === "table");

let sim: SimulatedOffice | undefined;

/** Opens the fixture in the simulated Word, as Word opens the document it came from. */
function open(name: string): SimulatedOffice {
  sim = installSimulatedOffice(SimDocument.fromDocumentXml(fixture(name)));
  return sim;
}

afterEach(() => {
  sim?.uninstall();
  sim = undefined;
});

interface OfficeView {
  /** document.contentControls: tag, type and subtype of each, in the collection's order. */
  controls: { tag: string; type: string; subtype: string; text: string }[];
  /** body.paragraphs: text, and the tag of the innermost control around each (null when there is none). */
  paragraphs: { text: string; control: string | null }[];
  /** body.tables: rowCount and values of each. */
  tables: { rowCount: number; values: string[][] }[];
}

/** What an add-in sees of the open document through Office.js, in one sync. */
async function officeView(): Promise<OfficeView> {
  return Word.run(async (context) => {
    const controls = context.document.contentControls;
    controls.load("items/tag,items/type,items/subtype,items/text");
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text,items/parentContentControlOrNullObject/tag");
    const bodyTables = context.document.body.tables;
    bodyTables.load("items/rowCount,items/values");
    await context.sync();
    return {
      controls: controls.items.map((c) => ({ tag: c.tag, type: c.type, subtype: c.subtype, text: c.text })),
      paragraphs: paragraphs.items.map((p) => {
        const control = p.parentContentControlOrNullObject;
        return { text: p.text, control: control.isNullObject ? null : control.tag };
      }),
      tables: bodyTables.items.map((t) => ({ rowCount: t.rowCount, values: t.values })),
    };
  });
}

/** The add-in's own read: Body.getOoxml() in one sync, handed to readFlatOpc. */
const readThroughAddIn = (): Promise<DocModel> => createWordHost().readDocument();

/**
 * What a document says, without the formatting its styles give: Word's getOoxml always carries a styles part (its
 * defaults where the document had none), which the bare document.xml of a fixture does not.
 */
const contentOf = (model: DocModel) => ({
  blocks: model.blocks.map((block) =>
    block.kind === "paragraph"
      ? { text: block.text, tags: block.tags, placeholder: block.placeholder }
      : { rows: block.rows, tags: block.tags, paragraphs: block.paragraphs.map((p) => ({ text: p.text, tags: p.tags })) },
  ),
  trackedChanges: model.trackedChanges,
  comments: model.comments,
});

/* ContentControlsNested.docx: tagged controls around a table, its rows and cells, and of every kind ------------------ */

describe("content-controls-nested (Word 2013: tagged table, row, cell, rich text, plain text and other controls)", () => {
  const NAME = "content-controls-nested";
  const HEADER = ["Lorem ipsum dolor sit amet", "Consectetuer adipiscing elit", "Maecenas porttitor congue massa."];
  /** Tags of the controls in document order (the picture control has none). */
  const TAGS = [
    "MyTable",
    "Latin1",
    "Latin2",
    "Latin3",
    "Row1",
    "Data11",
    "Data12",
    "Data13",
    "Row2",
    "Data21",
    "Data22",
    "Data23",
    "RichTextContentControl",
    "Plain text content control",
    "CheckBoxContentControl",
    "ComboBoxContentControl",
  ];
  const VIDEO = "Video provides a powerful way to help you prove your point.";
  const PROFESSIONAL = "To make your document look professionally produced, Word provides header, footer, cover page, and text box";

  test("the reader finds the table inside its control, the row and cell controls, and every tag", () => {
    const model = readFixture(NAME);
    const [table] = tables(model);
    expect(model.blocks[0]).toBe(table);
    expect(table.tags).toEqual(["MyTable"]);
    // Rows 2 and 3 are each wrapped in a row control (w:sdt around w:tr): they are rows all the same.
    expect(table.rows).toEqual([HEADER, ["100", "200", "300"], ["400", "500", "600"]]);
    expect(table.paragraphs.map((p) => p.tags)).toEqual([
      ["MyTable", "Latin1"],
      ["MyTable", "Latin2"],
      ["MyTable", "Latin3"],
      ["MyTable", "Row1", "Data11"],
      ["MyTable", "Row1", "Data12"],
      ["MyTable", "Row1", "Data13"],
      ["MyTable", "Row2", "Data21"],
      ["MyTable", "Row2", "Data22"],
      ["MyTable", "Row2", "Data23"],
    ]);
    expect(table.paragraphs.every((p) => p.inTable && !p.placeholder)).toBe(true);

    const body = model.blocks.slice(1) as Paragraph[];
    expect(body.map((p) => p.kind)).toEqual(Array(6).fill("paragraph"));
    expect(body[0].text).toBe("");
    expect(body[1].text.startsWith(VIDEO)).toBe(true);
    expect(body[1].tags).toEqual(["RichTextContentControl"]);
    // The plain text control is inline: the paragraph is not in it, the control is in the paragraph.
    expect(body[2].text.startsWith(PROFESSIONAL)).toBe(true);
    expect(body[2].tags).toEqual(["Plain text content control"]);
    // The picture control holds only a drawing: no text, no tag.
    expect(body[3]).toMatchObject({ text: "", tags: [] });
    expect(body[4]).toMatchObject({ text: "☐", tags: ["CheckBoxContentControl"] });
    expect(body[5]).toMatchObject({ text: "Two", tags: ["ComboBoxContentControl"] });
    expect(allParagraphs(model).map((p) => p.index)).toEqual([...Array(15).keys()]);
    expect(
      allParagraphs(model)
        .flatMap((p) => p.tags)
        .filter((t, i, all) => all.indexOf(t) === i),
    ).toEqual(TAGS);
    expect(model.trackedChanges).toEqual({ insertions: 0, deletions: 0, samples: [] });
  });

  test("Office.js lists the controls with their tags, types and subtypes, and each paragraph's innermost control", async () => {
    open(NAME);
    const view = await officeView();
    expect(view.controls.filter((c) => c.tag !== "").map((c) => c.tag)).toEqual(TAGS);
    const byTag = Object.fromEntries(view.controls.map((c) => [c.tag, c]));
    expect(byTag.Latin1).toMatchObject({ type: "RichText", subtype: "RichTextParagraphs", text: HEADER[0] });
    expect(byTag.Row1).toMatchObject({ type: "RichText", subtype: "RichTextTableRow" });
    expect(byTag.Data11).toMatchObject({ type: "PlainText", subtype: "PlainTextParagraph", text: "100" });
    expect(byTag["Plain text content control"]).toMatchObject({
      type: "PlainText",
      subtype: "PlainTextInline",
      text: "make your document look professionally",
    });
    expect(byTag.CheckBoxContentControl).toMatchObject({ type: "CheckBox", text: "☐" });
    expect(byTag.ComboBoxContentControl).toMatchObject({ type: "ComboBox", text: "Two" });
    expect(view.controls.find((c) => c.tag === "")).toMatchObject({ type: "Picture" });

    expect(view.paragraphs.map((p) => p.control)).toEqual([
      "Latin1",
      "Latin2",
      "Latin3",
      "Data11",
      "Data12",
      "Data13",
      "Data21",
      "Data22",
      "Data23",
      null,
      "RichTextContentControl",
      null,
      "",
      "CheckBoxContentControl",
      "ComboBoxContentControl",
    ]);
    expect(view.paragraphs.map((p) => p.text)).toEqual(allParagraphs(readFixture(NAME)).map((p) => p.text));
  });

  // Rows Word keeps inside row controls (w:tbl/w:sdt/w:sdtContent/w:tr) are rows of the table.
  test("Office.js gives the table's three rows, including the two inside row controls", async () => {
    open(NAME);
    const view = await officeView();
    expect(view.tables).toEqual([{ rowCount: 3, values: [HEADER, ["100", "200", "300"], ["400", "500", "600"]] }]);
  });

  // Difference: a control whose content is exactly one table is a "RichTextTable" in Word (ContentControl.subtype);
  // the simulator has no such subtype and calls it "RichTextParagraphs".
  test.failing("Office.js gives the control around the whole table the subtype RichTextTable", async () => {
    open(NAME);
    const view = await officeView();
    expect(view.controls[0]).toMatchObject({ tag: "MyTable", type: "RichText", subtype: "RichTextTable" });
  });

  test("Body.getOoxml() read back gives the model the reader found in Word's XML", async () => {
    open(NAME);
    expect(contentOf(await readThroughAddIn())).toEqual(contentOf(readFixture(NAME)));
  });
});

/* CellLevelContentControl.docx: a control around one table cell, showing its placeholder ---------------------------- */

describe("cell-level-control (Word 2016: an untagged control around a table cell, showing its placeholder)", () => {
  const NAME = "cell-level-control";
  const PLACEHOLDER = "Produktnavn. (cell level Danish)";

  test("the reader keeps the wrapped cell in its row and marks its text as placeholder", () => {
    const model = readFixture(NAME);
    expect(model.blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph", "table", "paragraph", "paragraph"]);
    const [table] = tables(model);
    expect(table.rows).toEqual([
      ["", PLACEHOLDER, "", ""],
      ["", "", "", ""],
    ]);
    expect(table.tags).toEqual([]);
    const cell = table.paragraphs[1];
    expect(cell).toMatchObject({ text: PLACEHOLDER, placeholder: true, inTable: true, tags: [] });
    expect(table.paragraphs.filter((p) => p.placeholder)).toEqual([cell]);
    const texts = allParagraphs(model).map((p) => p.text);
    expect(texts).toHaveLength(12);
    expect(texts[0].startsWith("Video provides a powerful way to help you prove your point.")).toBe(true);
    expect(texts[11].startsWith("Themes and styles also help keep your document coordinated.")).toBe(true);
  });

  test("Office.js lists the cell control, its placeholder text, and the cell paragraph inside it", async () => {
    open(NAME);
    const view = await officeView();
    expect(view.controls).toEqual([{ tag: "", type: "RichText", subtype: "RichTextTableCell", text: PLACEHOLDER }]);
    expect(view.paragraphs.map((p) => p.control)).toEqual([null, null, null, "", null, null, null, null, null, null, null, null]);
    expect(view.paragraphs.map((p) => p.text)).toEqual(allParagraphs(readFixture(NAME)).map((p) => p.text));
  });

  // A cell Word keeps inside a cell control (w:tr/w:sdt/w:sdtContent/w:tc) is a cell of its row.
  test("Office.js gives the wrapped cell its place in Table.values", async () => {
    open(NAME);
    const view = await officeView();
    expect(view.tables).toEqual([
      {
        rowCount: 2,
        values: [
          ["", PLACEHOLDER, "", ""],
          ["", "", "", ""],
        ],
      },
    ]);
  });

  test("Body.getOoxml() read back gives the model the reader found in Word's XML", async () => {
    open(NAME);
    expect(contentOf(await readThroughAddIn())).toEqual(contentOf(readFixture(NAME)));
  });
});

/* RP004-Deleted-Text-in-CC.docx: a tracked deletion inside a tagged plain text control ----------------------------- */

describe("deleted-text-in-control (Word 2016: a tracked deletion inside an inline tagged control)", () => {
  const NAME = "deleted-text-in-control";

  test("the reader leaves the deleted word out, counts the deletion and keeps the control's tag", () => {
    const model = readFixture(NAME);
    expect(model.blocks).toHaveLength(1);
    const [paragraph] = model.blocks as Paragraph[];
    expect(paragraph.text.startsWith("Video a powerful way to help you prove your point. When you click Online Video")).toBe(true);
    expect(paragraph.text).not.toContain("provides");
    expect(paragraph.tags).toEqual(["Test"]);
    expect(model.trackedChanges).toEqual({ insertions: 0, deletions: 1, samples: ["-provides"] });
  });

  test("Office.js finds the tagged plain text control", async () => {
    open(NAME);
    const view = await officeView();
    // Only the control is asserted: whether Word's Range.text includes tracked-deleted text depends on how markup
    // is shown, and no public capture settles it.
    expect(view.controls.map(({ tag, type, subtype }) => ({ tag, type, subtype }))).toEqual([
      { tag: "Test", type: "PlainText", subtype: "PlainTextInline" },
    ]);
    expect(view.paragraphs.map((p) => p.control)).toEqual([null]);
  });

  test("Body.getOoxml() read back keeps the revision and the tag", async () => {
    open(NAME);
    expect(contentOf(await readThroughAddIn())).toEqual(contentOf(readFixture(NAME)));
  });
});

/* RP047-Inserted-and-Deleted-Paragraph-Mark.docx: inserted and deleted runs and paragraph marks, then a table ------- */

describe("tracked-paragraph-marks (Word 2016: two authors' insertions and deletions of runs and paragraph marks)", () => {
  const NAME = "tracked-paragraph-marks";

  test("the reader counts each revision, keeps inserted text and leaves deleted text out", () => {
    const model = readFixture(NAME);
    expect(model.blocks.map((b) => b.kind)).toEqual([
      "paragraph",
      "paragraph",
      "paragraph",
      "paragraph",
      "paragraph",
      "table",
      "paragraph",
    ]);
    const texts = (model.blocks.filter((b) => b.kind === "paragraph") as Paragraph[]).map((p) => p.text);
    expect(texts).toEqual([
      "Video provides a powerful way to help you prove your point.",
      "When you click Online Video, you can paste in the embed code for the video you want to add.",
      "You can also type a keyword to search online for the video that best fits your document.",
      // "This is added." was inserted by one author; "ed." of it deleted by another.
      "This is add",
      // "This is also added" was inserted, then deleted whole.
      "",
      "",
    ]);
    expect(tables(model)[0].rows).toEqual([
      ["1", "2", "3"],
      ["4", "5", "6"],
      ["7", "8", "9"],
    ]);
    // Insertions: two paragraph marks, two runs (w:ins ids 0, 1, 3, 5); deletions: a paragraph mark, two runs (2, 4, 6).
    expect(model.trackedChanges.insertions).toBe(4);
    expect(model.trackedChanges.deletions).toBe(3);
    expect(model.trackedChanges.samples).toEqual(expect.arrayContaining(["+This is add", "-ed.", "-This is also added"]));
    expect(allParagraphs(model).some((p) => p.text.includes("ed.") || p.text.includes("also added"))).toBe(false);
  });

  // Reader, not simulator: DocModel.Paragraph.text is the text "as it reads with revisions accepted", but the fourth
  // paragraph's mark is a tracked deletion (w:pPr/w:rPr/w:del, id 2), so once accepted Word joins "This is add" with
  // the next paragraph (left empty): one paragraph "This is add" where the reader keeps two ("This is add", "").
  test.failing("the reader joins the paragraph whose mark was deleted with the next one, as accepting does", () => {
    const texts = allParagraphs(readFixture(NAME)).map((p) => p.text);
    expect(texts.slice(2, 5)).toEqual([
      "You can also type a keyword to search online for the video that best fits your document.",
      "This is add",
      "1",
    ]);
  });

  test("Office.js gives the paragraphs and the table of Word's XML", async () => {
    open(NAME);
    const view = await officeView();
    expect(view.controls).toEqual([]);
    expect(view.tables).toEqual([
      {
        rowCount: 3,
        values: [
          ["1", "2", "3"],
          ["4", "5", "6"],
          ["7", "8", "9"],
        ],
      },
    ]);
    // Every paragraph still in the document, the one whose mark is a tracked deletion included.
    expect(view.paragraphs).toHaveLength(15);
    expect(view.paragraphs.map((p) => p.text)).toEqual(allParagraphs(readFixture(NAME)).map((p) => p.text));
  });

  test("Body.getOoxml() read back keeps every revision", async () => {
    open(NAME);
    expect(contentOf(await readThroughAddIn())).toEqual(contentOf(readFixture(NAME)));
  });
});

/* 006-DeletedTableRow.docx: a table row deleted with Track Changes on ------------------------------------------------- */

describe("tracked-deleted-row (Word 2016: a table row deleted with Track Changes on)", () => {
  const NAME = "tracked-deleted-row";

  test("the reader counts the row, its two paragraph marks and its two runs as deletions and drops their text", () => {
    const model = readFixture(NAME);
    const [table] = tables(model);
    expect(table.rows[0]).toEqual(["111", "222"]);
    expect(table.rows[1]).toEqual(["333", "444"]);
    expect(table.rows[table.rows.length - 1]).toEqual(["777", "888"]);
    expect(table.rows.flat().join("")).not.toMatch(/555|666/);
    expect(model.trackedChanges).toEqual({ insertions: 0, deletions: 5, samples: ["-555", "-666"] });
  });

  // Reader, not simulator: with revisions accepted the deleted row is gone, as DocModel's texts are meant to read; the
  // reader keeps it as a row of empty cells (["", ""]) between "333/444" and "777/888".
  test.failing("the reader leaves the deleted row out of Table.rows, as accepting does", () => {
    expect(tables(readFixture(NAME))[0].rows).toEqual([
      ["111", "222"],
      ["333", "444"],
      ["777", "888"],
    ]);
  });

  test("Office.js still counts the deleted row, which stays in the document until the revision is accepted", async () => {
    open(NAME);
    const view = await officeView();
    expect(view.tables.map((t) => t.rowCount)).toEqual([4]);
    expect(view.tables[0].values[0]).toEqual(["111", "222"]);
    expect(view.tables[0].values[3]).toEqual(["777", "888"]);
    expect(view.paragraphs).toHaveLength(9);
  });

  test("Body.getOoxml() read back keeps the deleted row's revisions", async () => {
    open(NAME);
    expect(contentOf(await readThroughAddIn())).toEqual(contentOf(readFixture(NAME)));
  });
});

/* The fixtures are what Word wrote ------------------------------------------------------------------------------------ */

describe("the fixtures", () => {
  test.each(["content-controls-nested", "cell-level-control", "deleted-text-in-control", "tracked-paragraph-marks", "tracked-deleted-row"])(
    "%s carries Word's own marks (rsids, declaration as Word writes it)",
    (name) => {
      const xml = fixture(name);
      expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document ')).toBe(true);
      expect(xml).toMatch(/ w:rsidR="[0-9A-F]{8}"/);
      expect(xml).toMatch(/ mc:Ignorable="w14 [^"]*wp14"/);
    },
  );
});
