import { deflateSync, inflateSync, strToU8, zipSync } from "fflate";
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { DocxError, DocxErrorCode, readDocx } from "../src/host/docx/read";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/></Relationships>`;
const documentXml = (body: string, prolog = "") =>
  `<?xml version="1.0" encoding="UTF-8"?>${prolog}<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;

/** A .docx zipped by fflate from the given parts (text), with content types and package relationships. */
function docx(parts: Record<string, string>): Uint8Array {
  const files: Record<string, Uint8Array> = { "[Content_Types].xml": strToU8(CONTENT_TYPES), "_rels/.rels": strToU8(PACKAGE_RELS) };
  for (const [name, text] of Object.entries(parts)) files[name] = strToU8(text);
  return zipSync(files);
}

const validDocx = () => docx({ "word/document.xml": documentXml("<w:p><w:r><w:t>Báo cáo</w:t></w:r></w:p>") });

/**
 * One dynamic-Huffman deflate block: a literal 0, then `matches` copies of <length 258, distance 1>. The codes are
 * chosen so that each copy is two zero bits, so the stream is mostly zero bytes and inflates ~1032 times larger.
 */
function zeroBomb(matches: number): Uint8Array {
  const out = new Uint8Array(Math.ceil(matches / 4) + 64);
  let bit = 0;
  const setBit = (on: number) => {
    if (on) out[bit >> 3] |= 1 << (bit & 7);
    bit++;
  };
  const bits = (value: number, count: number) => {
    for (let i = 0; i < count; i++) setBit((value >> i) & 1); // header fields: least significant bit first
  };
  const code = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) setBit((value >> i) & 1); // Huffman codes: most significant bit first
  };
  bits(1, 1); // last block
  bits(2, 2); // dynamic Huffman
  bits(286 - 257, 5); // literal/length codes 0..285
  bits(0, 5); // one distance code
  bits(18 - 4, 4); // code-length codes listed, in the order below, up to symbol 1
  const lengthOfCodeLength: Record<number, number> = { 0: 2, 1: 2, 2: 2, 18: 2 };
  for (const symbol of [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1]) bits(lengthOfCodeLength[symbol] ?? 0, 3);
  // Canonical code-length codes, all of length 2: 0 → 00, 1 → 01, 2 → 10, 18 → 11.
  const length = (n: 0 | 1 | 2) => code(n, 2);
  const zeros = (count: number) => {
    for (let left = count; left > 0; left -= 138) {
      code(0b11, 2);
      bits(Math.min(left, 138) - 11, 7);
    }
  };
  length(2); // literal 0: code 10
  zeros(255);
  length(2); // end of block (256): code 11
  zeros(28);
  length(1); // length 258 (285): code 0
  length(1); // distance 1: code 0
  code(0b10, 2); // the literal 0
  bit += 2 * matches; // the copies: all zero bits
  code(0b11, 2); // end of block
  return out.subarray(0, (bit + 7) >> 3);
}

/** A zip written by hand, so that an entry can declare whatever size it likes. CRCs are left 0 (not checked). */
function handMadeZip(
  entries: { name: string; data: Uint8Array; method: 0 | 8; declaredSize: number; compressedSize?: number }[],
): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const header = (size: number) => {
    const bytes = new Uint8Array(size);
    return { bytes, view: new DataView(bytes.buffer) };
  };
  for (const entry of entries) {
    const name = strToU8(entry.name);
    const local = header(30 + name.length);
    local.view.setUint32(0, 0x04034b50, true);
    local.view.setUint16(4, 20, true);
    local.view.setUint16(8, entry.method, true);
    local.view.setUint32(18, entry.data.length, true);
    local.view.setUint32(22, entry.declaredSize, true);
    local.view.setUint16(26, name.length, true);
    local.bytes.set(name, 30);
    const record = header(46 + name.length);
    record.view.setUint32(0, 0x02014b50, true);
    record.view.setUint16(4, 20, true);
    record.view.setUint16(6, 20, true);
    record.view.setUint16(10, entry.method, true);
    record.view.setUint32(20, entry.compressedSize ?? entry.data.length, true);
    record.view.setUint32(24, entry.declaredSize, true);
    record.view.setUint16(28, name.length, true);
    record.view.setUint32(42, offset, true);
    record.bytes.set(name, 46);
    chunks.push(local.bytes, entry.data);
    central.push(record.bytes);
    offset += local.bytes.length + entry.data.length;
  }
  const directorySize = central.reduce((sum, record) => sum + record.length, 0);
  const end = header(22);
  end.view.setUint32(0, 0x06054b50, true);
  end.view.setUint16(8, entries.length, true);
  end.view.setUint16(10, entries.length, true);
  end.view.setUint32(12, directorySize, true);
  end.view.setUint32(16, offset, true);
  const all = [...chunks, ...central, end.bytes];
  const zip = new Uint8Array(all.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of all) {
    zip.set(chunk, at);
    at += chunk.length;
  }
  return zip;
}

const stored = (name: string, text: string) => {
  const data = strToU8(text);
  return { name, data, method: 0 as const, declaredSize: data.length };
};

/** Runs readDocx and returns the DocxError code, failing on any other outcome. */
function errorCode(bytes: Uint8Array, limits?: Parameters<typeof readDocx>[1]): DocxErrorCode {
  let error: unknown;
  try {
    readDocx(bytes, limits);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(DocxError);
  const docxError = error as DocxError;
  expect(docxError.message).toMatch(/hãy/); // says what to do, in Vietnamese
  return docxError.code;
}

describe("hostile and broken .docx files", () => {
  test("the bomb generator makes a valid deflate stream of the size intended", () => {
    const inflated = inflateSync(zeroBomb(1000));
    expect(inflated.length).toBe(1 + 258 * 1000);
    expect(inflated.every((byte) => byte === 0)).toBe(true);
  });

  test("a valid minimal .docx reads", () => {
    expect(readDocx(validDocx()).blocks).toMatchObject([{ kind: "paragraph", text: "Báo cáo" }]);
  });

  test("an empty document gives a model with no blocks and no error", () => {
    const model = readDocx(docx({ "word/document.xml": documentXml("") }));
    expect(model).toEqual({ blocks: [], comments: [], trackedChanges: { insertions: 0, deletions: 0, samples: [] }, settings: {} });
  });

  test("a truncated zip", () => {
    const whole = validDocx();
    expect(errorCode(whole.subarray(0, Math.floor(whole.length / 2)))).toBe("truncated");
    expect(errorCode(whole.subarray(0, whole.length - 10))).toBe("truncated");
  });

  test("an entry whose data runs past the end of the file, or corrupt deflate data", () => {
    const head = [stored("[Content_Types].xml", CONTENT_TYPES), stored("_rels/.rels", PACKAGE_RELS)];
    const text = strToU8(documentXml(""));
    const pastTheEnd = {
      name: "word/document.xml",
      data: deflateSync(text),
      method: 8 as const,
      declaredSize: text.length,
      compressedSize: 1 << 24,
    };
    expect(errorCode(handMadeZip([...head, pastTheEnd]))).toBe("truncated");
    const corrupt = { name: "word/document.xml", data: new Uint8Array([0xff, 0xff, 0xff, 0xff]), method: 8 as const, declaredSize: 100 };
    expect(errorCode(handMadeZip([...head, corrupt]))).toBe("truncated");
  });

  test("random bytes, an empty file and a text file named .docx are not zips", () => {
    let seed = 7;
    const random = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff);
    expect(errorCode(random)).toBe("not-zip");
    expect(errorCode(new Uint8Array(0))).toBe("not-zip");
    expect(errorCode(strToU8("Báo cáo tình hình thực hiện năm 2017\r\n"))).toBe("not-zip");
  });

  test("an OLE compound file is a legacy .doc, unless it holds an EncryptedPackage stream", () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(
      [..."WordDocument"].flatMap((ch) => [ch.charCodeAt(0), 0]),
      1024,
    );
    expect(errorCode(ole)).toBe("legacy-doc");
    const encrypted = ole.slice();
    encrypted.set(
      [..."EncryptedPackage"].flatMap((ch) => [ch.charCodeAt(0), 0]),
      2048,
    );
    expect(errorCode(encrypted)).toBe("encrypted");
  });

  test("a zip without a main document", () => {
    expect(errorCode(zipSync({ "hello.txt": strToU8("xin chào") }))).toBe("no-document");
    expect(errorCode(docx({ "word/other.xml": documentXml("") }))).toBe("no-document");
  });

  test("a document with a DOCTYPE and an external entity is refused, never resolved", () => {
    const xxe = documentXml("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>", '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>');
    expect(errorCode(docx({ "word/document.xml": xxe }))).toBe("bad-xml");
  });

  test("a billion-laughs entity bomb is refused, never expanded", () => {
    const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join("");
    const bomb = documentXml("<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>", `<!DOCTYPE lolz [<!ENTITY lol0 "lol">${levels}]>`);
    expect(errorCode(docx({ "word/document.xml": bomb }))).toBe("bad-xml");
  });

  test("an undeclared entity, malformed XML, or a DOCTYPE in a relationships part", () => {
    expect(errorCode(docx({ "word/document.xml": documentXml("<w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p>") }))).toBe("bad-xml");
    expect(errorCode(docx({ "word/document.xml": documentXml("<w:p><w:r>") }))).toBe("bad-xml");
    const files = {
      "[Content_Types].xml": strToU8(CONTENT_TYPES),
      "_rels/.rels": strToU8(`<!DOCTYPE r SYSTEM "http://example.com/r.dtd">${PACKAGE_RELS.replace(/^<\?xml[^>]*\?>/, "")}`),
    };
    expect(errorCode(zipSync(files))).toBe("bad-xml");
  });

  describe("zip bombs", () => {
    const GIB_MATCHES = Math.ceil(2 ** 30 / 258); // inflates to just over 1 GiB
    const bomb = zeroBomb(GIB_MATCHES);
    const inflatedSize = 1 + 258 * GIB_MATCHES;
    const bombDocx = (declaredSize: number, name = "word/document.xml", extra: ReturnType<typeof stored>[] = []) =>
      handMadeZip([
        stored("[Content_Types].xml", CONTENT_TYPES),
        stored("_rels/.rels", PACKAGE_RELS),
        ...extra,
        { name, data: bomb, method: 8, declaredSize },
      ]);

    test("the bomb is about 1 MB and inflates to 1 GiB", () => {
      expect(bomb.length).toBeLessThan(1.1 * 1024 * 1024);
      expect(inflatedSize).toBeGreaterThan(2 ** 30);
    });

    test("declaring its real size: refused before inflating", () => {
      expect(errorCode(bombDocx(inflatedSize))).toBe("too-large");
    });

    test("declaring a false size within the limits: stopped as soon as it inflates past it", () => {
      expect(errorCode(bombDocx(2048))).toBe("too-large");
      expect(errorCode(bombDocx(60 * 1024 * 1024))).toBe("too-large");
    });

    test("a bomb in the styles part counts against the total limit", () => {
      const documentRels = stored("word/_rels/document.xml.rels", DOCUMENT_RELS);
      const document = stored("word/document.xml", documentXml(`<w:p><w:r><w:t>${"x".repeat(4 * 1024 * 1024)}</w:t></w:r></w:p>`));
      const zip = bombDocx(2048, "word/styles.xml", [documentRels, document]);
      expect(errorCode(zip, { maxPartBytes: 8 * 1024 * 1024, maxTotalBytes: 6 * 1024 * 1024 })).toBe("too-large");
    });

    test("peak memory stays well under 512 MB, measured in a process of its own", () => {
      // jest's own process holds every suite it ran, so the bomb is read by the installed command instead.
      const dir = mkdtempSync(path.join(tmpdir(), "rd-bomb-"));
      try {
        writeFileSync(path.join(dir, "bomb.docx"), bombDocx(60 * 1024 * 1024));
        const probe = `require(${JSON.stringify(path.resolve(__dirname, "../lib/cli/main.js"))}).main(["check", "bomb.docx", "--format", "json"], { stdout: (s) => process.stdout.write(s), stderr: () => {}, cwd: ${JSON.stringify(dir)} }).then(() => process.stderr.write(String(process.resourceUsage().maxRSS)))`;
        const run = spawnSync(process.execPath, ["-e", probe], { encoding: "utf8" });
        expect(JSON.parse(run.stdout)[0].error).toMatch(/quá lớn|lớn/);
        expect(Number(run.stderr) * 1024).toBeLessThan(512 * 1024 * 1024);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  test("more entries than the limit", () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i <= 10_000; i++) files[`word/media/x${i}.bin`] = new Uint8Array(0);
    expect(errorCode(zipSync(files, { level: 0 }))).toBe("too-large");
    expect(errorCode(validDocx(), { maxEntries: 2 })).toBe("too-large");
  });

  test("a deflated part inflates normally when within limits", () => {
    const text = documentXml("<w:p><w:r><w:t>Đạt 104,5% kế hoạch</w:t></w:r></w:p>");
    const zip = handMadeZip([
      stored("[Content_Types].xml", CONTENT_TYPES),
      stored("_rels/.rels", PACKAGE_RELS),
      { name: "word/document.xml", data: deflateSync(strToU8(text)), method: 8, declaredSize: strToU8(text).length },
    ]);
    expect(readDocx(zip).blocks).toMatchObject([{ text: "Đạt 104,5% kế hoạch" }]);
  });
});
