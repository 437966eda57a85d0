import { ReportProfile } from "../../profiles/schema";
import { DocModel } from "../model";
import { agrees, comparePlan, comparePrevious, statedComparison } from "./compare";
import { parseNumber } from "./numbers";
import { FoundRow, FoundTable, findIndicatorTables } from "./table";
import { Better, Comparison, ComparisonColumn, FigureColumn, IndicatorColumn, IndicatorFigures } from "./types";

/** A figure cell that cannot be read as a number: which, what it holds, and why, for the drafter. */
export interface CellProblem {
  table: number;
  row: FoundRow;
  column: FigureColumn;
  text: string;
  reason: string;
}

/** A comparison worked out for a row, and what its cell holds now. */
export interface ComparisonCell {
  table: number;
  row: FoundRow;
  column: ComparisonColumn;
  /** Its position in the row, as Word's Table API counts cells. */
  cellIndex: number;
  computed: Comparison;
  /** The cell's text now ("" when empty). */
  written: string;
  /**
   * "fill": empty, to be filled; "same": it already says what the figures give (in any wording that agrees);
   * "differs": it says something else — never overwritten without the drafter's choice.
   */
  state: "fill" | "same" | "differs";
}

export interface RowFigures {
  table: number;
  row: FoundRow;
  figures: IndicatorFigures;
  vsPlan: Comparison | null;
  vsPrev: Comparison | null;
}

export interface Recomputed {
  tables: FoundTable[];
  rows: RowFigures[];
  cells: ComparisonCell[];
  problems: CellProblem[];
}

const FIGURES: readonly FigureColumn[] = ["actualPrev", "plan", "actual", "planNext"];

/** The unit and direction of a row: the catalogue's for a known indicator, else the unit written and no direction. */
function kindOf(profile: ReportProfile, row: FoundRow): { unit: string; better: Better } {
  const known = row.indicatorId ? profile.indicators.find((i) => i.id === row.indicatorId) : undefined;
  return { unit: (row.cells.unit ?? known?.unit ?? "").trim(), better: known ? known.better : null };
}

/** Every row's figures read and its comparisons worked out, with the cells "Tính lại" would fill. */
export function recompute(profile: ReportProfile, doc: DocModel): Recomputed {
  const tables = findIndicatorTables(profile, doc);
  const rows: RowFigures[] = [];
  const cells: ComparisonCell[] = [];
  const problems: CellProblem[] = [];
  tables.forEach((found, t) => {
    for (const row of found.rows) {
      const figures: IndicatorFigures = kindOf(profile, row);
      for (const column of FIGURES) {
        const text = row.cells[column];
        if (text === undefined) continue;
        const parsed = parseNumber(text);
        // Next year's plan is checked for being a number; it enters no comparison.
        if (parsed.kind === "number" && column !== "planNext") figures[column] = parsed.value;
        if (parsed.kind === "unreadable" || parsed.kind === "ambiguous")
          problems.push({ table: t, row, column, text, reason: parsed.reason });
      }
      const vsPlan = comparePlan(figures);
      const vsPrev = comparePrevious(figures);
      rows.push({ table: t, row, figures, vsPlan, vsPrev });
      const cell = (column: ComparisonColumn, computed: Comparison | null) => {
        const cellIndex = found.columns.indexOf(column as IndicatorColumn);
        if (computed === null || cellIndex < 0) return;
        const written = (row.cells[column] ?? "").trim();
        const stated = written === "" ? null : statedComparison(written);
        const state =
          written === "" ? "fill" : written === computed.text || (stated !== null && agrees(stated, computed)) ? "same" : "differs";
        cells.push({ table: t, row, column, cellIndex, computed, written, state });
      };
      cell("vsPlan", vsPlan);
      cell("vsPrev", vsPrev);
    }
  });
  return { tables, rows, cells, problems };
}
