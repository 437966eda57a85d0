/** Checking one .docx file: what each worker thread of `report-drafter check` runs (see check.ts). */
import { stat, readFile } from "fs/promises";
import * as path from "path";
import { CheckResult, checkReport } from "../core/check";
import { CHECKLIST_SETTING } from "../core/checklist-store";
import { DocxError, readDocx } from "../host/docx/read";
import { ReportProfile } from "../profiles";
import { nodeCodecs } from "./node-codecs";

/** Past this a file is not a report; refusing it before reading keeps memory bounded. */
const MAX_FILE_BYTES = 100 * 1024 * 1024;

export interface FileResult extends Partial<CheckResult> {
  file: string;
  error?: string;
  /** What the reader said, technically (the DocxError's code and detail, or the exception): `--verbose` prints it. */
  errorDetail?: string;
}

export async function checkFile(file: string, profile: ReportProfile, cwd: string): Promise<FileResult> {
  try {
    const full = path.resolve(cwd, file);
    if ((await stat(full)).size > MAX_FILE_BYTES) return { file, error: "Tệp quá lớn để là một báo cáo (file too large)." };
    const data = await readFile(full);
    const model = readDocx(new Uint8Array(data.buffer, data.byteOffset, data.length), {}, nodeCodecs);
    return { file, ...checkReport(profile, model, model.settings[CHECKLIST_SETTING]) };
  } catch (error) {
    if (error instanceof DocxError)
      return { file, error: error.message, errorDetail: `${error.code}${error.detail ? `: ${error.detail}` : ""}` };
    return {
      file,
      error: `Không đọc được tệp (cannot read the file): ${error instanceof Error ? error.message : String(error)}`,
      errorDetail: error instanceof Error && error.stack ? error.stack : String(error),
    };
  }
}
