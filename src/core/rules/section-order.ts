import { sectionTarget } from "./util";
import { Rule } from "./types";

export const sectionOrder: Rule = {
  id: "section-order",
  meta: {
    severity: "warning",
    description: { vi: "Các mục không theo thứ tự công văn yêu cầu", en: "Sections are not in the letter's order" },
    messages: {
      order: {
        vi: "Mục {id} đứng trước mục {before}: hãy sắp theo thứ tự của Công văn.",
        en: "Section {id} comes before section {before}: follow the letter's order.",
      },
    },
  },
  check(context) {
    const placed = context.sections.filter((s) => s.start !== undefined);
    placed.forEach((s, i) => {
      const earlier = placed.slice(0, i).find((prev) => (prev.start as number) > (s.start as number));
      if (earlier) context.report({ messageId: "order", section: s.id, target: sectionTarget(s), data: { id: s.id, before: earlier.id } });
    });
  },
};
