import { Localized, ReportProfile } from "../../profiles/schema";
import { ItemResult } from "../checklist";
import { DocModel, Paragraph } from "../model";
import { SectionMatch } from "../sections";

export type Severity = "error" | "warning" | "info";

/** Where a finding points in the document: a content control by tag, else a paragraph and its text. */
export interface Target {
  tag?: string;
  paragraph?: number;
  text?: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  section?: string;
  item?: string;
  message: string;
  messageEn: string;
  evidence?: string;
  target?: Target;
}

export interface RuleContext {
  profile: ReportProfile;
  doc: DocModel;
  /** Every paragraph in document order, table cells included. */
  paragraphs: Paragraph[];
  sections: SectionMatch[];
  checklist: ItemResult[];
  report(finding: {
    messageId: string;
    /** Values for the message's {placeholders}: a Localized value gives each language its own words. */
    data?: Record<string, string | Localized>;
    section?: string;
    item?: string;
    severity?: Severity;
    evidence?: string;
    target?: Target;
  }): void;
}

/** One completeness rule, in the manner of an ESLint rule: messages live in meta, `check` only reports. */
export interface Rule {
  id: string;
  meta: {
    severity: Severity;
    description: Localized;
    messages: Record<string, Localized>;
  };
  check(context: RuleContext): void;
}
