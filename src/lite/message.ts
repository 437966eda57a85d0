import { errorDetail } from "../taskpane/error-detail";
import { button, h, uniqueId } from "./dom";
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
    const id = uniqueId("detail");
    const body = h("pre", { id, className: "rdl-detail", hidden: true }, detail);
    const toggle = button(
      lt.details,
      () => {
        body.hidden = !body.hidden;
        toggle.setAttribute("aria-expanded", body.hidden ? "false" : "true");
      },
      "rdl-link",
      { "aria-expanded": "false", "aria-controls": id },
    );
    bar.appendChild(toggle);
    bar.appendChild(body);
  }
  return bar;
}
