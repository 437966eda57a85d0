import { documentDate, paragraphTarget } from "./util";
import { Rule } from "./types";

/**
 * The report must reach the Ministry before the deadline, so a document dated on or after it is late. A profile
 * whose letter states no deadline says nothing about lateness.
 */
export const sendDeadline: Rule = {
  id: "send.deadline",
  meta: {
    severity: "warning",
    description: { vi: "Gửi trước hạn", en: "Sent before the deadline" },
    messages: {
      late: {
        vi: "Văn bản ghi ngày {date}, không kịp hạn gửi trước ngày {deadline}.",
        en: "The document is dated {date}, too late for the deadline (before {deadline}).",
      },
    },
  },
  check(context) {
    const { deadline } = context.profile;
    if (deadline === null) return;
    const found = documentDate(context.paragraphs);
    if (!found || found.date < deadline) return;
    const vn = (iso: string) => iso.split("-").reverse().join("/");
    context.report({
      messageId: "late",
      target: paragraphTarget(found.paragraph),
      data: { date: vn(found.date), deadline: vn(deadline) },
    });
  },
};
