/**
 * The add-in's settings travel in the .docx the way Word keeps them: ticks and waivers saved with
 * Office.context.document.settings in the simulated Word, downloaded from the playground as a .docx, are read by
 * the installed command line and by Word opening the file again.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { unzipSync } from "fflate";
import { tmpdir } from "os";
import * as path from "path";
import { CHECKLIST_SETTING } from "../src/core/checklist-store";
import { installSimulatedOffice, SimDocument, SimulatedOffice } from "../src/host/sim";
import { createWordHost } from "../src/host/word/word-host";
import { simulatedDocx } from "../src/playground/download";
import { defaultProfile } from "../src/profiles";
import { FIELDS as fields } from "./helpers/fields";

const WAIVER = "Đã có trong kế hoạch riêng";
const checklist = {
  profile: defaultProfile.id,
  items: {
    "1b.assessment": { state: "met", at: "2017-12-15T08:00:00.000Z" },
    "2a.feasible": { state: "waived", reason: WAIVER, at: "2017-12-15T08:01:00.000Z" },
  },
};

interface ChecklistEntry {
  id: string;
  status: string;
  reason?: string;
}

let dir = "";
let sim: SimulatedOffice | undefined;
beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), "rd-settings-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => sim?.uninstall());

/** A document with the skeleton inserted by the add-in and section 1b typed in, in the simulated Word. */
async function draftedReport(): Promise<SimDocument> {
  const doc = SimDocument.fromBody("<w:p/>");
  doc.placeCursor(0, "end");
  sim = installSimulatedOffice(doc);
  expect((await createWordHost().insertSkeleton(defaultProfile, fields)).kind).toBe("inserted");
  doc.typeText(
    { tag: "1b" },
    "Triển khai Nghị định 61/2015/NĐ-CP và chính sách hỗ trợ việc làm; Chương trình mục tiêu giáo dục nghề nghiệp đạt kết quả.",
  );
  return doc;
}

/** What the add-in does to keep a value: set it, then save the settings into the document. */
async function saveSetting(name: string, value: unknown): Promise<void> {
  const settings = Office.context.document.settings;
  settings.set(name, value);
  const result = await new Promise<Office.AsyncResult<void>>((resolve) => settings.saveAsync(resolve));
  expect(result.status).toBe("succeeded");
}

/** The checklist `report-drafter check --format json` prints for the .docx, run as the installed command. */
function commandLineChecklist(bytes: Uint8Array, name: string): ChecklistEntry[] {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  const bin = path.resolve(__dirname, "../bin/report-drafter.js");
  const run = spawnSync(process.execPath, [bin, "check", file, "--format", "json"], { encoding: "utf8" });
  expect(run.stderr).toBe("");
  // 1: checked and not ready (most sections are still empty); 2 would mean the file could not be read.
  expect(run.status).toBe(1);
  return (JSON.parse(run.stdout) as { checklist: ChecklistEntry[] }[])[0].checklist;
}

/** The drafter saves, then "Tải về .docx": Word keeps the add-in's settings in the file only once it is saved. */
function downloaded(doc: SimDocument): Uint8Array {
  doc.save();
  return simulatedDocx(doc, defaultProfile);
}

function unzipText(bytes: Uint8Array): Record<string, string> {
  const decoder = new TextDecoder();
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, decoder.decode(data)]));
}

describe("settings saved in the simulated Word", () => {
  test("reach the command line through the downloaded .docx", async () => {
    const doc = await draftedReport();
    const unmarked = commandLineChecklist(downloaded(doc), "unmarked.docx");

    await saveSetting(CHECKLIST_SETTING, checklist);
    const marked = commandLineChecklist(downloaded(doc), "marked.docx");

    const byId = new Map(marked.map((item) => [item.id, item]));
    expect(byId.get("1b.assessment")).toMatchObject({ status: "met" });
    expect(byId.get("2a.feasible")).toMatchObject({ status: "waived", reason: WAIVER });
    // Unticked, the manual items are left to the drafter; every other item is judged as before.
    expect(unmarked.filter((item) => item.id in checklist.items).map((item) => item.status)).toEqual(["manual", "manual"]);
    const others = (list: ChecklistEntry[]) => list.filter((item) => !(item.id in checklist.items));
    expect(others(marked)).toEqual(others(unmarked));
    expect(others(marked).length).toBeGreaterThan(0);
  });

  test("are there again when Word reopens the .docx", async () => {
    const doc = await draftedReport();
    await saveSetting(CHECKLIST_SETTING, checklist);
    await saveSetting("reportDrafter.note", "Giá trị có \"ngoặc kép\", <thẻ> & dấu 'nháy'");

    const reopened = SimDocument.fromPackageParts(unzipText(downloaded(doc)));
    expect(reopened.savedSettings).toEqual(doc.savedSettings);
    expect(Object.keys(reopened.savedSettings)).toEqual([CHECKLIST_SETTING, "reportDrafter.note"]);
  });

  test("name this add-in as its manifest does, so Word gives them back to it", async () => {
    const doc = await draftedReport();
    await saveSetting(CHECKLIST_SETTING, checklist);
    const part = unzipText(downloaded(doc))["word/webextensions/webextension1.xml"];
    const manifest = readFileSync(path.join(__dirname, "..", "manifest.xml"), "utf8");
    const reference = /<we:reference id="([^"]+)" version="([^"]+)"/.exec(part);
    expect(reference?.[1]).toBe(/<Id>([^<]+)<\/Id>/.exec(manifest)?.[1]);
    expect(reference?.[2]).toBe(/<Version>([^<]+)<\/Version>/.exec(manifest)?.[1]);
  });

  test("a document saved with no settings has no web extension parts", async () => {
    const doc = await draftedReport();
    const parts = unzipText(downloaded(doc));
    expect(Object.keys(parts).filter((name) => name.startsWith("word/webextensions/"))).toEqual([]);
    expect(parts["[Content_Types].xml"]).not.toContain("webextension");
    expect(parts["_rels/.rels"]).not.toContain("webextension");
  });
});
