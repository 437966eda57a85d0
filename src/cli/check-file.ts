/** Checking one .docx file: what each worker thread of `report-drafter check` runs (see check.ts). */
import { CheckResult, checkReport } from "../core/check";
import { CHECKLIST_SETTING } from "../core/checklist-store";
import { chooseProfile, ProfileChoice } from "../core/profile-choice";
import type { ReportProfile } from "../profiles";
import { readReportFile } from "./read-report";

export interface FileResult extends Partial<CheckResult> {
  file: string;
  error?: string;
  /** What the reader said, technically (the DocxError's code and detail, or the exception): `--verbose` prints it. */
  errorDetail?: string;
  /** How the report's profile was chosen when --profile named none. */
  profileChoice?: Omit<ProfileChoice, "profile">;
}

/**
 * What to check a file against: the profile --profile named, or the profiles to choose from (the built-in ones) by
 * what the report says of itself.
 */
export type Against = { profile: ReportProfile } | { choose: readonly ReportProfile[] };

export async function checkFile(file: string, against: Against, cwd: string): Promise<FileResult> {
  const read = await readReportFile(file, cwd);
  if ("error" in read) return { file, error: read.error, ...(read.detail ? { errorDetail: read.detail } : {}) };
  const { doc } = read;
  try {
    if ("profile" in against) return { file, ...checkReport(against.profile, doc, doc.settings[CHECKLIST_SETTING]) };
    const { profile: chosen, ...profileChoice } = chooseProfile(against.choose, doc);
    return { file, ...checkReport(chosen, doc, doc.settings[CHECKLIST_SETTING]), profileChoice };
  } catch (error) {
    // A fault of ours on an odd document: this report is unchecked, the others still are.
    return {
      file,
      error: `Không kiểm tra được tệp (cannot check the file): ${error instanceof Error ? error.message : String(error)}`,
      errorDetail: error instanceof Error && error.stack ? error.stack : String(error),
    };
  }
}
