/**
 * The light pane runs in Internet Explorer 11: every file it loads must parse as ECMAScript 5, and its code
 * (lite.js and the chunks it loads when needed, lite-*.js) may touch only what IE11 has or lite-polyfills.js
 * brings. The browser APIs that code uses are listed from its syntax
 * tree (globals it reads, static members such as Object.assign, and prototype methods newer than ES5 by name)
 * and held against those two lists; a polyfill that lite.js no longer needs fails too, so none is carried.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { readdirSync } from "fs";
import { Node as AcornNode, parse } from "acorn";
import { fullAncestor } from "acorn-walk";
import { ensureBuilt, root } from "./helpers/playground";

const dist = (file: string) => readFileSync(path.join(root, "dist", file), "utf8");
/** lite.js and the chunks it loads on demand: the pane's own code, as opposed to its polyfills. */
const paneFiles = () =>
  readdirSync(path.join(root, "dist"))
    .filter((f) => /^lite(-.+)?\.js$/.test(f) && f !== "lite-polyfills.js")
    .sort();

/** Globals of ES5 and of Internet Explorer 11's DOM that the pane may read, and the Office.js namespaces. */
// prettier-ignore
const IE11_GLOBALS = new Set([
  // ECMAScript 5
  "Object", "Function", "Array", "String", "Number", "Boolean", "Date", "RegExp", "Math", "JSON",
  "Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "EvalError", "URIError",
  "parseInt", "parseFloat", "isNaN", "isFinite", "encodeURIComponent", "decodeURIComponent", "encodeURI", "decodeURI",
  "undefined", "NaN", "Infinity",
  // What IE11 adds: typed arrays, Map, Set and WeakMap (without iteration: see below), Intl
  "ArrayBuffer", "DataView", "Uint8Array", "Uint16Array", "Uint32Array", "Int8Array", "Int16Array", "Int32Array",
  "Float32Array", "Float64Array", "Uint8ClampedArray", "WeakMap", "Intl",
  // The browser
  "window", "self", "document", "navigator", "location", "console", "setTimeout", "clearTimeout", "setInterval",
  "clearInterval", "matchMedia", "getComputedStyle", "Blob", "Node", "HTMLElement", "Event",
  // Office.js, loaded before the pane
  "Office", "Word", "OfficeExtension",
]);

/**
 * What IE11 lacks and lite.js may touch, each with what brings it: a built-in of src/lite/polyfills/builtins.ts
 * by its name there, or a module of its own. A name lite.js touches must be installed by src/lite/polyfills.ts; one
 * it installs must be touched by lite.js.
 */
const POLYFILLED: Record<string, string> = {
  Promise: "Office.Promise",
  // IE11's Map and Set take no iterable and cannot be iterated: every use needs the full ones.
  Map: "Map",
  Set: "Set",
  TextDecoder: "./polyfills/text-decoder",
  "Array.from": "Array.from",
  "Object.assign": "Object.assign",
  "Object.entries": "Object.entries",
  "Object.values": "Object.values",
  "Object.fromEntries": "Object.fromEntries",
  "Number.isFinite": "Number.isFinite",
  "String.fromCodePoint": "String.fromCodePoint",
  "Math.imul": "Math.imul",
  ".normalize": "./polyfills/normalize",
  ".find": ".find",
  ".findIndex": ".findIndex",
  ".includes": ".includes",
  ".flat": ".flat",
  ".flatMap": ".flatMap",
  ".startsWith": ".startsWith",
  ".endsWith": ".endsWith",
  ".padStart": ".padStart",
  ".repeat": ".repeat",
  ".codePointAt": ".codePointAt",
};

/** Newer than ES5 and absent from IE11, with no polyfill here: touching any of these fails the test. */
// prettier-ignore
const MISSING_IN_IE11 = [
  "Proxy", "Reflect", "globalThis", "fetch", "URLSearchParams", "queueMicrotask", "requestIdleCallback", "TextEncoder",
  "structuredClone", "AbortController", "BigInt", "WeakRef", "Array.of", "Number.isInteger", "String.raw",
  "Object.getOwnPropertyDescriptors", "Promise.allSettled", "Promise.any", "Math.sign", "Math.trunc", "Math.log10",
  "Math.log2", "Math.hypot", "Math.cbrt", "Math.clz32", "Math.fround", ".padEnd", ".matchAll", ".replaceAll", ".trimStart",
  ".trimEnd", ".at", ".findLast", ".findLastIndex", ".fill", ".copyWithin", ".finally", ".append", ".prepend",
  ".replaceWith", ".replaceChildren", ".closest", ".toggleAttribute", ".isConnected", ".getRootNode",
];

interface Touched {
  /**
   * Global names read, except where a `typeof` test of that name decides whether the read happens (fflate's
   * `typeof queueMicrotask == "function" ? queueMicrotask : setTimeout`): a feature test guards its uses.
   */
  globals: Set<string>;
  /**
   * "Object.assign": static members of global objects, read or called; ".normalize": methods called by name.
   * Only calls count by name: our own objects have fields such as `at` that are no Array.prototype.at.
   */
  members: Set<string>;
}

function parseEs5(file: string): AcornNode {
  const source = dist(file);
  try {
    return parse(source, { ecmaVersion: 5, sourceType: "script" });
  } catch (error) {
    const at = (error as { pos?: number }).pos ?? 0;
    throw new Error(`${file} is not ECMAScript 5: ${(error as Error).message} near “${source.slice(Math.max(0, at - 60), at + 60)}”`);
  }
}

type AnyNode = AcornNode & Record<string, unknown>;

/** Babel's class helpers call Reflect.construct only inside a try that falls back when it is missing. */
const GUARDED_BY_TRY = new Set(["Reflect"]);

function holdsTypeofOf(node: unknown, name: string): boolean {
  if (node === null || typeof node !== "object") return false;
  const n = node as AnyNode;
  if (n.type === "UnaryExpression" && n.operator === "typeof") {
    const argument = n.argument as AnyNode;
    if (argument.type === "Identifier" && argument.name === name) return true;
  }
  return Object.keys(n).some((key) => key !== "type" && holdsTypeofOf(n[key], name));
}

/** Whether a read of `name` happens only once an enclosing condition has tested `typeof name`. */
function guardedByTypeof(name: string, node: AnyNode, ancestors: AnyNode[]): boolean {
  for (let i = ancestors.length - 2; i >= 0; i--) {
    const a = ancestors[i];
    const inside = ancestors[i + 1] ?? node;
    const test = a.type === "ConditionalExpression" || a.type === "IfStatement" ? a.test : a.type === "LogicalExpression" ? a.left : null;
    if (test && test !== inside && holdsTypeofOf(test, name)) return true;
  }
  return false;
}

/** What a script reads: free identifiers (declared nowhere in it) and member names. */
function touched(program: AcornNode): Touched {
  const declared = new Set<string>(["arguments"]);
  const reads: string[] = [];
  const members = new Set<string>();
  fullAncestor(program, (node, _state, ancestors) => {
    const n = node as AnyNode;
    const parent = ancestors[ancestors.length - 2] as AnyNode | undefined;
    switch (n.type) {
      case "VariableDeclarator":
      case "FunctionDeclaration":
      case "FunctionExpression":
        if (n.id) declared.add((n.id as AnyNode).name as string);
        for (const param of (n.params as AnyNode[] | undefined) ?? []) declared.add(param.name as string);
        break;
      case "CatchClause":
        declared.add((n.param as AnyNode).name as string);
        break;
      case "MemberExpression": {
        const object = n.object as AnyNode;
        const property = n.property as AnyNode;
        const name = n.computed
          ? property.type === "Literal" && typeof property.value === "string"
            ? property.value
            : null
          : (property.name as string);
        if (name === null) break;
        if (parent?.type === "CallExpression" && parent.callee === n) members.add(`.${name}`);
        if (object.type === "Identifier") members.add(`${object.name as string}.${name}`);
        break;
      }
      case "Identifier": {
        if (!parent) break;
        const isProperty = parent.type === "MemberExpression" && parent.property === n && !parent.computed;
        const isKey = parent.type === "Property" && parent.key === n;
        const isLabel = parent.type === "LabeledStatement" || parent.type === "BreakStatement" || parent.type === "ContinueStatement";
        if (isProperty || isKey || isLabel) break;
        if (parent.type === "UnaryExpression" && parent.operator === "typeof") break;
        if (!guardedByTypeof(n.name as string, n, ancestors as AnyNode[])) reads.push(n.name as string);
        break;
      }
    }
  });
  const globals = new Set(reads.filter((name) => !declared.has(name) && !GUARDED_BY_TRY.has(name)));
  return { globals, members };
}

/** What all the pane's files touch together (each file's declarations count for itself). */
function touchedByPane(): Touched {
  const all: Touched = { globals: new Set(), members: new Set() };
  for (const file of paneFiles()) {
    const { globals, members } = touched(parseEs5(file));
    globals.forEach((g) => all.globals.add(g));
    members.forEach((m) => all.members.add(m));
  }
  return all;
}

/** What src/lite/polyfills.ts brings: the built-ins it installs by name, the modules it imports, Office.Promise. */
function polyfilled(): Set<string> {
  const source = readFileSync(path.join(root, "src", "lite", "polyfills.ts"), "utf8");
  const installed = /installBuiltins\(\[([^\]]*)\]\)/.exec(source)?.[1] ?? "";
  const brought = new Set(Array.from(installed.matchAll(/"([^"]+)"/g), (m) => m[1]));
  for (const m of source.matchAll(/^import \{ install\w+ \} from "(\.\/polyfills\/[^"]+)";/gm))
    if (!m[1].endsWith("/builtins")) brought.add(m[1]);
  if (/= Office\.Promise/.test(source)) brought.add("Office.Promise");
  return brought;
}

describe("the light pane's files", () => {
  beforeAll(() => ensureBuilt(), 240_000);

  test("every file the light pane loads parses as ECMAScript 5", () => {
    const files = ["lite-polyfills.js", ...paneFiles()];
    expect(files).toEqual(expect.arrayContaining(["lite.js", "lite-reader.js", "lite-word2013.js"]));
    for (const file of files) expect(() => parseEs5(file)).not.toThrow();
  });

  test("the pane's code reads only the globals IE11 has or the polyfills bring", () => {
    const { globals } = touchedByPane();
    const unknown = [...globals].filter((name) => !IE11_GLOBALS.has(name) && POLYFILLED[name] === undefined);
    expect(unknown).toEqual([]);
  });

  test("the pane's code touches nothing newer than ES5 that IE11 lacks and no polyfill brings", () => {
    const { globals, members } = touchedByPane();
    const used = MISSING_IN_IE11.filter((api) => globals.has(api) || members.has(api));
    expect(used).toEqual([]);
  });

  test("every API the pane's code touches that IE11 lacks is polyfilled, and every polyfill is for one it touches", () => {
    const { globals, members } = touchedByPane();
    const needed = new Set<string>();
    for (const [api, modules] of Object.entries(POLYFILLED)) {
      if (globals.has(api) || members.has(api)) needed.add(modules);
    }
    // Babel's for-of and spread helpers and regenerator's generators iterate through "@@iterator" where there is no
    // Symbol: strings need one as Map and Set do.
    if (paneFiles().some((file) => dist(file).includes('"@@iterator"'))) needed.add("String.prototype.@@iterator");
    expect([...polyfilled()].sort()).toEqual([...needed].sort());
  });
});
