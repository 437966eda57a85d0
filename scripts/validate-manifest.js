// `npm run validate`: the offline checks first, then Microsoft's validation service when it can be reached.
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { checkManifest } = require("./manifest-check");

const root = path.join(__dirname, "..");
const problems = checkManifest(fs.readFileSync(path.join(root, "manifest.xml"), "utf8"), root);
if (problems.length) {
  for (const p of problems) console.error(`manifest.xml: ${p}`);
  process.exit(1);
}
console.log("manifest.xml: offline checks passed");

const official = spawnSync("npx", ["office-addin-manifest", "validate", "manifest.xml"], { cwd: root, encoding: "utf8" });
const output = `${official.stdout}${official.stderr}`;
if (official.status === 0) {
  console.log(output.trim());
} else if (/ENOTFOUND|ECONNREFUSED|EAI_AGAIN|fetch failed|network/i.test(output)) {
  console.log("The online validator could not be reached (no internet); only the offline checks ran.");
} else {
  console.error(output.trim());
  process.exit(1);
}
