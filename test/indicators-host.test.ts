/**
 * The indicator table in the simulated Word, end to end: inserted from the catalogue into section 1a, figures typed
 * into it, "Tính lại" (one read, one write) filling the comparison columns, the check then finding the table meets
 * the comparisons the letter asks for; a cell the drafter filled otherwise is never overwritten without a choice;
 * Word 2016 without the Table API gets the figures but no write.
 */
import { checkReport } from "../src/core/check";
import { recompute } from "../src/core/indicators/recompute";
import { installSimulatedOffice, SimDocument, SimulatedOffice } from "../src/host/sim";
import { CellWrite, createIndicatorHost, WordTable } from "../src/host/word/indicators";
import { createWordHost } from "../src/host/word/word-host";
import { defaultProfile } from "../src/profiles";
import { FIELDS } from "./helpers/fields";

let sim: SimulatedOffice | undefined;
afterEach(() => sim?.uninstall());

const JOBS = defaultProfile.indicators.find((i) => i.id === "jobs");
const POVERTY = defaultProfile.indicators.find((i) => i.id === "poverty-rate");
const ROWS = [JOBS, POVERTY]
  .map((i) => ({ name: i?.name ?? "", unit: i?.unit ?? "" }))
  .concat({ name: "Số hộ được vay vốn giải quyết việc làm", unit: "hộ" });

/** A skeleton with the indicator table in 1a, on WordApi `api`. */
async function reportWithTable(api: string): Promise<SimDocument> {
  const doc = SimDocument.fromBody("<w:p/>");
  sim = installSimulatedOffice(doc, { requirementSets: { WordApi: "1.9" } });
  await createWordHost().insertSkeleton(defaultProfile, FIELDS);
  expect(await createIndicatorHost().insertTable(defaultProfile, "1a", ROWS)).toEqual({ kind: "inserted" });
  sim.uninstall();
  sim = installSimulatedOffice(doc, { requirementSets: { WordApi: api } });
  return doc;
}

/** The indicator table among the document's (the skeleton's header and signature are tables too). */
async function indicatorTable(context: Word.RequestContext): Promise<Word.Table> {
  const tables = context.document.body.tables;
  tables.load("values");
  await context.sync();
  const table = tables.items.find((t) => t.values[0]?.[0] === "Chỉ tiêu");
  if (!table) throw new Error("no indicator table");
  return table;
}

/** Types figures into the indicator table's cells, as the drafter would, through Word's own API. */
async function type(cells: [row: number, cell: number, text: string][]): Promise<void> {
  await Word.run(async (context) => {
    const table = await indicatorTable(context);
    for (const [row, cell, text] of cells) table.getCell(row, cell).value = text;
    await context.sync();
  });
}

const FIGURES: [number, number, string][] = [
  [1, 2, "19.235"],
  [1, 3, "19.000"],
  [1, 4, "19.850"],
  [1, 7, "20.000"],
  [2, 2, "8,5"],
  [2, 3, "7,5"],
  [2, 4, "7,2"],
  [2, 7, "6,5"],
];

async function recomputeAndWrite(choose: (written: string) => boolean = () => false) {
  const host = createIndicatorHost();
  const { doc, tables } = await host.readTables();
  const result = recompute(defaultProfile, doc);
  const writes: CellWrite[] = result.cells
    .filter((c) => c.state === "fill" || (c.state === "differs" && choose(c.written)))
    .map((c) => ({ table: indicatorTableOf(tables as WordTable[]), row: c.row.index, cell: c.cellIndex, text: c.computed.text }));
  await host.writeCells(writes);
  return { result, writes };
}

const indicatorTableOf = (tables: WordTable[]) => tables.find((t) => t.values[0]?.[0] === "Chỉ tiêu") as WordTable;

const firstTable = () => Word.run(async (context) => (await indicatorTable(context)).values);

test("insert, fill, recompute: the comparisons are written in one round trip and the check is satisfied", async () => {
  const doc = await reportWithTable("1.9");
  const before = checkReport(defaultProfile, (await createIndicatorHost().readTables()).doc, undefined);
  expect(before.findings.filter((f) => f.rule === "indicator-incomplete")).toHaveLength(3);
  await type(FIGURES);

  const syncsBefore = sim?.stats.syncs ?? 0;
  const { writes } = await recomputeAndWrite();
  // One sync reads the body and the tables, one writes the cells.
  expect((sim?.stats.syncs ?? 0) - syncsBefore).toBe(2);
  expect(writes.map((w) => w.text)).toEqual(["104,5%", "103,2%", "-0,3 điểm %", "-1,3 điểm %"]);
  const values = await firstTable();
  expect(values[0]).toEqual(["Chỉ tiêu", "ĐVT", "TH 2016", "KH 2017", "TH 2017", "So KH", "So 2016", "KH 2018"]);
  expect(values[1]).toEqual([JOBS?.name, "người", "19.235", "19.000", "19.850", "104,5%", "103,2%", "20.000"]);
  expect(values[2].slice(5, 7)).toEqual(["-0,3 điểm %", "-1,3 điểm %"]);
  // The custom row has no figures: nothing written, and it is reported as incomplete.
  expect(values[3]).toEqual(["Số hộ được vay vốn giải quyết việc làm", "hộ", "", "", "", "", "", ""]);

  const after = checkReport(defaultProfile, (await createIndicatorHost().readTables()).doc, undefined);
  const item = (id: string) => after.checklist.find((i) => i.id === id);
  expect(item("1a.vs-plan")).toMatchObject({ status: "met", evidence: expect.stringContaining("TH 2017 19.850, KH 2017 19.000") });
  expect(item("1a.vs-2016")).toMatchObject({ status: "met", evidence: expect.stringContaining("TH 2016 19.235") });
  expect(item("2a.targets")).toMatchObject({ status: "met", evidence: expect.stringContaining("KH 2018 20.000") });
  expect(after.findings.filter((f) => f.rule.startsWith("indicator-")).map((f) => f.message)).toEqual([
    "Chỉ tiêu «Số hộ được vay vốn giải quyết việc làm» chưa có số liệu ở cột TH 2016, KH 2017, TH 2017, KH 2018.",
  ]);
  // Undo takes the recomputed cells back as one step.
  expect(doc.undo()).toBe(true);
  expect((await firstTable())[1][5]).toBe("");
});

test("a comparison the drafter wrote otherwise is kept unless they choose the computed one", async () => {
  await reportWithTable("1.9");
  await type([...FIGURES, [1, 5, "110,5%"]]);
  const { result, writes } = await recomputeAndWrite();
  expect(result.cells.filter((c) => c.state === "differs").map((c) => [c.written, c.computed.text])).toEqual([["110,5%", "104,5%"]]);
  expect(writes.map((w) => w.text)).not.toContain("104,5%");
  expect((await firstTable())[1][5]).toBe("110,5%");

  await recomputeAndWrite((written) => written === "110,5%");
  expect((await firstTable())[1][5]).toBe("104,5%");
});

test("Word 2016 without the Table API: the figures are worked out, nothing is written", async () => {
  const doc = await reportWithTable("1.1");
  const host = createIndicatorHost();
  const { doc: model, tables } = await host.readTables();
  expect(tables).toBeNull();
  expect(recompute(defaultProfile, model).tables).toHaveLength(1);
  await expect(host.writeCells([])).rejects.toThrow(/1\.3/);
  expect(doc.paragraphs().some((p) => p.text === "104,5%")).toBe(false);
});

test("no section 1a to put the table in: said, and nothing inserted", async () => {
  const doc = SimDocument.fromBody("<w:p><w:r><w:t>Báo cáo gõ tay, chưa có khung.</w:t></w:r></w:p>");
  sim = installSimulatedOffice(doc);
  expect(await createIndicatorHost().insertTable(defaultProfile, "1a", ROWS)).toEqual({ kind: "no-section" });
  expect(doc.paragraphs().map((p) => p.text)).toEqual(["Báo cáo gõ tay, chưa có khung."]);
});
