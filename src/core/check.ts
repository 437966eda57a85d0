import { Localized, ReportProfile } from "../profiles/schema";
import { evaluateChecklist, ItemResult, StoredMark } from "./checklist";
import { readStoredChecklist } from "./checklist-store";
import { usesLegacyEncoding } from "./encoding";
import { DocModel, Paragraph } from "./model";
import { rules } from "./rules";
import { Finding, Severity } from "./rules/types";
import { findSections, SectionStatus } from "./sections";

/** The result of checking one document: the JSON the command line prints (report-spec §7), less the file. */
export interface CheckResult {
  profile: string;
  ready: boolean;
  legacyEncoding: boolean;
  sections: { id: string; status: SectionStatus; heading?: string }[];
  checklist: Omit<ItemResult, "section">[];
  findings: Finding[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const format = (template: string, data: Record<string, string | Localized>, language: keyof Localized) =>
  template.replace(/\{(\w+)\}/g, (all, key: string) => {
    const value = data[key];
    return value === undefined ? all : typeof value === "string" ? value : value[language];
  });

export function allParagraphs(doc: DocModel): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const block of doc.blocks) {
    if (block.kind === "paragraph") paragraphs.push(block);
    else for (const p of block.paragraphs) paragraphs.push(p);
  }
  return paragraphs;
}

/** Runs every rule over the document. Pure: the add-in and the command line call this same function. */
export function checkDocument(profile: ReportProfile, doc: DocModel, marks: Record<string, StoredMark> = {}): CheckResult {
  const sections = findSections(profile, doc);
  const checklist = evaluateChecklist(profile, sections, marks);
  const paragraphs = allParagraphs(doc);
  const findings: Finding[] = [];
  for (const rule of rules) {
    rule.check({
      profile,
      doc,
      paragraphs,
      sections,
      checklist,
      report: ({ messageId, data = {}, severity, ...rest }) => {
        const message = rule.meta.messages[messageId];
        if (!message) throw new Error(`rule ${rule.id} has no message "${messageId}"`);
        findings.push({
          rule: rule.id,
          severity: severity ?? rule.meta.severity,
          ...rest,
          message: format(message.vi, data, "vi"),
          messageEn: format(message.en, data, "en"),
        });
      },
    });
  }
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return {
    profile: profile.id,
    ready: !findings.some((f) => f.severity === "error"),
    legacyEncoding: usesLegacyEncoding(doc),
    sections: sections.map((s) => ({ id: s.id, status: s.status, ...(s.heading ? { heading: s.heading } : {}) })),
    checklist: checklist.map(({ section: _section, ...item }) => item),
    findings,
  };
}

/**
 * The check of a report as the drafter left it: with the ticks and waivers stored in the document (`stored`, the
 * value of the CHECKLIST_SETTING setting, or undefined). Stored data that cannot be used becomes an info finding.
 */
export function checkReport(profile: ReportProfile, doc: DocModel, stored: unknown): CheckResult {
  const { marks, warning } = readStoredChecklist(stored, profile);
  const result = checkDocument(profile, doc, marks);
  if (warning) result.findings.push({ rule: "stored-checklist", severity: "info", message: warning.vi, messageEn: warning.en });
  return result;
}
