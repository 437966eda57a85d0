/** Reading one .docx report from disk, as `check` and `indicators` both do. */
import { readFile, stat } from "fs/promises";
import * as path from "path";
import type { DocModel } from "../core/model";
import { DocxError, readDocx } from "../host/docx/read";
import { nodeCodecs } from "./node-codecs";

/** Past this a file is not a report; refusing it before reading keeps memory bounded. */
const MAX_FILE_BYTES = 100 * 1024 * 1024;

/**
 * The report's document, or why it could not be read: `error` for the drafter (Vietnamese first), `detail` what
 * the reader said, technically (the DocxError's code and detail, or the exception), for `--verbose`.
 */
export type ReadOutcome = { doc: DocModel } | { error: string; detail?: string };

export async function readReportFile(file: string, cwd: string): Promise<ReadOutcome> {
  try {
    const full = path.resolve(cwd, file);
    if ((await stat(full)).size > MAX_FILE_BYTES) return { error: "Tệp quá lớn để là một báo cáo (file too large)." };
    const data = await readFile(full);
    return { doc: readDocx(new Uint8Array(data.buffer, data.byteOffset, data.length), {}, nodeCodecs) };
  } catch (error) {
    if (error instanceof DocxError) return { error: error.message, detail: `${error.code}${error.detail ? `: ${error.detail}` : ""}` };
    return {
      error: `Không đọc được tệp (cannot read the file): ${error instanceof Error ? error.message : String(error)}`,
      detail: error instanceof Error && error.stack ? error.stack : String(error),
    };
  }
}
