/**
 * Text that says nothing the requirement did not already say: a section whose body is "Đề xuất, kiến nghị với
 * Quốc hội, Chính phủ, Bộ Lao động - Thương binh và Xã hội." has restated its heading, not answered it.
 */
import { ReportProfile, Section, SectionGroup } from "../profiles/schema";
import { fold } from "./text";

/** Words of folded text: letters and digits, numbers kept whole ("19.850", "104,5"). */
const WORD = /[a-z0-9]+(?:[.,][0-9]+)*/g;

export function wordsOf(folded: string): string[] {
  return folded.match(WORD) ?? [];
}

/** Typed numbering at the start of a line: "I.", "1.", "1.2.", "a)", "-". */
const NUMBERING = /^(?:phan (?:thu )?\S+\s*[:.-]?|[ivx]+\s*[.)/:-]|\d+(?:\.\d+)*\s*[.)/]?|[a-z]\s*[.)]|[-+*•])\s*/;

export function withoutNumbering(folded: string): string {
  return folded.replace(NUMBERING, "");
}

interface Vocabulary {
  /** The heading's and title's words: a paragraph made of them only names the section. */
  heading: Set<string>;
  /** Those and the words of the guidance, the letter and the group heading. */
  words: Set<string>;
  filler: Set<string>;
}

/** Fewer words of the requirement than this can be a short answer in its words ("Đạt kế hoạch."), not a restatement. */
const MIN_RESTATEMENT_WORDS = 5;

const vocabularies = new WeakMap<Section, Vocabulary>();

/** The words of a section's heading, title, guidance, the letter's requirement and its group's heading. */
function vocabularyOf(profile: ReportProfile, section: Section): Vocabulary {
  let vocabulary = vocabularies.get(section);
  if (!vocabulary) {
    const group: SectionGroup | undefined = profile.groups.find((g) => g.sections.includes(section));
    const heading = [section.heading, section.title.vi].flatMap((s) => wordsOf(withoutNumbering(fold(s))));
    const sources = [section.requirement, ...section.guidance, group?.heading ?? ""];
    vocabulary = {
      heading: new Set(heading),
      words: new Set([...heading, ...sources.flatMap((s) => wordsOf(withoutNumbering(fold(s))))]),
      filler: new Set(profile.text.fillerWords.flatMap((w) => wordsOf(fold(w)))),
    };
    vocabularies.set(section, vocabulary);
  }
  return vocabulary;
}

/**
 * Whether a paragraph (folded, its placeholders taken out) only restates the section's requirement: it has no word
 * at all; or only words of the heading; or, five words or more or a label ending in a colon ("a) Đối với Quốc
 * hội:"), only words of the heading, guidance or letter. Filler words count for nothing either way.
 */
export function restates(profile: ReportProfile, section: Section, folded: string): boolean {
  const { heading, words, filler } = vocabularyOf(profile, section);
  const own = wordsOf(withoutNumbering(folded)).filter((w) => !filler.has(w));
  if (own.every((w) => heading.has(w))) return true;
  const label = /:\s*$/.test(folded);
  return (label || own.length >= MIN_RESTATEMENT_WORDS) && own.every((w) => words.has(w));
}
