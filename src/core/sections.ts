import { DocModel, Paragraph, Table } from "./model";
import { HeadingMatch, ReportProfile, Section, sectionsOf } from "../profiles/schema";
import { paragraphPlaceholders, withoutPlaceholders } from "./placeholders";
import { restates, withoutNumbering, wordsOf } from "./restatement";
import { fold, foldNormalized, formsOf, normalizeText } from "./text";
import { STARTS_LOWER_OR_DIGIT } from "./unicode";

export type SectionStatus = "present" | "empty" | "missing";

export interface SectionMatch {
  id: string;
  status: SectionStatus;
  /** How it was found: by its content-control tag, or by a heading typed in the text. */
  via?: "tag" | "heading";
  /** The heading as it stands in the document (the profile's heading when found by tag without one). */
  heading?: string;
  /** Paragraph index of the heading, or of the first tagged paragraph. */
  start?: number;
  /** Paragraph index just past the section (its first copy when duplicated). */
  end?: number;
  /**
   * The drafter's text of the section, in order, table cells included: never its heading, its guidance, a
   * placeholder alone or a restatement of the requirement.
   */
  body: Paragraph[];
  /**
   * Labels that introduce a body paragraph, by that paragraph's index: "a) Đối với Quốc hội:" before the proposal
   * itself. A label is no content, but it says what the paragraph after it is about.
   */
  labels: ReadonlyMap<number, string>;
  tables: Table[];
  /** The body is still the guidance the skeleton put there. */
  placeholder: boolean;
  /** Where else the same section starts (paragraph indexes): a second copy. */
  duplicates: number[];
}

/** The document as one run of paragraphs, each knowing the table it sits in. */
interface Flat {
  paragraphs: Paragraph[];
  tableOf: Map<Paragraph, Table>;
}

function flatten(doc: DocModel): Flat {
  const paragraphs: Paragraph[] = [];
  const tableOf = new Map<Paragraph, Table>();
  for (const block of doc.blocks) {
    if (block.kind === "paragraph") paragraphs.push(block);
    else
      for (const p of block.paragraphs) {
        paragraphs.push(p);
        tableOf.set(p, block);
      }
  }
  return { paragraphs, tableOf };
}

const LEVEL_PATTERNS: [RegExp, number][] = [
  [/^phan (thu )?([ivx]+|\d+|nhat|hai|ba|bon|mot)\b/, 0],
  [/^[ivx]+\s*[.)/:-]/, 1],
  [/^[a-z]\s*[.)]\s/, 3],
  [/^\d+\.\d+/, 3],
  [/^\d+\s*[.)/]\s*\S/, 2],
];

/**
 * The heading level of a paragraph that looks like a heading, or null for body text. Typed numbering says
 * most ("PHẦN THỨ NHẤT" 0, "I." 1, "1." 2, "1.1" and "a)" 3); then outline levels, list numbering and
 * bold text without numbering (a sub-heading: 4).
 */
export function headingLevel(p: Paragraph): number | null {
  const text = p.text.trim();
  if (text.length < 3 || text.length > 250 || p.placeholder) return null;
  const folded = fold(text);
  if (p.outlineLevel === undefined && readsAsSentence(text, folded, p.bold)) return null;
  for (const [pattern, level] of LEVEL_PATTERNS) if (pattern.test(folded) && (p.bold || level <= 1 || text.length < 160)) return level;
  if (p.outlineLevel !== undefined && p.outlineLevel < 9) return p.outlineLevel + 1;
  if (p.numbered && p.bold) return 2 + (p.numberingLevel ?? 0);
  if (p.bold && !/[.;:]$/.test(text)) return 4;
  return null;
}

/**
 * A numbered line that goes on after a colon with its content ("b) Đối với Chính phủ: bố trí đủ kinh phí năm
 * 2018."), or a clause that ends with a full stop, is a sentence of the body, not a heading. "PHẦN THỨ NHẤT: KẾT
 * QUẢ …" and "Phần I: Kết quả …" are headings: capitals follow their colon.
 */
function readsAsSentence(text: string, folded: string, bold: boolean): boolean {
  const colon = text.indexOf(":");
  if (colon > 0 && !folded.startsWith("phan")) {
    const rest = text.slice(colon + 1).trim();
    if (wordsOf(fold(rest)).length >= 3 && STARTS_LOWER_OR_DIGIT.test(rest)) return true;
  }
  const endsWithStop = /[^.…]\.$/.test(text) || text.endsWith(";");
  return endsWithStop && (!bold || wordsOf(folded).length >= 15) && text !== text.toUpperCase();
}

/** Typed numbering at the start: "I.", "1.", "1.1", "a)". A heading numbered so below a section's is inside it. */
const TYPED_NUMBERING = /^([ivx]+\s*[.)/:-]|\d+(\.\d+)*\s*[.)/]|[a-z]\s*[.)])\s*\S/;

const typedNumbering = (hit: HeadingHit) => TYPED_NUMBERING.test(fold(hit.paragraph.text));

/** Heading text without its numbering, folded for matching. */
const headingWords = (text: string): string => withoutNumbering(fold(text));

interface FoldedCues {
  cues: string[][];
  excludes: string[];
  /** The words a section's heading may use: its own heading's, its title's, its cues' and its items' cues'. */
  vocabulary: Set<string>;
}

/** A part's heading cues folded once, not once per paragraph. */
const foldedCues = new WeakMap<HeadingMatch, FoldedCues>();

function cuesOf(match: HeadingMatch & { heading: string }): FoldedCues {
  let folded = foldedCues.get(match);
  if (!folded) {
    const cues = match.headingCues.map((alternative) => alternative.map(fold));
    const section = match as Partial<Section>;
    const itemCues = (section.items ?? []).flatMap((item) => [...item.cues, ...(item.parts ?? []).flatMap((p) => p.cues)]).map(fold);
    const sources = [headingWords(match.heading), section.title ? fold(section.title.vi) : "", ...cues.flat(), ...itemCues];
    folded = { cues, excludes: match.headingExcludes.map(fold), vocabulary: new Set(sources.flatMap(wordsOf)) };
    foldedCues.set(match, folded);
  }
  return folded;
}

/** At least this share of a section heading's own words must be the section's: one shared word is not enough. */
const HEADING_COVERAGE = 0.5;
const YEAR = /^(19|20)\d\d$/;

/**
 * Whether a heading's words (headingWords) name this part: all phrases of one alternative, and no excluded one;
 * and, for a section, half of the heading's words (years and filler words aside) are words of the section's own
 * heading, cues or items, so "b) Lĩnh vực chính sách người có công" is not the policies section for saying "chính sách".
 */
function matchesHeading(
  match: HeadingMatch & { heading: string },
  words: string,
  filler: Set<string>,
  isSection: boolean,
  anyYear = false,
): boolean {
  const { cues, excludes, vocabulary } = cuesOf(match);
  if (excludes.some((phrase) => words.includes(phrase) && !(anyYear && YEAR.test(phrase)))) return false;
  if (!cues.some((alternative) => alternative.every((phrase) => words.includes(phrase)))) return false;
  if (!isSection) return true;
  const own = wordsOf(words).filter((w) => !filler.has(w) && !YEAR.test(w));
  return own.filter((w) => vocabulary.has(w)).length >= HEADING_COVERAGE * own.length;
}

interface HeadingHit {
  index: number;
  level: number;
  paragraph: Paragraph;
  /** Section or group ids whose heading this could be, in profile order. */
  ids: string[];
  /** Whether it would be this section's heading but for naming an excluded year: last year's heading, copied. */
  otherYear: (id: string) => boolean;
}

/** Finds every required section of the profile, by content-control tag first, else by heading (report-spec §4). */
export function findSections(profile: ReportProfile, doc: DocModel): SectionMatch[] {
  const flat = flatten(doc);
  const typed = sectionsByHeading(profile, flat);
  return sectionsOf(profile).map((section) => {
    const found = byTag(section.id, flat) ?? typed.get(section.id);
    if (!found) return { id: section.id, status: "missing", body: [], labels: new Map(), tables: [], placeholder: false, duplicates: [] };
    return withContent(profile, section, found, flat);
  });
}

type Written = "guidance" | "blank" | "content";

/** Short paragraphs that can introduce the next one: "a) Đối với Quốc hội:" or a numbered line without a stop. */
const LABEL = /:$|^([a-zđ]|\d+|[ivx]+)\s*[.)]\s*\S[^.]*$/i;
const MAX_LABEL_LENGTH = 120;

/**
 * The section's own content: guidance, placeholders alone and restatements of the requirement are not content, so
 * a section holding only those is empty. Guidance left beside real text is a placeholder left in.
 */
function withContent(profile: ReportProfile, section: Section, found: Found, flat: Flat): SectionMatch {
  const guidance = new Set(section.guidance.map(fold));
  const longest = Math.max(...section.guidance.map((g) => g.length)) + 20;
  // Folding keeps the normalized text's length: a paragraph of another length cannot be guidance, unfolded.
  const lengths = new Set([...guidance].map((g) => g.length));
  const kindOf = (p: Paragraph): Written => {
    if (p.placeholder) return "guidance";
    // A long paragraph is the drafter's own, whatever its words: only short ones are worth reading word by word.
    if (p.text.length > 3 * longest) return "content";
    const { normal, folded } = formsOf(p);
    if (lengths.has(normal.length) && guidance.has(folded)) return "guidance";
    const placeholders = paragraphPlaceholders(profile, p, "prose");
    const own = placeholders.length === 0 ? folded : foldNormalized(withoutPlaceholders(normal, placeholders));
    return own.length <= 2 * longest && restates(profile, section, own) ? "blank" : "content";
  };
  const written = found.body.filter((p) => p.text.trim() !== "");
  const kinds = written.map(kindOf);
  const body = written.filter((_, i) => kinds[i] === "content");
  const labels = new Map<number, string>();
  written.forEach((p, i) => {
    const text = formsOf(p).normal;
    if (kinds[i] !== "content" && kinds[i + 1] === "content" && text.length <= MAX_LABEL_LENGTH && LABEL.test(text)) {
      labels.set(written[i + 1].index, text.replace(/\s*…$/, ""));
    }
  });
  return {
    ...found,
    body,
    labels,
    tables: tablesOf(body, flat),
    status: body.length === 0 ? "empty" : "present",
    placeholder: body.length > 0 && kinds.includes("guidance"),
  };
}

/**
 * One section judged from its own content alone (a section's content control read by itself): every paragraph
 * of `content` is the section's, whether or not the control's own tag came with it.
 */
export function sectionFromContent(profile: ReportProfile, id: string, content: DocModel): SectionMatch {
  const section = sectionsOf(profile).find((s) => s.id === id);
  if (!section) throw new Error(`no section ${id} in profile ${profile.id}`);
  const flat = flatten(content);
  return withContent(profile, section, { id, via: "tag", body: flat.paragraphs, duplicates: [] }, flat);
}

/** The section a paragraph lies in, by index; null between sections (the header, a group heading, the closing). */
export function sectionAt(sections: readonly SectionMatch[], paragraph: number): SectionMatch | null {
  return sections.find((s) => s.start !== undefined && s.end !== undefined && s.start <= paragraph && paragraph < s.end) ?? null;
}

/** A section as found, before its content is told from guidance, placeholders and restatements. */
type Found = Omit<SectionMatch, "status" | "placeholder" | "labels" | "tables">;

function byTag(id: string, flat: Flat): Found | null {
  const body: Paragraph[] = [];
  const starts: number[] = [];
  let previousTagged = false;
  flat.paragraphs.forEach((p, i) => {
    const tagged = p.tags.includes(id);
    if (tagged) body.push(p);
    if (tagged && !previousTagged) starts.push(i);
    previousTagged = tagged;
  });
  if (starts.length === 0) return null;
  let last = starts[0];
  while (flat.paragraphs[last + 1]?.tags.includes(id)) last++;
  const before = flat.paragraphs[starts[0] - 1];
  const heading = before && before.tags.length === 0 && headingLevel(before) !== null ? before : undefined;
  return {
    id,
    via: "tag",
    heading: heading ? normalizeText(heading.text) : undefined,
    start: heading ? heading.index : flat.paragraphs[starts[0]].index,
    end: flat.paragraphs[last].index + 1,
    body,
    duplicates: starts.slice(1).map((i) => flat.paragraphs[i].index),
  };
}

function headingHits(profile: ReportProfile, flat: Flat): HeadingHit[] {
  const sectionIds = new Set(sectionsOf(profile).map((s) => s.id));
  const parts = profile.groups.flatMap((g) => [g, ...g.sections]);
  const filler = new Set(profile.text.fillerWords.flatMap((w) => wordsOf(fold(w))));
  const sections = sectionsOf(profile);
  const hits: HeadingHit[] = [];
  flat.paragraphs.forEach((paragraph, index) => {
    if (flat.tableOf.has(paragraph)) return;
    const level = headingLevel(paragraph);
    if (level === null) return;
    const words = headingWords(paragraph.text);
    const ids = parts.filter((part) => matchesHeading(part, words, filler, sectionIds.has(part.id))).map((part) => part.id);
    // Asked only under a heading that is also a group's: most headings never are.
    const otherYear = (id: string) => {
      const section = sections.find((s) => s.id === id);
      return section !== undefined && matchesHeading(section, words, filler, true, true);
    };
    hits.push({ index, level, paragraph, ids, otherYear });
  });
  return hits;
}

/** A section's heading as the reading goes: the heading chosen so far, and whether it is also a group's. */
interface Open {
  id: string;
  hit: HeadingHit;
  groupLike: boolean;
}

/**
 * Reads the headings in order, as a reader would. A heading opens the section it names; a deeper heading naming
 * the same section is the more specific one ("PHẦN THỨ NHẤT: KẾT QUẢ … NĂM 2017" is a group when "1. Kết quả thực
 * hiện các chỉ tiêu…" follows); a heading numbered below the open section's numbered heading ("b) Lĩnh vực chính
 * sách người có công" under "1. Kết quả…") is a sub-heading of its body. Any other heading at the same or a higher
 * level, or naming another part, ends the open section. The body stops where the recipients and signature begin.
 */
function sectionsByHeading(profile: ReportProfile, flat: Flat): Map<string, Found> {
  const groupIds = new Set(profile.groups.map((g) => g.id));
  const sectionIds = sectionsOf(profile).map((s) => s.id);
  const chosen = new Map<string, { hit: HeadingHit; end: number }[]>();
  let open: Open | null = null;
  const close = (end: number) => {
    if (!open) return;
    const list = chosen.get(open.id) ?? [];
    list.push({ hit: open.hit, end });
    chosen.set(open.id, list);
    open = null;
  };
  for (const hit of headingHits(profile, flat)) {
    const current: Open | null = open;
    if (current && hit.level > current.hit.level) {
      // Under a heading that is also the group's, the section's own heading is the more specific one, even copied
      // with last year's year: section-year then says so, where the group's heading would hide it.
      if (hit.ids.includes(current.id) || (current.groupLike && hit.otherYear(current.id))) {
        current.hit = hit;
        continue;
      }
      if (!current.groupLike && typedNumbering(current.hit) && typedNumbering(hit)) continue;
      if (hit.ids.length === 0) continue;
    }
    if (current && (hit.level <= current.hit.level || hit.ids.length > 0)) close(hit.index);
    const id = sectionIds.find((s) => hit.ids.includes(s) && !chosen.has(s)) ?? sectionIds.find((s) => hit.ids.includes(s));
    // A part or Roman-numbered heading that also names a group ("II. CHỈ TIÊU, NHIỆM VỤ, GIẢI PHÁP NĂM 2018") may be
    // the group's, with the sections numbered under it; "1. Kết quả thực hiện … năm 2017" is the section's alone.
    if (id) open = { id, hit, groupLike: hit.level <= 1 && hit.ids.some((other) => groupIds.has(other)) };
  }
  close(flat.paragraphs.length);

  const found = new Map<string, Found>();
  for (const [id, [first, ...others]] of chosen) {
    const following = flat.paragraphs.slice(first.hit.index + 1, first.end);
    const closing = following.findIndex((p) => endsTheReport(profile, p));
    const body = closing < 0 ? following : following.slice(0, closing);
    found.set(id, {
      id,
      via: "heading",
      heading: normalizeText(first.hit.paragraph.text),
      start: first.hit.paragraph.index,
      end: (body[body.length - 1] ?? first.hit.paragraph).index + 1,
      body,
      duplicates: others.map((o) => o.hit.paragraph.index),
    });
  }
  return found;
}

/** The recipients and signature close the report: nothing from there on belongs to the last section. */
function endsTheReport(profile: ReportProfile, p: Paragraph): boolean {
  return p.tags.some((t) => t.startsWith("doc.")) || startsTheRecipients(profile, p);
}

/**
 * The profile's line that opens the recipients ("Nơi nhận:"), colon or not: a short paragraph of its own, or the
 * first line of a paragraph whose recipients follow on lines of their own (Shift+Enter).
 */
export function startsTheRecipients(profile: ReportProfile, p: Paragraph): boolean {
  const heading = recipientsHeadingOf(profile);
  const lineEnd = p.text.indexOf("\n");
  const firstLine = lineEnd < 0 ? p.text : p.text.slice(0, lineEnd);
  return firstLine.length < Math.max(40, heading.length + 25) && fold(firstLine).startsWith(heading);
}

/** The profile's recipients line folded, without its colon: asked of every paragraph, so folded once. */
const recipientsHeadings = new WeakMap<ReportProfile, string>();
function recipientsHeadingOf(profile: ReportProfile): string {
  let heading = recipientsHeadings.get(profile);
  if (heading === undefined) {
    heading = fold(profile.document.recipientsHeading).replace(/[\s:]+$/, "");
    recipientsHeadings.set(profile, heading);
  }
  return heading;
}

function tablesOf(body: Paragraph[], flat: Flat): Table[] {
  const tables = new Set<Table>();
  for (const p of body) {
    const table = flat.tableOf.get(p);
    if (table) tables.add(table);
  }
  return [...tables];
}

/** Where the cursor is, as Word tells it in one cheap read: the tags of the content controls around it, innermost first, and its paragraph's text. */
export interface CursorPlace {
  tags: string[];
  text: string;
}

/** Paragraph indexes by folded text, built once per document read: finding the cursor's paragraph is then one look-up. */
const paragraphsByText = new WeakMap<readonly Paragraph[], Map<string, number[]>>();

/**
 * Builds the look-up sectionOfPlace uses for these paragraphs (it is built on first use otherwise): on a long
 * document, better done right after reading it than on the drafter's first move.
 */
export function indexByText(paragraphs: readonly Paragraph[]): Map<string, number[]> {
  let index = paragraphsByText.get(paragraphs);
  if (!index) {
    index = new Map();
    for (const p of paragraphs) {
      const key = fold(p.text);
      if (key === "") continue;
      const list = index.get(key);
      if (list) list.push(p.index);
      else index.set(key, [p.index]);
    }
    paragraphsByText.set(paragraphs, index);
  }
  return index;
}

/**
 * The section the cursor is in: by a section's tag around it, else by finding its paragraph's text among the
 * paragraphs last read. Null when the cursor is outside every section (in another tagged part of the skeleton,
 * or in a paragraph outside the sections); undefined when it cannot be told (an empty paragraph, text typed since
 * the last read, or a paragraph whose text recurs in different sections).
 */
export function sectionOfPlace(
  place: CursorPlace,
  sections: readonly SectionMatch[],
  paragraphs: readonly Paragraph[],
): string | null | undefined {
  const ids = new Set(sections.map((s) => s.id));
  const tagged = place.tags.find((tag) => ids.has(tag));
  if (tagged) return tagged;
  if (place.tags.length > 0 && place.tags.every((tag) => tag.startsWith("doc."))) return null;
  const candidates = indexByText(paragraphs).get(fold(place.text));
  if (!candidates) return undefined;
  const found = new Set(candidates.map((index) => sectionAt(sections, index)?.id ?? null));
  return found.size === 1 ? [...found][0] : undefined;
}
