import { errorDetail } from "../host/error-detail";
import { disclosure, h } from "./dom";
import { LiteStrings } from "./strings";

export type Intent = "success" | "info" | "warning" | "error";

/**
 * A message bar: the drafter's sentence, and for a failure a "Chi tiết" expander with the error's code and
 * message for the support desk. Errors are announced at once (alert); the rest politely (status).
 */
export function message(intent: Intent, text: string, lt: LiteStrings, error: unknown): HTMLElement {
  const bar = h(
    "div",
    { className: `rdl-message rdl-${intent}`, attrs: { role: intent === "error" ? "alert" : "status" } },
    h("p", {}, text),
  );
  const detail = errorDetail(error);
  if (detail !== "") {
    const body = h("pre", { className: "rdl-detail" }, detail);
    bar.appendChild(disclosure(lt.details, body));
    bar.appendChild(body);
  }
  return bar;
}
