/**
 * What the commands that read reports share: the profile chosen with --profile, and the .docx files named on
 * the command line (files, or folders of them).
 */
import { readdir, readFile, stat } from "fs/promises";
import * as path from "path";
import { builtinProfiles, defaultProfile, parseProfile, ProfileError, ReportProfile } from "../profiles";

/** The profile `--profile ID|FILE` names: a built-in one by id, or a JSON file; the default (2017) one when absent. */
export async function loadProfile(choice: string | undefined, cwd: string): Promise<ReportProfile | { misuse: string }> {
  if (!choice) return defaultProfile;
  const builtin = builtinProfiles.find((p) => p.id === choice);
  if (builtin) return builtin;
  try {
    return parseProfile(JSON.parse(await readFile(path.resolve(cwd, choice), "utf8")));
  } catch (error) {
    if (error instanceof ProfileError) return { misuse: error.message };
    if (error instanceof SyntaxError) return { misuse: `Tệp hồ sơ ${choice} không phải JSON hợp lệ (not valid JSON).` };
    return { misuse: `Không có hồ sơ "${choice}": hãy ghi mã (${builtinProfiles.map((p) => p.id).join(", ")}) hoặc đường dẫn tệp JSON.` };
  }
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
