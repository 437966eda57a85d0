import { ReportProfile } from "../../profiles/schema";
import { escapeXml } from "../ooxml/escape";
import { A4_TWIPS, mmToTwips } from "../skeleton/writer";
import { IndicatorColumn } from "./types";

/** A row the drafter chose: an indicator of the profile's catalogue, or one of their own. */
export interface TableRowChoice {
  name: string;
  unit: string;
}

/** The columns in the order the table has them. */
export const TABLE_COLUMNS: readonly IndicatorColumn[] = ["name", "unit", "actualPrev", "plan", "actual", "vsPlan", "vsPrev", "planNext"];

/** The header the table is written with; findIndicatorTables reads it back (and the ways people vary it). */
export function tableHeader(profile: ReportProfile): Record<IndicatorColumn, string> {
  const previous = profile.year - 1;
  return {
    name: "Chỉ tiêu",
    unit: "ĐVT",
    actualPrev: `TH ${previous}`,
    plan: `KH ${profile.year}`,
    actual: `TH ${profile.year}`,
    vsPlan: "So KH",
    vsPrev: `So ${previous}`,
    planNext: `KH ${profile.planYear}`,
  };
}

/** Share of the text width per column: the indicator's name wide, the unit narrow, the six figures alike. */
const SHARES: Record<IndicatorColumn, number> = {
  name: 0.3,
  unit: 0.076,
  actualPrev: 0.104,
  plan: 0.104,
  actual: 0.104,
  vsPlan: 0.104,
  vsPrev: 0.104,
  planNext: 0.104,
};

const BORDER =
  '<w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>';

/**
 * The indicator table as WordprocessingML (one w:tbl, then an empty paragraph, since a control or cell may not end
 * with a table): bordered, header row repeated on each page, fixed column widths that fill an A4 portrait page
 * between the profile's margins, a point smaller than the body text so eight columns fit without a landscape page.
 */
export function indicatorTableXml(profile: ReportProfile, rows: readonly TableRowChoice[]): string {
  const { font, sizes, marginsMm } = profile.layout;
  const width = A4_TWIPS.width - mmToTwips(marginsMm.left) - mmToTwips(marginsMm.right);
  const widths = TABLE_COLUMNS.map((column) => Math.floor(width * SHARES[column]));
  widths[0] += width - widths.reduce((a, b) => a + b, 0);
  const size = Math.max(11, sizes.body - 1) * 2;
  const f = escapeXml(font);
  const run = (text: string, bold: boolean) =>
    text === ""
      ? ""
      : `<w:r><w:rPr><w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:eastAsia="${f}" w:cs="${f}"/>${bold ? "<w:b/><w:bCs/>" : ""}` +
        `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/><w:lang w:val="vi-VN"/></w:rPr><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
  const cell = (text: string, i: number, header: boolean) => {
    const align = header || i === 1 ? "center" : i === 0 ? "left" : "right";
    return (
      `<w:tc><w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>` +
      `<w:p><w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/><w:ind w:left="0" w:right="0" w:firstLine="0"/><w:jc w:val="${align}"/></w:pPr>${run(text, header)}</w:p></w:tc>`
    );
  };
  const header = tableHeader(profile);
  const headerRow =
    "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" +
    TABLE_COLUMNS.map((column, i) => cell(header[column], i, true)).join("") +
    "</w:tr>";
  const dataRows = rows
    .map(
      (row) =>
        "<w:tr><w:trPr><w:cantSplit/></w:trPr>" +
        TABLE_COLUMNS.map((column, i) => cell(column === "name" ? row.name : column === "unit" ? row.unit : "", i, false)).join("") +
        "</w:tr>",
    )
    .join("");
  return (
    "<w:tbl><w:tblPr>" +
    `<w:tblW w:w="${width}" w:type="dxa"/><w:tblBorders>${BORDER}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>' +
    `</w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>${headerRow}${dataRows}</w:tbl><w:p/>`
  );
}
