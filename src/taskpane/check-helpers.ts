import { CheckResult } from "../core/check";
import { ItemResult } from "../core/checklist";
import { Countdown } from "../core/deadline";
import { Finding, Severity } from "../core/rules/types";
import { ReportProfile, sectionNumber } from "../profiles/schema";
import { Lang, Strings } from "./i18n";

/*
 * The Kiểm tra view's pure parts: findings grouped by section and ordered most severe first, and the mailto link
 * (the deadline's countdown is core/deadline.ts). No React, no Office: tested directly.
 */

export const DOCUMENT_GROUP = "document";

export interface FindingGroup {
  /** A section id (`1c`), a group id (`1`), or DOCUMENT_GROUP for findings about the whole document. */
  id: string;
  title: string;
  findings: Finding[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Findings by section: most severe first inside each group; groups ordered by their most severe finding, then
 * as the document runs (the whole document first, then the sections in the profile's order).
 */
export function groupFindings(findings: readonly Finding[], profile: ReportProfile, lang: Lang, documentTitle: string): FindingGroup[] {
  const order: string[] = [DOCUMENT_GROUP];
  const titles = new Map<string, string>([[DOCUMENT_GROUP, documentTitle]]);
  for (const group of profile.groups) {
    order.push(group.id);
    titles.set(group.id, group.heading);
    for (const section of group.sections) {
      order.push(section.id);
      titles.set(section.id, `${section.id} (${sectionNumber(profile, section.id)}). ${section.title[lang]}`);
    }
  }
  const byId = new Map<string, Finding[]>();
  for (const finding of findings) {
    const id = finding.section ?? DOCUMENT_GROUP;
    const list = byId.get(id) ?? [];
    list.push(finding);
    byId.set(id, list);
  }
  const position = (id: string) => {
    const at = order.indexOf(id);
    return at < 0 ? order.length : at;
  };
  const worst = (list: Finding[]) => Math.min(...list.map((f) => SEVERITY_RANK[f.severity]));
  return [...byId.entries()]
    .map(([id, list]) => ({
      id,
      title: titles.get(id) ?? id,
      // Array.prototype.sort is stable: findings of one severity keep the checker's order.
      findings: [...list].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]),
    }))
    .sort((a, b) => worst(a.findings) - worst(b.findings) || position(a.id) - position(b.id));
}

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  return {
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
  };
}

export function countdownText(c: Countdown, t: Strings): string {
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
export function verdictOf(result: CheckResult, due: Countdown, t: Strings): Verdict {
  const { errors, warnings } = countBySeverity(result.findings);
  const late = due.kind === "overdue" || result.findings.some((f) => f.rule === "send.deadline");
  if (!result.ready) return { intent: errors > 0 ? "error" : "warning", text: t.checkCounts(errors, warnings) };
  const also = warnings > 0 ? ` (${t.checkCounts(0, warnings)})` : "";
  return late ? { intent: "warning", text: t.checkReadyLate + also } : { intent: "success", text: t.checkReady + also };
}

/** The subject the ministry files reports by: the profile's name without its parenthesis, then the province. */
export function mailSubject(profile: ReportProfile, province: string): string {
  const base = profile.name.vi.replace(/\s*\([^)]*\)\s*$/, "");
  return province.trim() ? `${base} - ${province.trim()}` : base;
}

export function mailtoHref(profile: ReportProfile, province: string): string {
  return `mailto:${profile.email}?subject=${encodeURIComponent(mailSubject(profile, province))}`;
}

/** The view a pane URL asks for: `?view=check` (the ribbon's "Kiểm tra báo cáo") opens on the Kiểm tra view. */
export function viewFromSearch(search: string): "check" | undefined {
  return new URLSearchParams(search).get("view") === "check" ? "check" : undefined;
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
