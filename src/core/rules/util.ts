import { FoundRow, FoundTable, rowParagraph } from "../indicators/table";
import { Localized, ReportProfile, sectionsOf } from "../../profiles/schema";
import { Paragraph } from "../model";
import { SectionMatch, startsTheRecipients } from "../sections";
import { fold } from "../text";
import { Target } from "./types";

/** A section's short name in both languages, for messages. */
export function sectionTitle(profile: ReportProfile, id: string): Localized {
  return sectionsOf(profile).find((s) => s.id === id)?.title ?? { vi: id, en: id };
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

/** The paragraph of the profile's title ("BÁO CÁO"), by its tag or its words, among the first ones; -1 when none. */
export function titleIndex(profile: ReportProfile, paragraphs: Paragraph[]): number {
  const title = fold(profile.document.title).trim();
  return paragraphs.slice(0, 60).findIndex((p) => p.tags.includes("doc.title") || fold(p.text).trim() === title);
}

/** How many paragraphs make the header (agency, number, national title, date): those before the title. */
export function headerLength(profile: ReportProfile, paragraphs: Paragraph[], sections: readonly SectionMatch[]): number {
  const title = titleIndex(profile, paragraphs);
  if (title >= 0) return title;
  const starts = sections.flatMap((s) => (s.start === undefined ? [] : [paragraphs.findIndex((p) => p.index === s.start)]));
  const firstSection = Math.min(...starts.filter((i) => i >= 0));
  return Number.isFinite(firstSection) ? Math.min(firstSection, 12) : Math.min(paragraphs.length, 12);
}

/** Where the closing (recipients and signature) starts: the first of them after the last section's heading. */
export function closingStart(profile: ReportProfile, paragraphs: Paragraph[], sections: readonly SectionMatch[]): number {
  const lastStart = Math.max(-1, ...sections.flatMap((s) => (s.start === undefined ? [] : [s.start])));
  const at = paragraphs.findIndex(
    (p) =>
      p.index > lastStart && (startsTheRecipients(profile, p) || p.tags.includes("doc.recipients") || p.tags.includes("doc.signature")),
  );
  return at < 0 ? paragraphs.length : at;
}

/** The lines of paragraphs, a paragraph written with line breaks (Shift+Enter) giving several. */
export function linesOf(paragraphs: Paragraph[]): { text: string; paragraph: Paragraph }[] {
  return paragraphs.flatMap((paragraph) => paragraph.text.split("\n").map((text) => ({ text: text.trim(), paragraph })));
}

/** Where a finding about a row of an indicator table points: the section holding the table, the row's name cell. */
export function rowPlace(sections: readonly SectionMatch[], table: FoundTable, row: FoundRow): { section?: string; target?: Target } {
  const paragraph = rowParagraph(table, row);
  return { section: sections.find((s) => s.tables.includes(table.table))?.id, target: paragraph ? paragraphTarget(paragraph) : undefined };
}
