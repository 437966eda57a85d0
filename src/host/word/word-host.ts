import { CHECKLIST_SETTING } from "../../core/checklist-store";
import { DocModel } from "../../core/model";
import { flatOpc } from "../../core/ooxml/package";
import { Target } from "../../core/rules/types";
import { CursorPlace } from "../../core/sections";
import { SkeletonFields, skeletonPartInfo } from "../../core/skeleton/parts";
import { Anchor, partPresence, planInsertion } from "../../core/skeleton/plan";
import { skeletonBodyXml } from "../../core/skeleton/writer";
import { ReportProfile } from "../../profiles/schema";
import { errorDetail } from "../error-detail";
import { InsertFailure, InsertOutcome, ReportHost, SkeletonState } from "../types";

/** The reader is needed once a view reads the document, not to insert the skeleton: it loads then, not with the pane. */
const reader = () => import(/* webpackChunkName: "reader" */ "../../core/ooxml/read");

/** Where the drafter's fields live in the document's settings (kept inside the .docx by Word). */
export const FIELDS_SETTING = "reportDrafter.fields";

/**
 * The report host over Office.js. Every feature the drafter needs works on WordApi 1.1 (Word 2016); newer
 * sets are used only when `isSetSupported` says so.
 */
export function createWordHost(): ReportHost {
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
    loadChecklist: () => Office.context.document.settings.get(CHECKLIST_SETTING),
    saveChecklist: (checklist) => saveSetting(CHECKLIST_SETTING, checklist),
    readDocument: async () => {
      const { readFlatOpc } = await reader();
      return Word.run(async (context) => {
        const ooxml = context.document.body.getOoxml();
        await context.sync();
        return readFlatOpc(ooxml.value);
      });
    },
    readPlace: () => (supports("1.3") ? readPlace() : readPlaceOn11()),
    readTagged: (tag) => readTagged(tag),
    watch: (tags, handler) => watch(tags, handler),
    select: (target) => selectTarget(target),
  };
}

/** Settings are saved with the document (Word keeps them inside the .docx). */
function saveSetting(name: string, value: unknown): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const settings = Office.context.document.settings;
    settings.set(name, value);
    settings.saveAsync((result) => (result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(result.error)));
  });
}

/**
 * One round trip: the cursor's paragraph and the innermost control around it. (Nothing is asked of a null object:
 * that fails the batch.) A control nested in a section leaves the section to be found by the paragraph's text.
 */
async function readPlace(): Promise<CursorPlace> {
  return Word.run(async (context) => {
    const selection = context.document.getSelection();
    const paragraph = selection.paragraphs.getFirst();
    paragraph.load("text");
    const control = selection.parentContentControlOrNullObject;
    control.load("tag");
    await context.sync();
    return { tags: control.isNullObject ? [] : [control.tag], text: paragraph.text };
  });
}

/**
 * Word 2016 has no null objects, and asking for the control around the cursor fails the whole batch when there is
 * none: inside a control one round trip tells both; outside, a second reads the paragraph alone.
 */
async function readPlaceOn11(): Promise<CursorPlace> {
  const read = (withControl: boolean) =>
    Word.run(async (context) => {
      const selection = context.document.getSelection();
      const paragraphs = selection.paragraphs;
      paragraphs.load("items/text");
      const control = withControl ? selection.parentContentControl : null;
      control?.load("tag");
      await context.sync();
      return { tags: control ? [control.tag] : [], text: paragraphs.items[0]?.text ?? "" };
    });
  try {
    return await read(true);
  } catch (error) {
    if (!noControlHere(error)) throw error;
    return read(false);
  }
}

/**
 * Word 2016 answers `parentContentControl` outside a control with ItemNotFound, as the reference says, or with
 * GeneralException on some desktop builds: both mean the control cannot be had.
 */
function noControlHere(error: unknown): boolean {
  const code = codeOf(error);
  return code === "ItemNotFound" || code === "GeneralException";
}

/** One round trip on WordApi 1.3 and later; Word 2016 must list the controls before it can read one. */
async function readTagged(tag: string): Promise<DocModel | null> {
  const { readFlatOpc } = await reader();
  try {
    return await Word.run(async (context) => {
      const controls = context.document.body.contentControls.getByTag(tag);
      let first: Word.ContentControl | undefined;
      if (supports("1.3")) first = controls.getFirst();
      else {
        controls.load("id");
        await context.sync();
        first = controls.items[0];
      }
      if (!first) return null;
      const ooxml = first.getOoxml();
      await context.sync();
      return readFlatOpc(ooxml.value);
    });
  } catch (error) {
    if (codeOf(error) === "ItemNotFound") return null;
    throw error;
  }
}

type Change = { kind: "selection" } | { kind: "content"; tag: string };

async function watch(tags: string[], handler: (change: Change) => void): Promise<() => void> {
  const document = Office.context.document;
  const onSelection = () => handler({ kind: "selection" });
  await new Promise<void>((resolve, reject) =>
    document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, onSelection, (result) =>
      result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(result.error),
    ),
  );
  // Control events only save waiting for the cursor to move: if Word refuses them, selection changes suffice.
  const watched = supports("1.5") ? await watchControls(tags, handler).catch(() => null) : null;
  return () => {
    document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler: onSelection });
    // A document closed meanwhile has nothing left to remove.
    if (watched) void unwatchControls(watched).catch(() => undefined);
  };
}

interface WatchedControls {
  controls: Word.ContentControl[];
  handlers: OfficeExtension.EventHandlerResult<Word.ContentControlDataChangedEventArgs>[];
}

/**
 * WordApi 1.5: a section's control reports the drafter's edits when the cursor leaves it (Word on Windows and Mac
 * raise onDataChanged then, not per keystroke). The reference asks for the controls to be tracked while their
 * handlers live: they stay tracked until unwatchControls.
 */
async function watchControls(tags: string[], handler: (change: Change) => void): Promise<WatchedControls> {
  return Word.run(async (context) => {
    const byTag = tags.map((tag) => {
      const controls = context.document.body.contentControls.getByTag(tag);
      controls.load("id");
      return { tag, controls };
    });
    await context.sync();
    const controls = byTag.flatMap(({ controls }) => controls.items);
    controls.forEach((control) => control.track());
    const handlers = byTag.flatMap(({ tag, controls }) =>
      controls.items.map((c) => c.onDataChanged.add(async () => handler({ kind: "content", tag }))),
    );
    await context.sync();
    return { controls, handlers };
  });
}

/** Removes the handlers and releases the controls, in the request context they were added in. */
async function unwatchControls({ controls, handlers }: WatchedControls): Promise<void> {
  if (controls.length === 0) return;
  await Word.run(controls, async (context) => {
    handlers.forEach((h) => h.remove());
    controls.forEach((control) => control.untrack());
    await context.sync();
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

const supports = (version: string) => Office.context.requirements.isSetSupported("WordApi", version);

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

function codeOf(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : undefined;
}

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
