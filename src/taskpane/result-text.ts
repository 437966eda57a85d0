import { CheckResult } from "../core/check";
import { ItemResult } from "../core/checklist";
import { Countdown } from "../core/deadline";
import { countBySeverity } from "./check-helpers";
import { Strings } from "./i18n";

/*
 * The words a check's result is told in, shared by the main pane's Kiểm tra and Danh mục views and the light pane.
 * A module of its own so that it loads with those views, not with the pane's first screen.
 */

/** The countdown in words; null (nothing to say) when the profile's letter states no deadline. */
export function countdownText(c: Countdown | null, t: Strings): string | null {
  if (c === null) return null;
  switch (c.kind) {
    case "left":
      return t.deadlineLeft(c.deadline, c.days);
    case "last-day":
      return t.deadlineLastDay(c.deadline);
    case "overdue":
      return t.deadlineOverdue(c.deadline, c.days);
  }
}

export interface Verdict {
  intent: "success" | "warning" | "error";
  text: string;
}

/**
 * The one line that says whether the report can be sent. Ready but past the deadline (or dated on or after it) is
 * ready in content but late: a warning, not a plain green.
 */
export function verdictOf(result: CheckResult, due: Countdown | null, t: Strings): Verdict {
  const { errors, warnings } = countBySeverity(result.findings);
  const late = due?.kind === "overdue" || result.findings.some((f) => f.rule === "send.deadline");
  if (!result.ready) return { intent: errors > 0 ? "error" : "warning", text: t.checkCounts(errors, warnings) };
  const also = warnings > 0 ? ` (${t.checkCounts(0, warnings)})` : "";
  return late ? { intent: "warning", text: t.checkReadyLate + also } : { intent: "success", text: t.checkReady + also };
}

/** How a required element stands, in words: met (or confirmed by the drafter), not met, waived with its reason, to tick. */
export function itemStatusText(result: Pick<ItemResult, "status" | "confirmed" | "reason">, t: Strings): string {
  switch (result.status) {
    case "met":
      return result.confirmed ? t.itemConfirmed : t.itemMet;
    case "unmet":
      return t.itemUnmet;
    case "waived":
      return t.itemWaived(result.reason ?? "");
    case "manual":
      return t.itemManual;
  }
}
