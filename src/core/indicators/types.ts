/*
 * The indicator table (report-spec.md §5): the figures of section 1a, one row per indicator, with columns
 * Chỉ tiêu | ĐVT | TH {prevYear} | KH {year} | TH {year} | So KH | So {prevYear} | KH {planYear}.
 */

/** The table's columns by what they hold; a table typed by hand may lack some or order them otherwise. */
export type IndicatorColumn = "name" | "unit" | "actualPrev" | "plan" | "actual" | "vsPlan" | "vsPrev" | "planNext";

/** The columns that hold figures the drafter writes. */
export const FIGURE_COLUMNS = ["actualPrev", "plan", "actual", "planNext"] as const;
export type FigureColumn = (typeof FIGURE_COLUMNS)[number];

/** The columns "Tính lại" fills. */
export const COMPARISON_COLUMNS = ["vsPlan", "vsPrev"] as const;
export type ComparisonColumn = (typeof COMPARISON_COLUMNS)[number];

/** A number as written in a cell, read the Vietnamese way ("19.850", "104,5", "1.234,56"). */
export type ParsedNumber =
  | { kind: "number"; value: number; /** Digits after the decimal mark as written. */ decimals: number }
  | { kind: "empty" }
  /** Not a number: `reason` says why, in Vietnamese, for the drafter. */
  | { kind: "unreadable"; reason: string }
  /** Could be read two ways ("19,850": 19,85 the Vietnamese way, 19 850 the English way): both readings. */
  | { kind: "ambiguous"; readings: [number, number]; reason: string };

/** Which way is better for an indicator; null when neither is (a count of people on allowances). */
export type Better = "higher" | "lower" | null;

/** The figures of one row, read. */
export interface IndicatorFigures {
  /** "%" makes it a rate: its comparisons are differences in percentage points, not ratios. */
  unit: string;
  better: Better;
  actualPrev?: number;
  plan?: number;
  actual?: number;
}

/** A comparison as "Tính lại" writes it and the rules check it. */
export interface Comparison {
  /** "ratio": TH/KH × 100 (counts); "points": TH − KH in percentage points (rates). */
  kind: "ratio" | "points";
  /** The ratio in percent, or the difference in points, rounded as written. */
  value: number;
  /** As written in the cell, the Vietnamese way: "104,5%", "+1,2 điểm %". */
  text: string;
  /** Whether the plan (or last year) is met or bettered, given the direction; undefined when neither is better. */
  meets?: boolean;
}
