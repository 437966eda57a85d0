import { ReportProfile } from "../../profiles/schema";
import { DocModel, Paragraph } from "../model";
import { execAll, fold, formsOf } from "../text";
import { agrees, statedComparisons } from "./compare";
import { Recomputed, recompute, RowFigures } from "./recompute";
import { FoundRow, nameKey } from "./table";
import { tableHeader } from "./writer";
import { Comparison, IndicatorColumn } from "./types";

/** The tables' figures once per document: three rules read them. */
const cache = new WeakMap<DocModel, Recomputed>();

export function recomputedOf(profile: ReportProfile, doc: DocModel): Recomputed {
  let found = cache.get(doc);
  if (!found) {
    found = recompute(profile, doc);
    cache.set(doc, found);
  }
  return found;
}

/** A column's header as the table is written, for messages: "TH 2017", "So KH". */
export function columnLabel(profile: ReportProfile, column: IndicatorColumn): string {
  return tableHeader(profile)[column];
}

/** Words of an indicator's name that say which it is; "số", "tỷ lệ", "người" say nothing on their own. */
const GENERIC = new Set([
  "so",
  "ty",
  "le",
  "cua",
  "cac",
  "va",
  "trong",
  "do",
  "duoc",
  "nguoi",
  "ho",
  "nam",
  "voi",
  "co",
  "it",
  "nhat",
  "mot",
]);

function keyWords(name: string): string[] {
  return fold(name)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 2 && !GENERIC.has(w));
}

const SENTENCE_END = /[;!?]\s+|\.\s+(?=[^a-z0-9])/g;

/** Where a paragraph's sentences are: split after ".", ";", "!" or "?" and a space, not inside numbers ("34.500"). */
function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const m of execAll(SENTENCE_END, text)) {
    if (m.index > start) spans.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}

export interface Claim {
  row: FoundRow;
  table: number;
  paragraph: Paragraph;
  sentence: string;
  against: "vsPlan" | "vsPrev";
  computed: Comparison;
}

/**
 * For each indicator of the tables and each base, the first sentence of the prose that states a comparison its
 * figures contradict ("… giải quyết việc làm cho 34.500 lao động, đạt 110,5% kế hoạch"). A sentence is about an indicator when it
 * holds most of the words of its name; it compares with the plan when it says "kế hoạch", with last year when it
 * names that year or "cùng kỳ".
 */
export function contradictedClaims(profile: ReportProfile, doc: DocModel, prose: readonly Paragraph[]): Claim[] {
  // One row per indicator name: a report that repeats its table (one per district) states each comparison once.
  const byName = new Map<string, RowFigures>();
  for (const r of recomputedOf(profile, doc).rows) {
    const name = nameKey(r.row.cells.name ?? "");
    if ((r.vsPlan !== null || r.vsPrev !== null) && !byName.has(name)) byName.set(name, r);
  }
  const rows = [...byName.values()];
  if (rows.length === 0) return [];
  const keys = rows.map((r) => keyWords(r.row.cells.name ?? ""));
  const claims: Claim[] = [];
  const reported = new Set<string>();
  const previous = new RegExp(`(^|[^0-9])${profile.year - 1}([^0-9]|$)|cung ky|nam truoc`);
  for (const paragraph of prose) {
    if (reported.size === rows.length * 2) break;
    if (paragraph.inTable) continue;
    // Most paragraphs name no base or state no comparison: skipped before any sentence is read.
    const { normal, folded: whole } = formsOf(paragraph);
    if (!COMPARING.test(whole) || !(/ke hoach/.test(whole) || previous.test(whole))) continue;
    // The folded text keeps the normalized text's length: a sentence's span is the same in both.
    for (const [start, end] of sentenceSpans(normal)) {
      const folded = whole.slice(start, end);
      if (!COMPARING.test(folded)) continue;
      const sentence = normal.slice(start, end);
      // The base each stated comparison names, else the one the sentence names ("… so với năm 2016", "kế hoạch").
      const named = /ke hoach/.test(folded) ? "vsPlan" : previous.test(folded) ? "vsPrev" : null;
      if (named === null && !/(^|[^a-z])(kh|chi tieu)([^a-z]|$)/.test(folded)) continue;
      const words = new Set(folded.split(/[^a-z0-9]+/));
      // The indicator the sentence is about: the row whose name it holds most of (one claim per sentence at most).
      let best = -1;
      let bestShare = 0;
      keys.forEach((k, r) => {
        const seen = k.filter((w) => words.has(w)).length;
        const share = k.length === 0 ? 0 : seen / k.length;
        if (seen >= Math.min(2, k.length) && share >= 0.6 && share > bestShare) {
          best = r;
          bestShare = share;
        }
      });
      if (best < 0) continue;
      const { row, table, vsPlan, vsPrev } = rows[best];
      for (const one of statedComparisons(sentence, folded)) {
        const against = one.against === "plan" ? "vsPlan" : one.against === "previous" ? "vsPrev" : named;
        const computed = against === "vsPlan" ? vsPlan : against === "vsPrev" ? vsPrev : null;
        if (against === null || computed === null || agrees(one, computed)) continue;
        // The first sentence that contradicts an indicator's comparison says it; more would only repeat it.
        const key = `${best}:${against}`;
        if (!reported.has(key)) claims.push({ row, table, paragraph, sentence: sentence.trim(), against, computed });
        reported.add(key);
        break;
      }
    }
  }
  return claims;
}

/** Words without which no sentence states a comparison: a percent, points, or meeting, exceeding or missing a base. */
const COMPARING = /\d\s?%|\d\s(?:diem|dpt)|vuot|khong dat|chua dat|thap hon|cao hon|dat (?:muc )?(?:ke hoach|kh|chi tieu)|hoan thanh/;
