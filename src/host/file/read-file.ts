/**
 * The open document read through the common API, for Word without the Word JavaScript API (Word 2013 has none):
 * Office.context.document.getFileAsync(Compressed) gives the document as a .docx in slices, read here one after
 * another and handed to the same reader the command line uses.
 *
 * Written for Internet Explorer 11 once Babel has compiled it: no TextDecoder beyond what readDocx needs, no
 * iteration protocols or Array.from, plain loops over plain arrays; the Promise is the page's (polyfilled there).
 */
import { DocModel } from "../../core/model";
import { DocxError, readDocx } from "../docx/read";
import { errorDetail } from "../error-detail";

export type FileReadErrorCode = "unsupported" | "open-failed" | "slice-failed" | "unreadable";

/** For the drafter: what went wrong and what to do, in Vietnamese. */
const MESSAGES: Record<FileReadErrorCode, string> = {
  unsupported:
    "Phiên bản Word này không cho tiện ích đọc nội dung tài liệu: hãy kiểm tra trong Word 2016 trở lên, hoặc kiểm tra tệp .docx bằng dòng lệnh report-drafter",
  "open-failed":
    "Word chưa gửi được nội dung tài liệu cho tiện ích: hãy lưu tài liệu (Ctrl+S) rồi thử lại; nếu vẫn lỗi, hãy đóng ngăn tiện ích và mở lại",
  "slice-failed": "Word ngừng gửi nội dung tài liệu giữa chừng: hãy lưu tài liệu (Ctrl+S) rồi thử lại",
  unreadable: "Không đọc được nội dung tài liệu: hãy lưu tài liệu dưới dạng .docx (File › Save As) rồi thử lại",
};

/** Reading the open document failed. `message` is for the drafter; `detail` is Office's error or the reader's. */
export class FileReadError extends Error {
  readonly code: FileReadErrorCode;
  readonly detail: string;

  constructor(code: FileReadErrorCode, detail: string) {
    super(MESSAGES[code]);
    // Compiled to ES5, a subclass of Error gets Error's prototype back from the super call: set its own again so
    // that instanceof FileReadError holds in Internet Explorer too.
    Object.setPrototypeOf(this, FileReadError.prototype);
    this.name = "FileReadError";
    this.code = code;
    this.detail = detail;
  }
}

/** Office's error as one line: its name, code and message. */
function officeDetail(error: Office.Error | undefined): string {
  if (!error) return "no error given";
  return error.name + " (" + error.code + "): " + error.message;
}

/**
 * Reads the document open in Word: opens it as a compressed file (sliceSize as given, Word's default 4 MB
 * otherwise), reads every slice in order, one at a time, always closes the file, successful or not (Word keeps at
 * most two open, and a file left open makes the next read fail), and reads the bytes as a .docx.
 *
 * Rejects with FileReadError: "unsupported" where Word has no compressed file to give, "open-failed" when Word does not give the file, "slice-failed" when a slice does not
 * come or does not fit, "unreadable" when the bytes are not a readable .docx (detail: the DocxError's code and
 * detail). Anything else readDocx throws is a bug and is passed on as it is.
 */
export function readOpenDocument(options: { sliceSize?: number } = {}): Promise<DocModel> {
  // Every Word for Windows and Mac has the compressed file and its slices (Word 2013 included); Word on the web has not.
  if (!Office.context.requirements.isSetSupported("CompressedFile")) return unsupported("CompressedFile");
  if (!Office.context.requirements.isSetSupported("File")) return unsupported("File");
  return new Promise<Uint8Array>((resolve, reject) => {
    const fileOptions: Office.GetFileOptions = {};
    if (options.sliceSize !== undefined) fileOptions.sliceSize = options.sliceSize;
    try {
      Office.context.document.getFileAsync(Office.FileType.Compressed, fileOptions, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          reject(new FileReadError("open-failed", officeDetail(result.error)));
          return;
        }
        readSlices(result.value, resolve, reject);
      });
    } catch (thrown) {
      reject(new FileReadError("open-failed", errorDetail(thrown)));
    }
  }).then((bytes) => {
    try {
      return readDocx(bytes);
    } catch (error) {
      if (error instanceof DocxError) {
        throw new FileReadError("unreadable", error.code + (error.detail ? ": " + error.detail : ""));
      }
      throw error;
    }
  });
}

function unsupported(set: string): Promise<DocModel> {
  return Promise.reject(new FileReadError("unsupported", "requirement set " + set + " is not supported"));
}

/** Reads the slices of `file` in order into one array of its size, closes it, then settles. */
function readSlices(file: Office.File, resolve: (bytes: Uint8Array) => void, reject: (error: FileReadError) => void): void {
  const size = file.size;
  const count = file.sliceCount;
  const bytes = new Uint8Array(size);
  let offset = 0;

  // Settles once the file is closed, whatever closeAsync answers: a file that would not close is no reason to
  // lose what was read, nor to hide why the reading failed.
  let finished = false;
  const closeThen = (settle: () => void): void => {
    if (finished) return;
    finished = true;
    try {
      file.closeAsync(() => settle());
    } catch {
      // Nothing lost: the read settles as it stands; a file left open fails the next open with Office's own error.
      settle();
    }
  };
  const fail = (code: FileReadErrorCode, detail: string): void => closeThen(() => reject(new FileReadError(code, detail)));

  const next = (index: number): void => {
    if (index >= count) {
      if (offset === size) closeThen(() => resolve(bytes));
      else fail("slice-failed", "got " + offset + " of " + size + " bytes in " + count + " slices");
      return;
    }
    try {
      file.getSliceAsync(index, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          fail("slice-failed", "slice " + index + " of " + count + ": " + officeDetail(result.error));
          return;
        }
        const data: ArrayLike<number> | undefined = result.value ? result.value.data : undefined;
        if (!data || typeof data !== "object" || typeof data.length !== "number") {
          fail("slice-failed", "slice " + index + " of " + count + " has no bytes");
          return;
        }
        if (offset + data.length > size) {
          fail("slice-failed", "slice " + index + " of " + count + " runs past the file's " + size + " bytes");
          return;
        }
        for (let i = 0; i < data.length; i++) bytes[offset + i] = data[i];
        offset += data.length;
        next(index + 1);
      });
    } catch (thrown) {
      fail("slice-failed", "slice " + index + " of " + count + ": " + errorDetail(thrown));
    }
  };
  next(0);
}
