/*
 * The comparisons of the indicator table (report-spec.md §5): this year's figure against the plan (So KH) and against
 * last year's (So {prevYear}); and what a sentence or a filled cell states of them, to check it against the figures.
 * Counts compare as ratios (TH/KH × 100, "104,5%"); rates (unit %) as differences in percentage points
 * ("+1,2 điểm %"). Everything here runs in Internet Explorer 11: no lookbehind, no named groups, no "u"/"s"/"y".
 */
import { fold } from "../text";
import { decimalsOf, formatNumber, parseNumber, roundHalfAway } from "./numbers";
import { Comparison, IndicatorFigures } from "./types";

/** Whether the unit makes an indicator a rate, compared in percentage points: "%" (spaces aside). */
export function isRate(unit: string): boolean {
  return unit.replace(/[\s\u00a0\u2007\u202f]+/g, "") === "%";
}

const isFigure = (n: number | undefined): n is number => typeof n === "number" && isFinite(n);

function compare(f: IndicatorFigures, base: number | undefined): Comparison | null {
  const actual = f.actual;
  if (!isFigure(actual) || !isFigure(base)) return null;
  let comparison: Comparison;
  if (isRate(f.unit)) {
    // As precise as the more precise figure, and never coarser than a tenth of a point.
    const decimals = Math.max(1, decimalsOf(actual), decimalsOf(base));
    const value = roundHalfAway(actual - base, decimals);
    comparison = { kind: "points", value, text: `${value > 0 ? "+" : ""}${formatNumber(value, decimals)} điểm %` };
  } else {
    // A ratio to nothing, or to a negative count, says nothing.
    if (base <= 0) return null;
    const ratio = (actual / base) * 100;
    comparison = { kind: "ratio", value: roundHalfAway(ratio, 1), text: `${formatNumber(ratio, 1)}%` };
  }
  if (f.better === "higher") comparison.meets = actual >= base;
  else if (f.better === "lower") comparison.meets = actual <= base;
  return comparison;
}

/**
 * TH {year} against KH {year}: for a count the ratio in percent to one decimal ("104,5%"); for a rate the difference
 * in points, signed, with the decimals of the more precise figure and at least one ("+1,2 điểm %", "-0,35 điểm %",
 * "0,0 điểm %"). `meets`: TH ≥ KH when higher is better, TH ≤ KH when lower is (an unemployment rate of 3,1% meets a
 * plan of 3,5%), absent when neither is; it compares the figures themselves, not the rounded comparison. Null when TH
 * or KH is missing, or for a count when KH is 0 or negative.
 */
export function comparePlan(f: IndicatorFigures): Comparison | null {
  return compare(f, f.plan);
}

/** TH {year} against TH {prevYear}, as comparePlan compares against the plan: `meets` is "bettered last year". */
export function comparePrevious(f: IndicatorFigures): Comparison | null {
  return compare(f, f.actualPrev);
}

/** What the figures are compared with, when the words say it: "kế hoạch", "KH", "chỉ tiêu"; "so với năm 2016". */
export type Against = "plan" | "previous";

/** What a sentence or a filled cell states, by kind. */
export type StatedValue =
  /** "đạt 104,5% kế hoạch", "bằng 98% so với năm 2016", a "So KH" cell "104,5%"; `decimals` as written. */
  | { kind: "ratio"; value: number; decimals: number }
  /** "tăng 1,2 điểm phần trăm", "giảm 0,35 điểm %", "-0,35 đpt": signed. */
  | { kind: "points"; value: number; decimals: number }
  /** "vượt kế hoạch", "hoàn thành vượt mức" (meets); "chưa đạt kế hoạch", "không đạt" (does not). */
  | { kind: "direction"; meets: boolean }
  /**
   * "cao hơn kế hoạch", "thấp hơn năm 2016": which side of the base the figure is, good or bad as the indicator's
   * direction makes it (a poverty rate "thấp hơn kế hoạch" meets the plan).
   */
  | { kind: "relation"; higher: boolean };

/**
 * A comparison a sentence or a filled cell states. `at` and `length` place it in the folded text (text.ts: fold), which
 * has the normalized text's length, so they quote `normalizeText(text)`; `against` is set when words name the base.
 */
export type StatedComparison = StatedValue & { against?: Against; at: number; length: number };

const NUM = "[-+]?\\d+(?:[.,]\\d+)*";
/** Where a word may start: the folded text is bare lower-case Latin letters, digits and punctuation. */
const START = "(^|[^a-z0-9])";
const END = "(?![a-z0-9])";
const PLAN = "(?:so voi |so )?(?:muc )?(?:chi tieu )?(?:ke hoach|kh|chi tieu)" + END;
const PREVIOUS = "(?:so voi|so) (?:cung ky|nam truoc|nam ngoai|(?:thuc hien |th )?(?:nam )?\\d{4})" + END;
const PLAN_AFTER = new RegExp("^ ?" + PLAN);
const PREVIOUS_AFTER = new RegExp("^ ?" + PREVIOUS);

/** "đạt 104,5%", "bằng 98 %", "(104,5% KH)". */
const RATIO = new RegExp(START + "(?:(dat duoc|dat|bang|hoan thanh|thuc hien) )?(" + NUM + ") ?%", "g");
/** "tăng 1,2 điểm phần trăm", "giảm 0,35 điểm %", "-0,35 đpt", "thấp hơn 0,4 điểm". */
const POINTS = new RegExp(
  START + "(?:(tang|giam|cao hon|thap hon)(?: them)? )?(" + NUM + ") ?(diem phan tram|diem ?%|dpt|diem)" + END,
  "g",
);
/** "vượt kế hoạch", "đạt chỉ tiêu", "hoàn thành vượt mức", "chưa đạt kế hoạch", "không đạt 100% KH", "vượt 4% KH". */
const DIRECTION = new RegExp(
  START +
    "((?:khong|chua|chang) )?(hoan thanh vuot muc|hoan thanh va vuot|dat va vuot|vuot muc|vuot|dat duoc|dat|hoan thanh)" +
    END +
    "(?: (" +
    NUM +
    ") ?%)?( " +
    PLAN +
    ")?",
  "g",
);
/** "cao hơn kế hoạch", "thấp hơn so với năm 2016", "thấp hơn cùng kỳ". */
const RELATION = new RegExp(
  START +
    "((?:khong|chua|chang) )?(cao hon|thap hon)(?: (so voi )?(ke hoach|kh|chi tieu|cung ky|nam truoc|nam ngoai|(?:nam )?\\d{4}))?" +
    END,
  "g",
);

/** Words right before a statement that make it no statement of a result: a hedge, an aim, or a denial. */
const HEDGED = /(^|[^a-z0-9])(co ban|gan|xap xi|phan dau|nham|de|se|co gang|quyet tam|muc tieu)( da)? $/;
const NEGATED = /(^|[^a-z0-9])(khong|chua|chang)( he)? $/;
/** What may stand around a statement that is a whole cell: "Vượt", "104,5%", "(+1,2 điểm %)". */
const ONLY_PUNCTUATION = /^[\s.,;:()]*$/;

interface Candidate {
  at: number;
  end: number;
  stated: StatedComparison;
}

/** A word-level hit of one of the expressions: where its words start (after the boundary character) and end. */
function hits(regex: RegExp, folded: string, read: (m: RegExpExecArray, at: number, end: number) => StatedComparison | null): Candidate[] {
  const found: Candidate[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(folded); m !== null; m = regex.exec(folded)) {
    const at = m.index + m[1].length;
    const end = m.index + m[0].length;
    const stated = read(m, at, end);
    if (stated !== null) found.push({ at, end, stated });
    // The boundary character may be the next match's own: look again from the end of the words.
    regex.lastIndex = Math.max(end, m.index + 1);
  }
  regex.lastIndex = 0;
  return found;
}

/**
 * The base named right after a statement: "đạt 104,5% kế hoạch", "tăng 1,2 điểm % so với năm 2016". One named earlier
 * ("So với năm 2016, tỷ lệ … đạt 55%") is not looked for: there the figure is as often a level as a comparison.
 */
function baseNamed(folded: string, end: number): { against?: Against; end: number } {
  const after = folded.slice(end);
  const plan = PLAN_AFTER.exec(after);
  if (plan !== null) return { against: "plan", end: end + plan[0].length };
  const previous = PREVIOUS_AFTER.exec(after);
  if (previous !== null) return { against: "previous", end: end + previous[0].length };
  return { end };
}

/** Whether a statement is all the text holds: a filled "So KH" cell, which needs no "kế hoạch" to say what it is. */
const isWhole = (folded: string, at: number, end: number) =>
  ONLY_PUNCTUATION.test(folded.slice(0, at)) && ONLY_PUNCTUATION.test(folded.slice(end));

/** Before a number with no verb, in prose: the start, or a bracket, comma, colon or dash ("34.500 người, 104,5% KH"). */
const listedBefore = (folded: string, at: number) => /(^|[(,:-]) ?$/.test(folded.slice(Math.max(0, at - 2), at));

const before = (folded: string, at: number) => folded.slice(Math.max(0, at - 24), at);

function withBase(stated: StatedComparison, against: Against | undefined): StatedComparison {
  if (against !== undefined) stated.against = against;
  return stated;
}

function readRatio(folded: string, m: RegExpExecArray, at: number, end: number): StatedComparison | null {
  const verb = m[2];
  const n = parseNumber(m[3]);
  if (n.kind !== "number") return null;
  const context = before(folded, at);
  if (NEGATED.test(context) || HEDGED.test(context)) return null;
  const base = baseNamed(folded, end);
  const whole = isWhole(folded, at, end);
  // In prose "đạt 55%" is a rate's level, and "tăng 5,4%" a growth: only a named base makes a figure a comparison.
  if (!whole && (base.against === undefined || (verb === undefined && !listedBefore(folded, at)))) return null;
  return withBase({ kind: "ratio", value: n.value, decimals: n.decimals, at, length: base.end - at }, base.against);
}

function readPoints(folded: string, m: RegExpExecArray, at: number, end: number): StatedComparison | null {
  const verb = m[2];
  const n = parseNumber(m[3]);
  if (n.kind !== "number") return null;
  const context = before(folded, at);
  if (NEGATED.test(context) || HEDGED.test(context)) return null;
  const signedNumber = /^[-+]/.test(m[3]);
  const whole = isWhole(folded, at, end);
  // "đạt 8 điểm" is a score, "giảm còn 8,5 điểm %" a level: a bare number of points needs a sign or a verb.
  if (verb === undefined && !signedNumber && !(whole || (m[4] !== "diem" && listedBefore(folded, at)))) return null;
  const base = baseNamed(folded, end);
  // "tăng thêm 3 điểm giao dịch việc làm" counts places: "điểm" alone ends its clause or names the base.
  if (m[4] === "diem" && !whole && base.against === undefined && /^ ?[a-z0-9]/.test(folded.slice(end))) return null;
  // "giảm" and "thấp hơn" make the difference negative, whatever sign the number has; never -0.
  const value = (verb === "giam" || verb === "thap hon" ? -Math.abs(n.value) : verb !== undefined ? Math.abs(n.value) : n.value) || 0;
  return withBase({ kind: "points", value, decimals: n.decimals, at, length: base.end - at }, base.against);
}

function readDirection(folded: string, m: RegExpExecArray, at: number, end: number): StatedComparison | null {
  const negated = m[2] !== undefined;
  const verb = m[3];
  const exceeds = verb.indexOf("vuot") >= 0;
  const named = m[5] !== undefined;
  if (HEDGED.test(before(folded, at))) return null;
  if (!negated && NEGATED.test(before(folded, at))) return null;
  // "không vượt kế hoạch" may be a rate kept within its plan or a count short of it: not a statement either way.
  if (negated && exceeds) return null;
  // "đạt 104,5% kế hoạch" states a ratio (readRatio); "vượt 4% KH" and "chưa đạt 100% KH" state only a direction.
  if (!negated && !exceeds && m[4] !== undefined) return null;
  if (!named && verb !== "hoan thanh vuot muc" && !isWhole(folded, at, end)) return null;
  return withBase({ kind: "direction", meets: !negated, at, length: end - at }, named ? "plan" : undefined);
}

function readRelation(folded: string, m: RegExpExecArray, at: number, end: number): StatedComparison | null {
  if (m[2] !== undefined || NEGATED.test(before(folded, at)) || HEDGED.test(before(folded, at))) return null;
  const base = m[5];
  if (base === undefined && !isWhole(folded, at, end)) return null;
  const against: Against | undefined =
    base === undefined ? undefined : base === "ke hoach" || base === "kh" || base === "chi tieu" ? "plan" : "previous";
  return withBase({ kind: "relation", higher: m[3] === "cao hon", at, length: end - at }, against);
}

/**
 * Every comparison the text states, in reading order. The text is folded first (lower case, no diacritics, đ → d);
 * numbers keep their "," and "." and are read with parseNumber. Not statements: a level ("tỷ lệ lao động qua đào
 * tạo đạt 55%", "giảm còn 8,5 điểm %"), a growth ("tăng 5,4% so với năm 2016"), a plan's name ("Kế hoạch số
 * 15/KH-UBND"), other targets ("đạt chuẩn nông thôn mới"), a denial of exceeding ("không vượt kế hoạch"), a hedge or
 * an aim right before ("cơ bản đạt kế hoạch", "phấn đấu vượt kế hoạch").
 */
export function statedComparisons(text: string, folded = fold(text)): StatedComparison[] {
  const candidates = hits(RATIO, folded, (m, at, end) => readRatio(folded, m, at, end)).concat(
    hits(POINTS, folded, (m, at, end) => readPoints(folded, m, at, end)),
    hits(DIRECTION, folded, (m, at, end) => readDirection(folded, m, at, end)),
    hits(RELATION, folded, (m, at, end) => readRelation(folded, m, at, end)),
  );
  candidates.sort((a, b) => a.at - b.at || b.end - a.end);
  const kept: StatedComparison[] = [];
  let reached = 0;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.at < reached) continue;
    kept.push(c.stated);
    reached = c.end;
  }
  return kept;
}

/**
 * The first comparison the text states, or null: a filled "So KH" cell ("104,5%", "+1,2 điểm %", "Vượt", "Không
 * đạt") or a sentence ("Giải quyết việc làm cho 34.500 lao động, đạt 104,5% kế hoạch"). See statedComparisons.
 */
export function statedComparison(text: string): StatedComparison | null {
  const all = statedComparisons(text);
  return all.length > 0 ? all[0] : null;
}

/** The decimals a computed comparison holds: as its text writes it ("104,0%" has one), or more if its value has. */
function precisionOf(c: Comparison): number {
  const written = /,(\d+)/.exec(c.text);
  return Math.max(written === null ? 0 : written[1].length, decimalsOf(c.value));
}

/** How far from its base a comparison puts the figure: above it (> 0), on it (0), below it (< 0), as rounded. */
const sideOf = (kind: "ratio" | "points", value: number) => (kind === "ratio" ? value - 100 : value);

/**
 * Whether a stated comparison agrees with the one the figures give (comparePlan, comparePrevious).
 * - A difference in points is exact (written with the figures' own decimals): the statement agrees when the difference
 *   rounds to it at the stated precision. "-0,4 điểm %" and "-0,35 điểm %" agree with -0,35; "-0,3 điểm %" does not.
 * - A ratio is rounded to one decimal, so it stands for any ratio that rounds to it: the statement agrees when some
 *   ratio rounds to both, each at its own precision. "104,5%" agrees with 104,5 and with 104,47; "104%" with 104,5
 *   (104,46 rounds to both); "104,4%" and "110,5%" do not agree with 104,5.
 * - A ratio stated for a rate, or points for a count, can be checked only for its side of the base: "đạt 98% kế
 *   hoạch" disagrees with "+1,2 điểm %", "đạt 102% kế hoạch" agrees.
 * - A direction agrees when it is computed's `meets`, or when computed has none (neither way is better).
 * - A relation ("thấp hơn kế hoạch") agrees unless the figure is on the other side of its base.
 */
export function agrees(stated: StatedComparison, computed: Comparison): boolean {
  const side = sideOf(computed.kind, computed.value);
  switch (stated.kind) {
    case "direction":
      return computed.meets === undefined || computed.meets === stated.meets;
    case "relation":
      return stated.higher ? side >= 0 : side <= 0;
    default: {
      if (stated.kind !== computed.kind) {
        const statedSide = sideOf(stated.kind, stated.value);
        return !((statedSide > 0 && side < 0) || (statedSide < 0 && side > 0));
      }
      if (computed.kind === "points") return roundHalfAway(computed.value, stated.decimals) === stated.value;
      const precision = precisionOf(computed);
      const places = Math.max(stated.decimals, precision);
      const scale = Math.pow(10, places);
      const distance = Math.abs(Math.round(stated.value * scale) - Math.round(computed.value * scale));
      // Each stands for half a unit of its last decimal either side: they agree when the two spans overlap.
      return 2 * distance < Math.pow(10, places - stated.decimals) + Math.pow(10, places - precision);
    }
  }
}
