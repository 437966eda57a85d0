import molisa5025 from "./molisa-5025-2019.json";
import molisa5121 from "./molisa-5121-2017.json";
import { parseProfile } from "./parse";
import { ReportProfile } from "./schema";

export * from "./parse";
export * from "./schema";

/*
 * The built-in profiles parsed at once, for the command line, the simulated Word and the tests; the panes load
 * only the one a document answers (catalog.ts).
 */

/** The built-in profile for letter 5121/LĐTBXH-KHTC (2017). */
export const defaultProfile: ReportProfile = parseProfile(molisa5121);

/** The built-in profile for letter 5025/LĐTBXH-KHTC (2019): no deadline or e-mail in our copy of the letter. */
export const profile5025: ReportProfile = parseProfile(molisa5025);

/** Every built-in profile, newest letter first. */
export const builtinProfiles: readonly ReportProfile[] = [profile5025, defaultProfile];

export * from "./catalog";
export * from "./provinces";
