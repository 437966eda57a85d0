/**
 * The one schema every report profile follows. A profile is data (JSON); `parseProfile` turns unknown
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

export class ProfileError extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`Hồ sơ báo cáo không hợp lệ: trường "${field}" ${problem}.`);
    this.name = "ProfileError";
  }
}

type Check<T> = (value: unknown, path: string) => T;

const str: Check<string> = (v, path) => {
  if (typeof v !== "string" || v.trim() === "") throw new ProfileError(path, "phải là một chuỗi không rỗng");
  return v;
};

const num: Check<number> = (v, path) => {
  if (typeof v !== "number" || !Number.isFinite(v)) throw new ProfileError(path, "phải là một số");
  return v;
};

const isoDate: Check<string> = (v, path) => {
  const s = str(v, path);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(Date.parse(s))) {
    throw new ProfileError(path, "phải là ngày dạng YYYY-MM-DD");
  }
  return s;
};

function oneOf<T extends string | null>(...options: T[]): Check<T> {
  return (v, path) => {
    if (!options.includes(v as T)) {
      throw new ProfileError(path, `phải là một trong: ${options.map((o) => JSON.stringify(o)).join(", ")}`);
    }
    return v as T;
  };
}

function arr<T>(item: Check<T>, { nonEmpty = true } = {}): Check<T[]> {
  return (v, path) => {
    if (!Array.isArray(v)) throw new ProfileError(path, "phải là một danh sách");
    if (nonEmpty && v.length === 0) throw new ProfileError(path, "không được rỗng");
    return v.map((x, i) => item(x, `${path}[${i}]`));
  };
}

type Shape<T> = { [K in keyof T]: Check<T[K]> };

function obj<T>(shape: Shape<T>): Check<T> {
  return (v, path) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) throw new ProfileError(path || "(gốc)", "phải là một đối tượng");
    const record = v as Record<string, unknown>;
    const out = {} as T;
    for (const key of Object.keys(shape) as (keyof T & string)[]) {
      const value = shape[key](record[key], path ? `${path}.${key}` : key);
      if (value !== undefined) out[key] = value;
    }
    for (const key of Object.keys(record)) {
      if (!(key in shape)) throw new ProfileError(path ? `${path}.${key}` : key, "không thuộc lược đồ");
    }
    return out;
  };
}

const localized = obj<Localized>({ vi: str, en: str });

function optional<T>(check: Check<T>): Check<T | undefined> {
  return (v, path) => (v === undefined ? undefined : check(v, path));
}

/**
 * A field the letter may not state: null says so, and must be written (a field left out is a mistake, not a
 * "not stated"). Anything else must pass `check`.
 */
function nullable<T>(check: Check<T>): Check<T | null> {
  return (v, path) => {
    if (v === null) return null;
    try {
      return check(v, path);
    } catch (error) {
      if (error instanceof ProfileError && error.field === path)
        throw new ProfileError(path, `${error.problem}, hoặc null khi công văn không nêu`);
      throw error;
    }
  };
}

const email: Check<string> = (v, path) => {
  const s = str(v, path);
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(s)) throw new ProfileError(path, "phải là một địa chỉ thư điện tử");
  return s;
};

const checklistItem = obj<ChecklistItem>({
  id: str,
  label: localized,
  kind: oneOf<ItemKind>("auto", "manual"),
  severity: oneOf<ItemSeverity>("warning", "info"),
  cues: arr(str, { nonEmpty: false }),
  excludes: optional(arr(str)),
  tableCues: optional(arr(str)),
  evidence: oneOf<EvidenceKind>("phrases", "figures", "breadth"),
  parts: optional(arr(obj<BreadthPart>({ label: str, cues: arr(str) }))),
  threshold: optional(num),
  indicatorColumns: optional(arr(oneOf<IndicatorFigureColumn>("actualPrev", "plan", "actual", "planNext"))),
});

const textRules = obj<TextRules>({
  negations: arr(str),
  contrasts: arr(str),
  conjunctions: arr(str),
  placeholders: arr(str),
  requests: arr(str),
  fillerWords: arr(str),
});

const headingCues = arr(arr(str));
const headingExcludes = arr(str, { nonEmpty: false });

const section = obj<Section>({
  id: str,
  heading: str,
  title: localized,
  guidance: arr(str),
  guidanceEn: optional(arr(str)),
  requirement: str,
  headingCues,
  headingExcludes,
  items: arr(checklistItem, { nonEmpty: false }),
});

const profileShape = obj<ReportProfile>({
  id: str,
  name: localized,
  description: optional(localized),
  letter: obj({ number: str, date: isoDate, issuer: str }),
  year: num,
  planYear: num,
  deadline: nullable(isoDate),
  email: nullable(email),
  contact: str,
  provinceList: str,
  document: obj<DocumentText>({
    parentAgencyPrefix: str,
    parentAgencyCityPrefix: str,
    agency: str,
    agencyInText: str,
    agencyShortDefault: str,
    docTypeCode: str,
    nationalTitle: str,
    motto: str,
    title: str,
    subtitle: str,
    opening: str,
    recipientsHeading: str,
    recipients: arr(str),
    requiredRecipients: arr(obj<RequiredRecipient>({ label: localized, cues: arr(str) })),
    agencyCues: arr(str, { nonEmpty: false }),
    signature: obj({ director: str, deputyPrefix: str, deputyTitle: str }),
  }),
  layout: obj<Layout>({
    font: str,
    marginsMm: obj({ top: num, bottom: num, left: num, right: num }),
    sizes: obj({
      nationalTitle: num,
      motto: num,
      agency: num,
      number: num,
      placeDate: num,
      title: num,
      body: num,
      recipientsHeading: num,
      recipients: num,
      signature: num,
    }),
    firstLineIndentCm: num,
    spacingAfterPt: num,
    lineSpacing: num,
  }),
  text: textRules,
  groups: arr(obj<SectionGroup>({ id: str, heading: str, year: num, headingCues, headingExcludes, sections: arr(section) })),
  documentItems: arr(obj<DocumentItem>({ id: str, label: localized })),
  indicators: arr(obj<Indicator>({ id: str, name: str, unit: str, better: oneOf<"higher" | "lower" | null>("higher", "lower", null) }), {
    nonEmpty: false,
  }),
});

/** Validates unknown JSON as a profile, including the rules a type cannot say (unique ids, item prefixes). */
export function parseProfile(data: unknown): ReportProfile {
  const profile = profileShape(data, "");
  if (profile.deadline !== null && profile.deadline <= profile.letter.date)
    throw new ProfileError("deadline", `phải sau ngày của công văn (${profile.letter.date})`);
  const seen = new Set<string>();
  const unique = (id: string, path: string) => {
    if (seen.has(id)) throw new ProfileError(path, `trùng mã "${id}"`);
    seen.add(id);
  };
  profile.groups.forEach((group, g) => {
    unique(group.id, `groups[${g}].id`);
    group.sections.forEach((sec, s) => {
      const path = `groups[${g}].sections[${s}]`;
      unique(sec.id, `${path}.id`);
      sec.items.forEach((item, i) => {
        unique(item.id, `${path}.items[${i}].id`);
        if (!item.id.startsWith(`${sec.id}.`)) throw new ProfileError(`${path}.items[${i}].id`, `phải bắt đầu bằng "${sec.id}."`);
        const itemPath = `${path}.items[${i}]`;
        if (item.kind === "auto" && item.evidence !== "breadth" && item.cues.length === 0)
          throw new ProfileError(`${itemPath}.cues`, "không được rỗng với mục tự động");
        if (item.evidence === "breadth") {
          if (!item.parts) throw new ProfileError(`${itemPath}.parts`, "phải có với mục kiểu breadth");
          if (item.threshold === undefined || item.threshold < 1 || item.threshold > item.parts.length)
            throw new ProfileError(`${itemPath}.threshold`, `phải là một số từ 1 đến ${item.parts.length}`);
        }
      });
    });
  });
  profile.documentItems.forEach((item, i) => unique(item.id, `documentItems[${i}].id`));
  return profile;
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
