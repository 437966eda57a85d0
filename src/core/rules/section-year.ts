import { sectionTarget } from "./util";
import { Rule } from "./types";
import { execAll, fold } from "../text";

const YEARS = /(?:^|[^0-9])((?:19|20)\d\d)(?![0-9])/g;

/** A section heading that names another year than its group's is last year's text copied over. */
export const sectionYear: Rule = {
  id: "section-year",
  meta: {
    severity: "warning",
    description: { vi: "Tiêu đề mục ghi năm khác", en: "A section heading names another year" },
    messages: {
      otherYear: {
        vi: 'Tiêu đề mục {id} ghi năm {named}, trong khi báo cáo này về năm {year}: "{heading}".',
        en: 'The heading of section {id} names {named}, while this report is about {year}: "{heading}".',
      },
    },
  },
  check(context) {
    for (const group of context.profile.groups) {
      for (const section of group.sections) {
        const match = context.sections.find((s) => s.id === section.id);
        if (!match?.heading) continue;
        const named = execAll(YEARS, fold(match.heading)).map((m) => Number(m[1]));
        if (named.length === 0 || named.includes(group.year)) continue;
        context.report({
          messageId: "otherYear",
          section: section.id,
          evidence: match.heading,
          target: sectionTarget(match),
          data: { id: section.id, named: named.join(", "), year: String(group.year), heading: match.heading },
        });
      }
    }
  },
};
