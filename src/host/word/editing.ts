import { CHECKLIST_SETTING } from "../../core/checklist-store";
import { flatOpc } from "../../core/ooxml/package";
import { PROFILE_SETTING, storedProfileId } from "../../core/profile-choice";
import { Target } from "../../core/rules/types";
import { SkeletonFields, skeletonPartInfo } from "../../core/skeleton/parts";
import { Anchor, partPresence, planInsertion } from "../../core/skeleton/plan";
import { skeletonBodyXml } from "../../core/skeleton/writer";
import { ReportProfile } from "../../profiles/schema";
import { errorDetail } from "../error-detail";
import { EditingHost, InsertFailure, InsertOutcome, SkeletonState } from "../types";
import { codeOf, reader, supports } from "./common";

/** Where the drafter's fields live in the document's settings (kept inside the .docx by Word). */
export const FIELDS_SETTING = "reportDrafter.fields";

/**
 * Word for what both panes do: read and insert the skeleton, keep the fields, read the whole document and the ticks,
 * go to a place. Works on WordApi 1.1 (Word 2016); newer sets only where `isSetSupported` says so. The light pane
 * uses this alone; the main pane adds following the cursor (word-host.ts).
 */
export function createEditingHost(): EditingHost {
  return {
    readSkeletonState: (profile) =>
      Word.run(async (context) => {
        // The body's controls: Document.contentControls also lists those of headers, footers and text boxes.
        const controls = context.document.body.contentControls;
        controls.load("items/tag");
        await context.sync();
        return skeletonState(
          profile,
          controls.items.map((c) => c.tag),
        );
      }),
    insertSkeleton: async (profile, fields) => {
      try {
        return await insertSkeleton(profile, fields);
      } catch (error) {
        return { kind: "failed", reason: failureOf(error), detail: errorDetail(error) };
      }
    },
    loadFields: () => parseFields(Office.context.document.settings.get(FIELDS_SETTING)),
    saveFields: (fields) => saveSetting(FIELDS_SETTING, fields),
    loadProfileId: () => {
      const settings = Office.context.document.settings;
      return storedProfileId({ [PROFILE_SETTING]: settings.get(PROFILE_SETTING), [CHECKLIST_SETTING]: settings.get(CHECKLIST_SETTING) });
    },
    saveProfileId: (id) => saveSetting(PROFILE_SETTING, id),
    loadChecklist: () => Office.context.document.settings.get(CHECKLIST_SETTING),
    readDocument: async () => {
      const { readFlatOpc } = await reader();
      return Word.run(async (context) => {
        const ooxml = context.document.body.getOoxml();
        await context.sync();
        return readFlatOpc(ooxml.value);
      });
    },
    select: (target) => selectTarget(target),
  };
}

/** Settings are saved with the document (Word keeps them inside the .docx). */
export function saveSetting(name: string, value: unknown): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const settings = Office.context.document.settings;
    settings.set(name, value);
    settings.saveAsync((result) => (result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(result.error)));
  });
}

/** Word's search takes at most 255 characters; a paragraph's opening words find it well enough. */
const SEARCH_LIMIT = 255;

async function selectTarget(target: Target): Promise<boolean> {
  return Word.run(async (context) => {
    const byTag = target.tag ? context.document.body.contentControls.getByTag(target.tag) : null;
    const text = target.text?.trim().slice(0, SEARCH_LIMIT);
    const byText = text ? context.document.body.search(text, { matchCase: true }) : null;
    byTag?.load("items");
    byText?.load("items");
    await context.sync();
    const place = byTag?.items[0] ?? byText?.items[0];
    // Word.run's closing sync carries the selection.
    place?.select();
    return place !== undefined;
  });
}

export function skeletonState(profile: ReportProfile, tags: string[]): SkeletonState {
  const { present, missing } = partPresence(skeletonPartInfo(profile), new Set(tags));
  return {
    presentTags: [...new Set(tags)].filter((t) => t !== ""),
    missingParts: missing,
    none: present.length === 0,
    complete: missing.length === 0,
  };
}

/**
 * One Word.run with one explicit sync: it reads the tags present and where the cursor is, then queues every
 * insertion, which Word.run's own closing sync carries. Word 2016 (WordApi 1.1) cannot ask for the cursor's
 * control without failing the batch when there is none, nor whether the cursor is in a table: there a separate
 * small read comes first, and where the cursor's place cannot be told safe the skeleton goes at the end.
 */
async function insertSkeleton(profile: ReportProfile, fields: SkeletonFields): Promise<InsertOutcome> {
  const modern = supports("1.3");
  const cursorOn11 = modern ? null : await cursorPlaceOn11();
  return Word.run(async (context): Promise<InsertOutcome> => {
    const document = context.document;
    const controls = document.body.contentControls;
    controls.load("items/tag");
    const selection = document.getSelection();
    const selected = selection.paragraphs;
    selected.load("items/text");
    const parentControl = modern ? selection.parentContentControlOrNullObject : null;
    const parentTable = modern ? selection.parentTableOrNullObject : null;
    parentControl?.load("isNullObject");
    parentTable?.load("isNullObject");
    const parts = skeletonPartInfo(profile);
    const headingSearches = new Map(
      parts.filter((p) => p.heading).map((p) => [p.anchorTag as string, document.body.search(p.heading as string, { matchCase: true })]),
    );
    headingSearches.forEach((results) => results.load("items"));
    await context.sync();

    const present = new Set(controls.items.map((c) => c.tag));
    // A section whose control is gone but whose heading stayed (once, word for word) gets its control back under
    // that heading, not a second heading.
    const headingsLeft = new Set(
      parts
        .filter((p) => p.anchorTag && !present.has(p.anchorTag) && headingSearches.get(p.anchorTag)?.items.length === 1)
        .map((p) => p.id),
    );
    const steps = planInsertion(parts, present, headingsLeft);
    if (steps.length === 0) return { kind: "already-present" };

    const controlByTag = (tag: string) => {
      const found = controls.items.find((c) => c.tag === tag);
      if (!found) throw new PlanError();
      return found;
    };
    // Never inside the control or table holding the cursor: Word would nest the skeleton in it.
    const cursorContainer =
      parentControl && !parentControl.isNullObject
        ? parentControl
        : parentTable && !parentTable.isNullObject
          ? parentTable
          : cursorOn11 === "in-control"
            ? selection.parentContentControl
            : null;
    const atTheEnd = cursorOn11 === "in-table" || cursorOn11 === "unknown";
    const placeFor = (anchor: Anchor): Word.Paragraph => {
      switch (anchor.kind) {
        case "after":
          return controlByTag(anchor.tag).insertParagraph("", "After");
        case "before-control":
          return controlByTag(anchor.tag).insertParagraph("", "Before");
        case "before-heading": {
          const heading = headingSearches.get(anchor.tag)?.items[0];
          return (heading ?? controlByTag(anchor.tag)).insertParagraph("", "Before");
        }
        case "after-heading": {
          const heading = headingSearches.get(anchor.tag)?.items[0];
          if (!heading) throw new PlanError();
          return heading.insertParagraph("", "After");
        }
        case "cursor": {
          if (cursorContainer) return cursorContainer.insertParagraph("", "After");
          if (atTheEnd) return document.body.insertParagraph("", "End");
          // A report never belongs inside a sentence: it goes after the paragraph holding the cursor, or in
          // its place when that paragraph is empty.
          const last = selected.items[selected.items.length - 1];
          return last.text.trim() === "" ? last : last.insertParagraph("", "After");
        }
      }
    };
    for (const step of steps) {
      // Every target is an empty paragraph (one we just made, or an empty one at the cursor): replacing it
      // loses nothing of the drafter's.
      const xml = skeletonBodyXml(profile, fields, step.parts, step.headingKept ? step.parts : []);
      placeFor(step.anchor).insertOoxml(flatOpc(profile, xml), "Replace");
    }
    const whole = steps.length === 1 && steps[0].parts.length === parts.length;
    const inserted = new Set(steps.flatMap((s) => s.parts));
    return {
      kind: "inserted",
      parts: parts.map((p) => p.id).filter((id) => inserted.has(id)),
      where: !whole ? "in-place" : cursorContainer ? "after-control" : atTheEnd ? "end" : "cursor",
    };
  });
}

/**
 * Where the cursor is, as far as WordApi 1.1 can tell: in a content control (`parentContentControl` answers), in a
 * table (the common API's matrix coercion works only there), in neither, or unknown (Word threw GeneralException,
 * or cannot coerce a matrix at all).
 */
async function cursorPlaceOn11(): Promise<"in-control" | "in-table" | "free" | "unknown"> {
  try {
    await Word.run(async (context) => {
      const control = context.document.getSelection().parentContentControl;
      control.load("tag");
      await context.sync();
    });
    return "in-control";
  } catch (error) {
    if (codeOf(error) === "GeneralException") return "unknown";
    if (codeOf(error) !== "ItemNotFound") throw error;
  }
  if (!Office.context.requirements.isSetSupported("MatrixCoercion")) return "unknown";
  return new Promise((resolve) =>
    Office.context.document.getSelectedDataAsync(Office.CoercionType.Matrix, (result) =>
      resolve(result.status === Office.AsyncResultStatus.Succeeded ? "in-table" : "free"),
    ),
  );
}

/** The document changed between reading it and planning (a tag we saw is gone). */
class PlanError extends Error {}

function failureOf(error: unknown): InsertFailure {
  if (error instanceof PlanError) return "document-changed";
  switch (codeOf(error)) {
    case "AccessDenied":
    case "NotAllowed":
      return "document-read-only";
    case "ItemNotFound":
      return "document-changed";
    case "ApiNotFound":
    case "NotImplemented":
      return "api-unsupported";
    default:
      return "unknown";
  }
}

const FIELD_KEYS: (keyof SkeletonFields)[] = ["province", "agencyShort", "number", "date", "signer", "deputy"];

/** Settings come from a document someone else may have edited: accept only the shape we write. */
export function parseFields(stored: unknown): SkeletonFields | null {
  if (typeof stored !== "object" || stored === null) return null;
  const record = stored as Record<string, unknown>;
  const ok = FIELD_KEYS.every((key) => (key === "deputy" ? typeof record[key] === "boolean" : typeof record[key] === "string"));
  if (!ok) return null;
  return Object.fromEntries(FIELD_KEYS.map((key) => [key, record[key]])) as unknown as SkeletonFields;
}
