import { columnLabel, recomputedOf } from "../indicators/findings";
import { rowPlace } from "./util";
import { Rule } from "./types";

/** A filled "So KH" or "So {năm trước}" cell that the row's own figures contradict. */
export const indicatorRatioWrong: Rule = {
  id: "indicator-ratio-wrong",
  meta: {
    severity: "warning",
    description: { vi: "Ô so sánh trong bảng chỉ tiêu không khớp số liệu", en: "A comparison in the indicator table is wrong" },
    messages: {
      wrong: {
        vi: "Ô {column} của chỉ tiêu «{name}» ghi «{written}», nhưng số liệu của dòng cho {computed}. Nhấn “Tính lại” để xem và chọn.",
        en: "The {column} cell of “{name}” says “{written}”, but the row's figures give {computed}. Press “Recompute” to see and choose.",
      },
    },
  },
  check(context) {
    const { tables, cells } = recomputedOf(context.profile, context.doc);
    for (const cell of cells) {
      if (cell.state !== "differs") continue;
      context.report({
        messageId: "wrong",
        ...rowPlace(context.sections, tables[cell.table], cell.row),
        evidence: cell.written,
        data: {
          column: columnLabel(context.profile, cell.column),
          name: cell.row.cells.name ?? "",
          written: cell.written,
          computed: cell.computed.text,
        },
      });
    }
  },
};
