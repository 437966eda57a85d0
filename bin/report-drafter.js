#!/usr/bin/env node
"use strict";
// The command line, compiled from src/cli by `npm run build:cli` (npm install runs it through "prepare").

function loadCli() {
  try {
    return require("../lib/cli/main.js");
  } catch (error) {
    if (error && error.code === "MODULE_NOT_FOUND") return null;
    throw error;
  }
}

const cli = loadCli();
if (!cli) {
  process.stderr.write("report-drafter chưa được biên dịch: chạy npm run build:cli (not built yet: run npm run build:cli)\n");
  process.exitCode = 1;
} else {
  cli
    .main(process.argv.slice(2), {
      stdout: (s) => process.stdout.write(s),
      stderr: (s) => process.stderr.write(s),
      cwd: process.cwd(),
    })
    .then((code) => {
      process.exitCode = code;
    });
}
