/**
 * What a support desk needs to know about a failure, in one line: the error's code (Office's, Word's, or the
 * reader's) and its message. Never shown alone: the drafter reads a plain sentence first, this under "Chi tiết".
 */
export function errorDetail(error: unknown): string {
  if (error === null || error === undefined) return "";
  if (typeof error !== "object") return String(error);
  const record = error as { code?: unknown; name?: unknown; message?: unknown; detail?: unknown };
  const code = record.code !== undefined ? String(record.code) : typeof record.name === "string" ? record.name : "";
  const message = typeof record.message === "string" ? record.message : "";
  const detail = typeof record.detail === "string" && record.detail !== message ? record.detail : "";
  return [code, message, detail].filter((part) => part !== "").join(": ");
}
