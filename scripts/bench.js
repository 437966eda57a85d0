// `npm run bench`: prints JSON figures. Needs `npm run build` first (the production bundles and lib/).
//  - taskpane: bytes, raw and gzip, of every script taskpane.html loads from our build (office.js aside);
//  - insertion: Office.js syncs and round trips of one skeleton insertion, in the simulated Word, on the
//    newest API and on Word 2016's WordApi 1.1.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const root = path.join(__dirname, "..");
const dist = path.join(root, "dist");

function taskpaneBytes() {
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
  const files = scripts.map((src) => {
    const body = fs.readFileSync(path.join(dist, src.replace(/^\//, "")));
    return { file: src, raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length };
  });
  const sum = (key) => files.reduce((n, f) => n + f[key], 0);
  return { files, raw: sum("raw"), gzip: sum("gzip"), goalGzip: 167516 };
}

async function insertionSyncs(requirementSet) {
  const { SimDocument, installSimulatedOffice } = require(path.join(root, "lib/host/sim"));
  const { createWordHost } = require(path.join(root, "lib/host/word/word-host"));
  const { defaultProfile } = require(path.join(root, "lib/profiles"));
  const doc = SimDocument.fromParagraphs(["Đoạn văn có sẵn của người soạn."]);
  const sim = installSimulatedOffice(doc, { requirementSets: { WordApi: requirementSet } });
  try {
    const fields = { province: "Thanh Hóa", agencyShort: "SLĐTBXH", number: "123", date: "2017-12-15", signer: "Nguyễn Văn A", deputy: false };
    const outcome = await createWordHost().insertSkeleton(defaultProfile, fields);
    if (outcome.kind !== "inserted") throw new Error(`insertion did not happen: ${JSON.stringify(outcome)}`);
    return { wordApi: requirementSet, contextSyncCalls: sim.stats.syncs, roundTrips: sim.stats.roundTrips };
  } finally {
    sim.uninstall();
  }
}

async function main() {
  const result = {
    taskpane: taskpaneBytes(),
    insertion: [await insertionSyncs("1.9"), await insertionSyncs("1.1")],
  };
  console.log(JSON.stringify(result, null, 2));
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
