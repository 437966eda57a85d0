/**
 * The simulated Word's common API for reading the whole document (Document.getFileAsync and Office.File), and
 * Word 2013, which has only the common API.
 */
import { unzipSync } from "fflate";
import { readDocx } from "../src/host/docx/read";
import { SimDocument, SimulatedOffice, installSimulatedOffice } from "../src/host/sim";

const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const BODY = ["Báo cáo tình hình thực hiện năm 2017", "Phần I. Kết quả đạt được", "Phần II. Kiến nghị"];

let sim: SimulatedOffice | undefined;
function install(doc: SimDocument, options: Parameters<typeof installSimulatedOffice>[1] = {}): SimulatedOffice {
  sim = installSimulatedOffice(doc, options);
  return sim;
}
afterEach(() => {
  sim?.uninstall();
  sim = undefined;
});

const WORD_2013 = { requirementSets: { WordApi: null } };

function getFile(options?: Office.GetFileOptions, fileType = "compressed"): Promise<Office.AsyncResult<Office.File>> {
  const type = fileType as unknown as Office.FileType;
  return new Promise((resolve) => {
    if (options) Office.context.document.getFileAsync(type, options, resolve);
    else Office.context.document.getFileAsync(type, resolve);
  });
}

async function openFile(options?: Office.GetFileOptions): Promise<Office.File> {
  const result = await getFile(options);
  expect(result.status).toBe("succeeded");
  return result.value;
}

const slice = (file: Office.File, index: number) =>
  new Promise<Office.AsyncResult<Office.Slice>>((resolve) => file.getSliceAsync(index, resolve));
type Callback<T> = (result: Office.AsyncResult<T>) => void;
const close = (file: Office.File) => new Promise<Office.AsyncResult<void>>((resolve) => file.closeAsync(resolve));

/** Every slice in order, concatenated, then the file closed. */
async function allBytes(file: Office.File): Promise<Uint8Array> {
  const bytes: number[] = [];
  for (let i = 0; i < file.sliceCount; i++) {
    const result = await slice(file, i);
    expect(result.status).toBe("succeeded");
    bytes.push(...(result.value.data as number[]));
  }
  expect((await close(file)).status).toBe("succeeded");
  return new Uint8Array(bytes);
}

const paragraphsOf = (bytes: Uint8Array) => readDocx(bytes).blocks.flatMap((block) => (block.kind === "paragraph" ? [block.text] : []));

describe("Document.getFileAsync(Compressed)", () => {
  test("gives the document as a .docx whose slices, in order, read back as the paragraphs the simulated Word holds", async () => {
    const doc = SimDocument.fromBody(BODY.map(para).join(""));
    install(doc);
    const file = await openFile({ sliceSize: 1024 });
    const bytes = await allBytes(file);
    expect(bytes.length).toBe(file.size);
    expect(Object.keys(unzipSync(bytes))).toContain("word/document.xml");
    expect(paragraphsOf(bytes)).toEqual(doc.paragraphs().map((p) => p.text));
    expect(paragraphsOf(bytes)).toEqual(BODY);
  });

  test("slices are arrays of byte values with their index and size, as Word on Windows gives them", async () => {
    install(SimDocument.fromBody(BODY.map(para).join("")));
    const file = await openFile({ sliceSize: 1000 });
    const last = file.sliceCount - 1;
    const first = (await slice(file, 0)).value;
    expect(Array.isArray(first.data)).toBe(true);
    expect((first.data as number[]).every((b) => Number.isInteger(b) && b >= 0 && b <= 255)).toBe(true);
    expect(first).toMatchObject({ index: 0, size: 1000 });
    expect((await slice(file, last)).value).toMatchObject({ index: last, size: file.size - 1000 * last });
    await close(file);
  });

  test("respects sliceSize: sliceCount is ceil(size / sliceSize); 4 MB by default, and the largest Word takes", async () => {
    install(SimDocument.fromBody(BODY.map(para).join("")));
    for (const sliceSize of [1, 512, 4096, 4194304]) {
      const file = await openFile({ sliceSize });
      expect(file.sliceCount).toBe(Math.ceil(file.size / sliceSize));
      await close(file);
    }
    const byDefault = await openFile();
    expect(byDefault.sliceCount).toBe(1);
    expect((await slice(byDefault, 0)).value.size).toBe(byDefault.size);
    await close(byDefault);
  });

  test("fails above 4 MB slices with Word's documented Internal Error", async () => {
    install(SimDocument.fromBody(para("x")));
    for (const sliceSize of [4194305, 0, -1]) {
      const result = await getFile({ sliceSize });
      expect(result.status).toBe("failed");
      expect(result.error).toMatchObject({ name: "Internal Error", code: 5001 });
    }
  });

  test("copies the document as it is in memory: unsaved edits, and settings once saveAsync put them in", async () => {
    const doc = SimDocument.fromBody(BODY.map(para).join(""));
    install(doc);
    doc.typeText(1, " (chưa lưu)");
    const settings = Office.context.document.settings;
    settings.set("drafted", true);
    let bytes = await allBytes(await openFile());
    expect(paragraphsOf(bytes)[1]).toBe("Phần I. Kết quả đạt được (chưa lưu)");
    expect(doc.bodyContentXml()).not.toContain("chưa lưu");
    expect(readDocx(bytes).settings).toEqual({});

    await new Promise((resolve) => settings.saveAsync(resolve));
    bytes = await allBytes(await openFile());
    expect(readDocx(bytes).settings).toEqual({ drafted: "true" });
  });

  test("takes a snapshot when opened: later edits are not in a file already open", async () => {
    const doc = SimDocument.fromBody(para("Trước"));
    install(doc);
    const file = await openFile();
    doc.typeText(0, " và sau");
    expect(paragraphsOf(await allBytes(file))).toEqual(["Trước"]);
    expect(paragraphsOf(await allBytes(await openFile()))).toEqual(["Trước và sau"]);
  });

  test("keeps at most two files open: a third fails until one is closed", async () => {
    install(SimDocument.fromBody(para("x")));
    const first = await openFile();
    await openFile();
    const third = await getFile();
    expect(third.status).toBe("failed");
    expect(third.error).toMatchObject({ name: "Memory Limit Exceeded", code: 11000 });
    await close(first);
    expect((await getFile()).status).toBe("succeeded");
  });

  test("calls back later, never inside the call", async () => {
    install(SimDocument.fromBody(para("x")));
    let called = false;
    Office.context.document.getFileAsync(Office.FileType.Compressed, () => (called = true));
    expect(called).toBe(false);
    const file = await openFile();
    expect(called).toBe(true);
    called = false;
    file.getSliceAsync(0, () => (called = true));
    expect(called).toBe(false);
    await close(file);
  });

  test("answers out-of-range slices and a closed file with errors; passes asyncContext through", async () => {
    install(SimDocument.fromBody(para("x")));
    const file = await openFile({ sliceSize: 1024 });
    const beyond = await slice(file, file.sliceCount);
    expect(beyond.error).toMatchObject({ code: 5008, message: "Index out of range." });
    // office.js takes options after the index, as for every async method; the types leave them out.
    const getSliceAsync = file.getSliceAsync as unknown as (index: number, options: object, callback: Callback<Office.Slice>) => void;
    const context = await new Promise<Office.AsyncResult<Office.Slice>>((resolve) => getSliceAsync(0, { asyncContext: "ctx" }, resolve));
    expect(context.asyncContext).toBe("ctx");
    await close(file);
    expect((await slice(file, 0)).error).toMatchObject({ name: "Internal Error" });
    expect((await close(file)).status).toBe("failed");
  });

  test("text and pdf are not produced (Data Read Error), other names are not FileTypes, wrong types throw", async () => {
    install(SimDocument.fromBody(para("x")));
    expect(Office.FileType).toEqual({ Text: "text", Compressed: "compressed", Pdf: "pdf" });
    for (const type of ["text", "pdf"]) {
      expect((await getFile(undefined, type)).error).toMatchObject({ name: "Data Read Error", code: 1009 });
    }
    expect((await getFile(undefined, "docx")).error).toMatchObject({ name: "Unsupported Enumeration", code: 5007 });
    const untyped = Office.context.document.getFileAsync as unknown as (...args: unknown[]) => void;
    expect(() => untyped(1, () => undefined)).toThrow("Function getFileAsync has invalid parameters.");
    expect(() => untyped("compressed", { sliceSize: "1024" }, () => undefined)).toThrow("invalid parameters");
  });

  test("the File has only the members of Office.File", async () => {
    install(SimDocument.fromBody(para("x")));
    const file = await openFile();
    expect(Object.keys(file).sort()).toEqual(["closeAsync", "getSliceAsync", "size", "sliceCount"]);
    const first = (await slice(file, 0)).value;
    expect(Object.keys(first).sort()).toEqual(["data", "index", "size"]);
    await close(file);
  });
});

describe("Word 2013: the common API only", () => {
  test("isSetSupported('WordApi', …) is false for every version; the common sets stay", () => {
    install(SimDocument.fromBody(para("x")), WORD_2013);
    for (const version of [undefined, "1.1", "1.3", "1.9"]) {
      expect(Office.context.requirements.isSetSupported("WordApi", version)).toBe(false);
    }
    expect(Office.context.requirements.isSetSupported("CompressedFile", "1.1")).toBe(true);
    expect(Office.context.requirements.isSetSupported("file")).toBe(true);
    expect(Office.context.requirements.isSetSupported("MatrixCoercion", "1.1")).toBe(true);
  });

  test("Word and OfficeExtension are not defined, so Word.run throws a ReferenceError, as office.js's Office 15 scripts leave it", async () => {
    const installed = install(SimDocument.fromBody(para("x")), WORD_2013);
    expect(installed.Word).toBeUndefined();
    expect(installed.OfficeExtension).toBeUndefined();
    expect(typeof Word).toBe("undefined");
    expect(typeof OfficeExtension).toBe("undefined");
    expect(() => Word.run(async (context) => context.sync())).toThrow(ReferenceError);
    // Word 2013's context has no officeTheme, and says version 15.
    expect(Office.context.officeTheme).toBeUndefined();
    expect("officeTheme" in Office.context).toBe(false);
    expect(Office.context.diagnostics.version).toBe("15.0.0000.0000");
    // The common API works: the whole document as a file.
    expect(paragraphsOf(await allBytes(await openFile()))).toEqual(["x"]);
  });

  test("a third open file fails with Internal Error, what Word 2013's scripts make of a code they do not know", async () => {
    install(SimDocument.fromBody(para("x")), WORD_2013);
    await openFile();
    await openFile();
    expect((await getFile()).error).toMatchObject({ name: "Internal Error", message: "An internal error has occurred." });
  });

  test("uninstalling brings back what was there; Word 2016 still has Word.run", async () => {
    install(SimDocument.fromBody(para("x")), WORD_2013);
    sim?.uninstall();
    sim = undefined;
    expect(typeof Word).toBe("undefined");
    install(SimDocument.fromBody(para("x")), { requirementSets: { WordApi: "1.1" } });
    expect(Office.context.requirements.isSetSupported("WordApi", "1.1")).toBe(true);
    expect(Office.context.officeTheme).toBeDefined();
    await expect(Word.run(async (context) => context.sync())).resolves.toBeUndefined();
  });
});
