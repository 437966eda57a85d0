/**
 * A jsdom window with only the built-ins Internet Explorer 11 has, as it has them: for running the light pane's
 * built files (test/lite-ie11.test.ts) and its polyfills (test/lite-polyfills.test.ts) where IE11 would.
 */
import { readFile } from "fs/promises";
import * as path from "path";
import { DOMWindow, FetchOptions, JSDOM, ResourceLoader, VirtualConsole } from "jsdom";

const PAGE = "https://localhost/taskpane.html";

/** Serves the page's scripts from dist/, as the add-in's server would: the chunks the pane loads when needed. */
class DistLoader extends ResourceLoader {
  constructor(private readonly dist: string) {
    super();
  }

  override fetch(url: string, options: FetchOptions) {
    const file = new URL(url).pathname.replace(/^\//, "");
    if (!url.startsWith(new URL(PAGE).origin) || !/^[\w.-]+\.js$/.test(file)) return super.fetch(url, options);
    return Object.assign(readFile(path.join(this.dist, file)), { abort: () => undefined });
  }
}

/**
 * Run first in the window: leaves the built-ins Internet Explorer 11 has, as it has them. ES5 itself. globalThis
 * and Reflect go only once the simulated Word is installed (it sets its globals through them); the polyfills,
 * loaded before, see them, which IE11's would not.
 */
const AS_IE11 = `(function (g) {
  function drop(o, names) { for (var i = 0; i < names.length; i++) delete o[names[i]]; }
  // office.js brings a Promise of its own (Office.Promise, es6-promise in IE11), kept aside for the page's Office
  // stand-in: the native one, with an all() over plain arrays as es6-promise's, since arrays lose their iterator.
  var NativePromise = g.Promise;
  var OfficePromise = function (executor) { return new NativePromise(executor); };
  OfficePromise.prototype = NativePromise.prototype;
  OfficePromise.resolve = function (value) { return NativePromise.resolve(value); };
  OfficePromise.reject = function (reason) { return NativePromise.reject(reason); };
  OfficePromise.all = function (list) {
    return new NativePromise(function (resolve, reject) {
      var out = [], left = list.length;
      if (left === 0) resolve(out);
      for (var i = 0; i < list.length; i++) (function (i) {
        NativePromise.resolve(list[i]).then(function (value) { out[i] = value; if (--left === 0) resolve(out); }, reject);
      })(i);
    });
  };
  g.officePromise = OfficePromise;
  var typedArray = Object.getPrototypeOf(Uint8Array.prototype);
  var withIterators = [Array.prototype, String.prototype, Map.prototype, Set.prototype, typedArray, Object.getPrototypeOf([][Symbol.iterator]())];
  for (var i = 0; i < withIterators.length; i++) {
    var symbols = Object.getOwnPropertySymbols(withIterators[i]);
    for (var j = 0; j < symbols.length; j++) delete withIterators[i][symbols[j]];
  }
  drop(g, ["Symbol", "Promise", "Proxy", "queueMicrotask", "TextDecoder", "TextEncoder",
    "URLSearchParams", "fetch", "structuredClone", "WeakRef", "WeakSet", "BigInt", "AbortController"]);
  drop(Array, ["from", "of"]);
  drop(Array.prototype, ["find", "findIndex", "findLast", "findLastIndex", "includes", "flat", "flatMap", "fill",
    "copyWithin", "keys", "values", "entries", "at"]);
  drop(Object, ["assign", "entries", "values", "fromEntries", "getOwnPropertyDescriptors", "is", "getOwnPropertySymbols"]);
  drop(String, ["fromCodePoint", "raw"]);
  drop(String.prototype, ["includes", "startsWith", "endsWith", "padStart", "padEnd", "repeat", "normalize", "codePointAt",
    "trimStart", "trimEnd", "trimLeft", "trimRight", "matchAll", "replaceAll", "at"]);
  drop(Number, ["isFinite", "isInteger", "isNaN", "isSafeInteger", "EPSILON", "MAX_SAFE_INTEGER", "MIN_SAFE_INTEGER"]);
  drop(Math, ["imul", "sign", "trunc", "log10", "log2", "hypot", "cbrt", "clz32", "fround", "expm1", "log1p"]);
  drop(typedArray, ["slice", "fill", "indexOf", "lastIndexOf", "includes", "find", "findIndex", "forEach", "map", "filter",
    "reduce", "reduceRight", "some", "every", "join", "keys", "values", "entries", "copyWithin", "reverse", "sort", "at"]);
  var NativeRegExp = g.RegExp;
  // "flags" stays: V8's own String#split reads it (IE11's split is ES5 and needs nothing).
  drop(NativeRegExp.prototype, ["sticky", "unicode", "dotAll"]);
  var IERegExp = function RegExp(source, flags) {
    if (/[yus]/.test(flags || "")) throw new SyntaxError("Invalid regular expression flags");
    return new NativeRegExp(source, flags);
  };
  IERegExp.prototype = NativeRegExp.prototype;
  g.RegExp = IERegExp;
  function collection(Native, adds) {
    var C = function () {
      if (arguments.length > 0 && arguments[0] != null) throw new TypeError("IE11's " + adds + " takes no iterable");
      this._c = new Native();
    };
    C.prototype.get = function (k) { return this._c.get(k); };
    C.prototype.has = function (k) { return this._c.has(k); };
    C.prototype["delete"] = function (k) { return this._c["delete"](k); };
    C.prototype.clear = function () { this._c.clear(); };
    C.prototype.forEach = function (f, t) { var self = this; this._c.forEach(function (v, k) { f.call(t, v, k, self); }); };
    C.prototype[adds] = function (k, v) { if (adds === "set") this._c.set(k, v); else this._c.add(k); };
    Object.defineProperty(C.prototype, "size", { get: function () { return this._c.size; } });
    return C;
  }
  g.Map = collection(Map, "set");
  g.Set = collection(Set, "add");
})(window);`;

/**
 * A fresh window, stripped to IE11's built-ins, running what its eval is given and the scripts the page adds
 * (the pane's chunks, served from `dist`).
 */
export function ie11Window(dist: string, virtualConsole?: VirtualConsole): DOMWindow {
  const dom = new JSDOM('<!doctype html><html><head></head><body><div id="root"></div></body></html>', {
    runScripts: "dangerously",
    resources: new DistLoader(dist),
    url: PAGE,
    virtualConsole,
  });
  dom.window.eval(AS_IE11);
  if (
    dom.window.eval("typeof Symbol + typeof Promise + typeof Array.from + typeof ''.normalize") !== "undefinedundefinedundefinedundefined"
  ) {
    throw new Error("the window still has ES2015 built-ins");
  }
  return dom.window;
}
