import { ReportProfile, sectionsOf } from "../profiles/schema";
import { StoredMark } from "./checklist";

/**
 * The drafter's ticks and waivers, kept in Office's document settings (Word saves them inside the .docx, in
 * word/webextensions/webextension*.xml) under this key, as
 * `{"profile": "<profile id>", "items": {"<item id>": {"state": "met" | "waived", "by"?: "drafter", "reason"?: "…", "at": "<ISO time>"}}}`:
 * "by": "drafter" marks an automatic item the drafter confirmed ("Đã có") where the checker did not see it.
 */
export const CHECKLIST_SETTING = "reportDrafter.checklist";

export interface StoredChecklist {
  profile: string;
  items: Record<string, StoredMark>;
}

export interface ReadMarks {
  marks: Record<string, StoredMark>;
  /** Why stored data was ignored, in Vietnamese and English; absent when all was well. */
  warning?: { vi: string; en: string };
}

const MALFORMED = {
  vi: "Dữ liệu danh mục lưu trong tài liệu bị hỏng nên được bỏ qua.",
  en: "The checklist data stored in the document is malformed and was ignored.",
};

/**
 * Reads what was stored: `value` is the JSON text found in a .docx, or the value Office's settings.get returns.
 * Anything not of the shape above is ignored with a warning, never thrown; marks for items the profile does not
 * have, or stored for another profile, are left out.
 */
export function readStoredChecklist(value: unknown, profile: ReportProfile): ReadMarks {
  if (value === undefined || value === null) return { marks: {} };
  let stored: unknown = value;
  if (typeof value === "string") {
    try {
      stored = JSON.parse(value);
    } catch {
      // Nothing lost: the view shows this warning, and the parser's position in broken JSON would not help more.
      return { marks: {}, warning: MALFORMED };
    }
  }
  const record = stored as { profile?: unknown; items?: unknown } | null;
  if (typeof record !== "object" || record === null || typeof record.items !== "object" || record.items === null) {
    return { marks: {}, warning: MALFORMED };
  }
  if (typeof record.profile === "string" && record.profile !== profile.id) {
    return {
      marks: {},
      warning: {
        vi: `Danh mục lưu trong tài liệu thuộc mẫu báo cáo khác (${record.profile}) nên được bỏ qua.`,
        en: `The checklist stored in the document belongs to another report profile (${record.profile}) and was ignored.`,
      },
    };
  }
  const known = new Set(sectionsOf(profile).flatMap((s) => s.items.map((i) => i.id)));
  const marks: Record<string, StoredMark> = {};
  let malformed = false;
  for (const [id, mark] of Object.entries(record.items as Record<string, unknown>)) {
    const { state, by, reason, at } = (typeof mark === "object" && mark !== null ? mark : {}) as Record<string, unknown>;
    if (
      (state !== "met" && state !== "waived") ||
      (reason !== undefined && typeof reason !== "string") ||
      (by !== undefined && by !== "drafter")
    ) {
      malformed = true;
    } else if (known.has(id)) {
      marks[id] = {
        state,
        ...(by === "drafter" ? { by } : {}),
        ...(typeof reason === "string" ? { reason } : {}),
        ...(typeof at === "string" ? { at } : {}),
      };
    }
  }
  return malformed ? { marks, warning: MALFORMED } : { marks };
}

/** The value to store after the drafter ticks, waives or clears (`mark` null) one item. */
export function withMark(
  profile: ReportProfile,
  marks: Record<string, StoredMark>,
  itemId: string,
  mark: StoredMark | null,
): StoredChecklist {
  const items = { ...marks };
  if (mark) items[itemId] = mark;
  else delete items[itemId];
  return { profile: profile.id, items };
}
