import provinceLists from "./provinces-vn.json";
import { ReportProfile } from "./schema";

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
export function provincesOf(profile: Pick<ReportProfile, "provinceList">): Province[] {
  const list = (provinceLists as unknown as Record<string, ProvinceList | undefined>)[profile.provinceList];
  if (!list) throw new Error(`Không có danh sách tỉnh "${profile.provinceList}".`);
  return [...list.centrally_run_cities.map((name) => ({ name, city: true })), ...list.provinces.map((name) => ({ name, city: false }))];
}
