/**
 * The light pane's polyfills for IE11 (src/lite/polyfills), checked against Node's native String.prototype.normalize
 * and TextDecoder, which follow the same standards.
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";
import { installNormalize, nfc, nfd } from "../src/lite/polyfills/normalize";
import { installTextDecoder, TextDecoderPolyfill } from "../src/lite/polyfills/text-decoder";

/** A seeded generator (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)];
const integer = (next: () => number, below: number): number => Math.floor(next() * below);

/** "U+0065 U+0323 U+0302": strings as code points, for readable failures. */
const show = (s: string): string => Array.from(s, (c) => "U+" + c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")).join(" ");
const showBytes = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join(" ");

/** The inputs on which the polyfill's nfc and nfd differ from the native forms, shown as code points. */
function normalizeMismatches(inputs: readonly string[]): string[] {
  const found: string[] = [];
  for (const s of inputs) {
    for (const [form, ours] of [
      ["NFC", nfc],
      ["NFD", nfd],
    ] as const) {
      const got = ours(s);
      const want = s.normalize(form);
      if (got !== want) found.push(`${form}(${show(s)}): got ${show(got)}, want ${show(want)}`);
    }
  }
  return found;
}

const range = (from: number, to: number): string[] => {
  const out: string[] = [];
  for (let cp = from; cp <= to; cp++) if (cp < 0xd800 || cp > 0xdfff) out.push(String.fromCodePoint(cp));
  return out;
};

const TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]; // ngang, huyền, sắc, hỏi, ngã, nặng
const VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
/** The 134 letters of Vietnamese beyond ASCII: 12 vowels with 5 tones, ă â ê ô ơ ư đ, in both cases. */
const VIETNAMESE = (() => {
  const lower = new Set<string>();
  for (const vowel of VOWELS) for (const tone of TONES) lower.add((vowel + tone).normalize("NFC"));
  lower.add("đ");
  for (const ascii of ["a", "e", "i", "o", "u", "y"]) lower.delete(ascii);
  return [...lower, ...[...lower].map((letter) => letter.toUpperCase())];
})();

describe("String.prototype.normalize polyfill: nfc and nfd", () => {
  test("every code point of U+0000–U+036F and U+1E00–U+1EFF, and its native NFD and NFC, match native", () => {
    const singles = [...range(0, 0x36f), ...range(0x1e00, 0x1eff)];
    expect(normalizeMismatches(singles)).toEqual([]);
    expect(normalizeMismatches(singles.map((c) => c.normalize("NFD")))).toEqual([]);
    expect(normalizeMismatches(singles.map((c) => c.normalize("NFC")))).toEqual([]);
    for (const c of singles) expect(nfc(nfd(c))).toBe(c.normalize("NFC"));
  });

  test("the 134 Vietnamese letters with their tones, in every case and form", () => {
    expect(VIETNAMESE).toHaveLength(134);
    for (const letter of VIETNAMESE) expect(letter).toHaveLength(1);
    expect(normalizeMismatches(VIETNAMESE)).toEqual([]);
    expect(normalizeMismatches(VIETNAMESE.map((letter) => letter.normalize("NFD")))).toEqual([]);
    // ệ is e, then U+0323 (class 220) before U+0302 (230); ở is o, U+031B (216), U+0309 (230).
    expect(nfd("ệ")).toBe("e\u0323\u0302");
    expect(nfd("ở")).toBe("o\u031B\u0309");
    expect(nfc("e\u0323\u0302")).toBe("ệ");
    expect(nfc("Ở".normalize("NFD"))).toBe("Ở");
    const sentence = "Báo cáo kết quả thực hiện nhiệm vụ năm 2024 của Sở Lao động - Thương binh và Xã hội";
    expect(nfc(sentence.normalize("NFD"))).toBe(sentence);
    expect(nfd(sentence)).toBe(sentence.normalize("NFD"));
  });

  test("marks out of canonical order are reordered, composed when not blocked", () => {
    const cases = [
      "o\u0309\u031B",
      "O\u0309\u031B",
      "u\u0303\u031B",
      "e\u0302\u0323",
      "e\u0323\u0302",
      "a\u0301\u0301",
      "a\u0301\u0323",
      "a\u0323\u0301\u0306",
      "a\u0306\u0323\u0301",
      "ê\u0323",
      "ệ\u0301",
      "o\u031B\u0323\u031B",
      "\u0301a",
      "\u0301\u0323",
      "a\u0334\u0301",
      "c\u0301\u0327",
      "s\u0307\u0323",
      "\u1E9B\u0323",
      "\u017F\u0323\u0307",
      "a\u0344",
      "a\u0340\u0341",
      "\u0308\u0301",
      "=\u0338",
      "<\u0338\u0338",
      "A\u030A\u0301",
      "\u212B",
      "\u212A",
      "\u00A8\u0301",
      "a\u034F\u0301",
      "a b\u0301",
    ];
    expect(normalizeMismatches(cases)).toEqual([]);
    expect(nfc("o\u0309\u031B")).toBe("ở");
    expect(nfd("e\u0302\u0323")).toBe("e\u0323\u0302");
    expect(nfc("a\u0301\u0301")).toBe("á\u0301"); // the second acute is blocked by the first
  });

  test("Hangul, CJK, other scripts and emoji are outside the table and pass through unchanged", () => {
    // Outside the table every character passes through unchanged, so these equal their input. Natively, NFD also
    // splits Hangul syllables into jamo, and NFC composes jamo, Greek and Cyrillic letters with their marks; the
    // light pane's text never needs those.
    const outside = ["한국어", "\u1112\u1161\u11AB", "漢字かなカナ", "👍🏽", "👨‍👩‍👧", "\uD800x\uDC00", "Ω\u0301", "И\u0306", "\u0958"];
    for (const s of outside) {
      expect(nfc(s)).toBe(s);
      expect(nfd(s)).toBe(s);
    }
    expect("한".normalize("NFD")).not.toBe("한"); // natively decomposed: one of the differences above
    // Over the whole BMP and a slice of the supplementary planes: a character either matches native or, outside the
    // table's ranges, passes through unchanged.
    const singles = [...range(0, 0xffff), ...range(0x1f000, 0x1ffff), ...range(0x2f800, 0x2fa1f)];
    const wrong = normalizeMismatches(singles).filter((line) => {
      const cp = parseInt(line.slice(6, line.indexOf(")")), 16);
      const inside = cp <= 0x36f || (cp >= 0x1e00 && cp <= 0x1eff);
      const s = String.fromCodePoint(cp);
      return inside || nfc(s) !== s || nfd(s) !== s;
    });
    expect(wrong).toEqual([]);
  });

  test("a few thousand seeded random strings of Vietnamese letters and marks in random order match native", () => {
    const next = random(20240517);
    const alphabet = [
      ..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐEÊIOÔƠUƯY ,.",
      ...VIETNAMESE,
      ..."çąǖḉṩẛ=<>ÅÆØſ",
      ...VIETNAMESE.map((letter) => letter.normalize("NFD")),
    ];
    const marks = [
      "\u0300",
      "\u0301",
      "\u0302",
      "\u0303",
      "\u0306",
      "\u0309",
      "\u031B",
      "\u0323",
      "\u0308",
      "\u0327",
      "\u0328",
      "\u0304",
      "\u030C",
      "\u0338",
      "\u0307",
      "\u030A",
      "\u0340",
      "\u0344",
    ];
    const inputs: string[] = [];
    for (let n = 0; n < 4000; n++) {
      let s = "";
      const length = 1 + integer(next, 12);
      for (let k = 0; k < length; k++) s += next() < 0.35 ? pick(next, marks) : pick(next, alphabet);
      inputs.push(s);
    }
    expect(normalizeMismatches(inputs)).toEqual([]);
    expect(normalizeMismatches(inputs.map((s) => s.normalize("NFD")))).toEqual([]);
  });

  test("long text is normalised in one piece", () => {
    const text = "Thực hiện nhiệm vụ năm ".repeat(20000);
    expect(nfd(text)).toBe(text.normalize("NFD"));
    expect(nfc(text.normalize("NFD"))).toBe(text);
  });
});

/** Deletes a property for the length of fn and puts it back as it was. */
function without(target: object, key: string, fn: () => void): void {
  const saved = Object.getOwnPropertyDescriptor(target, key);
  delete (target as Record<string, unknown>)[key];
  try {
    fn();
  } finally {
    delete (target as Record<string, unknown>)[key];
    if (saved) Object.defineProperty(target, key, saved);
  }
}

describe("installNormalize", () => {
  test("leaves a native String.prototype.normalize alone", () => {
    const native = String.prototype.normalize;
    installNormalize();
    expect(String.prototype.normalize).toBe(native);
  });

  test("installs the polyfill when the method is missing, as the specification describes it", () => {
    const native = String.prototype.normalize;
    without(String.prototype, "normalize", () => {
      expect(typeof (String.prototype as { normalize?: unknown }).normalize).toBe("undefined");
      installNormalize();
      const installed = String.prototype.normalize;
      expect(installed).not.toBe(native);
      expect(installed.length).toBe(0);
      expect(Object.getOwnPropertyDescriptor(String.prototype, "normalize")).toMatchObject({
        writable: true,
        enumerable: false,
        configurable: true,
      });
      expect("ệ".normalize("NFD")).toBe("e\u0323\u0302");
      expect("e\u0323\u0302".normalize()).toBe("ệ");
      expect("e\u0323\u0302".normalize(undefined)).toBe("ệ");
      expect("e\u0323\u0302".normalize("NFC")).toBe("ệ");
      expect(installed.call(123)).toBe("123");
      expect(() => "a".normalize("nfc")).toThrow(RangeError);
      expect(() => "a".normalize("")).toThrow(RangeError);
      expect(() => "a".normalize("NFKC")).toThrow(/only provides the canonical forms/);
      expect(() => "a".normalize("NFKD")).toThrow(RangeError);
      expect(() => installed.call(null)).toThrow(TypeError);
      expect(() => installed.call(undefined)).toThrow(TypeError);
      expect(() => "a".normalize(Symbol() as unknown as string)).toThrow(TypeError);
      installNormalize(); // a second call keeps the first installation
      expect(String.prototype.normalize).toBe(installed);
    });
    expect(String.prototype.normalize).toBe(native);
  });
});

/** The inputs on which the polyfill's decode differs from Node's, shown as bytes and code points. */
function decodeMismatches(label: string, inputs: readonly Uint8Array[], options?: { ignoreBOM?: boolean }): string[] {
  const ours = new TextDecoderPolyfill(label, options);
  const native = new NodeTextDecoder(label, options);
  const found: string[] = [];
  for (const bytes of inputs) {
    const got = ours.decode(bytes);
    const want = native.decode(bytes);
    if (got !== want) found.push(`${label} [${showBytes(bytes)}]: got ${show(got)}, want ${show(want)}`);
  }
  return found;
}

const utf8 = (s: string): number[] => Array.from(new NodeTextEncoder().encode(s));

/** Byte sequences that UTF-8 decoders get wrong: overlong forms, surrogates, out of range, truncated, stray. */
const UTF8_TRAPS: number[][] = [
  [0xc0, 0x80],
  [0xc1, 0xbf],
  [0xe0, 0x80, 0x80],
  [0xe0, 0x9f, 0xbf],
  [0xed, 0xa0, 0x80],
  [0xed, 0xbf, 0xbf],
  [0xed, 0x9f, 0xbf],
  [0xf0, 0x80, 0x80, 0x80],
  [0xf0, 0x8f, 0xbf, 0xbf],
  [0xf0, 0x90, 0x80, 0x80],
  [0xf4, 0x8f, 0xbf, 0xbf],
  [0xf4, 0x90, 0x80, 0x80],
  [0xf5, 0x80, 0x80, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xfc, 0x84, 0x80, 0x80, 0x80, 0x80],
  [0xfe],
  [0xff],
  [0x80],
  [0xbf],
  [0xc2],
  [0xe2, 0x82],
  [0xf0, 0x9f, 0x98],
  [0xf0, 0x9f],
  [0xef, 0xbb, 0xbf],
  [0xef, 0xbb],
  [0xef, 0xbf, 0xbe],
  [0xef, 0xbf, 0xbf],
  [0xf0, 0x9f, 0x98, 0x80],
  [0xf4, 0x8f, 0xbf, 0xbf],
  [0xe1, 0xbb, 0x87],
];

describe("TextDecoder polyfill", () => {
  test("UTF-8: fixed traps alone, after text and before it, with and without a BOM", () => {
    const inputs: Uint8Array[] = [new Uint8Array(0)];
    for (const trap of UTF8_TRAPS) {
      inputs.push(new Uint8Array(trap));
      inputs.push(new Uint8Array([...utf8("ệ"), ...trap]));
      inputs.push(new Uint8Array([...trap, 0x41]));
      inputs.push(new Uint8Array([...trap, ...trap]));
      inputs.push(new Uint8Array([0xef, 0xbb, 0xbf, ...trap]));
    }
    inputs.push(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41]));
    expect(decodeMismatches("utf-8", inputs)).toEqual([]);
    expect(decodeMismatches("utf-8", inputs, { ignoreBOM: true })).toEqual([]);
    expect(new TextDecoderPolyfill().decode(new Uint8Array([0xed, 0xa0, 0x80]))).toBe("\uFFFD\uFFFD\uFFFD");
    expect(new TextDecoderPolyfill().decode(new Uint8Array([0xf0, 0x9f, 0x98]))).toBe("\uFFFD");
    expect(new TextDecoderPolyfill().decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe("A");
  });

  test("UTF-8: seeded random byte arrays, mixed valid text and traps, match Node", () => {
    const next = random(51210);
    const texts = ["a", "ệ", "Đ", "ở", "€", "😀", "𝄞", "\u0000", "\u007F", "\u0080", "\u07FF", "\u0800", "\uFFFF", "\u{10FFFF}", "\uFEFF"];
    const inputs: Uint8Array[] = [];
    for (let n = 0; n < 5000; n++) {
      const bytes: number[] = [];
      const parts = integer(next, 10);
      for (let k = 0; k < parts; k++) {
        const kind = next();
        if (kind < 0.4) bytes.push(...utf8(pick(next, texts)));
        else if (kind < 0.6) bytes.push(...pick(next, UTF8_TRAPS));
        else if (kind < 0.8) bytes.push(integer(next, 256));
        else bytes.push(0x80 + integer(next, 0x80));
      }
      if (next() < 0.1) bytes.unshift(0xef, 0xbb, 0xbf);
      if (next() < 0.2 && bytes.length > 0) bytes.length -= 1; // truncate the last sequence
      inputs.push(new Uint8Array(bytes));
    }
    expect(decodeMismatches("utf-8", inputs)).toEqual([]);
    expect(decodeMismatches("utf-8", inputs, { ignoreBOM: true })).toEqual([]);
  });

  test("UTF-16LE and UTF-16BE: odd lengths, unpaired surrogates and BOMs match Node", () => {
    const next = random(7);
    const units = [0x0041, 0x1ec7, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xd83d, 0xde00, 0xfeff, 0xfffe, 0xfffd, 0x0000];
    const inputs: Uint8Array[] = [new Uint8Array(0), new Uint8Array([0xff]), new Uint8Array([0xfe, 0xff]), new Uint8Array([0xff, 0xfe])];
    for (let n = 0; n < 4000; n++) {
      const bytes: number[] = [];
      const count = integer(next, 8);
      for (let k = 0; k < count; k++) {
        const unit = next() < 0.7 ? pick(next, units) : integer(next, 0x10000);
        bytes.push(unit & 0xff, unit >> 8); // little-endian; the same bytes read big-endian give other units
      }
      if (next() < 0.3) bytes.push(integer(next, 256)); // an odd byte at the end
      if (next() < 0.15) bytes.unshift(...(next() < 0.5 ? [0xff, 0xfe] : [0xfe, 0xff]));
      inputs.push(new Uint8Array(bytes));
    }
    for (const label of ["utf-16le", "utf-16be"]) {
      expect(decodeMismatches(label, inputs)).toEqual([]);
      expect(decodeMismatches(label, inputs, { ignoreBOM: true })).toEqual([]);
    }
  });

  test("megabytes of text decode in one call", () => {
    const text = "Sở Lao động - Thương binh và Xã hội 😀 ".repeat(60000);
    const bytes = new NodeTextEncoder().encode(text);
    expect(bytes.length).toBeGreaterThan(2_000_000);
    expect(new TextDecoderPolyfill().decode(bytes)).toBe(text);
    const le = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      le[2 * i] = text.charCodeAt(i) & 0xff;
      le[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    expect(new TextDecoderPolyfill("utf-16le").decode(le)).toBe(text);
  });

  test("labels, inputs and the options it refuses", () => {
    expect(new TextDecoderPolyfill().encoding).toBe("utf-8");
    expect(new TextDecoderPolyfill(" UTF8 ").encoding).toBe("utf-8");
    expect(new TextDecoderPolyfill("Utf-16LE").encoding).toBe("utf-16le");
    expect(new TextDecoderPolyfill("UTF-16BE").encoding).toBe("utf-16be");
    for (const label of ["utf-8", "utf8", "UTF-8", "utf-16le", "utf-16be", "utf-16", "unicode-1-1-utf-8"]) {
      expect(new TextDecoderPolyfill(label).encoding).toBe(new NodeTextDecoder(label).encoding);
    }
    for (const label of ["latin1", "utf-32", "constructor", "__proto__", "toString", ""]) {
      expect(() => new TextDecoderPolyfill(label)).toThrow(RangeError);
    }
    expect(() => new TextDecoderPolyfill("utf-8", { fatal: true })).toThrow(TypeError);
    expect(() => new TextDecoderPolyfill().decode(new Uint8Array(1), { stream: true })).toThrow(TypeError);
    expect(() => new TextDecoderPolyfill().decode("abc" as unknown as Uint8Array)).toThrow(TypeError);
    const decoder = new TextDecoderPolyfill();
    expect(decoder.decode()).toBe("");
    const bytes = new Uint8Array([0x78, ...utf8("ệ"), 0x79]);
    expect(decoder.decode(bytes.buffer)).toBe("xệy");
    expect(decoder.decode(bytes.subarray(1, 4))).toBe("ệ");
    expect(decoder.decode(new DataView(bytes.buffer, 1, 3))).toBe("ệ");
    expect(decoder.decode(Buffer.from("Đà Nẵng"))).toBe("Đà Nẵng");
    expect(new TextDecoderPolyfill("utf-16le").decode(new Uint16Array([0xfeff, 0x41]))).toBe("A");
  });
});

describe("installTextDecoder", () => {
  const global = globalThis as { TextDecoder?: unknown };

  test("leaves a native TextDecoder alone", () => {
    const native = global.TextDecoder;
    expect(typeof native).toBe("function");
    installTextDecoder();
    expect(global.TextDecoder).toBe(native);
  });

  test("installs the polyfill when TextDecoder is missing", () => {
    const native = global.TextDecoder;
    without(globalThis, "TextDecoder", () => {
      expect(typeof global.TextDecoder).toBe("undefined");
      installTextDecoder();
      expect(global.TextDecoder).toBe(TextDecoderPolyfill);
      expect(new TextDecoder().decode(new Uint8Array(utf8("Hà Nội")))).toBe("Hà Nội");
    });
    expect(global.TextDecoder).toBe(native);
  });
});
