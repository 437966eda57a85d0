/**
 * .docx files for the command line: unzip only the parts the reader needs, within limits, and hand their XML to
 * core/ooxml. Runs in Node and in the browser (no Node imports).
 *
 * Why not fflate's unzipSync: it inflates an entry into a buffer of the size the zip declares, so an entry that
 * declares 1 KB and inflates to 1 GB costs the CPU time of the whole gigabyte and comes back silently truncated.
 * Instead the central directory is read here (declared sizes are checked against the limits before anything is
 * inflated) and each entry goes through fflate's streaming Inflate in small slices with a running count, aborted
 * as soon as it passes its declared size: memory and time stay bounded by the limits whatever the zip claims.
 * The command line injects Node's zlib under the same contract, and a faster way to text (src/cli/node-codecs.ts).
 */

import { Inflate } from "fflate";
import { DocModel } from "../../core/model";
import { Utf8Part, WEB_EXTENSION_PART, WordprocessingMLParts, findPackageParts, readWordprocessingML } from "../../core/ooxml/read";
import { XmlElement, XmlError, parseXml } from "../../core/ooxml/xml";

export type DocxErrorCode = "not-zip" | "truncated" | "legacy-doc" | "encrypted" | "too-large" | "no-document" | "bad-xml";

const MESSAGES: Record<DocxErrorCode, string> = {
  "not-zip": "Tệp không phải là tài liệu Word (.docx): hãy mở tệp trong Word và lưu lại dưới dạng .docx",
  truncated: "Tệp .docx bị hỏng hoặc chưa được tải về hết: hãy lấy lại tệp gốc rồi kiểm tra lại",
  "legacy-doc": "Tệp là định dạng .doc cũ: hãy mở trong Word và lưu lại dưới dạng .docx",
  encrypted: "Tệp được đặt mật khẩu: hãy gỡ mật khẩu (File › Info › Protect Document) rồi kiểm tra lại",
  "too-large": "Tệp quá lớn hoặc được nén bất thường nên không được đọc: hãy mở trong Word, lưu lại dưới dạng .docx rồi kiểm tra lại",
  "no-document": "Tệp .docx không chứa văn bản Word: hãy mở trong Word và lưu lại dưới dạng .docx",
  "bad-xml": "Nội dung tệp .docx bị hỏng hoặc có cấu trúc không an toàn: hãy mở trong Word và lưu lại dưới dạng .docx",
};

/** A .docx that cannot be read. `message` is for the drafter (Vietnamese, says what to do); `detail` is technical. */
export class DocxError extends Error {
  readonly code: DocxErrorCode;
  readonly detail?: string;

  constructor(code: DocxErrorCode, detail?: string) {
    super(MESSAGES[code]);
    this.name = "DocxError";
    this.code = code;
    this.detail = detail;
  }
}

export interface DocxLimits {
  /** Entries in the zip's central directory. Default 10,000. */
  maxEntries?: number;
  /** Inflated bytes of any one part read. Default 64 MB. */
  maxPartBytes?: number;
  /** Inflated bytes of all parts read together. Default 256 MB. */
  maxTotalBytes?: number;
}

/**
 * Inflates raw deflate data of the part `name` into at most `cap` bytes: throws DocxError "too-large" as soon as
 * the output passes `cap`, "truncated" for corrupt or cut data, and nothing else.
 */
export type Inflater = (compressed: Uint8Array, cap: number, name: string) => Uint8Array;

/** How parts are inflated and turned into text: what runs everywhere by default, faster native code in Node. */
export interface Codecs {
  inflateRaw: Inflater;
  /** A UTF-8 part as the reader can take it undecoded, so that only the text it reads is decoded (see Utf8Part). */
  utf8Part?: (bytes: Uint8Array) => Utf8Part;
}

const MB = 1024 * 1024;
const DEFAULT_LIMITS: Required<DocxLimits> = { maxEntries: 10_000, maxPartBytes: 64 * MB, maxTotalBytes: 256 * MB };

/** Compressed bytes per Inflate push: at deflate's ~1:1032 best ratio, one push yields at most ~16 MB. */
const INFLATE_SLICE = 16 * 1024;

/** The start of an OLE compound file (the full signature continues A1 B1 1A E1; four bytes are enough to tell). */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
/** The stream an encrypted .docx keeps inside its OLE container, as its directory entry names it (UTF-16LE). */
const ENCRYPTED_PACKAGE = [..."EncryptedPackage"].flatMap((ch) => [ch.charCodeAt(0), 0]);

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

/** A plain loop: Internet Explorer 11's typed arrays have no indexOf. */
function contains(bytes: Uint8Array, pattern: readonly number[]): boolean {
  for (let at = 0; at < bytes.length; at++) {
    if (bytes[at] !== pattern[0]) continue;
    let i = 1;
    while (i < pattern.length && bytes[at + i] === pattern[i]) i++;
    if (i === pattern.length) return true;
  }
  return false;
}

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 2 ** 32;

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;

interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** The central directory, entries keyed by lower-cased name (part names are case-insensitive). */
function readCentralDirectory(bytes: Uint8Array, maxEntries: number): Map<string, ZipEntry> {
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(bytes, at) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end === -1) {
    // A zip's local headers come first and its directory last: a zip start without a directory was cut short.
    throw startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])
      ? new DocxError("truncated", "no end of central directory")
      : new DocxError("not-zip", "not a zip archive");
  }
  let count = u16(bytes, end + 10);
  let offset = u32(bytes, end + 16);
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && u32(bytes, end - 20) === ZIP64_LOCATOR) {
    const zip64End = u64(bytes, end - 12);
    if (zip64End + 56 > bytes.length || u32(bytes, zip64End) !== ZIP64_END) throw new DocxError("truncated", "bad zip64 directory");
    count = u64(bytes, zip64End + 32);
    offset = u64(bytes, zip64End + 48);
  }
  if (count > maxEntries) throw new DocxError("too-large", `${count} entries (limit ${maxEntries})`);

  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL_HEADER) throw new DocxError("truncated", "bad central directory");
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    };
    readZip64Extra(bytes, at + 46 + nameLength, extraLength, entry);
    entries.set(entry.name.toLowerCase(), entry);
    at += 46 + nameLength + extraLength + u16(bytes, at + 32);
  }
  return entries;
}

/** Sizes and offset too big for 32 bits are in the zip64 extra field, in this order, only where marked 0xFFFFFFFF. */
function readZip64Extra(bytes: Uint8Array, start: number, length: number, entry: ZipEntry): void {
  for (let at = start; at + 4 <= start + length; at += 4 + u16(bytes, at + 2)) {
    if (u16(bytes, at) !== 0x0001) continue;
    let field = at + 4;
    for (const key of ["size", "compressedSize", "localOffset"] as const) {
      if (entry[key] !== 0xffffffff) continue;
      entry[key] = u64(bytes, field);
      field += 8;
    }
    return;
  }
}

/** Reads parts out of a zip, inflating each within the part limit and all of them within the total limit. */
class PartReader {
  private inflatedTotal = 0;

  constructor(
    private readonly bytes: Uint8Array,
    readonly entries: Map<string, ZipEntry>,
    private readonly limits: Required<DocxLimits>,
    private readonly inflateRaw: Inflater,
  ) {}

  /** A part's bytes, or undefined when the zip has no such entry. */
  part(name: string): Uint8Array | undefined {
    const entry = this.entries.get(name.toLowerCase());
    return entry === undefined ? undefined : this.inflate(entry);
  }

  inflate(entry: ZipEntry): Uint8Array {
    const { bytes, limits } = this;
    const cap = Math.min(limits.maxPartBytes, limits.maxTotalBytes - this.inflatedTotal);
    if (entry.size > cap) throw new DocxError("too-large", `${entry.name} declares ${entry.size} bytes`);
    if (entry.flags & 1) throw new DocxError("encrypted", `${entry.name} is encrypted`);
    const at = entry.localOffset;
    if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL_HEADER) throw new DocxError("truncated", `no local header for ${entry.name}`);
    const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
    const end = start + entry.compressedSize;
    if (end > bytes.length) throw new DocxError("truncated", `${entry.name} runs past the end of the file`);
    const compressed = bytes.subarray(start, end);

    let data: Uint8Array;
    if (entry.method === 0) {
      if (compressed.length > cap) throw new DocxError("too-large", `${entry.name} is ${compressed.length} bytes`);
      data = compressed;
    } else if (entry.method === 8) {
      // The declared size passed the limits above; inflating past it means the zip lies, as zip bombs do.
      data = this.inflateRaw(compressed, entry.size, entry.name);
    } else {
      throw new DocxError("truncated", `${entry.name} uses compression method ${entry.method}`);
    }
    this.inflatedTotal += data.length;
    return data;
  }
}

/** The Inflater that runs everywhere: fflate in small slices, aborting as soon as the output passes `cap` bytes. */
function inflateWithin(compressed: Uint8Array, cap: number, name: string): Uint8Array {
  const chunks: Uint8Array[] = [];
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > cap) throw new DocxError("too-large", `${name} inflates past its declared ${cap} bytes`);
    chunks.push(chunk);
  });
  try {
    let at = 0;
    do {
      const next = at + INFLATE_SLICE;
      inflater.push(compressed.subarray(at, next), next >= compressed.length);
      at = next;
    } while (at < compressed.length);
  } catch (error) {
    if (error instanceof DocxError) throw error;
    throw new DocxError("truncated", `${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (chunks.length === 1) return chunks[0];
  const data = new Uint8Array(produced);
  let offset = 0;
  for (const chunk of chunks) {
    data.set(chunk, offset);
    offset += chunk.length;
  }
  return data;
}

/** XML parts are UTF-8 or, rarely, UTF-16 with a byte order mark: the TextDecoder label of a UTF-16 part. */
function utf16(data: Uint8Array): string | undefined {
  if (data[0] === 0xff && data[1] === 0xfe) return "utf-16le";
  if (data[0] === 0xfe && data[1] === 0xff) return "utf-16be";
  return undefined;
}

function decodeText(data: Uint8Array): string {
  return new TextDecoder(utf16(data)).decode(data);
}

const PORTABLE: Codecs = { inflateRaw: inflateWithin };

function mapParts<T>(parts: WordprocessingMLParts<Uint8Array>, convert: (data: Uint8Array) => T): WordprocessingMLParts<T> {
  const optional = (data: Uint8Array | undefined) => (data === undefined ? undefined : convert(data));
  return {
    document: convert(parts.document),
    styles: optional(parts.styles),
    numbering: optional(parts.numbering),
    comments: optional(parts.comments),
    theme: optional(parts.theme),
    webExtensions: parts.webExtensions?.map(convert),
  };
}

/**
 * Reads a .docx into the document model. Throws DocxError, and nothing else, for a file that is not a readable
 * Word document: legacy .doc, encrypted, not a zip, truncated, over the limits, without a main document, or with
 * XML the parser refuses (DOCTYPE, entities, malformed).
 */
export function readDocx(bytes: Uint8Array, limits: DocxLimits = {}, codecs: Codecs = PORTABLE): DocModel {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    // An OLE compound file is either a Word 97–2003 .doc or a password-protected .docx wrapped in one.
    throw contains(bytes, ENCRYPTED_PACKAGE) ? new DocxError("encrypted") : new DocxError("legacy-doc");
  }
  const limit: Required<DocxLimits> = {
    maxEntries: limits.maxEntries ?? DEFAULT_LIMITS.maxEntries,
    maxPartBytes: limits.maxPartBytes ?? DEFAULT_LIMITS.maxPartBytes,
    maxTotalBytes: limits.maxTotalBytes ?? DEFAULT_LIMITS.maxTotalBytes,
  };
  const parts = new PartReader(bytes, readCentralDirectory(bytes, limit.maxEntries), limit, codecs.inflateRaw);
  try {
    const relationships = (name: string): XmlElement | undefined => {
      const data = parts.part(name);
      return data === undefined ? undefined : parseXml(decodeText(data));
    };
    const names = findPackageParts(relationships);
    if (!names) throw new DocxError("no-document", "no officeDocument relationship in _rels/.rels");
    const document = parts.part(names.document);
    if (document === undefined) throw new DocxError("no-document", `${names.document} is missing`);
    const optional = (name: string | undefined) => (name === undefined ? undefined : parts.part(name));
    const raw: WordprocessingMLParts<Uint8Array> = {
      document,
      styles: optional(names.styles),
      numbering: optional(names.numbering),
      comments: optional(names.comments),
      theme: optional(names.theme),
      webExtensions: [...parts.entries.values()]
        .filter((entry) => WEB_EXTENSION_PART.test(entry.name))
        .map((entry) => parts.inflate(entry)),
    };
    // Undecoded parts must all be UTF-8; a part in UTF-16 (rare) has the whole document decoded as text.
    const all = [raw.document, raw.styles, raw.numbering, raw.comments, raw.theme, ...(raw.webExtensions ?? [])];
    const utf8 = all.some((data) => data !== undefined && utf16(data) !== undefined) ? undefined : codecs.utf8Part;
    return readWordprocessingML(utf8 ? mapParts(raw, utf8) : mapParts(raw, decodeText));
  } catch (error) {
    if (error instanceof XmlError) throw new DocxError("bad-xml", error.message);
    throw error;
  }
}
