/**
 * Tables in the simulated Word: Table.getCell / getCellOrNullObject, TableCell (value, rowIndex, cellIndex),
 * Table.getNext / getNextOrNullObject, a tracked Table used again in Word.run(table, batch), undo and change events.
 * Sources: the Word.Table and Word.TableCell references (learn.microsoft.com/javascript/api/word/word.table,
 * word.tablecell), as @types/office-js repeats them; see SimTable and SimTableCell in src/host/sim/word-api.ts.
 */
import { XmlElement, childElements, firstChild } from "../src/core/ooxml/xml";
import { SimChange, SimDocument, SimulatedOffice, installSimulatedOffice } from "../src/host/sim";
import { rejection, thrown } from "./helpers/office-errors";

/* Small WordprocessingML written by hand --------------------------------------------------------------------- */

function run(text: string, rPr = ""): string {
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
}

function para(content: string, pPr = ""): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${content}</w:p>`;
}

const p = (text: string): string => para(text ? run(text) : "");
const tc = (...blocks: string[]): string => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${blocks.join("")}</w:tc>`;
const tr = (...cells: string[]): string => `<w:tr>${cells.join("")}</w:tr>`;
const tbl = (...rows: string[]): string =>
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>${rows.join("")}</w:tbl>`;
/** A row whose one cell spans both grid columns: it has one w:tc. */
const mergedRow = (text: string): string =>
  `<w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/><w:gridSpan w:val="2"/></w:tcPr>${p(text)}</w:tc></w:tr>`;
const sdt = (tag: string, content: string): string =>
  `<w:sdt><w:sdtPr><w:tag w:val="${tag}"/><w:id w:val="7"/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;

/** A 3-row table: two plain rows, then a merged one. */
const SIMPLE = tbl(tr(tc(p("A1")), tc(p("B1"))), tr(tc(p("A2")), tc(p("B2"))), mergedRow("Gộp"));

/** The w:tc elements of the body's first table, row by row. */
function cellsOf(doc: SimDocument): XmlElement[][] {
  const table = firstChild(doc.body, "w:tbl") as XmlElement;
  return childElements(table, "w:tr").map((row) => childElements(row, "w:tc"));
}

/** Whether track() (or context.trackedObjects.add) holds a proxy: the simulator's record of it. */
const tracked = (object: OfficeExtension.ClientObject): boolean => (object as unknown as { isTracked: boolean }).isTracked;

const values = (doc: SimDocument): string[][] => doc.tableTexts(firstChild(doc.body, "w:tbl") as XmlElement);

let sim: SimulatedOffice | undefined;

function install(doc: SimDocument, options?: Parameters<typeof installSimulatedOffice>[1]): SimulatedOffice {
  sim = installSimulatedOffice(doc, options);
  return sim;
}

afterEach(() => {
  sim?.uninstall();
  sim = undefined;
});

/* Reading ---------------------------------------------------------------------------------------------------- */

describe("Table.getCell and TableCell (WordApi 1.3)", () => {
  it("reads a cell's value, rowIndex and cellIndex, counting cells as written in the row, as Table.values does", async () => {
    const doc = SimDocument.fromBody(tbl(tr(tc(p("A1")), tc(p("Dòng 1"), p("Dòng 2"))), mergedRow("Gộp")) + p("sau"));
    install(doc);
    await Word.run(async (context) => {
      const table = context.document.body.tables.getFirst().load("values,rowCount");
      const twoParagraphs = table.getCell(0, 1).load("value,rowIndex,cellIndex");
      const merged = table.getCell(1, 0).load();
      await context.sync();
      expect(table.values).toEqual([["A1", "Dòng 1\rDòng 2"], ["Gộp"]]);
      expect(table.rowCount).toBe(2);
      expect([twoParagraphs.value, twoParagraphs.rowIndex, twoParagraphs.cellIndex]).toEqual(["Dòng 1\rDòng 2", 0, 1]);
      expect([merged.value, merged.rowIndex, merged.cellIndex]).toEqual(["Gộp", 1, 0]);
      // Not loaded, not readable: the usual PropertyNotLoaded.
      expect(thrown(() => table.getCell(0, 0).value).code).toBe("PropertyNotLoaded");
    });
  });

  it("fails the sync with ItemNotFound for a cell that does not exist, at the sync and not at the call", async () => {
    // Word.Table.getCell: "Throws an `ItemNotFound` error if the specified table cell doesn't exist."
    const doc = SimDocument.fromBody(SIMPLE);
    install(doc);
    const writeMissing = (row: number, cell: number): Promise<unknown> =>
      Word.run(async (context) => {
        const table = context.document.body.tables.getFirst();
        const missing = table.getCell(row, cell); // no throw here
        missing.value = "x";
        await context.sync();
      });
    for (const [row, cell] of [
      [3, 0], // no fourth row
      [2, 1], // the merged row has one cell
      [-1, 0],
    ]) {
      const error = await rejection(writeMissing(row, cell));
      expect([error.code, error.debugInfo.errorLocation]).toEqual(["ItemNotFound", "Table.getCell"]);
    }
    expect(values(doc)).toEqual([["A1", "B1"], ["A2", "B2"], ["Gộp"]]);
    // getCellOrNullObject gives a null object instead.
    await Word.run(async (context) => {
      const none = context.document.body.tables.getFirst().getCellOrNullObject(2, 1);
      await context.sync();
      expect(none.isNullObject).toBe(true);
    });
  });

  it("simulating Word 2016 (WordApi 1.1), refuses getCell, getCellOrNullObject and getNext at once with ApiNotFound", async () => {
    const doc = SimDocument.fromBody(SIMPLE);
    install(doc, { requirementSets: { WordApi: "1.1" } });
    await Word.run(async (context) => {
      // On 1.1 no member hands out a Table (Body.tables and parentTable are 1.3 themselves), so the proxy is made
      // with the simulated class, as a table kept from elsewhere would be.
      expect(thrown(() => context.document.body.tables).code).toBe("ApiNotFound");
      const TableClass = Word.Table as unknown as new (context: Word.RequestContext, resolve: () => XmlElement) => Word.Table;
      const table = new TableClass(context, () => firstChild(doc.body, "w:tbl") as XmlElement);
      const newer: [string, () => unknown][] = [
        ["Table.getCell", () => table.getCell(0, 0)],
        ["Table.getCellOrNullObject", () => table.getCellOrNullObject(0, 0)],
        ["Table.getNext", () => table.getNext()],
        ["Table.getNextOrNullObject", () => table.getNextOrNullObject()],
      ];
      for (const [api, call] of newer) {
        const error = thrown(call);
        expect([error.code, error.message]).toEqual(["ApiNotFound", expect.stringContaining(api)]);
      }
      await context.sync();
    });
  });
});

/* Writing ---------------------------------------------------------------------------------------------------- */

describe("TableCell.value = …", () => {
  it("writes several cells in one sync", async () => {
    const doc = SimDocument.fromBody(SIMPLE);
    const office = install(doc);
    const before = { ...office.stats };
    await Word.run(async (context) => {
      const table = context.document.body.tables.getFirst();
      table.getCell(0, 0).value = "Một";
      table.getCell(1, 1).value = "Bốn";
      table.getCell(2, 0).value = "Năm";
      expect(values(doc)).toEqual([["A1", "B1"], ["A2", "B2"], ["Gộp"]]); // queued, not yet run
      await context.sync();
    });
    expect(values(doc)).toEqual([["Một", "B1"], ["A2", "Bốn"], ["Năm"]]);
    expect(office.stats.syncs - before.syncs).toBe(1);
    expect(office.stats.roundTrips - before.roundTrips).toBe(1);
  });

  it("keeps the cell's first paragraph with its properties and the first run's properties", async () => {
    const rPr = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:b/><w:sz w:val="28"/>';
    const pPr = '<w:pStyle w:val="Heading2"/><w:jc w:val="center"/>';
    const cell = tc(para(run("Cũ", rPr) + run(" thường"), pPr), p("Đoạn hai"), p("Đoạn ba"));
    const doc = SimDocument.fromBody(tbl(tr(cell, tc(p("B1")))));
    const keptParagraph = childElements(cellsOf(doc)[0][0], "w:p")[0];
    install(doc);
    await Word.run(async (context) => {
      context.document.body.tables.getFirst().getCell(0, 0).value = "Mới";
      await context.sync();
      const paragraphs = context.document.body.paragraphs.load("items/text,items/alignment,items/style");
      await context.sync();
      expect(paragraphs.items.map((x) => [x.text, x.alignment])).toEqual([
        ["Mới", "Centered"],
        ["B1", "Left"],
        ["", "Left"],
      ]);
    });
    const [written] = cellsOf(doc)[0];
    expect(firstChild(written, "w:tcPr")).toBeDefined();
    const paragraphs = childElements(written, "w:p");
    expect(paragraphs).toHaveLength(1); // the cell with three paragraphs now has one
    expect(paragraphs[0]).toBe(keptParagraph); // the same paragraph, kept
    const paragraphProps = firstChild(paragraphs[0], "w:pPr") as XmlElement;
    expect(firstChild(paragraphProps, "w:jc")?.attrs["w:val"]).toBe("center");
    expect(firstChild(paragraphProps, "w:pStyle")?.attrs["w:val"]).toBe("Heading2");
    const runs = childElements(paragraphs[0], "w:r");
    expect(runs).toHaveLength(1);
    const runProps = firstChild(runs[0], "w:rPr") as XmlElement;
    expect(childElements(runProps).map((c) => c.name)).toEqual(["w:rFonts", "w:b", "w:sz"]);
    expect(firstChild(runProps, "w:sz")?.attrs["w:val"]).toBe("28");
    expect(firstChild(runs[0], "w:t")?.children).toEqual(["Mới"]);
  });

  it("turns a cell of two paragraphs into one, and '' into one empty paragraph that keeps its properties", async () => {
    const twoParagraphs = tc(para(run("Một", "<w:i/>"), '<w:jc w:val="right"/>'), p("Hai"));
    const doc = SimDocument.fromBody(tbl(tr(twoParagraphs, tc(p("Xoá"), p("nữa")))));
    install(doc);
    await Word.run(async (context) => {
      const table = context.document.body.tables.getFirst();
      table.getCell(0, 0).value = "Chỉ một";
      table.getCell(0, 1).value = "";
      await context.sync();
      const cells = [table.getCell(0, 0).load("value"), table.getCell(0, 1).load("value")];
      await context.sync();
      expect(cells.map((c) => c.value)).toEqual(["Chỉ một", ""]);
    });
    const [first, second] = cellsOf(doc)[0];
    expect(childElements(first, "w:p")).toHaveLength(1);
    expect(childElements(second, "w:p")).toHaveLength(1);
    expect(childElements(childElements(second, "w:p")[0], "w:r")).toHaveLength(0);
    expect(doc.paragraphs().map((x) => x.text)).toEqual(["Chỉ một", "", ""]);
    const [empty] = childElements(first, "w:p");
    expect(firstChild(firstChild(empty, "w:pPr") as XmlElement, "w:jc")?.attrs["w:val"]).toBe("right");
  });

  it("formats the text of an empty cell like its paragraph mark, and leaves a locked control's cells alone", async () => {
    const markOnly = para("", '<w:jc w:val="center"/><w:rPr><w:ins w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z"/><w:b/></w:rPr>');
    const doc = SimDocument.fromBody(tbl(tr(tc(markOnly), tc(p("B1")))) + sdt("khoá", tbl(tr(tc(p("Khoá"))))));
    const locked = doc.body.children.find((c): c is XmlElement => typeof c !== "string" && c.name === "w:sdt") as XmlElement;
    (firstChild(locked, "w:sdtPr") as XmlElement).children.push({ name: "w:lock", attrs: { "w:val": "contentLocked" }, children: [] });
    install(doc);
    await Word.run(async (context) => {
      context.document.body.tables.getFirst().getCell(0, 0).value = "Đậm";
      await context.sync();
    });
    const [written] = cellsOf(doc)[0];
    const [runElement] = childElements(childElements(written, "w:p")[0], "w:r");
    // The mark's bold, not its revision: a run's properties have no w:ins.
    expect(childElements(firstChild(runElement, "w:rPr") as XmlElement).map((c) => c.name)).toEqual(["w:b"]);
    const error = await rejection(
      Word.run(async (context) => {
        context.document.body.tables.getFirst().getNext().getCell(0, 0).value = "x";
        await context.sync();
      }),
    );
    expect(error.code).toBe("AccessDenied");
    expect(doc.paragraphs().map((x) => x.text)).toEqual(["Đậm", "B1", "Khoá"]);
  });

  it("is an add-in edit: refused in a read-only document, reported as an API change, taken back by undo", async () => {
    const readOnly = SimDocument.fromBody(SIMPLE);
    install(readOnly, { readOnly: true });
    const refused = await rejection(
      Word.run(async (context) => {
        context.document.body.tables.getFirst().getCell(0, 0).value = "x";
        await context.sync();
      }),
    );
    expect(refused.code).toBe("AccessDenied");
    sim?.uninstall();

    const doc = SimDocument.fromBody(SIMPLE);
    install(doc);
    const changes: SimChange[] = [];
    doc.onChange((change) => changes.push(change));
    await Word.run(async (context) => {
      const table = context.document.body.tables.getFirst();
      table.getCell(0, 0).value = "Một";
      table.getCell(0, 1).value = "Hai";
      await context.sync();
    });
    expect(changes.filter((c) => c.kind === "content")).toEqual([
      { kind: "content", source: "api", controls: [] },
      { kind: "content", source: "api", controls: [] },
    ]);
    expect(values(doc)[0]).toEqual(["Một", "Hai"]);
    expect(doc.undo()).toBe(true); // both writes of the Word.run, in one step
    expect(values(doc)).toEqual([["A1", "B1"], ["A2", "B2"], ["Gộp"]]);
    expect(doc.undo()).toBe(false);
  });
});

/* Tracked tables --------------------------------------------------------------------------------------------- */

describe("a tracked Table in a later Word.run(table, batch)", () => {
  it("writes its cells with one sync, each Word.run one undo step, and untrack() lets it go", async () => {
    // Word.run(object, batch): "using the RequestContext of a previously created API object … any changes applied
    // to the object will be picked up by `context.sync()`"; track() is "shorthand for context.trackedObjects.add".
    const doc = SimDocument.fromBody(p("trước") + SIMPLE);
    const office = install(doc);
    const table = await Word.run(async (context) => {
      const first = context.document.body.tables.getFirst().load("rowCount");
      context.trackedObjects.add(first);
      first.getCell(0, 0).value = "Lần 1";
      await context.sync();
      return first;
    });
    expect(tracked(table)).toBe(true);
    expect(values(doc)[0]).toEqual(["Lần 1", "B1"]);

    const before = { ...office.stats };
    await Word.run(table, async (context) => {
      expect(context).toBe(table.context);
      table.getCell(0, 1).value = "Lần 2";
      table.getCell(1, 0).value = "Lần 2 nữa";
      table.getCell(2, 0).value = "Lần 2 gộp";
      await context.sync();
    });
    expect(office.stats.syncs - before.syncs).toBe(1);
    expect(office.stats.roundTrips - before.roundTrips).toBe(1);
    expect(values(doc)).toEqual([["Lần 1", "Lần 2"], ["Lần 2 nữa", "B2"], ["Lần 2 gộp"]]);

    expect(table.untrack()).toBe(table);
    expect(tracked(table)).toBe(false);

    // The second Word.run reused the first one's context, yet Ctrl+Z takes back one Word.run at a time.
    expect(doc.undo()).toBe(true);
    expect(values(doc)).toEqual([["Lần 1", "B1"], ["A2", "B2"], ["Gộp"]]);
    expect(doc.undo()).toBe(true);
    expect(values(doc)).toEqual([["A1", "B1"], ["A2", "B2"], ["Gộp"]]);
  });
});

/* getNext ---------------------------------------------------------------------------------------------------- */

describe("Table.getNext and getNextOrNullObject (WordApi 1.3)", () => {
  const one = (text: string): string => tbl(tr(tc(p(text))));
  const nesting = tbl(tr(tc(p("C"), one("N1"), p("giữa"), one("N2"), p("")), tc(p("C2"))));
  const body = one("A") + p("x") + sdt("khối", one("B")) + nesting + p("cuối");

  it("goes through the tables in the order Body.tables lists them, and stops after the last", async () => {
    install(SimDocument.fromBody(body));
    await Word.run(async (context) => {
      const tables = context.document.body.tables.load("items/values");
      const first = context.document.body.tables.getFirst();
      const second = first.getNext().load("values");
      const third = second.getNext().load("values");
      const none = third.getNextOrNullObject();
      await context.sync();
      // A cell's first paragraph: C's first cell goes on with its nested tables' paragraphs.
      const firstText = (table: Word.Table): string => table.values[0][0].split("\r")[0];
      expect(tables.items.map(firstText)).toEqual(["A", "B", "C"]);
      expect([second, third].map(firstText)).toEqual(["B", "C"]);
      expect(none.isNullObject).toBe(true);
      third.getNext();
      const error = await rejection(context.sync());
      expect([error.code, error.debugInfo.errorLocation]).toEqual(["ItemNotFound", "Table.getNext"]);
    });
  });

  it("from a table nested in a cell, goes to the next table of that cell only", async () => {
    install(SimDocument.fromBody(body));
    await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/text");
      await context.sync();
      const inner = (paragraphs.items.find((x) => x.text === "N1") as Word.Paragraph).parentTable;
      const next = inner.getNext().load("values,nestingLevel");
      const after = next.getNextOrNullObject();
      await context.sync();
      expect([next.values, next.nestingLevel]).toEqual([[["N2"]], 2]);
      expect(after.isNullObject).toBe(true);
    });
  });
});
