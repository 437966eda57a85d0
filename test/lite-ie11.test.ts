/**
 * The built light pane where only Internet Explorer 11's built-ins exist: a jsdom window whose ES2015+ globals and
 * methods are taken away first (no Symbol, Promise, Array.from, Object.assign, String#normalize, TextDecoder,
 * Math.imul…; Map and Set as IE11 has them, without iteration or an iterable constructor; no sticky or unicode
 * regular expressions; typed arrays without array methods). lite-polyfills.js and lite.js then run in it against
 * the simulated Word: the skeleton goes in, and the check's findings are the checker's own on the same document,
 * on Word 2016 (WordApi 1.1) and on Word 2013 (the compressed file). The ES5 syntax itself is lite-es5.test.ts's.
 */
import { spawnSync } from "child_process";
import { readFileSync } from "fs";
import * as path from "path";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { DOMWindow, VirtualConsole } from "jsdom";
import { checkReport } from "../src/core/check";
import { CHECKLIST_SETTING } from "../src/core/checklist-store";
import { readWordprocessingML } from "../src/core/ooxml/read";
import { installSimulatedOffice, SimDocument } from "../src/host/sim";
import { builtinProfiles, sectionsOf } from "../src/profiles";
import { chooseProfile } from "../src/core/profile-choice";
import { strings } from "../src/taskpane/i18n";
import { ie11Window } from "./helpers/ie11";
import { ensureBuilt, root } from "./helpers/playground";

const dist = (file: string) => readFileSync(path.join(root, "dist", file), "utf8");

let problems: string[] = [];
beforeEach(() => (problems = []));
afterEach(() => expect(problems).toEqual([]));

interface WindowSim {
  simulatedWord: { installSimulatedOffice: typeof installSimulatedOffice; SimDocument: typeof SimDocument };
  Office: typeof Office;
}

/** The simulated Word compiled as the light pane is, once for the file. */
let simBundle = "";

function buildSimBundle(): string {
  const out = mkdtempSync(path.join(tmpdir(), "ie11-sim-"));
  try {
    const run = spawnSync(process.execPath, [path.join(root, "test/fixtures/ie11/build-sim.js"), out], { cwd: root, encoding: "utf8" });
    if (run.status !== 0) throw new Error(`building the simulated Word for IE11 failed: ${run.stderr}`);
    return readFileSync(path.join(out, "ie11-sim.js"), "utf8");
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The light pane in an IE11-like window over a document of `bodyXml`, once it has drawn. */
async function litePane(bodyXml: string, wordApi: "1.1" | null): Promise<{ window: DOMWindow; doc: SimDocument }> {
  // What the page logs or throws fails the test with it: an error in IE11 would leave the drafter a dead button.
  const virtualConsole = new VirtualConsole();
  virtualConsole.on("jsdomError", (error) => problems.push(String(error.stack ?? error)));
  virtualConsole.on("error", (...args: unknown[]) => problems.push(args.map(String).join(" ")));
  const window = ie11Window(path.join(root, "dist"), virtualConsole);
  // The page's Promise is Office.Promise; office.js's own is the browser's, or its es6-promise where there is none.
  window.eval("window.Office = { Promise: window.officePromise };");
  window.eval(dist("lite-polyfills.js"));
  window.eval(simBundle);
  const inWindow = window as unknown as WindowSim;
  const doc = inWindow.simulatedWord.SimDocument.fromBody(bodyXml);
  inWindow.simulatedWord.installSimulatedOffice(doc, { requirementSets: { WordApi: wordApi } });
  window.eval("delete window.globalThis; delete window.Reflect;");
  window.eval(dist("lite.js"));
  await until(() => window.document.querySelector("main.rdl") !== null);
  return { window, doc };
}

async function until(condition: () => boolean, what = "the pane"): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`timed out waiting for ${what}: ${problems.join("\n")}`);
}

/** A button of the tab shown (the tabs themselves are buttons too: "Kiểm tra" is both). */
function buttonNamed(window: DOMWindow, name: string): HTMLButtonElement | undefined {
  return Array.from(window.document.querySelectorAll<HTMLButtonElement>("[role=tabpanel]:not([hidden]) button")).find(
    (b) => b.textContent === name,
  );
}

/** Presses Kiểm tra and resolves with the findings as the pane lists them. */
async function checkIn(window: DOMWindow): Promise<string[]> {
  window.document.getElementById("rdl-tab-1")?.click();
  buttonNamed(window, "Kiểm tra")?.click();
  const panel = window.document.getElementById("rdl-panel-1");
  await until(() => panel?.querySelector(".rdl-message") != null && !buttonNamed(window, "Kiểm tra")?.disabled, "the check");
  const failed = panel?.querySelector(".rdl-message.rdl-error[role=alert]");
  if (failed && /Chưa đọc được/.test(failed.textContent ?? "")) throw new Error(failed.textContent ?? "");
  return Array.from(window.document.querySelectorAll(".rdl-finding > p[id]"), (p) => p.textContent ?? "");
}

/** The checker's findings on the same document (read here, outside the window), as the pane words them. */
function expected(doc: SimDocument): string[] {
  const t = strings.vi;
  const label = { error: t.severityError, warning: t.severityWarning, info: t.severityInfo };
  const model = readWordprocessingML({ document: doc.toDocumentXml() });
  // The profile the pane works with: the document's own, else the letter its opening cites, else the newest.
  const { profile } = chooseProfile(builtinProfiles, { ...model, settings: doc.settings as Record<string, string> });
  const result = checkReport(profile, model, doc.settings[CHECKLIST_SETTING]);
  return result.findings.map((f) => `${label[f.severity]}: ${f.message}`);
}

const SECTION_1C =
  "Còn khó khăn trong giải quyết việc làm ở nông thôn. Nguyên nhân khách quan là do kinh tế chậm; nguyên nhân chủ quan là công tác phối hợp còn hạn chế.";

describe("the light pane with only Internet Explorer 11's built-ins", () => {
  beforeAll(async () => {
    await ensureBuilt();
    simBundle = buildSimBundle();
  }, 240_000);

  test("Word 2016: the skeleton goes in, and the check finds what the checker finds", async () => {
    const { window, doc } = await litePane("<w:p><w:r><w:t>Phòng Kế hoạch - Tài chính đã tổng hợp số liệu.</w:t></w:r></w:p>", "1.1");
    const insert = () => buttonNamed(window, "Chèn khung báo cáo");
    await until(() => insert()?.disabled === false, "the insert button");
    insert()?.click();
    await until(() => /Đã chèn khung báo cáo/.test(window.document.body.textContent ?? ""), "the insertion");
    const tags = doc.contentControls().map((c) => c.tag);
    for (const section of sectionsOf(builtinProfiles[0])) expect(tags).toContain(section.id);
    expect(doc.paragraphs().map((p) => p.text)).toContain("Phòng Kế hoạch - Tài chính đã tổng hợp số liệu.");

    doc.typeText({ tag: "1c" }, SECTION_1C);
    const shown = await checkIn(window);
    expect(shown.sort()).toEqual(expected(doc).sort());
    expect(shown.length).toBeGreaterThan(3);
    window.close();
  });

  test("Word 2013: no insertion, and the check reads the compressed file as the checker does", async () => {
    const { window, doc } = await litePane(
      "<w:p><w:r><w:t>BÁO CÁO</w:t></w:r></w:p><w:p><w:r><w:t>1. Kết quả thực hiện năm 2017: tạo việc làm mới cho 34.500 lao động, đạt 104,5% kế hoạch.</w:t></w:r></w:p>",
      null,
    );
    expect(buttonNamed(window, "Chèn khung báo cáo")).toBeUndefined();
    const shown = await checkIn(window);
    expect(shown.sort()).toEqual(expected(doc).sort());
    expect(shown.some((f) => f.startsWith("Lỗi: Thiếu mục 1b"))).toBe(true);
    window.close();
  });
});
