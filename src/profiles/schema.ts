/**
 * The one schema every report profile follows. A profile is data (JSON); `parseProfile` (parse.ts) turns unknown
 * JSON into a typed profile or refuses it with a message that names the offending field.
 */

export interface Localized {
  vi: string;
  en: string;
}

export type ItemKind = "auto" | "manual";
export type ItemSeverity = "warning" | "info";
export type EvidenceKind = "phrases" | "figures" | "breadth";

/** One of the things a breadth item wants covered ("giảm nghèo" among the sector's fields). */
export interface BreadthPart {
  label: string;
  /** Cue patterns (core/cues.ts), as an item's. */
  cues: string[];
}

export interface ChecklistItem {
  /** `<section id>.<name>`, e.g. `1a.vs-plan` (report-spec.md §3). */
  id: string;
  label: Localized;
  kind: ItemKind;
  /** Severity when an auto item is not met. */
  severity: ItemSeverity;
  /**
   * Cue patterns (core/cues.ts). "phrases": a sentence of the section's own text holding one, and not denying it,
   * meets the item. "figures": the units a quantity must carry ("người", "%"). Unused by "breadth" items.
   */
  cues: string[];
  /**
   * Cue patterns whose words are no evidence where they stand, though they hold a cue: "kỷ luật" holds "luật",
   * "Nghị định … của Chính phủ" cites the Government without proposing anything to it.
   */
  excludes?: string[];
  /** Cue patterns that count only in table cells: column headings such as "KH {year}" or "TH {prevYear}". */
  tableCues?: string[];
  /** "figures" are also met by numbers in a table's cells. */
  evidence: EvidenceKind;
  /**
   * An indicator table (report-spec.md §5) anywhere in the report meets the item when one of its rows has a number in
   * each of these columns: the year's result and plan meet "compared with the plan".
   */
  indicatorColumns?: IndicatorFigureColumn[];
  /** "breadth": the parts to cover, and how many of them make the item met. */
  parts?: BreadthPart[];
  threshold?: number;
}

/** The figure columns of an indicator table (core/indicators/types.ts), as items name them. */
export type IndicatorFigureColumn = "actualPrev" | "plan" | "actual" | "planNext";

/** How the profile's language is read: what denies, what interrupts a denial, what stands for unwritten text. */
export interface TextRules {
  /** Cue patterns that deny what follows them in the clause ("không có", "chưa so sánh"). */
  negations: string[];
  /** Words after which a denial no longer reaches ("nhưng", "tuy nhiên"). */
  contrasts: string[];
  /** Words that join list entries, through which a denial carries on ("hay", "và"). */
  conjunctions: string[];
  /** Cue patterns that stand for text still to be written ("đang cập nhật", "TODO"). */
  placeholders: string[];
  /** Phrases that make a bracketed note a request to add something: "(Phòng Việc làm bổ sung)". */
  requests: string[];
  /** Words a restatement of the requirement may add without saying anything ("và", "các", "đối với"). */
  fillerWords: string[];
}

/** How a heading typed without the skeleton is recognised (report-spec.md §4). */
export interface HeadingMatch {
  /** Alternatives: a heading matches when all phrases of one alternative occur in it. */
  headingCues: string[][];
  /** A heading containing any of these is not this part (e.g. "2018" for a 2017 section). */
  headingExcludes: string[];
}

export interface Section extends HeadingMatch {
  /** `1a`, `1b`, … : the content-control tag and the id in every output. */
  id: string;
  /** The heading the skeleton writes, e.g. "1. Kết quả thực hiện các chỉ tiêu, nhiệm vụ năm 2017". */
  heading: string;
  /** Short name for lists and messages. */
  title: Localized;
  /** What a good answer contains: the skeleton's placeholder text, one string per paragraph. */
  guidance: string[];
  /** The guidance in English, for the pane in English (the document keeps the Vietnamese). */
  guidanceEn?: string[];
  /** The letter's own words asking for the section: text that only restates them is no answer. */
  requirement: string;
  items: ChecklistItem[];
}

export interface SectionGroup extends HeadingMatch {
  /** `1` or `2`: tag of the group heading. */
  id: string;
  heading: string;
  /** The year its sections speak of: a section heading naming another one is last year's text. */
  year: number;
  sections: Section[];
}

export interface DocumentItem {
  id: string;
  label: Localized;
}

export interface Indicator {
  id: string;
  name: string;
  unit: string;
  /** Which way is better; null when neither is. */
  better: "higher" | "lower" | null;
}

export interface Layout {
  font: string;
  /** A4 portrait, margins in millimetres. */
  marginsMm: { top: number; bottom: number; left: number; right: number };
  /** Sizes in points (Decree 30/2020 Phụ lục I). */
  sizes: {
    nationalTitle: number;
    motto: number;
    agency: number;
    number: number;
    placeDate: number;
    title: number;
    body: number;
    recipientsHeading: number;
    recipients: number;
    signature: number;
  };
  firstLineIndentCm: number;
  spacingAfterPt: number;
  /** Line spacing as a multiple of single (1 to 1.5). */
  lineSpacing: number;
}

export interface DocumentText {
  /** Prefix before the province in the parent body line, e.g. "UBND TỈNH". */
  parentAgencyPrefix: string;
  /** Prefix used instead when the province is a centrally-run city, e.g. "UBND THÀNH PHỐ". */
  parentAgencyCityPrefix: string;
  agency: string;
  /** The agency's name as it reads inside a sentence (`{agency}` in the opening). */
  agencyInText: string;
  /** Default short name of the Sở for the number symbol, e.g. "SLĐTBXH". */
  agencyShortDefault: string;
  /** Document-type code in the number symbol: "BC" = báo cáo. */
  docTypeCode: string;
  nationalTitle: string;
  motto: string;
  title: string;
  subtitle: string;
  /** The opening sentence citing the letter. */
  opening: string;
  /** The line that opens the recipients list ("Nơi nhận:"), which also tells where the report's sections end. */
  recipientsHeading: string;
  recipients: string[];
  /** What the recipients must name, each found by its cue patterns (the Ministry's planning department, the archive). */
  requiredRecipients: RequiredRecipient[];
  /** Cue patterns that name the agency on a header line, besides `agency` itself ("Sở LĐTBXH"). */
  agencyCues: string[];
  signature: { director: string; deputyPrefix: string; deputyTitle: string };
}

export interface RequiredRecipient {
  label: Localized;
  cues: string[];
}

export interface ReportProfile {
  id: string;
  name: Localized;
  /** Where the profile comes from and what it had to fill in where the letter's copy is incomplete. */
  description?: Localized;
  letter: { number: string; date: string; issuer: string };
  /** The year reported on and the year planned. */
  year: number;
  planYear: number;
  /**
   * The report must arrive before this date (ISO, exclusive); null where the letter (or our copy of it) states none,
   * and then nothing is said about lateness.
   */
  deadline: string | null;
  /** Where the electronic copy goes; null where the letter (or our copy of it) gives no address. */
  email: string | null;
  contact: string;
  /** Key into provinces-vn.json: which list of provinces this profile uses. */
  provinceList: string;
  document: DocumentText;
  layout: Layout;
  text: TextRules;
  groups: SectionGroup[];
  documentItems: DocumentItem[];
  indicators: Indicator[];
}

/**
 * A section's number as the document shows it, from its group's and its own heading: "I.1" for "1. Kết quả …"
 * under "I. ĐÁNH GIÁ …". The id (1a) is the letter's; the drafter sees this one in the document.
 */
export function sectionNumber(profile: ReportProfile, id: string): string {
  for (const group of profile.groups) {
    const section = group.sections.find((s) => s.id === id);
    if (!section) continue;
    const groupNumber = /^([IVXLC]+|\d+)\s*[.)]/.exec(group.heading)?.[1];
    const own = /^([IVXLC]+|\d+|[a-z])\s*[.)]/.exec(section.heading)?.[1];
    return [groupNumber, own].filter((n) => n !== undefined).join(".") || id;
  }
  return id;
}

/** The required sections in document order. */
export function sectionsOf(profile: ReportProfile): Section[] {
  return profile.groups.flatMap((g) => g.sections);
}
