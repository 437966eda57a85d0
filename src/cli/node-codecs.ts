/**
 * Node's native code for the .docx reader, for the command line only (host/docx stays free of Node imports).
 *  - zlib inflates several times faster than fflate: about 0.1 s of a ~300-page report and 0.3 s of a folder of 63
 *    reports. Same contract: output capped at the part's declared size, errors as DocxError.
 *  - Buffer's latin1 decoding turns a part into a binary string (one character per byte) at memory speed, where
 *    decoding Vietnamese UTF-8 into a string costs about 5 ms a megabyte; the reader then has Buffer decode only
 *    the text it reads (see Utf8Part).
 */
import { inflateRawSync } from "zlib";
import { Codecs, DocxError, Inflater } from "../host/docx/read";

/** By its code, not `instanceof RangeError`: the error comes from Node's own realm, which a vm (jest) does not share. */
const tooLarge = (error: unknown) =>
  typeof error === "object" && error !== null && (error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE";

/** zlib's smallest chunk; and past 16 MB a part is rare enough that chunks may be gathered again. */
const MIN_CHUNK = 64;
const MAX_CHUNK = 16 * 1024 * 1024;

const inflateWithZlib: Inflater = (compressed, cap, name) => {
  // zlib calls no data at all an unexpected end; fflate, the default, reads it as an empty part.
  if (compressed.length === 0) return new Uint8Array(0);
  let data: Buffer;
  try {
    // One byte over the cap is allowed through so that "past the cap" is told apart from "exactly the cap";
    // anything larger stops zlib as soon as it is produced (ERR_BUFFER_TOO_LARGE).
    // One chunk of the declared size: the output is not gathered from 16 KB pieces and copied again.
    data = inflateRawSync(compressed, { maxOutputLength: cap + 1, chunkSize: Math.max(MIN_CHUNK, Math.min(cap + 1, MAX_CHUNK)) });
  } catch (error) {
    if (tooLarge(error)) throw new DocxError("too-large", `${name} inflates past its declared ${cap} bytes`);
    throw new DocxError("truncated", `${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (data.length > cap) throw new DocxError("too-large", `${name} inflates past its declared ${cap} bytes`);
  return new Uint8Array(data.buffer, data.byteOffset, data.length);
};

export const nodeCodecs: Codecs = {
  inflateRaw: inflateWithZlib,
  utf8Part: (bytes) => {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    return { binary: buffer.toString("latin1"), decode: (start, end) => buffer.toString("utf8", start, end) };
  },
};
