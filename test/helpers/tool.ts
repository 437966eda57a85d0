/**
 * External tools some suites need (xmllint, soffice, pdftotext, chromium…). On a developer's machine a missing
 * tool skips the suite with a hint; in CI (CI set) it fails the suite, so a broken image cannot pass silently.
 */
import { accessSync, constants } from "fs";
import * as path from "path";

/** The tool's path when an executable of that name is on PATH. */
export function findTool(name: string): string | null {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return null;
}

/**
 * Whether a suite that needs `name` should run. Call it at the top of a test file and pick `describe` or
 * `describe.skip` with the answer; in CI a missing tool throws, which fails the file.
 */
export function requireTool(name: string, installHint: string): boolean {
  if (findTool(name)) return true;
  const message = `${name} not found on PATH; ${installHint}`;
  if (process.env.CI) throw new Error(`${message} (required when CI is set)`);
  console.warn(`Skipping: ${message}`);
  return false;
}

/**
 * A folder of ../shared beside the repository (the corpus, the OOXML schemas), or the path `override` names. A
 * clone alone has none: there the suites that need it are skipped with the reason; in CI its absence fails.
 */
export function requireShared(relative: string, override?: string): string | null {
  const dir = override ?? path.resolve(__dirname, "../../..", "shared", relative);
  try {
    accessSync(dir, constants.R_OK);
    return dir;
  } catch {
    const message = `${dir} not found: it is the project's shared folder beside the repository (../shared/${relative})`;
    if (process.env.CI) throw new Error(`${message} (required when CI is set)`);
    console.warn(`Skipping: ${message}`);
    return null;
  }
}
