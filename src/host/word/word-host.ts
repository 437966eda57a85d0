import { CHECKLIST_SETTING } from "../../core/checklist-store";
import { ReportHost } from "../types";
import { createEditingHost, saveSetting } from "./editing";
import { readCursorPlace, readTagged, watch } from "./following";

export { FIELDS_SETTING, parseFields, skeletonState } from "./editing";

/**
 * The main pane's host over Office.js: the editing host (editing.ts), the ticks saved, and the cursor followed
 * (following.ts). Every feature works on WordApi 1.1 (Word 2016); newer sets only where `isSetSupported` says so.
 */
export function createWordHost(): ReportHost {
  return {
    ...createEditingHost(),
    saveChecklist: (checklist) => saveSetting(CHECKLIST_SETTING, checklist),
    readPlace: () => readCursorPlace(),
    readTagged: (tag) => readTagged(tag),
    watch: (tags, handler) => watch(tags, handler),
  };
}
