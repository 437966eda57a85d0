import { Localized, ReportProfile } from "./schema";

/**
 * A built-in profile as a pane first needs it: enough to offer it and to recognise the letter an opening cites.
 * The whole profile comes from a chunk of its own, so a pane loads only the one the document answers.
 */
export interface ProfileEntry {
  id: string;
  name: Localized;
  letter: { number: string; date: string };
  load(): Promise<ReportProfile>;
}

/*
 * The built-in profiles' JSON is checked by parseProfile in the tests (profile-catalog.test.ts also holds these
 * entries to their files), so the panes take it as it is.
 */
const asProfile = (module: { default: unknown }) => module.default as ReportProfile;

/** The built-in profiles, newest letter first, as index.ts's builtinProfiles. */
export const builtinCatalog: readonly ProfileEntry[] = [
  {
    id: "molisa-5025-2019",
    name: {
      vi: "Báo cáo đánh giá năm 2019, kế hoạch năm 2020 (Công văn 5025/LĐTBXH-KHTC)",
      en: "2019 review and 2020 plan report (letter 5025/LĐTBXH-KHTC)",
    },
    letter: { number: "5025/LĐTBXH-KHTC", date: "2019-11-25" },
    load: () => import(/* webpackChunkName: "profile-5025-2019" */ "./molisa-5025-2019.json").then(asProfile),
  },
  {
    id: "molisa-5121-2017",
    name: {
      vi: "Báo cáo đánh giá năm 2017, kế hoạch năm 2018 (Công văn 5121/LĐTBXH-KHTC)",
      en: "2017 review and 2018 plan report (letter 5121/LĐTBXH-KHTC)",
    },
    letter: { number: "5121/LĐTBXH-KHTC", date: "2017-12-07" },
    load: () => import(/* webpackChunkName: "profile-5121-2017" */ "./molisa-5121-2017.json").then(asProfile),
  },
];
