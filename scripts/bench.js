// `npm run bench`: prints JSON figures. Needs `npm run build` first (the production bundles and lib/);
// `npm run bench -- check` prints only the check figures, which need lib/ alone (`npm run build:cli`).
//  - taskpane: bytes, raw and gzip, of every script taskpane.html loads from our build (office.js aside);
//  - litePane: the same for the light pane (Internet Explorer 11 and the old Edge);
//  - insertion: Office.js syncs and round trips of one skeleton insertion, in the simulated Word, on the
//    newest API and on Word 2016's WordApi 1.1;
//  - follow: the Danh mục view following the cursor, in the simulated Word: the time and Office.js syncs from a
//    selection change to the checklist of the cursor's section, on the ~300-page report (sections found by their
//    headings) and on the skeleton (sections in content controls, re-judged from the control's text);
//  - check: syncs and round trips of reading the document for a check, small and ~300 pages; the time and peak
//    memory of `report-drafter check` as a whole process on a ~300-page report against mammoth's
//    extractRawText on the same file; the same for a folder of 63 reports of normal size;
//  - indicators63 (with check): `report-drafter indicators` gathering the figures of those 63 reports into a CSV,
//    and into an XLSX.
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const { unzipSync } = require("fflate");
const { reportDocx } = require("./make-big-report");

const root = path.join(__dirname, "..");
const dist = path.join(root, "dist");
const cli = path.join(root, "bin/report-drafter.js");

/** Runs of each timed process; the median is reported. */
const RUNS = 3;
/** Paragraphs of the big report: ~300 pages at ~30 paragraphs a page. */
const BIG_REPORT_PARAGRAPHS = 9000;

/**
 * The scripts taskpane.html loads, by pane: its inline chooser names both lists (`lite*.js` for Internet Explorer
 * 11 and the old Edge, the rest for every other webview); office.js is Microsoft's and not counted.
 */
function paneScripts() {
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const named = [...html.matchAll(/["']([\w./-]+\.js)["']/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
  return { main: named.filter((src) => !/^lite/.test(src)), lite: named.filter((src) => /^lite/.test(src)) };
}

function scriptBytes(scripts, goalGzip) {
  const files = scripts.map((src) => {
    const body = fs.readFileSync(path.join(dist, src.replace(/^\//, "")));
    return { file: src, raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length };
  });
  const sum = (key) => files.reduce((n, f) => n + f[key], 0);
  return { files, raw: sum("raw"), gzip: sum("gzip"), goalGzip };
}

const lib = (module) => require(path.join(root, "lib", module));

/** A .docx's parts as text, by name, as the simulated Word opens them. */
function unzipText(bytes) {
  const decoder = new TextDecoder();
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, decoder.decode(data)]));
}

const FIELDS = { province: "Thanh Hóa", agencyShort: "SLĐTBXH", number: "123", date: "2017-12-15", signer: "Nguyễn Văn A", deputy: false };

async function insertionSyncs(requirementSet) {
  const { SimDocument, installSimulatedOffice } = lib("host/sim");
  const { createWordHost } = lib("host/word/word-host");
  const { defaultProfile } = lib("profiles");
  const doc = SimDocument.fromBody("<w:p><w:r><w:t>Đoạn văn có sẵn của người soạn.</w:t></w:r></w:p>");
  const sim = installSimulatedOffice(doc, { requirementSets: { WordApi: requirementSet } });
  try {
    const outcome = await createWordHost().insertSkeleton(defaultProfile, FIELDS);
    if (outcome.kind !== "inserted") throw new Error(`insertion did not happen: ${JSON.stringify(outcome)}`);
    return { wordApi: requirementSet, contextSyncCalls: sim.stats.syncs, roundTrips: sim.stats.roundTrips };
  } finally {
    sim.uninstall();
  }
}

/** The skeleton `report-drafter skeleton` writes: a small document (two pages). */
function skeletonDocx() {
  const { docxParts } = lib("core/ooxml/package");
  const { skeletonBodyXml } = lib("core/skeleton/writer");
  const { zipParts } = lib("host/docx/zip");
  const { defaultProfile } = lib("profiles");
  return zipParts(docxParts(defaultProfile, skeletonBodyXml(defaultProfile, FIELDS)));
}

/** What reading a .docx's body for a check costs in the simulated Word, once Word has opened the file. */
async function readSyncs(label, bytes) {
  const { SimDocument, installSimulatedOffice } = lib("host/sim");
  const { createWordHost } = lib("host/word/word-host");
  const parts = unzipText(bytes);
  const sim = installSimulatedOffice(SimDocument.fromPackageParts(parts));
  try {
    const model = await createWordHost().readDocument();
    const paragraphs = model.blocks.reduce((n, block) => n + (block.kind === "paragraph" ? 1 : block.paragraphs.length), 0);
    return { document: label, paragraphsRead: paragraphs, contextSyncCalls: sim.stats.syncs, roundTrips: sim.stats.roundTrips, goal: 2 };
  } finally {
    sim.uninstall();
  }
}

/** Paragraph indexes a quarter of the way into each found section: where a drafter's cursor might be. */
function cursorStops(sections) {
  return sections
    .filter((s) => s.start !== undefined && s.end !== undefined)
    .map((s) => ({ id: s.id, paragraph: s.start + Math.max(1, Math.floor((s.end - s.start) / 4)) }))
    .filter((stop) => stop.paragraph < sections.find((s) => s.id === stop.id).end);
}

async function followCursor(label, bytes) {
  const { SimDocument, installSimulatedOffice } = lib("host/sim");
  const { createWordHost } = lib("host/word/word-host");
  const { ChecklistTracker } = lib("taskpane/checklist-tracker");
  const { defaultProfile } = lib("profiles");
  const parts = unzipText(bytes);
  const doc = SimDocument.fromPackageParts(parts);
  const sim = installSimulatedOffice(doc);
  try {
    const tracker = new ChecklistTracker(createWordHost(), defaultProfile, () => undefined, 0);
    await tracker.start();
    // Events off: each move below is followed once, explicitly, and timed alone.
    tracker.stop();
    const moves = [];
    for (const stop of cursorStops(tracker.current.sections)) {
      doc.placeCursor(stop.paragraph, "end");
      const syncs = sim.stats.syncs;
      const start = process.hrtime.bigint();
      await tracker.follow();
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (tracker.current.current !== stop.id) throw new Error(`the cursor in ${stop.id} was followed to ${tracker.current.current}`);
      moves.push({ section: stop.id, ms: Math.round(ms * 10) / 10, syncs: sim.stats.syncs - syncs });
    }
    return {
      document: label,
      moves,
      maxMs: Math.max(...moves.map((m) => m.ms)),
      maxSyncs: Math.max(...moves.map((m) => m.syncs)),
      goalMs: 100,
      goalSyncs: 2,
    };
  } finally {
    sim.uninstall();
  }
}

/** The skeleton with every section written in, as the drafter's cursor finds it. */
function filledSkeletonDocx() {
  const { SimDocument } = lib("host/sim");
  const { docxParts } = lib("core/ooxml/package");
  const { zipParts } = lib("host/docx/zip");
  const { defaultProfile, sectionsOf } = lib("profiles");
  const doc = SimDocument.fromPackageParts(unzipText(skeletonDocx()));
  const sentence = "Còn khó khăn trong giải quyết việc làm; nguyên nhân là do kinh tế tăng trưởng chậm, đạt 95% kế hoạch. ";
  for (const section of sectionsOf(defaultProfile)) doc.typeText({ tag: section.id }, sentence.repeat(40));
  // The file keeps only what was saved.
  doc.save();
  return zipParts(docxParts(defaultProfile, doc.bodyContentXml()));
}

async function followFigures() {
  return [
    await followCursor("~300 pages, sections by heading", reportDocx({ paragraphs: BIG_REPORT_PARAGRAPHS })),
    await followCursor("skeleton, sections in content controls", filledSkeletonDocx()),
  ];
}

/* Whole processes: wall clock and peak memory ----------------------------------------------------------------- */

const GNU_TIME = "/usr/bin/time";
const hasGnuTime = fs.existsSync(GNU_TIME);
/** Without GNU time, this module, preloaded, makes the child print its own peak memory when it exits. */
const MAX_RSS_REPORTER = 'process.on("exit", () => process.stderr.write(`\\nmaxrss ${process.resourceUsage().maxRSS}\\n`));\n';
const MAX_RSS_LINE = /^maxrss (\d+)$/m;

/** Runs `node ARGS` once; returns its wall-clock time in ms, peak resident memory in KB and output. */
function runNode(args, reporter) {
  const command = hasGnuTime ? [GNU_TIME, "-f", "maxrss %M", process.execPath, ...args] : [process.execPath, "-r", reporter, ...args];
  const start = process.hrtime.bigint();
  const child = spawnSync(command[0], command.slice(1), { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = MAX_RSS_LINE.exec(child.stderr ?? "");
  if (child.error || !rss) throw new Error(`node ${args.join(" ")} failed: ${child.error?.message ?? child.stderr}`);
  return { ms, peakKB: Number(rss[1]), stdout: child.stdout };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (n) => Math.round(n);
const megabytes = (kb) => Math.round(kb / 1024);

/** Runs each command RUNS times, interleaved so that all see the same load; medians per command. */
function timeInterleaved(commands, reporter) {
  const runs = commands.map(() => []);
  for (let i = 0; i < RUNS; i++) commands.forEach((args, k) => runs[k].push(runNode(args, reporter)));
  return runs.map((list) => ({
    wallMs: round(median(list.map((r) => r.ms))),
    runsMs: list.map((r) => round(r.ms)),
    peakMemoryMB: megabytes(Math.max(...list.map((r) => r.peakKB))),
    last: list[list.length - 1],
  }));
}

const MAMMOTH_SCRIPT =
  'require("mammoth").extractRawText({ path: process.argv[1] }).then((r) => process.stdout.write(String(r.value.length)))';

function bigReport(file, reporter) {
  const [check, mammoth] = timeInterleaved(
    [
      [cli, "check", file, "--format", "json"],
      ["-e", MAMMOTH_SCRIPT, file],
    ],
    reporter,
  );
  const result = JSON.parse(check.last.stdout);
  return {
    file: { bytes: fs.statSync(file).size, bodyParagraphsGenerated: BIG_REPORT_PARAGRAPHS, ready: result.ready },
    reportDrafterCheck: { wallMs: check.wallMs, runsMs: check.runsMs, peakMemoryMB: check.peakMemoryMB },
    mammothExtractRawText: { wallMs: mammoth.wallMs, runsMs: mammoth.runsMs, peakMemoryMB: mammoth.peakMemoryMB },
    ratio: Math.round((check.wallMs / mammoth.wallMs) * 100) / 100,
    goalRatio: 0.5,
  };
}

/**
 * 63 reports of normal size (about 10 to 30 pages), one per province, deterministic: every fourth leaves one or
 * two sections out, as an unfinished report does.
 */
function writeFolder63(folder) {
  const lists = require(path.join(root, "src/profiles/provinces-vn.json")).provinces_2017_63;
  const provinces = [...lists.centrally_run_cities, ...lists.provinces];
  const omissions = [["1c"], ["2b"], ["1b", "2a"]];
  let bytes = 0;
  provinces.forEach((province, i) => {
    const paragraphs = 300 + ((i * 137) % 600);
    const omit = i % 4 === 3 ? omissions[i % omissions.length] : [];
    const data = reportDocx({ paragraphs, province, omit, seed: 1000 + i });
    fs.writeFileSync(path.join(folder, `bao-cao-${String(i + 1).padStart(2, "0")}.docx`), data);
    bytes += data.length;
  });
  return { reports: provinces.length, bytes };
}

function folder63(folder, reporter) {
  const written = writeFolder63(folder);
  const [check] = timeInterleaved([[cli, "check", folder, "--format", "json"]], reporter);
  const results = JSON.parse(check.last.stdout);
  return {
    folder: { ...written, ready: results.filter((r) => r.ready).length, unreadable: results.filter((r) => r.error).length },
    reportDrafterCheck: { wallMs: check.wallMs, runsMs: check.runsMs, peakMemoryMB: check.peakMemoryMB },
    goalMs: 2000,
  };
}

/**
 * `report-drafter indicators` over the same 63 reports (each holds indicator tables with figures): the time of the
 * whole process writing the CSV, and the XLSX, interleaved.
 */
function indicators63(folder, reporter) {
  const csv = path.join(path.dirname(folder), "chi-tieu.csv");
  const xlsx = path.join(path.dirname(folder), "chi-tieu.xlsx");
  const [toCsv, toXlsx] = timeInterleaved(
    [
      [cli, "indicators", folder, "--out", csv],
      [cli, "indicators", folder, "--out", xlsx],
    ],
    reporter,
  );
  for (const run of [toCsv, toXlsx])
    if (!/^Đã ghi \d+ dòng/m.test(run.last.stdout)) throw new Error(`indicators failed: ${run.last.stdout}`);
  const lines = fs.readFileSync(csv, "utf8").split("\r\n").filter(Boolean);
  return {
    folder: { reports: new Set(lines.slice(1).map((line) => line.split(",")[0])).size, rows: lines.length - 1 },
    csv: { wallMs: toCsv.wallMs, runsMs: toCsv.runsMs, peakMemoryMB: toCsv.peakMemoryMB, bytes: fs.statSync(csv).size },
    xlsx: { wallMs: toXlsx.wallMs, runsMs: toXlsx.runsMs, peakMemoryMB: toXlsx.peakMemoryMB, bytes: fs.statSync(xlsx).size },
    goalMs: 2000,
  };
}

async function checkFigures() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "report-drafter-bench-"));
  try {
    const reporter = path.join(dir, "maxrss.js");
    if (!hasGnuTime) fs.writeFileSync(reporter, MAX_RSS_REPORTER);
    const bigFile = path.join(dir, "bao-cao-300-trang.docx");
    const big = reportDocx({ paragraphs: BIG_REPORT_PARAGRAPHS });
    fs.writeFileSync(bigFile, big);
    const folder = path.join(dir, "63-tinh");
    fs.mkdirSync(folder);
    return {
      syncsPerCheck: [await readSyncs("skeleton (2 pages)", skeletonDocx()), await readSyncs("~300 pages", big)],
      bigReport: bigReport(bigFile, reporter),
      folder63: folder63(folder, reporter),
      indicators63: indicators63(folder, reporter),
      peakMemoryBy: hasGnuTime ? `${GNU_TIME} -f %M` : "process.resourceUsage().maxRSS",
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const only = process.argv[2];
  if (only !== undefined && only !== "check" && only !== "follow") throw new Error("usage: node scripts/bench.js [check|follow]");
  const result = {};
  if (only === undefined) {
    const scripts = paneScripts();
    // Each pane loads one profile at start, the document's own: counted here as the newest, the larger one.
    const profile = "profile-5025-2019.js";
    result.taskpane = scriptBytes([...scripts.main, profile], 167516);
    // Everything the light pane loads besides office.js: its polyfills, itself and the profile at once, then the
    // reader with the first check (Word 2016 and 2019), or Word 2013's file reading, which holds its own reader.
    const lite = [...scripts.lite, `lite-${profile}`];
    result.litePane = {
      atStart: scriptBytes(lite, 60 * 1024),
      word2016WithCheck: scriptBytes([...lite, "lite-reader.js"], 60 * 1024),
      word2013WithCheck: scriptBytes([...lite, "lite-word2013.js"], 60 * 1024),
    };
    result.insertion = [await insertionSyncs("1.9"), await insertionSyncs("1.1")];
    result.follow = await followFigures();
  }
  if (only === "follow") result.follow = await followFigures();
  if (only === undefined || only === "check") result.check = await checkFigures();
  result.machine = { cpus: os.cpus().length, loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100), node: process.version };
  console.log(JSON.stringify(result, null, 2));
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
