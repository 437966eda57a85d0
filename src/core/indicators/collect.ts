import { provincesOf } from "../../profiles/provinces";
import { ReportProfile } from "../../profiles/schema";
import { DocModel, Paragraph } from "../model";
import { fold } from "../text";
import { statedComparison } from "./compare";
import { parseNumber } from "./numbers";
import { recompute } from "./recompute";

/** One indicator of one report, as the ministry's sheet gathers them (numbers, or null where the cell says none). */
export interface CollectedIndicator {
  /** The catalogue's id when the row's name is one of its indicators; "" otherwise. */
  indicatorId: string;
  indicator: string;
  unit: string;
  actualPrev: number | null;
  plan: number | null;
  actual: number | null;
  /** The comparison with the plan: a ratio in percent for counts, a difference in points for rates. */
  vsPlan: number | null;
  vsPrev: number | null;
  planNext: number | null;
}

const numberIn = (text: string | undefined): number | null => {
  if (text === undefined) return null;
  const parsed = parseNumber(text);
  return parsed.kind === "number" ? parsed.value : null;
};

/** What a filled comparison cell says as a number, when the figures cannot give it. */
const statedIn = (text: string | undefined): number | null => {
  const stated = text ? statedComparison(text) : null;
  return stated && (stated.kind === "ratio" || stated.kind === "points") ? stated.value : null;
};

/** Every row of the report's indicator tables, in order. */
export function collectIndicators(profile: ReportProfile, doc: DocModel): CollectedIndicator[] {
  return recompute(profile, doc).rows.map(({ row, figures, vsPlan, vsPrev }) => ({
    indicatorId: row.indicatorId ?? "",
    indicator: row.cells.name ?? "",
    unit: figures.unit,
    actualPrev: numberIn(row.cells.actualPrev),
    plan: numberIn(row.cells.plan),
    actual: numberIn(row.cells.actual),
    vsPlan: vsPlan ? vsPlan.value : statedIn(row.cells.vsPlan),
    vsPrev: vsPrev ? vsPrev.value : statedIn(row.cells.vsPrev),
    planNext: numberIn(row.cells.planNext),
  }));
}

/** How many paragraphs from the top the agency's header and the place and date can take. */
const HEADER_PARAGRAPHS = 12;

/**
 * The province the report is from, as its header names it ("UBND TỈNH THANH HÓA", "Thanh Hóa, ngày …"): the
 * profile's province whose name the first paragraphs hold, the longest name first ("Hà Nam" is not "Hà Nội").
 */
export function reportProvince(profile: ReportProfile, doc: DocModel): string | null {
  const paragraphs: Paragraph[] = [];
  for (const block of doc.blocks) {
    if (paragraphs.length >= HEADER_PARAGRAPHS) break;
    paragraphs.push(...(block.kind === "paragraph" ? [block] : block.paragraphs));
  }
  const top = paragraphs
    .slice(0, HEADER_PARAGRAPHS)
    .map((p) => ` ${fold(p.text).replace(/[^a-z0-9]+/g, " ")} `)
    .join("\n");
  const names = provincesOf(profile)
    .map((p) => p.name)
    .sort((a, b) => b.length - a.length);
  return (
    names.find((name) =>
      top.includes(
        ` ${fold(name)
          .replace(/[^a-z0-9]+/g, " ")
          .trim()} `,
      ),
    ) ?? null
  );
}
