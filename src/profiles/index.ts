import molisa5025 from "./molisa-5025-2019.json";
import molisa5121 from "./molisa-5121-2017.json";
import provinceLists from "./provinces-vn.json";
import { parseProfile, ReportProfile } from "./schema";

export * from "./schema";

/**
 * The built-in profile for letter 5121/LĐTBXH-KHTC (2017): what the pane and the command line use until the drafter
 * can choose a profile.
 */
export const defaultProfile: ReportProfile = parseProfile(molisa5121);

/** The built-in profile for letter 5025/LĐTBXH-KHTC (2019): no deadline or e-mail in our copy of the letter. */
export const profile5025: ReportProfile = parseProfile(molisa5025);

/** Every built-in profile, newest letter first. */
export const builtinProfiles: readonly ReportProfile[] = [profile5025, defaultProfile];

export interface Province {
  name: string;
  /** Centrally-run cities are "thành phố", the rest "tỉnh". */
  city: boolean;
}

interface ProvinceList {
  centrally_run_cities: string[];
  provinces: string[];
}

/** The provinces a profile lists, cities first as provinces-vn.json has them. */
export function provincesOf(profile: ReportProfile): Province[] {
  const list = (provinceLists as unknown as Record<string, ProvinceList | undefined>)[profile.provinceList];
  if (!list) throw new Error(`Không có danh sách tỉnh "${profile.provinceList}".`);
  return [...list.centrally_run_cities.map((name) => ({ name, city: true })), ...list.provinces.map((name) => ({ name, city: false }))];
}
