import { ReportProfile, sectionsOf } from "../../profiles/schema";
import { Paragraph } from "../model";
import { SectionMatch } from "../sections";
import { fold } from "../text";
import { Target } from "./types";

export function sectionTitle(profile: ReportProfile, id: string, language: "vi" | "en"): string {
  return sectionsOf(profile).find((s) => s.id === id)?.title[language] ?? id;
}

/** A section is reached by its tag when it has one, else by its heading paragraph. */
export function sectionTarget(section: SectionMatch): Target {
  if (section.via === "tag") return { tag: section.id };
  return { paragraph: section.start, text: section.heading };
}

export function paragraphTarget(p: Paragraph): Target {
  return { paragraph: p.index, text: p.text.trim().slice(0, 200) };
}

/** The first paragraph carrying a tag, or whose folded text passes a test. */
export function findParagraph(
  paragraphs: Paragraph[],
  tag: string,
  test: (folded: string, p: Paragraph) => boolean,
): Paragraph | undefined {
  return paragraphs.find((p) => p.tags.includes(tag) && p.text.trim() !== "") ?? paragraphs.find((p) => test(fold(p.text), p));
}

const DATE = /ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})/;

/** The document's own date ("…, ngày 15 tháng 12 năm 2017") and the paragraph holding it. */
export function documentDate(paragraphs: Paragraph[]): { date: string; paragraph: Paragraph } | null {
  for (const p of paragraphs.slice(0, 60)) {
    const m = DATE.exec(fold(p.text));
    if (!m) continue;
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    return { date: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`, paragraph: p };
  }
  return null;
}
