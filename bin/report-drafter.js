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
  // Output piped into a reader that stops early (`| head`) closes the pipe: stop quietly, as Unix tools do.
  process.stdout.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
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
