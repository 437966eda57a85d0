#!/usr/bin/env node
// `npm start` and `npm stop`: sideload the add-in into Word with office-addin-debugging, fetched from the npm
// registry on first use (npx caches it). It is not a dependency of the project: through office-addin-dev-settings it
// pulls keytar, a native module that builds only with libsecret's development files on Linux or with a download
// from outside the registry, and trying the add-in in the playground or testing it needs none of that.
//   node scripts/office-debugging.js start|stop [more arguments for office-addin-debugging]
"use strict";
const { spawnSync } = require("child_process");

const VERSION = "7.0.0";
const [command, ...rest] = process.argv.slice(2);
if (command !== "start" && command !== "stop") {
  console.error("Dùng: node scripts/office-debugging.js start|stop");
  process.exit(2);
}
const windows = process.platform === "win32";
const result = spawnSync(windows ? "npx.cmd" : "npx", ["--yes", `office-addin-debugging@${VERSION}`, command, "manifest.xml", ...rest], {
  stdio: "inherit",
  shell: windows,
});
if (result.error) {
  console.error(`Không chạy được office-addin-debugging (${result.error.message}). Cần Node.js 20 và mạng tới npm registry.`);
  process.exit(1);
}
process.exit(result.status ?? 1);
