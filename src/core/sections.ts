import { DocModel, Paragraph, Table } from "./model";
import { HeadingMatch, ReportProfile, Section, sectionsOf } from "../profiles/schema";
import { fold, normalizeText } from "./text";

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
  /** The drafter's text of the section (never its heading nor guidance), in order, table cells included. */
  body: Paragraph[];
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
  for (const [pattern, level] of LEVEL_PATTERNS) if (pattern.test(folded) && (p.bold || level <= 1 || text.length < 160)) return level;
  if (p.outlineLevel !== undefined && p.outlineLevel < 9) return p.outlineLevel + 1;
  if (p.numbered && p.bold) return 2 + (p.numberingLevel ?? 0);
  if (p.bold && !/[.;:]$/.test(text)) return 4;
  return null;
}

/** Heading text without its numbering, folded for matching. */
function headingWords(text: string): string {
  return fold(text).replace(/^(phan (thu )?\S+\s*[:.-]?|[ivx]+\s*[.)/:-]|\d+(\.\d+)*\s*[.)/]?|[a-z]\s*[.)])\s*/, "");
}

/** A part's heading cues folded once, not once per paragraph. */
const foldedCues = new WeakMap<HeadingMatch, { cues: string[][]; excludes: string[] }>();

function cuesOf(match: HeadingMatch): { cues: string[][]; excludes: string[] } {
  let folded = foldedCues.get(match);
  if (!folded) {
    folded = { cues: match.headingCues.map((alternative) => alternative.map(fold)), excludes: match.headingExcludes.map(fold) };
    foldedCues.set(match, folded);
  }
  return folded;
}

/** Whether a heading's words (headingWords) name this part: all phrases of one alternative, and no excluded one. */
function matchesHeading(match: HeadingMatch, words: string): boolean {
  const { cues, excludes } = cuesOf(match);
  if (excludes.some((phrase) => words.includes(phrase))) return false;
  return cues.some((alternative) => alternative.every((phrase) => words.includes(phrase)));
}

interface HeadingHit {
  index: number;
  level: number;
  paragraph: Paragraph;
  /** Section or group ids whose heading this could be, in profile order. */
  ids: string[];
}

/** Finds every required section of the profile, by content-control tag first, else by heading (report-spec §4). */
export function findSections(profile: ReportProfile, doc: DocModel): SectionMatch[] {
  const flat = flatten(doc);
  const headings = headingHits(profile, flat);
  return sectionsOf(profile).map((section) => {
    const tagged = byTag(section.id, flat);
    const found = tagged ?? byHeading(section.id, flat, headings);
    if (!found) return { id: section.id, status: "missing", body: [], tables: [], placeholder: false, duplicates: [] };
    return withoutGuidance(section, found);
  });
}

/** Guidance alone is no content: the section is empty. Guidance left beside real text is a placeholder left in. */
function withoutGuidance(section: Section, found: Found): SectionMatch {
  const guidance = new Set(section.guidance.map(fold));
  const longest = Math.max(...section.guidance.map((g) => g.length)) + 20;
  // Folding keeps the normalized text's length: a paragraph of another length cannot be guidance, unfolded.
  const lengths = new Set([...guidance].map((g) => g.length));
  const isGuidance = (p: Paragraph) =>
    p.placeholder || (p.text.length <= longest && lengths.has(normalizeText(p.text).length) && guidance.has(fold(p.text)));
  const written = found.body.filter((p) => p.text.trim() !== "");
  const own = written.filter((p) => !isGuidance(p));
  return {
    ...found,
    body: own,
    status: own.length === 0 ? "empty" : "present",
    placeholder: own.length > 0 && own.length < written.length,
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
  return withoutGuidance(section, { id, via: "tag", body: flat.paragraphs, tables: tablesOf(flat.paragraphs, flat), duplicates: [] });
}

/** The section a paragraph lies in, by index; null between sections (the header, a group heading, the closing). */
export function sectionAt(sections: readonly SectionMatch[], paragraph: number): SectionMatch | null {
  return sections.find((s) => s.start !== undefined && s.end !== undefined && s.start <= paragraph && paragraph < s.end) ?? null;
}

type Found = Omit<SectionMatch, "status" | "placeholder">;

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
    tables: tablesOf(body, flat),
    duplicates: starts.slice(1).map((i) => flat.paragraphs[i].index),
  };
}

function headingHits(profile: ReportProfile, flat: Flat): HeadingHit[] {
  const parts: (HeadingMatch & { id: string })[] = profile.groups.flatMap((g) => [g, ...g.sections]);
  const hits: HeadingHit[] = [];
  flat.paragraphs.forEach((paragraph, index) => {
    if (flat.tableOf.has(paragraph)) return;
    const level = headingLevel(paragraph);
    if (level === null) return;
    const words = headingWords(paragraph.text);
    hits.push({ index, level, paragraph, ids: parts.filter((part) => matchesHeading(part, words)).map((part) => part.id) });
  });
  return hits;
}

/**
 * A section's heading is the shallowest hit for it, unless a deeper hit for the same section follows inside
 * its scope: "PHẦN THỨ NHẤT: KẾT QUẢ … NĂM 2017" is a group when "1. Kết quả thực hiện các chỉ tiêu…" follows.
 * The body runs to the next heading of the same or a higher level, or to any heading of another part.
 */
function byHeading(id: string, flat: Flat, hits: HeadingHit[]): Found | null {
  const candidates = hits.filter((h) => h.ids.includes(id));
  const chosen: HeadingHit[] = [];
  for (const hit of candidates) {
    const last = chosen[chosen.length - 1];
    if (last && hit.level > last.level && scopeEnd(last, hits, flat) > hit.index) chosen[chosen.length - 1] = hit;
    else chosen.push(hit);
  }
  if (chosen.length === 0) return null;
  const [first] = chosen;
  const end = scopeEnd(first, hits, flat);
  const following = flat.paragraphs.slice(first.index + 1, end);
  const closing = following.findIndex(endsTheReport);
  const within = closing < 0 ? following : following.slice(0, closing);
  const body = within.filter((p) => !isSubPartHeading(p, hits, id));
  return {
    id,
    via: "heading",
    heading: normalizeText(first.paragraph.text),
    start: first.paragraph.index,
    end: (within[within.length - 1] ?? first.paragraph).index + 1,
    body,
    tables: tablesOf(body, flat),
    duplicates: chosen.slice(1).map((h) => h.paragraph.index),
  };
}

/** The recipients and signature close the report: nothing from there on belongs to the last section. */
function endsTheReport(p: Paragraph): boolean {
  return p.tags.some((t) => t.startsWith("doc.")) || startsTheRecipients(p);
}

/**
 * The "Nơi nhận:" line that opens the recipients: a short paragraph of its own, or the first line of a paragraph
 * whose recipients follow on lines of their own (Shift+Enter).
 */
export function startsTheRecipients(p: Paragraph): boolean {
  const lineEnd = p.text.indexOf("\n");
  const firstLine = lineEnd < 0 ? p.text : p.text.slice(0, lineEnd);
  return firstLine.length < 40 && fold(firstLine).startsWith("noi nhan");
}

function scopeEnd(hit: HeadingHit, hits: HeadingHit[], flat: Flat): number {
  const next = hits.find((h) => h.index > hit.index && (h.level <= hit.level || h.ids.some((other) => !hit.ids.includes(other))));
  return next ? next.index : flat.paragraphs.length;
}

/** A deeper heading for the same section inside the body (the chosen one's own sub-heading) is not body text. */
function isSubPartHeading(p: Paragraph, hits: HeadingHit[], id: string): boolean {
  return hits.some((h) => h.paragraph === p && h.ids.includes(id));
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
