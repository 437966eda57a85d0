/**
 * Checking a profile against the schema (schema.ts): for profiles from files and for the tests of the built-in
 * ones. The panes never load it: their profiles are built in, and checked by those tests.
 */
import {
  Localized,
  ItemKind,
  ItemSeverity,
  EvidenceKind,
  BreadthPart,
  ChecklistItem,
  IndicatorFigureColumn,
  TextRules,
  Section,
  SectionGroup,
  DocumentItem,
  Indicator,
  Layout,
  DocumentText,
  RequiredRecipient,
  ReportProfile,
} from "./schema";

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
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || isNaN(Date.parse(s))) {
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
