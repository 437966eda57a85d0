import { Rule } from "./types";

export const trackedChanges: Rule = {
  id: "tracked-changes",
  meta: {
    severity: "warning",
    description: { vi: "Còn thay đổi chưa chấp nhận", en: "Tracked changes not accepted" },
    messages: {
      pending: {
        vi: "Còn {count} thay đổi được theo dõi chưa chấp nhận hoặc từ chối (Xem lại › Chấp nhận).",
        en: "{count} tracked changes are not yet accepted or rejected (Review › Accept).",
      },
    },
  },
  check(context) {
    const { insertions, deletions, samples } = context.doc.trackedChanges;
    if (insertions + deletions > 0)
      context.report({ messageId: "pending", evidence: samples[0], data: { count: String(insertions + deletions) } });
  },
};
