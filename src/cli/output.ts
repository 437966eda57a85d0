/** Writing what a command makes: whole or not at all, and a failure said in the user's words. */
import { randomBytes } from "crypto";
import { rename, rm, writeFile } from "fs/promises";
import * as path from "path";

/** Writes beside the target, then renames: a failed run never leaves half a file under the target's name. */
export async function writeAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: "wx" });
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Why `target` could not be written, for the user; `opener` is the program that may hold it open (Word, Excel). */
export function writeFailure(target: string, error: unknown, opener: string): string {
  const code = (error as { code?: unknown }).code;
  const reason =
    code === "ENOENT"
      ? "thư mục chứa tệp không tồn tại (no such folder)"
      : code === "EACCES"
        ? "không có quyền ghi vào đó (permission denied)"
        : code === "EISDIR" || code === "ENOTEMPTY" || code === "EEXIST"
          ? "đó là một thư mục (is a folder)"
          : code === "EBUSY" || code === "EPERM"
            ? `tệp đang được mở hoặc bị khóa, hãy đóng tệp trong ${opener} rồi chạy lại (file is open or locked)`
            : error instanceof Error
              ? error.message
              : String(error);
  return `Không ghi được tệp ${target}: ${reason}.\n`;
}
