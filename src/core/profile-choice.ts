import { ReportProfile } from "../profiles/schema";
import { CHECKLIST_SETTING } from "./checklist-store";
import { DocModel, Paragraph } from "./model";
import { execAll, fold, normalizeText } from "./text";

/**
 * The id of the profile that made the document, kept in Office's document settings beside the ticks (Word saves
 * it inside the .docx): written when the skeleton goes in, from the pane or `report-drafter skeleton`.
 */
export const PROFILE_SETTING = "reportDrafter.profile";

/** Why a profile was chosen: the document's settings named it, its opening cited its letter, or nothing did. */
export type ProfileReason = "stored" | "letter" | "newest";

/** What choosing needs of a profile: its id and its letter's number (a profile, or a pane's catalog entry). */
export type ProfileRef = Pick<ReportProfile, "id"> & { letter: Pick<ReportProfile["letter"], "number"> };

export interface ProfileChoice<P extends ProfileRef = ReportProfile> {
  profile: P;
  reason: ProfileReason;
  /** A profile id the document names that none of the given profiles has (a file-based profile elsewhere). */
  unknownStored?: string;
}

/** A settings value as the .docx keeps it (JSON text) or as Office's settings.get gives it (the value). */
function settingValue(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    // Not JSON: Office's settings.get already gave the bare string.
    return value;
  }
}

/**
 * The profile id the document's settings name: the one the skeleton stored, else the one the drafter's ticks were
 * stored under (documents ticked before the profile was stored on its own). Null when neither names one.
 */
export function storedProfileId(settings: Record<string, unknown>): string | null {
  const own = settingValue(settings[PROFILE_SETTING]);
  if (typeof own === "string" && own.trim() !== "") return own;
  const ticks = settingValue(settings[CHECKLIST_SETTING]) as { profile?: unknown } | null | undefined;
  return typeof ticks === "object" && ticks !== null && typeof ticks.profile === "string" ? ticks.profile : null;
}

/** How many paragraphs outside tables may come before the opening sentence: the title and "Kính gửi" lines. */
const OPENING_WITHIN = 12;

/** "5121/LĐTBXH-KHTC" as a pattern over folded text: the number, a slash, the issuer's code; spaces allowed. */
function letterPattern(number: string): RegExp {
  const [digits, code = ""] = fold(number).split("/");
  const issuer = code
    .split("-")[0]
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?:^|[^\\d/])${digits.trim()}\\s*/\\s*${issuer}(?![a-z])`);
}

/**
 * The paragraphs that hold the opening sentence: the skeleton's opening control, else the top paragraphs outside
 * tables (title, "Kính gửi", opening). A letter cited further down (last year's, in passing) is not the one the
 * report answers.
 */
export function openingParagraphs(doc: DocModel): Paragraph[] {
  const body = doc.blocks.filter((b): b is Paragraph => b.kind === "paragraph" && b.text.trim() !== "");
  const tagged = body.find((p) => p.tags.includes("doc.opening"));
  return tagged ? [tagged] : body.slice(0, OPENING_WITHIN);
}

/** Where a paragraph cites the letter numbered `number` ("5121/LĐTBXH-KHTC"), in its folded text; -1 when not. */
export function letterAt(paragraph: Paragraph, number: string): number {
  return fold(paragraph.text).search(letterPattern(number));
}

/**
 * Documents of the letter's issuer the paragraph cites, as written ("5121/LĐTBXH-KHTC"): the same code as
 * `number`'s ("LĐTBXH"), any number.
 */
export function sameIssuerLetters(paragraph: Paragraph, number: string): string[] {
  const issuer = fold(number).split("/")[1]?.split("-")[0].trim() ?? "";
  if (issuer === "") return [];
  const normal = normalizeText(paragraph.text);
  const folded = fold(paragraph.text);
  const cited: string[] = [];
  for (const match of execAll(/(^|[^\d/])(\d+\s*\/\s*([a-z]+)(?:\s*-\s*[a-z]+)*)/g, folded)) {
    if (match[3] !== issuer) continue;
    const at = match.index + match[1].length;
    cited.push(normal.slice(at, at + match[2].length));
  }
  return cited;
}

/** The profile whose letter the opening sentence cites ("Thực hiện Công văn số 5025/LĐTBXH-KHTC…"), the first. */
export function citedProfile<P extends ProfileRef>(profiles: readonly P[], doc: DocModel): P | null {
  for (const paragraph of openingParagraphs(doc)) {
    let first: { profile: P; at: number } | null = null;
    for (const profile of profiles) {
      const at = letterAt(paragraph, profile.letter.number);
      if (at >= 0 && (first === null || at < first.at)) first = { profile, at };
    }
    if (first) return first.profile;
  }
  return null;
}

/**
 * Which of `profiles` (newest first) a document answers: the id stored in its settings, else the letter its opening
 * cites, else the newest. A stored id none of them has is kept in the choice, so the caller can say so.
 */
export function chooseProfile<P extends ProfileRef>(profiles: readonly P[], doc: DocModel): ProfileChoice<P> {
  const stored = storedProfileId(doc.settings);
  const named = stored === null ? undefined : profiles.find((p) => p.id === stored);
  if (named) return { profile: named, reason: "stored" };
  const unknown = stored === null ? {} : { unknownStored: stored };
  const cited = citedProfile(profiles, doc);
  if (cited) return { profile: cited, reason: "letter", ...unknown };
  return { profile: profiles[0], reason: "newest", ...unknown };
}
