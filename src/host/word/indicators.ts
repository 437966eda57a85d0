import { DocModel } from "../../core/model";
import { flatOpc } from "../../core/ooxml/package";
import { indicatorTableXml, TableRowChoice } from "../../core/indicators/writer";
import { fold } from "../../core/text";
import { ReportProfile, sectionsOf } from "../../profiles/schema";
import { errorDetail } from "../error-detail";
import { codeOf, reader, supports } from "./common";

/** A table of the document as Word holds it, tracked between the read and the write of "Tính lại". */
export interface WordTable {
  values: string[][];
  /** The Office.js proxy, for the write; opaque to the pane. */
  handle: unknown;
}

/** One cell "Tính lại" writes: the table, the row and cell as Table.values counts them, and the text. */
export interface CellWrite {
  table: WordTable;
  row: number;
  cell: number;
  text: string;
}

export type TableInsertOutcome =
  | { kind: "inserted" }
  /** Section 1a is not in the document as a content control: insert the skeleton first, or place the table by hand. */
  | { kind: "no-section" }
  | { kind: "failed"; detail: string };

/** What the Số liệu view asks of Word. */
export interface IndicatorHost {
  /** Puts the indicator table at the end of the section's content control. */
  insertTable(profile: ReportProfile, sectionTag: string, rows: readonly TableRowChoice[]): Promise<TableInsertOutcome>;
  /**
   * The document and its tables in one round trip. `tables` is null on Word without the Table API (WordApi 1.3):
   * there the figures are computed but cannot be written into the document.
   */
  readTables(): Promise<{ doc: DocModel; tables: WordTable[] | null }>;
  /** Writes the cells in one round trip, then lets go of the tables. */
  writeCells(writes: readonly CellWrite[]): Promise<void>;
  /** Lets go of the tables without writing (the drafter closed the results). */
  release(tables: readonly WordTable[]): Promise<void>;
}

export function createIndicatorHost(): IndicatorHost {
  return { insertTable, readTables: () => (supports("1.3") ? readTables() : readWithoutTables()), writeCells, release };
}

async function insertTable(profile: ReportProfile, sectionTag: string, rows: readonly TableRowChoice[]): Promise<TableInsertOutcome> {
  try {
    return await Word.run(async (context) => {
      const controls = context.document.body.contentControls.getByTag(sectionTag);
      controls.load("items/text");
      await context.sync();
      const section = controls.items[0];
      if (!section) return { kind: "no-section" } as const;
      // A section still showing only the skeleton's guidance (its placeholder) takes the table in its place, as typing
      // would; one the drafter has written in keeps every word, and the table goes after them. Word.run's closing sync
      // carries the insertion.
      const where = onlyGuidance(profile, sectionTag, section.text) ? "Replace" : "End";
      section.insertOoxml(flatOpc(profile, indicatorTableXml(profile, rows)), where);
      return { kind: "inserted" } as const;
    });
  } catch (error) {
    return { kind: "failed", detail: errorDetail(error) };
  }
}

const bare = (text: string) => fold(text).replace(/[^a-z0-9]+/g, "");

/** Whether a section's text is its guidance and nothing else (the placeholder the skeleton put there). */
function onlyGuidance(profile: ReportProfile, tag: string, text: string): boolean {
  const section = sectionsOf(profile).find((s) => s.id === tag);
  return bare(text) === "" || (section !== undefined && bare(text) === bare(section.guidance.join(" ")));
}

async function readWithoutTables(): Promise<{ doc: DocModel; tables: null }> {
  const { readFlatOpc } = await reader();
  return Word.run(async (context) => {
    const ooxml = context.document.body.getOoxml();
    await context.sync();
    return { doc: readFlatOpc(ooxml.value), tables: null };
  });
}

/** The body and every table's values in one sync; the tables stay tracked for the write that follows. */
async function readTables(): Promise<{ doc: DocModel; tables: WordTable[] }> {
  const { readFlatOpc } = await reader();
  return Word.run(async (context) => {
    const ooxml = context.document.body.getOoxml();
    const tables = context.document.body.tables;
    tables.load("values");
    await context.sync();
    for (const table of tables.items) context.trackedObjects.add(table);
    return { doc: readFlatOpc(ooxml.value), tables: tables.items.map((table) => ({ values: table.values, handle: table })) };
  });
}

async function writeCells(writes: readonly CellWrite[]): Promise<void> {
  // Tables come only from readTables, which reads them on WordApi 1.3 alone.
  if (!supports("1.3")) throw new Error("Word.Table needs WordApi 1.3");
  if (writes.length === 0) return;
  const tables = [...new Set(writes.map((w) => w.table))];
  await Word.run(tables[0].handle as Word.Table, async (context) => {
    for (const write of writes) (write.table.handle as Word.Table).getCell(write.row, write.cell).value = write.text;
    for (const table of tables) (table.handle as Word.Table).untrack();
    await context.sync();
  });
}

async function release(tables: readonly WordTable[]): Promise<void> {
  if (!supports("1.3")) return;
  if (tables.length === 0) return;
  try {
    await Word.run(tables[0].handle as Word.Table, async (context) => {
      for (const table of tables) (table.handle as Word.Table).untrack();
      await context.sync();
    });
  } catch (error) {
    // A table the drafter deleted meanwhile cannot be let go of, and needs not be.
    if (codeOf(error) !== "ItemNotFound") throw error;
  }
}
