/**
 * A minimal TextDecoder for Internet Explorer 11, which lacks it: UTF-8 (the default), UTF-16LE and UTF-16BE, whole
 * buffers only. Malformed input becomes U+FFFD as the WHATWG Encoding Standard's decoders have it (one per maximal
 * subpart of an ill-formed UTF-8 sequence), and a leading byte order mark is dropped unless ignoreBOM is set.
 * Not supported, and refused with a TypeError rather than ignored: fatal: true and decode(..., { stream: true }).
 *
 * Written for Babel's ES5 output with no other polyfill. Importing this module installs nothing; the light pane's
 * entry calls installTextDecoder().
 */

type Encoding = "utf-8" | "utf-16le" | "utf-16be";

/** The WHATWG labels of the three encodings, lower case. */
const LABELS: { [label: string]: Encoding | undefined } = {
  "unicode-1-1-utf-8": "utf-8",
  unicode11utf8: "utf-8",
  unicode20utf8: "utf-8",
  "utf-8": "utf-8",
  utf8: "utf-8",
  "x-unicode20utf8": "utf-8",
  csunicode: "utf-16le",
  "iso-10646-ucs-2": "utf-16le",
  "ucs-2": "utf-16le",
  unicode: "utf-16le",
  unicodefeff: "utf-16le",
  "utf-16": "utf-16le",
  "utf-16le": "utf-16le",
  unicodefffe: "utf-16be",
  "utf-16be": "utf-16be",
};

/** Code units per String.fromCharCode.apply call, well within every engine's argument limit. */
const CHUNK = 8192;
const REPLACEMENT = 0xfffd;

export interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}

/** Collects code units and turns them into a string CHUNK units at a time, so that megabytes do not overflow. */
class Output {
  private readonly parts: string[] = [];
  private readonly units: number[] = [];
  private count = 0;

  push(unit: number): void {
    this.units[this.count++] = unit;
    if (this.count === CHUNK) this.flush();
  }

  private flush(): void {
    this.units.length = this.count;
    this.parts.push(String.fromCharCode.apply(null, this.units));
    this.count = 0;
  }

  /** The string, without a leading U+FEFF when dropBOM. */
  result(dropBOM: boolean): string {
    this.flush();
    const s = this.parts.join("");
    return dropBOM && s.charCodeAt(0) === 0xfeff ? s.substring(1) : s;
  }
}

function isArrayBuffer(value: unknown): value is ArrayBuffer {
  // Not instanceof: a buffer from another window or realm has another ArrayBuffer.
  return Object.prototype.toString.call(value) === "[object ArrayBuffer]";
}

function bytesOf(input: ArrayBuffer | ArrayBufferView | undefined): Uint8Array {
  if (input === undefined) return new Uint8Array(0);
  if (isArrayBuffer(input)) return new Uint8Array(input);
  const view = input as ArrayBufferView;
  if (view && typeof view === "object" && isArrayBuffer(view.buffer) && typeof view.byteOffset === "number") {
    return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  }
  throw new TypeError("TextDecoder.decode: the input must be an ArrayBuffer or an ArrayBufferView");
}

/** The WHATWG UTF-8 decoder: U+FFFD for each maximal subpart of an ill-formed sequence, and for a truncated end. */
function decodeUtf8(bytes: Uint8Array, out: Output): void {
  let needed = 0; // continuation bytes still to come
  let code = 0;
  let lower = 0x80; // the range the next continuation byte must fall in
  let upper = 0xbf;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (needed === 0) {
      if (byte <= 0x7f) out.push(byte);
      else if (byte >= 0xc2 && byte <= 0xdf) {
        needed = 1;
        code = byte & 0x1f;
      } else if (byte >= 0xe0 && byte <= 0xef) {
        if (byte === 0xe0) lower = 0xa0; // no overlong forms
        if (byte === 0xed) upper = 0x9f; // no surrogates
        needed = 2;
        code = byte & 0xf;
      } else if (byte >= 0xf0 && byte <= 0xf4) {
        if (byte === 0xf0) lower = 0x90; // no overlong forms
        if (byte === 0xf4) upper = 0x8f; // nothing above U+10FFFF
        needed = 3;
        code = byte & 0x7;
      } else out.push(REPLACEMENT);
      continue;
    }
    if (byte < lower || byte > upper) {
      // The sequence so far is one maximal subpart: one U+FFFD, and this byte starts afresh.
      needed = 0;
      lower = 0x80;
      upper = 0xbf;
      out.push(REPLACEMENT);
      i--;
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    code = (code << 6) | (byte & 0x3f);
    if (--needed > 0) continue;
    if (code > 0xffff) {
      code -= 0x10000;
      out.push(0xd800 + (code >> 10));
      out.push(0xdc00 + (code & 0x3ff));
    } else out.push(code);
  }
  if (needed > 0) out.push(REPLACEMENT);
}

/** The WHATWG shared UTF-16 decoder: U+FFFD for an unpaired surrogate, and one for an odd byte or lead surrogate at the end. */
function decodeUtf16(bytes: Uint8Array, bigEndian: boolean, out: Output): void {
  const even = bytes.length - (bytes.length % 2);
  let lead = -1; // a lead surrogate waiting for its trail
  for (let i = 0; i < even; i += 2) {
    const unit = bigEndian ? (bytes[i] << 8) | bytes[i + 1] : (bytes[i + 1] << 8) | bytes[i];
    if (lead >= 0) {
      if (unit >= 0xdc00 && unit <= 0xdfff) {
        out.push(lead);
        out.push(unit);
        lead = -1;
        continue;
      }
      out.push(REPLACEMENT);
      lead = -1;
    }
    if (unit >= 0xd800 && unit <= 0xdbff) lead = unit;
    else if (unit >= 0xdc00 && unit <= 0xdfff) out.push(REPLACEMENT);
    else out.push(unit);
  }
  if (lead >= 0 || even < bytes.length) out.push(REPLACEMENT);
}

/** A label as the standard matches it: without surrounding ASCII whitespace, in lower case. */
function labelKey(label: string): string {
  return String(label)
    .replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, "")
    .toLowerCase();
}

/** TextDecoder for UTF-8 and UTF-16, whole buffers only; installTextDecoder() puts it where IE11 has none. */
export class TextDecoderPolyfill {
  readonly encoding: Encoding;
  readonly fatal = false;
  readonly ignoreBOM: boolean;

  constructor(label?: string, options?: TextDecoderOptions) {
    const key = label === undefined ? "utf-8" : labelKey(label);
    const encoding = Object.prototype.hasOwnProperty.call(LABELS, key) ? LABELS[key] : undefined; // not "constructor"
    if (encoding === undefined) throw new RangeError(`The "${String(label)}" encoding is not supported by this TextDecoder`);
    if (options && options.fatal) throw new TypeError("This TextDecoder does not support fatal: true");
    this.encoding = encoding;
    this.ignoreBOM = !!(options && options.ignoreBOM);
  }

  decode(input?: ArrayBuffer | ArrayBufferView, options?: { stream?: boolean }): string {
    if (options && options.stream) throw new TypeError("This TextDecoder does not support streaming");
    const bytes = bytesOf(input);
    const out = new Output();
    if (this.encoding === "utf-8") decodeUtf8(bytes, out);
    else decodeUtf16(bytes, this.encoding === "utf-16be", out);
    return out.result(!this.ignoreBOM);
  }
}

/** The global object, in IE11 as elsewhere. */
function globalObject(): { TextDecoder?: unknown } {
  if (typeof globalThis !== "undefined") return globalThis as { TextDecoder?: unknown };
  if (typeof self !== "undefined") return self as unknown as { TextDecoder?: unknown };
  return window as unknown as { TextDecoder?: unknown };
}

/** Installs TextDecoder when the browser lacks it (IE11); leaves a native one alone. */
export function installTextDecoder(): void {
  const global = globalObject();
  if (typeof global.TextDecoder !== "function") global.TextDecoder = TextDecoderPolyfill;
}
