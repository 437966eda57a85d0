import { Rule } from "./types";

export const commentsLeft: Rule = {
  id: "comments-left",
  meta: {
    severity: "warning",
    description: { vi: "Còn chú thích (comment)", en: "Comments left in" },
    messages: {
      comments: {
        vi: "Còn {count} chú thích trong văn bản: hãy xử lý và xóa trước khi gửi.",
        en: "{count} comments are left in the document: resolve and delete them before sending.",
      },
    },
  },
  check(context) {
    const { comments } = context.doc;
    if (comments.length > 0)
      context.report({ messageId: "comments", evidence: comments[0].text.slice(0, 120), data: { count: String(comments.length) } });
  },
};
