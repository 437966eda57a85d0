import { columnLabel, recomputedOf, rowParagraph } from "../indicators/findings";
import { FIGURE_COLUMNS } from "../indicators/types";
import { paragraphTarget } from "./util";
import { Rule } from "./types";

/** A row of an indicator table that lacks a figure it needs, or holds one that cannot be read as a number. */
export const indicatorIncomplete: Rule = {
  id: "indicator-incomplete",
  meta: {
    severity: "warning",
    description: { vi: "Bảng chỉ tiêu còn thiếu số liệu", en: "The indicator table lacks figures" },
    messages: {
      missing: {
        vi: "Chỉ tiêu «{name}» chưa có số liệu ở cột {columns}.",
        en: "The indicator “{name}” has no figure in {columns}.",
      },
      unreadable: {
        vi: "Ô {column} của chỉ tiêu «{name}» ghi «{text}»: {reason}",
        en: "The {column} cell of “{name}” holds “{text}”, which is not a number as Vietnamese write them: {reason}",
      },
    },
  },
  check(context) {
    const { tables, problems } = recomputedOf(context.profile, context.doc);
    tables.forEach((table) => {
      for (const row of table.rows) {
        const missing = FIGURE_COLUMNS.filter((column) => table.columns.includes(column) && (row.cells[column] ?? "").trim() === "");
        if (missing.length === 0) continue;
        const paragraph = rowParagraph(table, row);
        context.report({
          messageId: "missing",
          section: context.sections.find((s) => s.tables.includes(table.table))?.id,
          target: paragraph ? paragraphTarget(paragraph) : undefined,
          data: { name: row.cells.name ?? "", columns: missing.map((c) => columnLabel(context.profile, c)).join(", ") },
        });
      }
    });
    for (const problem of problems) {
      const paragraph = rowParagraph(tables[problem.table], problem.row);
      context.report({
        messageId: "unreadable",
        section: context.sections.find((s) => s.tables.includes(tables[problem.table].table))?.id,
        evidence: problem.text,
        target: paragraph ? paragraphTarget(paragraph) : undefined,
        data: {
          name: problem.row.cells.name ?? "",
          column: columnLabel(context.profile, problem.column),
          text: problem.text,
          reason: problem.reason,
        },
      });
    }
  },
};
