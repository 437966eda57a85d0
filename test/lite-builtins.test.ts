/**
 * The light pane's own ES2015–2019 built-ins (src/lite/polyfills/builtins.ts) in a window with only IE11's, against
 * Node's natives (a fresh V8 context): each expression (ES5 itself, as the window runs it) must give the same JSON in both. Edge cases
 * are the point: NaN for includes, astral characters for strings, iterables for the constructors, depth for flat.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { runInNewContext } from "vm";
import { ie11Window } from "./helpers/ie11";
import { ensureBuilt, root } from "./helpers/playground";

const EXPRESSIONS = [
  "Array.from(new Set([3, 1, 3, 2]))",
  "Array.from('añ😀b')",
  "Array.from({ length: 3, 0: 'x', 2: 'z' })",
  "Array.from([1, 2], function (x, i) { return x * 10 + i; })",
  "Array.from(new Map([['a', 1], ['b', 2]]))",
  "Array.from(new Map([['a', 1], ['b', 2]]).keys())",
  "Array.from(new Map([['a', 1], ['b', 2]]).values())",
  "Array.from(new Set(new Map([['a', 1]]).entries()))",
  "new Map([['a', 1]]).set('b', 2).set('a', 3).size",
  "(function () { var m = new Map(); m.set(NaN, 1); return [m.get(NaN), m.has(NaN), m['delete'](NaN), m.size]; })()",
  "(function () { var s = new Set(['x']); var seen = []; s.add('y').forEach(function (v, k, c) { seen.push([v, k, c === s]); }); return seen; })()",
  "(function () { var m = new Map([[1, 'one']]); var seen = []; m.forEach(function (v, k) { seen.push(k + v); }); m.clear(); return [seen, m.size]; })()",
  "Array.from(new Map(new Map([['k', 'v']])))",
  "[1, [2, [3, [4]]]].flat()",
  "[1, [2, [3, [4]]]].flat(2)",
  "[1, , 3].flat()",
  "[1, 2].flatMap(function (x) { return [x, [x * 10]]; })",
  "[NaN, 1].includes(NaN)",
  "[1, 2, 3].includes(1, 1)",
  "[1, 2, 3].includes(3, -1)",
  "'ăâđ'.includes('â')",
  "'abc'.includes('c', 3)",
  "[5, 6, 7].find(function (x) { return x > 5; })",
  "[5, 6, 7].findIndex(function (x) { return x > 9; })",
  "Object.assign({ a: 1 }, { b: 2 }, null, undefined, { a: 3 })",
  "Object.entries({ a: 1, b: [2] })",
  "Object.values({ a: 1, b: 'x' })",
  "Object.fromEntries([['a', 1], ['b', 2]])",
  "Object.fromEntries(new Map([['x', 2]]))",
  "['abc'.startsWith('b', 1), 'abc'.startsWith('a', 1), 'abc'.startsWith('')]",
  "['abc'.endsWith('b', 2), 'abc'.endsWith('c'), 'abc'.endsWith('abcd')]",
  "['ab'.repeat(3), 'x'.repeat(0)]",
  "['5'.padStart(3, '0'), 'abc'.padStart(6, '12'), 'abc'.padStart(2), '7'.padStart(3)]",
  "['😀'.codePointAt(0), '😀'.codePointAt(1), 'a'.codePointAt(5), 'ệ'.codePointAt(0)]",
  "String.fromCodePoint(0x1f600, 97, 0x1ec7)",
  "[Math.imul(0x811c9dc5, 0x01000193), Math.imul(-5, 12), Math.imul(0xffffffff, 5), Math.imul(3, 4)]",
  "[Number.isFinite('1'), Number.isFinite(1), Number.isFinite(Infinity)]",
];

const THROWS = ["String.fromCodePoint(-1)", "String.fromCodePoint(1.5)", "'a'.repeat(-1)", "Array.from(null)"];

describe("the light pane's built-ins where IE11 has none", () => {
  beforeAll(() => ensureBuilt(), 240_000);

  let window: ReturnType<typeof ie11Window>;
  beforeAll(() => {
    window = ie11Window(path.join(root, "dist"));
    window.eval("window.Office = { Promise: window.officePromise };");
    window.eval(readFileSync(path.join(root, "dist", "lite-polyfills.js"), "utf8"));
  });

  test.each(EXPRESSIONS)("%s", (expression) => {
    expect(window.eval(`JSON.stringify(${expression})`)).toBe(runInNewContext(`JSON.stringify(${expression})`));
  });

  test.each(THROWS)("%s throws, as the native does", (expression) => {
    expect(() => runInNewContext(expression)).toThrow();
    expect(() => window.eval(expression)).toThrow();
  });

  test("IE11's Map and Set are replaced; what IE11 already has is not", () => {
    expect(window.eval("typeof Map.prototype.entries")).toBe("function");
    expect(window.eval("'@@iterator' in String.prototype")).toBe(true);
    // Node has them all: nothing is installed over a native.
    const before = [Array.from, Map, String.prototype.includes, Object.assign];
    jest.isolateModules(() => {
      const { installBuiltins, BUILTINS } = require("../src/lite/polyfills/builtins") as typeof import("../src/lite/polyfills/builtins");
      (globalThis as unknown as { window: unknown }).window = globalThis;
      try {
        installBuiltins(Object.keys(BUILTINS));
      } finally {
        delete (globalThis as unknown as { window?: unknown }).window;
      }
    });
    expect([Array.from, Map, String.prototype.includes, Object.assign]).toEqual(before);
    const leaked = "@@iterator" in String.prototype;
    if (leaked) delete (String.prototype as unknown as Record<string, unknown>)["@@iterator"];
    expect(leaked).toBe(false);
  });
});
