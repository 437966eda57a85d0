import { closingStart, headerLength, paragraphTarget, sectionTitle, sectionTarget } from "./util";
import { Rule } from "./types";
import { sectionsOf } from "../../profiles/schema";
import { paragraphPlaceholders, Zone } from "../placeholders";
import { sectionAt } from "../sections";
import { fold, formsOf, quoteAround } from "../text";

/**
 * Blanks the clerk fills when the document is issued: the number before "/BC-…" and the day and month of the date
 * (Decree 30, Art. 15). doc.number and doc.date warn of them; they do not stop a report being ready. The date's
 * place left blank is doc.date's error, not reported twice.
 */
function leftForTheClerk(folded: string, at: number, length: number): boolean {
  const before = folded.slice(0, at);
  return /^so\s*:\s*$/.test(before) || /(ngay|thang)\s*$/.test(before) || placeOfTheDate(folded, at + length);
}

/** The place before ", ngày … tháng …": doc.date reports a date without its place. */
const placeOfTheDate = (folded: string, after: number) => /^\s*,\s*ngay\b/.test(folded.slice(after));

export const placeholderLeft: Rule = {
  id: "placeholder-left",
  meta: {
    severity: "error",
    description: { vi: "Còn chỗ chưa viết hoặc văn bản hướng dẫn", en: "Blanks or guidance text left in" },
    messages: {
      guidance: {
        vi: "Mục {id} ({title}) còn văn bản hướng dẫn: hãy thay bằng nội dung báo cáo.",
        en: "Section {id} ({title}) still holds the guidance text: replace it with the report's content.",
      },
      blank: {
        vi: "Còn chỗ chưa viết ({blanks}): «{quote}».",
        en: "Text still to be written ({blanks}): «{quote}».",
      },
    },
  },
  check(context) {
    const { profile, paragraphs, sections } = context;
    for (const s of sections.filter((s) => s.placeholder)) {
      context.report({
        messageId: "guidance",
        section: s.id,
        target: sectionTarget(s),
        data: { id: s.id, title: sectionTitle(profile, s.id) },
      });
    }
    const guidance = new Set(sectionsOf(profile).flatMap((s) => s.guidance.map(fold)));
    const header = headerLength(profile, paragraphs, sections);
    const closing = closingStart(profile, paragraphs, sections);
    paragraphs.forEach((p, i) => {
      const section = sectionAt(sections, p.index);
      // An empty section is reported as such; guidance is reported above.
      const { folded } = formsOf(p);
      if (p.placeholder || section?.status === "empty" || folded === "" || guidance.has(folded)) return;
      const zone: Zone = i < header || i >= closing || p.tags.some((t) => t.startsWith("doc.")) ? "form" : "prose";
      const blanks = paragraphPlaceholders(profile, p, zone).filter((b) => !leftForTheClerk(folded, b.at, b.length));
      if (blanks.length === 0) return;
      const text = p.text.trim();
      context.report({
        messageId: "blank",
        section: section?.id,
        evidence: blanks[0].text,
        target: paragraphTarget(p),
        data: {
          blanks: blanks.map((b) => b.text).join(", "),
          quote: quoteAround(text, Math.max(0, text.indexOf(blanks[0].text)), blanks[0].length, 30),
        },
      });
    });
  },
};
