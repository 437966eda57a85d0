/**
 * The arrows point down only (../shared/DESIGN.md): taskpane and cli → host → core → profiles. `npm run lint`
 * enforces it with the project's ESLint configuration; planted bad imports show that it does.
 */
import { spawnSync } from "child_process";
import * as path from "path";

const root = path.resolve(__dirname, "..");

const BAD: [string, string][] = [
  ["src/core/planted.ts", 'import { ReportHost } from "../host/types";\nexport type X = ReportHost;\n'],
  ["src/core/rules/planted.ts", 'import { strings } from "../../taskpane/i18n";\nexport const x = strings;\n'],
  ["src/core/planted.ts", 'import { readFileSync } from "fs";\nexport const x = readFileSync;\n'],
  ["src/core/planted.ts", 'import { useState } from "react";\nexport const x = useState;\n'],
  ["src/core/planted.ts", "export const x = () => document.title;\n"],
  ["src/core/planted.ts", "export const x = () => Office.context;\n"],
  ["src/profiles/planted.ts", 'import { fold } from "../core/text";\nexport const x = fold;\n'],
  ["src/host/planted.ts", 'import { main } from "../cli/main";\nexport const x = main;\n'],
  ["src/lite/planted.ts", 'import CheckView from "../taskpane/CheckView";\nexport const x = CheckView;\n'],
  ["src/lite/planted.ts", 'import { createRoot } from "react-dom/client";\nexport const x = createRoot;\n'],
  ["src/core/planted.ts", 'import { h } from "../lite/dom";\nexport const x = h;\n'],
];
const GOOD: [string, string][] = [
  ["src/core/planted.ts", 'import { ReportProfile } from "../profiles/schema";\nexport type X = ReportProfile;\n'],
  ["src/host/planted.ts", 'import { fold } from "../core/text";\nexport const x = fold;\n'],
  ["src/taskpane/planted.ts", 'import { ReportHost } from "../host/types";\nexport type X = ReportHost;\n'],
  ["src/lite/planted.ts", 'import { strings } from "../taskpane/i18n";\nexport const x = strings;\n'],
];

/**
 * The rules each case breaks, from ESLint run with the project's configuration in a process of its own (jest
 * cannot load an ES-module configuration): once for all cases.
 */
function lintRules(cases: [string, string][]): string[][] {
  const script = `
    const { ESLint } = require("eslint");
    const cases = JSON.parse(require("fs").readFileSync(0, "utf8"));
    const eslint = new ESLint({ cwd: process.cwd() });
    Promise.all(cases.map(([file, text]) => eslint.lintText(text, { filePath: require("path").join(process.cwd(), file) })))
      .then((results) => process.stdout.write(JSON.stringify(results.map(([r]) => r.messages.map((m) => m.ruleId)))));`;
  const run = spawnSync(process.execPath, ["-e", script], { cwd: root, input: JSON.stringify(cases), encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[][];
}

const LAYER_RULES = new Set(["no-restricted-imports", "no-restricted-globals"]);
const layerProblems = (cases: [string, string][]) => lintRules(cases).map((rules) => rules.filter((rule) => LAYER_RULES.has(rule)));

const [bad, good] = (() => {
  const all = layerProblems([...BAD, ...GOOD]);
  return [all.slice(0, BAD.length), all.slice(BAD.length)];
})();

test.each(BAD.map(([file, text], i) => [file, text, i] as const))("%s may not: %s", (_file, _text, i) => {
  expect(bad[i].length).toBeGreaterThan(0);
});

test.each(GOOD.map(([file, text], i) => [file, text, i] as const))("%s may: %s", (_file, _text, i) => {
  expect(good[i]).toEqual([]);
});

test("the React views (.tsx) are linted too: a view Prettier would rewrite fails", () => {
  const [messy, tidy] = lintRules([
    ["src/taskpane/Planted.tsx", "export const Planted = ()=><p   >x</p>;\n"],
    ["src/taskpane/Planted.tsx", "export const Planted = () => <p>x</p>;\n"],
  ]);
  expect(messy).toContain("prettier/prettier");
  expect(tidy).toEqual([]);
});
