import { Finding, Severity } from "../core/rules/types";
import { ReportProfile, sectionNumber } from "../profiles/schema";
import { Lang } from "./i18n";

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

/** The subject the ministry files reports by: the profile's name without its parenthesis, then the province. */
export function mailSubject(profile: ReportProfile, province: string): string {
  const base = profile.name.vi.replace(/\s*\([^)]*\)\s*$/, "");
  return province.trim() ? `${base} - ${province.trim()}` : base;
}

/** The link that opens a message to the profile's address; null when the letter gives no address. */
export function mailtoHref(profile: ReportProfile, province: string): string | null {
  if (profile.email === null) return null;
  return `mailto:${profile.email}?subject=${encodeURIComponent(mailSubject(profile, province))}`;
}
