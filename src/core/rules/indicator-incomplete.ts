import { columnLabel, recomputedOf } from "../indicators/findings";
import { FIGURE_COLUMNS } from "../indicators/types";
import { rowPlace } from "./util";
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
        context.report({
          messageId: "missing",
          ...rowPlace(context.sections, table, row),
          data: { name: row.cells.name ?? "", columns: missing.map((c) => columnLabel(context.profile, c)).join(", ") },
        });
      }
    });
    for (const problem of problems) {
      context.report({
        messageId: "unreadable",
        ...rowPlace(context.sections, tables[problem.table], problem.row),
        evidence: problem.text,
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
