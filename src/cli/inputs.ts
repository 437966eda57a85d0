/**
 * What the commands that read reports share: the profile chosen with --profile, and the .docx files named on
 * the command line (files, or folders of them).
 */
import { readdir, readFile, stat } from "fs/promises";
import * as path from "path";
import { builtinProfiles, parseProfile, ProfileError, ReportProfile } from "../profiles";

/**
 * The profile `--profile ID|FILE` names: a built-in one by id, or a JSON file checked against the schema, whose
 * refusal names the file and the field (`groups[0].sections[1].items[2].cues`) or the line and column of bad JSON.
 * Null when the option is absent: each report's own profile is chosen then (core/profile-choice.ts).
 */
export async function loadProfile(choice: string | undefined, cwd: string): Promise<ReportProfile | null | { misuse: string }> {
  if (!choice) return null;
  const builtin = builtinProfiles.find((p) => p.id === choice);
  if (builtin) return builtin;
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, choice), "utf8");
  } catch (error) {
    // No such file: the likelier mistake is a mistyped id, so both ways of naming a profile are shown.
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      return { misuse: `Không có hồ sơ "${choice}": hãy ghi mã (${builtinProfiles.map((p) => p.id).join(", ")}) hoặc đường dẫn tệp JSON.` };
    return { misuse: `Không đọc được tệp hồ sơ ${choice} (cannot read the profile): ${(error as Error).message}` };
  }
  try {
    return parseProfile(JSON.parse(text.replace(/^\uFEFF/, "")));
  } catch (error) {
    if (error instanceof ProfileError) return { misuse: `${choice}: ${error.message}` };
    const where = jsonErrorPlace(text, error);
    return { misuse: `Tệp hồ sơ ${choice} không phải JSON hợp lệ${where} (not valid JSON).` };
  }
}

/** ", dòng 12, cột 5" for the position a JSON.parse error names; empty when it names none. */
function jsonErrorPlace(text: string, error: unknown): string {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : "")?.[1];
  if (position === undefined) return "";
  const before = text
    .replace(/^\uFEFF/, "")
    .slice(0, Number(position))
    .split("\n");
  return `, dòng ${before.length}, cột ${before[before.length - 1].length + 1}`;
}

/**
 * The files to read: a file as given, a folder's .docx files (not Word's "~$" lock files), sorted, named as the
 * folder was given joined with the file's name; `missing` holds the paths that name nothing.
 */
export async function expand(paths: string[], cwd: string): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const given of paths) {
    const full = path.resolve(cwd, given);
    const info = await stat(full).catch(() => null);
    if (!info) missing.push(given);
    else if (info.isDirectory()) {
      const names = (await readdir(full)).filter((n) => /\.docx$/i.test(n) && !n.startsWith("~$")).sort((a, b) => a.localeCompare(b, "vi"));
      files.push(...names.map((n) => path.join(given, n)));
    } else files.push(given);
  }
  return { files, missing };
}
