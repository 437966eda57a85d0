import { ChecklistItem, IndicatorFigureColumn, ReportProfile, Section, sectionsOf } from "../profiles/schema";
import { Denials, isFigureCell, quantities, sentenceAround } from "./claims";
import { anyCue, Cue, CueMatch } from "./cues";
import { indicatorTablesIn, rowParagraph } from "./indicators/table";
import { parseNumber } from "./indicators/numbers";
import { tableHeader } from "./indicators/writer";
import { Paragraph, Table } from "./model";
import { SectionMatch } from "./sections";
import { foldNormalized, formsOf, quoteAround } from "./text";

export type ItemStatus = "met" | "unmet" | "waived" | "manual";

/** What the command line and the pane show as the evidence of an item the drafter confirmed ("Đã có"). */
export const CONFIRMED_EVIDENCE = "xác nhận của người soạn";

export interface ItemResult {
  id: string;
  section: string;
  status: ItemStatus;
  /** A short quote of the section's own text that satisfies the item. */
  evidence?: string;
  /** The words to look for in the document to show the evidence: one paragraph's, at most a quote's length. */
  find?: string;
  /** Paragraph index of the evidence, to select it in the document. */
  paragraph?: number;
  /** The drafter's reason, for a waived item. */
  reason?: string;
  /** The drafter said the text has it ("Đã có") where the checker does not see it. */
  confirmed?: boolean;
  /** A sentence of the section that says there is none ("Không có kiến nghị…"): a waiver's reason, if it holds. */
  denial?: { quote: string; paragraph: number };
  /** A breadth item's parts: those the text covers, those it does not, and how many make the item met. */
  coverage?: { covered: string[]; missing: string[]; needed: number };
}

/** What the drafter ticked or waived, as stored in the document's settings. */
export interface StoredMark {
  state: "met" | "waived";
  /** "drafter": an automatic item confirmed by the drafter; absent for ticks of manual items and waivers. */
  by?: "drafter";
  reason?: string;
  at?: string;
}

/** A body paragraph as judging needs it: its text with the label that introduces it, if any, before it. */
interface Judged {
  paragraph: Paragraph;
  /** Where the paragraph's own text starts in `text` (after "label "). */
  offset: number;
  label?: string;
  text: string;
  folded: string;
}

const judgedTexts = new WeakMap<SectionMatch, Judged[]>();

function judgedOf(section: SectionMatch): Judged[] {
  let judged = judgedTexts.get(section);
  if (!judged) {
    judged = section.body.map((paragraph) => {
      const label = section.labels.get(paragraph.index);
      const own = formsOf(paragraph);
      if (!label) return { paragraph, offset: 0, text: own.normal, folded: own.folded };
      const text = `${label} ${own.normal}`;
      return { paragraph, label, offset: label.length + 1, text, folded: foldNormalized(text) };
    });
    judgedTexts.set(section, judged);
  }
  return judged;
}

type Judgement = Pick<ItemResult, "evidence" | "find" | "paragraph" | "denial" | "coverage">;

/** The quote shown for a match, and the words that find it in the document (its paragraph's, or its label). */
function evidenceOf(j: Judged, hit: CueMatch): Judgement {
  const evidence = quoteAround(j.text, hit.at, hit.length);
  if (hit.at >= j.offset) {
    const own = j.text.slice(j.offset);
    return { evidence, find: quoteAround(own, hit.at - j.offset, hit.length).replace(/^…|…$/g, ""), paragraph: j.paragraph.index };
  }
  return { evidence, find: j.label, paragraph: j.paragraph.index };
}

const denialsOf = new WeakMap<ReportProfile, Denials>();

function denials(profile: ReportProfile): Denials {
  let d = denialsOf.get(profile);
  if (!d) {
    d = new Denials(profile);
    denialsOf.set(profile, d);
  }
  return d;
}

/** Every cue of a section's items as one, built once per section: what may make up a list a denial carries through. */
const sectionCues = new WeakMap<Section, Cue>();

function cuesOfSection(profile: ReportProfile, section: Section): Cue {
  let cue = sectionCues.get(section);
  if (!cue) {
    const phrases = section.items.filter((item) => item.evidence !== "figures");
    cue = anyCue(
      phrases.flatMap((item) => [...item.cues, ...(item.parts ?? []).flatMap((p) => p.cues)]),
      profile,
    );
    sectionCues.set(section, cue);
  }
  return cue;
}

/** The sentence that denies, in the paragraph's own words: what a waiver quotes as its reason. */
function denyingSentence(j: Judged, hit: CueMatch): string {
  const { start, end } = sentenceAround(j.folded, hit.at, hit.at + hit.length);
  const own = j.text.slice(Math.max(start, j.offset), Math.min(j.text.length, end + 1)).trim();
  return own.length > 200 ? quoteAround(own, 0, 0, 200) : own;
}

/**
 * The first sentence, in reading order, that asserts one of the cue patterns, or else the first that denies them.
 * Table cues count in table cells only (column headings such as "KH 2017").
 */
function findClaim(
  profile: ReportProfile,
  section: Section,
  match: SectionMatch,
  { cues, tableCues = [], excludes = [] }: Pick<ChecklistItem, "cues" | "tableCues" | "excludes">,
): Judgement | null {
  const listed = cuesOfSection(profile, section);
  const inText = anyCue(cues, profile);
  const inTables = tableCues.length > 0 ? anyCue([...cues, ...tableCues], profile) : inText;
  const excluded = excludes.length > 0 ? anyCue(excludes, profile) : null;
  let denial: Judgement["denial"];
  for (const j of judgedOf(match)) {
    const hits = (j.paragraph.inTable ? inTables : inText).matches(j.folded);
    for (const hit of excluded ? withoutExcluded(hits, excluded, j.folded) : hits) {
      if (!denials(profile).denies(j.folded, hit, listed)) return evidenceOf(j, hit);
      denial ??= { quote: denyingSentence(j, hit), paragraph: j.paragraph.index };
    }
  }
  return denial ? { denial } : null;
}

/** The hits that do not lie inside a match of the item's excludes. */
function withoutExcluded(hits: CueMatch[], excluded: Cue, folded: string): CueMatch[] {
  const spans = excluded.matches(folded);
  return hits.filter((hit) => !spans.some((s) => s.at <= hit.at && hit.at + hit.length <= s.at + s.length));
}

/** A quantity with one of the units, or a number in a table cell (not in its first column, the numbering). */
function findFigure(match: SectionMatch, units: Cue): Judgement | null {
  for (const j of judgedOf(match)) {
    for (const hit of quantities(j.folded, units, j.offset)) return evidenceOf(j, hit);
  }
  for (const table of match.tables) {
    for (const row of table.rows) {
      const cell = row.slice(1).find(isFigureCell);
      if (cell === undefined) continue;
      const paragraph = table.paragraphs.find((p) => p.text.trim() === cell.trim());
      return { evidence: `${row[0].trim()}: ${cell.trim()}`.replace(/^: /, ""), find: cell.trim(), paragraph: paragraph?.index };
    }
  }
  return null;
}

/** Judges one auto item from the section's own text; evidence comes from the body, never the heading. */
export function judgeItem(profile: ReportProfile, section: Section, item: ChecklistItem, match: SectionMatch): Judgement | null {
  if (match.status !== "present") return null;
  if (item.evidence === "figures") return findFigure(match, anyCue(item.cues, profile));
  if (item.evidence === "phrases") return findClaim(profile, section, match, item);
  const parts = item.parts ?? [];
  const found = parts.map((part) => findClaim(profile, section, match, part));
  const covered = parts.filter((_, i) => found[i]?.evidence !== undefined).map((p) => p.label);
  const missing = parts.filter((_, i) => found[i]?.evidence === undefined).map((p) => p.label);
  const coverage = { covered, missing, needed: item.threshold ?? parts.length };
  const first = found.find((f) => f?.evidence !== undefined);
  if (covered.length < coverage.needed) return { coverage };
  return { coverage, evidence: `${covered.length}/${parts.length}: ${covered.join("; ")}`, find: first?.find, paragraph: first?.paragraph };
}

/** One section's items with their status: judged (auto), ticked, confirmed or waived (stored), or manual. */
export function evaluateSection(
  profile: ReportProfile,
  section: Section,
  match: SectionMatch | undefined,
  marks: Record<string, StoredMark> = {},
  tables: readonly Table[] = match?.tables ?? [],
): ItemResult[] {
  return section.items.map((item): ItemResult => {
    const fromText = item.kind === "auto" && match ? judgeItem(profile, section, item, match) : null;
    const judged = item.indicatorColumns ? withIndicators(profile, tables, item.indicatorColumns, fromText) : fromText;
    const mark = marks[item.id];
    const base = { id: item.id, section: section.id };
    if (judged?.evidence !== undefined) return { ...base, status: "met", ...judged };
    if (mark?.state === "waived") return { ...base, status: "waived", reason: mark.reason };
    if (mark?.state === "met" && item.kind === "auto") return { ...base, status: "met", confirmed: true, evidence: CONFIRMED_EVIDENCE };
    if (mark?.state === "met") return { ...base, status: "met" };
    return { ...base, status: item.kind === "auto" ? "unmet" : "manual", ...judged };
  });
}

/** Every checklist item of the profile with its status; an indicator table counts for the items of any section. */
export function evaluateChecklist(profile: ReportProfile, sections: SectionMatch[], marks: Record<string, StoredMark> = {}): ItemResult[] {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const tables = sections.flatMap((s) => s.tables);
  return sectionsOf(profile).flatMap((section) => evaluateSection(profile, section, byId.get(section.id), marks, tables));
}

/**
 * An item an indicator table can meet: met by a row with its figures, else by the text; never by the words of an
 * indicator table's header alone ("KH 2017" over empty cells is a table still to fill, not a comparison).
 */
function withIndicators(
  profile: ReportProfile,
  tables: readonly Table[],
  columns: readonly IndicatorFigureColumn[],
  fromText: Judgement | null,
): Judgement | null {
  const fromTable = indicatorEvidence(profile, tables, columns);
  if (fromTable) return fromTable;
  if (!fromText || !indicatorTablesIn(profile, tables).some((t) => t.table.paragraphs.some((p) => p.index === fromText.paragraph)))
    return fromText;
  return {
    ...(fromText.denial ? { denial: fromText.denial } : {}),
    ...(fromText.coverage ? { coverage: fromText.coverage } : {}),
  };
}

/** The first row of an indicator table with a number in each of the columns, quoted as the evidence. */
function indicatorEvidence(profile: ReportProfile, tables: readonly Table[], columns: readonly IndicatorFigureColumn[]): Judgement | null {
  for (const found of indicatorTablesIn(profile, tables)) {
    if (!columns.every((column) => found.columns.includes(column))) continue;
    for (const row of found.rows) {
      if (!columns.every((column) => parseNumber(row.cells[column] ?? "").kind === "number")) continue;
      const header = tableHeader(profile);
      const figures = columns.map((column) => `${header[column]} ${row.cells[column]}`).join(", ");
      return { evidence: `${row.cells.name}: ${figures}`, find: row.cells.name, paragraph: rowParagraph(found, row)?.index };
    }
  }
  return null;
}
