/*
 * Following the drafter through the document (the main pane's Danh mục and Kiểm tra): where the cursor is, one
 * section's content, and the events that say either changed. The light pane does without it.
 */
import { DocModel } from "../../core/model";
import { CursorPlace } from "../../core/sections";
import { codeOf, reader, supports } from "./common";

/** Where the cursor is: at most two round trips, whatever the document's size. */
export function readCursorPlace(): Promise<CursorPlace> {
  return supports("1.3") ? readPlace() : readPlaceOn11();
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
export async function readTagged(tag: string): Promise<DocModel | null> {
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

export async function watch(tags: string[], handler: (change: Change) => void): Promise<() => void> {
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
