import { PartId } from "../core/skeleton/parts";
import { ReportProfile, sectionNumber } from "../profiles/schema";
import { Lang, Strings } from "./i18n";

/** A part's name as the drafter knows it: a section by its title and its number in the document, a group by its Roman numeral. */
export function partLabel(part: PartId, profile: ReportProfile, lang: Lang, t: Strings): string {
  switch (part) {
    case "header":
      return t.partHeader;
    case "title":
      return t.partTitle;
    case "opening":
      return t.partOpening(profile.letter.number);
    case "closing":
      return t.partClosing;
    default: {
      for (const group of profile.groups) {
        if (group.id === part) return t.partGroup(romanNumeral(group.heading) ?? group.id);
        const section = group.sections.find((s) => s.id === part);
        if (section) return `${section.title[lang]} (${sectionNumber(profile, section.id)})`;
      }
      return part;
    }
  }
}

/** "I. ĐÁNH GIÁ …" → "I". */
function romanNumeral(heading: string): string | null {
  return /^([IVXLC]+)\./.exec(heading)?.[1] ?? null;
}
