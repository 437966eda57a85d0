/**
 * readOpenDocument: the open document read through the common API (getFileAsync in slices), as the light pane
 * does in Word 2013, against the simulated Word.
 */
import { readOpenDocument, FileReadError } from "../src/host/file/read-file";
import { SimDocument, SimulatedOffice, installSimulatedOffice } from "../src/host/sim";
import { DocModel } from "../src/core/model";

const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const BODY = [
  "BÁO CÁO",
  "Tình hình thực hiện chính sách hỗ trợ việc làm năm 2017",
  "Phần I. Kết quả đạt được: tạo việc làm mới cho 12.345 lao động.",
  "Phần II. Khó khăn, vướng mắc & kiến nghị <nếu có>.",
];
const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const draft = () => SimDocument.fromBody(BODY.map((text) => para(escape(text))).join(""));

const WORD_2013 = { requirementSets: { WordApi: null } };
/** What Word answers when a slice cannot be fetched (ooeNetworkProblemRetrieveFile in office.js). */
const NETWORK_PROBLEM = { name: "Network Problem", message: "A network problem has prevented retrieval of the file.", code: 11001 };

let sim: SimulatedOffice | undefined;
function install(doc: SimDocument, options: Parameters<typeof installSimulatedOffice>[1] = WORD_2013): SimulatedOffice {
  sim = installSimulatedOffice(doc, options);
  return sim;
}
afterEach(() => {
  sim?.uninstall();
  sim = undefined;
});

const paragraphsOf = (model: DocModel) => model.blocks.flatMap((block) => (block.kind === "paragraph" ? [block.text] : []));

async function rejection(promise: Promise<unknown>): Promise<FileReadError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(FileReadError);
    return error as FileReadError;
  }
  throw new Error("expected the promise to reject");
}

function getFile(): Promise<Office.AsyncResult<Office.File>> {
  return new Promise((resolve) => Office.context.document.getFileAsync(Office.FileType.Compressed, resolve));
}

/** What the reader did with the files Word gave it. */
interface Watch {
  opened: number;
  closed: number;
  sliceSizes: (number | undefined)[];
  slicesAsked: number[];
  /** The most slice requests waiting for Word at once: 1 when the reader reads one after another. */
  mostWaiting: number;
}

type Callback<T> = (result: Office.AsyncResult<T>) => void;
type GetFileAsync = (type: string, options: Office.GetFileOptions, callback: Callback<Office.File>) => void;

/**
 * Puts itself between the reader and the simulated Word's getFileAsync, counting opens, closes and slice
 * requests; `failSlice` answers that slice with Word's network error, `corrupt` changes a slice's bytes.
 */
function watchFiles(options: { failSlice?: number; corrupt?: (data: number[], index: number) => number[] } = {}): Watch {
  const watch: Watch = { opened: 0, closed: 0, sliceSizes: [], slicesAsked: [], mostWaiting: 0 };
  const document = Office.context.document;
  const real = document.getFileAsync.bind(document) as unknown as GetFileAsync;
  let waiting = 0;
  const getFileAsync: GetFileAsync = (type, fileOptions, callback) => {
    watch.sliceSizes.push(fileOptions.sliceSize);
    real(type, fileOptions, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) return callback(result);
      watch.opened++;
      const file = result.value;
      const wrapped = {
        size: file.size,
        sliceCount: file.sliceCount,
        getSliceAsync(index: number, done: Callback<Office.Slice>): void {
          watch.slicesAsked.push(index);
          waiting++;
          watch.mostWaiting = Math.max(watch.mostWaiting, waiting);
          file.getSliceAsync(index, (sliceResult) => {
            waiting--;
            if (index === options.failSlice) {
              done({
                ...sliceResult,
                status: Office.AsyncResultStatus.Failed,
                value: undefined as unknown as Office.Slice,
                error: NETWORK_PROBLEM,
              });
            } else if (options.corrupt && sliceResult.status === Office.AsyncResultStatus.Succeeded) {
              const data = options.corrupt(sliceResult.value.data as number[], index);
              done({ ...sliceResult, value: { data, index, size: data.length } });
            } else {
              done(sliceResult);
            }
          });
        },
        closeAsync(done?: Callback<void>): void {
          watch.closed++;
          file.closeAsync(done);
        },
      };
      callback({ ...result, value: wrapped as unknown as Office.File });
    });
  };
  (document as unknown as { getFileAsync: typeof getFileAsync }).getFileAsync = getFileAsync;
  return watch;
}

describe("readOpenDocument", () => {
  test("reads every slice in order, one at a time, and gives the paragraphs the simulated Word holds", async () => {
    const doc = draft();
    install(doc);
    const watch = watchFiles();
    const model = await readOpenDocument({ sliceSize: 512 });
    expect(paragraphsOf(model)).toEqual(BODY);
    expect(paragraphsOf(model)).toEqual(doc.paragraphs().map((p) => p.text));
    expect(watch.sliceSizes).toEqual([512]);
    const file = await getFile();
    const sliceCount = Math.ceil(file.value.size / 512);
    file.value.closeAsync();
    expect(sliceCount).toBeGreaterThan(3);
    expect(watch.slicesAsked).toEqual(Array.from({ length: sliceCount }, (_, i) => i));
    expect(watch.mostWaiting).toBe(1);
    expect(watch).toMatchObject({ opened: 1, closed: 1 });
  });

  test("asks for Word's default slices when given no size, and works on Word 2016 too", async () => {
    install(draft(), { requirementSets: { WordApi: "1.1" } });
    const watch = watchFiles();
    expect(paragraphsOf(await readOpenDocument())).toEqual(BODY);
    expect(watch.sliceSizes).toEqual([undefined]);
    expect(watch.slicesAsked).toEqual([0]);
  });

  test("sees an edit the drafter has not saved, as getFileAsync copies the document as it is", async () => {
    const doc = draft();
    install(doc);
    doc.typeText(0, " (bản nháp)");
    expect(paragraphsOf(await readOpenDocument())[0]).toBe("BÁO CÁO (bản nháp)");
    expect(doc.bodyContentXml()).not.toContain("bản nháp");
  });

  test("reads the settings the add-in saved into the document", async () => {
    install(draft());
    const settings = Office.context.document.settings;
    settings.set("checklist", { items: 2 });
    await new Promise((resolve) => settings.saveAsync(resolve));
    expect((await readOpenDocument()).settings).toEqual({ checklist: '{"items":2}' });
  });

  test("closes its file every time, so reading again and again never meets Word's two-file limit", async () => {
    install(draft());
    const held = await getFile(); // another part of the pane keeps one file open
    expect(held.status).toBe("succeeded");
    const watch = watchFiles();
    for (let i = 0; i < 5; i++) expect(paragraphsOf(await readOpenDocument({ sliceSize: 4096 }))).toEqual(BODY);
    expect(watch).toMatchObject({ opened: 5, closed: 5 });
    expect((await getFile()).status).toBe("succeeded");
  });

  test("rejects with open-failed when Word gives no file, with Office's error as the detail", async () => {
    install(draft());
    await getFile();
    await getFile();
    const error = await rejection(readOpenDocument());
    expect(error.code).toBe("open-failed");
    expect(error.detail).toBe("Internal Error (5001): An internal error has occurred.");
    expect(error.message).toMatch(/hãy lưu tài liệu/);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("FileReadError");
  });

  test("rejects with open-failed when getFileAsync throws at the call", async () => {
    install(draft());
    const error = await rejection(readOpenDocument({ sliceSize: "4096" as unknown as number }));
    expect(error.code).toBe("open-failed");
    expect(error.detail).toContain("invalid parameters");
  });

  test("a slice failing mid-way: the file is closed and the promise rejects with slice-failed", async () => {
    install(draft());
    const watch = watchFiles({ failSlice: 1 });
    const error = await rejection(readOpenDocument({ sliceSize: 512 }));
    expect(error.code).toBe("slice-failed");
    expect(error.detail).toMatch(/^slice 1 of \d+: Network Problem \(11001\): A network problem has prevented retrieval of the file\.$/);
    expect(error.message).toMatch(/giữa chừng/);
    expect(watch.slicesAsked).toEqual([0, 1]);
    expect(watch).toMatchObject({ opened: 1, closed: 1 });
    // Both of Word's places for open files are free again.
    expect((await getFile()).status).toBe("succeeded");
    expect((await getFile()).status).toBe("succeeded");
  });

  test("slices that do not add up to the file's size reject with slice-failed", async () => {
    install(draft());
    const watch = watchFiles({ corrupt: (data, index) => (index === 0 ? data.slice(1) : data) });
    const error = await rejection(readOpenDocument({ sliceSize: 512 }));
    expect(error.code).toBe("slice-failed");
    expect(error.detail).toMatch(/^got \d+ of \d+ bytes/);
    expect(watch.closed).toBe(1);
  });

  test("a broken .docx surfaces as unreadable, with the reader's DocxError code and detail", async () => {
    install(draft());
    // A zip's start and nothing after it: the bytes keep their number, the zip's directory is gone.
    const zeros = (data: number[], keep: number) => data.map((byte, i) => (i < keep ? byte : 0));
    const watch = watchFiles({ corrupt: (data, index) => zeros(data, index === 0 ? 4 : 0) });
    const error = await rejection(readOpenDocument({ sliceSize: 512 }));
    expect(error.code).toBe("unreadable");
    expect(error.detail).toBe("truncated: no end of central directory");
    expect(error.message).toMatch(/Không đọc được nội dung tài liệu/);
    expect(watch).toMatchObject({ opened: 1, closed: 1 });
  });

  test("a Word 97–2003 file's bytes are unreadable as legacy-doc", async () => {
    install(draft());
    watchFiles({ corrupt: (data, index) => (index === 0 ? [0xd0, 0xcf, 0x11, 0xe0].concat(data.slice(4)) : data) });
    const error = await rejection(readOpenDocument());
    expect(error.code).toBe("unreadable");
    expect(error.detail).toBe("legacy-doc");
  });
});
