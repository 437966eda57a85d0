/**
 * The ES2015–2019 built-ins the light pane's code uses and Internet Explorer 11 lacks, each installed only where
 * it is missing, in a few lines each rather than a general library (core-js brought 21 KB gzip for the same list).
 *
 * Iteration goes through the "@@iterator" key, which Babel's for-of and spread helpers and regenerator's
 * generators use when there is no Symbol: Map, Set and strings get one here, arrays need none (the helpers take
 * arrays as they are). Map and Set keep IE11's own for storage and order, and iterate over a snapshot taken when
 * iteration starts: entries added during a for-of are not visited (the pane's code never adds while it iterates).
 *
 * Written for Babel's ES5 output with no other polyfill: plain functions and loops.
 */

type Installer = () => void;
type AnyRecord = Record<string, unknown>;

const ITERATOR = "@@iterator";

function define(target: object, name: string, value: unknown): void {
  if (name in target) return;
  Object.defineProperty(target, name, { value, writable: true, enumerable: false, configurable: true });
}

/** An iterator over a list taken now, with "@@iterator" returning itself as iterators do. */
function listIterator<T>(items: T[]): Iterator<T> {
  let next = 0;
  const iterator = {
    next: (): IteratorResult<T> => (next < items.length ? { value: items[next++], done: false } : { value: undefined, done: true }),
  };
  (iterator as unknown as AnyRecord)[ITERATOR] = () => iterator;
  return iterator as Iterator<T>;
}

/** What Array.from and the constructors take: anything with an iterator, else an array-like. */
function toList(items: unknown): unknown[] {
  if (items === null || items === undefined) throw new TypeError(items + " is not iterable");
  const record = Object(items) as AnyRecord;
  const symbolIterator = typeof Symbol === "function" ? (Symbol.iterator as unknown as string) : undefined;
  const method = (record[ITERATOR] ?? (symbolIterator ? record[symbolIterator] : undefined)) as (() => Iterator<unknown>) | undefined;
  const out: unknown[] = [];
  if (typeof method === "function" && !Array.isArray(items)) {
    const iterator = method.call(items);
    for (let step = iterator.next(); !step.done; step = iterator.next()) out.push(step.value);
    return out;
  }
  const length = Number(record.length) || 0;
  for (let i = 0; i < length; i++) out.push(record[i]);
  return out;
}

/** Map or Set over IE11's own: its constructor takes no iterable, `set`/`add` return nothing, and nothing iterates. */
function collection(kind: "Map" | "Set"): void {
  const global = window as unknown as AnyRecord;
  const Native = global[kind] as (new () => AnyRecord) | undefined;
  if (Native && ITERATOR in Native.prototype) return;
  if (Native && typeof Symbol === "function" && (Symbol.iterator as unknown as string) in Native.prototype) return;
  const isMap = kind === "Map";
  function Collection(this: AnyRecord, items?: unknown) {
    const store = Native ? new Native() : null;
    if (!store) throw new TypeError(kind + " is not supported");
    this.store = store;
    if (items === null || items === undefined) return;
    const list = toList(items);
    for (let i = 0; i < list.length; i++) {
      if (isMap) (store.set as (k: unknown, v: unknown) => void).call(store, (list[i] as unknown[])[0], (list[i] as unknown[])[1]);
      else (store.add as (v: unknown) => void).call(store, list[i]);
    }
  }
  const proto = Collection.prototype as AnyRecord;
  const store = (self: AnyRecord) => self.store as AnyRecord & { forEach(f: (v: unknown, k: unknown) => void): void; size: number };
  const call = (name: string) =>
    function (this: AnyRecord, a?: unknown, b?: unknown) {
      return (store(this)[name] as (a?: unknown, b?: unknown) => unknown).call(store(this), a, b);
    };
  proto.get = call("get");
  proto.has = call("has");
  proto["delete"] = call("delete");
  proto.clear = call("clear");
  proto[isMap ? "set" : "add"] = function (this: AnyRecord, a: unknown, b?: unknown) {
    (store(this)[isMap ? "set" : "add"] as (a: unknown, b?: unknown) => void).call(store(this), a, b);
    return this;
  };
  proto.forEach = function (this: AnyRecord, callback: (v: unknown, k: unknown, c: unknown) => void, thisArg?: unknown) {
    const self = this;
    store(this).forEach((value, key) => callback.call(thisArg, value, isMap ? key : value, self));
  };
  const snapshot = (self: AnyRecord, pick: (value: unknown, key: unknown) => unknown) => {
    const items: unknown[] = [];
    store(self).forEach((value, key) => items.push(pick(value, isMap ? key : value)));
    return listIterator(items);
  };
  proto.keys = function (this: AnyRecord) {
    return snapshot(this, (_value, key) => key);
  };
  proto.values = function (this: AnyRecord) {
    return snapshot(this, (value) => value);
  };
  proto.entries = function (this: AnyRecord) {
    return snapshot(this, (value, key) => [key, value]);
  };
  proto[ITERATOR] = isMap ? proto.entries : proto.values;
  Object.defineProperty(proto, "size", {
    get: function (this: AnyRecord) {
      return store(this).size;
    } as () => number,
  });
  global[kind] = Collection;
}

/** Each built-in by the name test/lite-es5.test.ts gives it: "Map", "Array.from", ".find" (a prototype method). */
export const BUILTINS: Record<string, Installer> = {
  Map: () => collection("Map"),
  Set: () => collection("Set"),
  // Strings iterate by code point, as for-of and Array.from do; where Symbol exists they already can.
  "String.prototype.@@iterator": () =>
    typeof Symbol === "function" ||
    define(String.prototype, ITERATOR, function (this: string) {
      const text = String(this);
      const points: string[] = [];
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const pair =
          code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff;
        points.push(pair ? text.slice(i, ++i + 1) : text.charAt(i));
      }
      return listIterator(points);
    }),
  "Array.from": () =>
    define(Array, "from", function (items: unknown, map?: (value: unknown, index: number) => unknown) {
      const list = toList(items);
      return map ? list.map((value, index) => map(value, index)) : list;
    }),
  ".find": () =>
    define(Array.prototype, "find", function (this: unknown[], test: (v: unknown, i: number, a: unknown[]) => boolean, thisArg?: unknown) {
      for (let i = 0; i < this.length; i++) if (test.call(thisArg, this[i], i, this)) return this[i];
      return undefined;
    }),
  ".findIndex": () =>
    define(
      Array.prototype,
      "findIndex",
      function (this: unknown[], test: (v: unknown, i: number, a: unknown[]) => boolean, thisArg?: unknown) {
        for (let i = 0; i < this.length; i++) if (test.call(thisArg, this[i], i, this)) return i;
        return -1;
      },
    ),
  ".includes": () => {
    define(Array.prototype, "includes", function (this: unknown[], value: unknown, from?: number) {
      for (let i = Math.max(0, from === undefined ? 0 : from < 0 ? this.length + from : from); i < this.length; i++) {
        // SameValueZero: NaN is found, as includes (unlike indexOf) finds it.
        if (this[i] === value || (value !== value && this[i] !== this[i])) return true;
      }
      return false;
    });
    define(String.prototype, "includes", function (this: string, search: string, from?: number) {
      return String(this).indexOf(search, from) !== -1;
    });
  },
  ".flat": () =>
    define(Array.prototype, "flat", function flat(this: unknown[], depth?: number): unknown[] {
      const levels = depth === undefined ? 1 : Number(depth);
      const out: unknown[] = [];
      for (let i = 0; i < this.length; i++) {
        if (!(i in this)) continue;
        const item = this[i];
        if (levels >= 1 && Array.isArray(item)) {
          const inner = flat.call(item, levels - 1);
          for (let j = 0; j < inner.length; j++) out.push(inner[j]);
        } else out.push(item);
      }
      return out;
    }),
  ".flatMap": () =>
    define(
      Array.prototype,
      "flatMap",
      function (this: unknown[], map: (v: unknown, i: number, a: unknown[]) => unknown, thisArg?: unknown) {
        const out: unknown[] = [];
        for (let i = 0; i < this.length; i++) {
          if (!(i in this)) continue;
          const mapped = map.call(thisArg, this[i], i, this);
          if (Array.isArray(mapped)) for (let j = 0; j < mapped.length; j++) out.push(mapped[j]);
          else out.push(mapped);
        }
        return out;
      },
    ),
  "Object.assign": () =>
    define(Object, "assign", function (target: AnyRecord, ...sources: AnyRecord[]) {
      const to = Object(target) as AnyRecord;
      for (let s = 0; s < sources.length; s++) {
        const source = sources[s];
        if (source === null || source === undefined) continue;
        for (const key in source) if (Object.prototype.hasOwnProperty.call(source, key)) to[key] = source[key];
      }
      return to;
    }),
  "Object.entries": () =>
    define(Object, "entries", function (object: AnyRecord) {
      return Object.keys(object).map((key) => [key, object[key]]);
    }),
  "Object.values": () =>
    define(Object, "values", function (object: AnyRecord) {
      return Object.keys(object).map((key) => object[key]);
    }),
  "Object.fromEntries": () =>
    define(Object, "fromEntries", function (entries: unknown) {
      const out: AnyRecord = {};
      const list = toList(entries) as [string, unknown][];
      for (let i = 0; i < list.length; i++) out[list[i][0]] = list[i][1];
      return out;
    }),
  ".startsWith": () =>
    define(String.prototype, "startsWith", function (this: string, search: string, at?: number) {
      const from = at === undefined ? 0 : Math.max(0, at | 0);
      return String(this).substr(from, String(search).length) === String(search);
    }),
  ".endsWith": () =>
    define(String.prototype, "endsWith", function (this: string, search: string, end?: number) {
      const text = String(this);
      const stop = end === undefined ? text.length : Math.min(Math.max(0, end | 0), text.length);
      const start = stop - String(search).length;
      return start >= 0 && text.slice(start, stop) === String(search);
    }),
  ".repeat": () =>
    define(String.prototype, "repeat", function (this: string, count: number) {
      if (count < 0 || count === Infinity) throw new RangeError("Invalid count value");
      let out = "";
      for (let i = 0; i < (count | 0); i++) out += this;
      return out;
    }),
  ".padStart": () =>
    define(String.prototype, "padStart", function (this: string, length: number, fill?: string) {
      const text = String(this);
      const pad = fill === undefined ? " " : String(fill);
      if (text.length >= length || pad === "") return text;
      let padding = "";
      while (padding.length < length - text.length) padding += pad;
      return padding.slice(0, length - text.length) + text;
    }),
  ".codePointAt": () =>
    define(String.prototype, "codePointAt", function (this: string, at: number) {
      const text = String(this);
      const first = text.charCodeAt(at);
      if (first !== first) return undefined;
      const second = text.charCodeAt(at + 1);
      return first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff
        ? (first - 0xd800) * 0x400 + second - 0xdc00 + 0x10000
        : first;
    }),
  "String.fromCodePoint": () =>
    define(String, "fromCodePoint", function (...codes: number[]) {
      let out = "";
      for (let i = 0; i < codes.length; i++) {
        const code = Number(codes[i]);
        if (!(code >= 0 && code <= 0x10ffff && code % 1 === 0)) throw new RangeError("Invalid code point " + code);
        out += code <= 0xffff ? String.fromCharCode(code) : String.fromCharCode(0xd7c0 + (code >> 10), 0xdc00 + (code & 0x3ff));
      }
      return out;
    }),
  "Math.imul": () =>
    define(Math, "imul", function (a: number, b: number) {
      const aLow = a & 0xffff;
      const bLow = b & 0xffff;
      return (aLow * bLow + ((((a >>> 16) * bLow + aLow * (b >>> 16)) & 0xffff) << 16)) | 0;
    }),
  "Number.isFinite": () =>
    define(Number, "isFinite", function (value: unknown) {
      return typeof value === "number" && isFinite(value);
    }),
};

/** Installs the named built-ins where they are missing. */
export function installBuiltins(names: readonly string[]): void {
  for (let i = 0; i < names.length; i++) BUILTINS[names[i]]();
}
