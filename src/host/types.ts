import { StoredChecklist } from "../core/checklist-store";
import { DocModel } from "../core/model";
import { CursorPlace } from "../core/sections";
import { Target } from "../core/rules/types";
import { ReportProfile } from "../profiles/schema";
import { PartId, SkeletonFields } from "../core/skeleton/parts";

/** What the document already holds of the skeleton, read by content-control tag. */
export interface SkeletonState {
  presentTags: string[];
  missingParts: PartId[];
  /** True when no part of the skeleton is present. */
  none: boolean;
  /** True when every part is present. */
  complete: boolean;
}

export type InsertOutcome =
  /** "end": Word 2016 could not tell the cursor from a table cell, so the skeleton went to the document's end. */
  | { kind: "inserted"; parts: PartId[]; where: "cursor" | "after-control" | "in-place" | "end" }
  | { kind: "already-present" }
  | { kind: "failed"; reason: InsertFailure; detail?: string };

export type InsertFailure = "api-unsupported" | "document-read-only" | "document-changed" | "unknown";

/** What the light pane asks of Word: the skeleton, the fields, the whole document, the ticks read, a jump. */
export type EditingHost = Pick<
  ReportHost,
  | "readSkeletonState"
  | "insertSkeleton"
  | "loadFields"
  | "saveFields"
  | "loadProfileId"
  | "saveProfileId"
  | "readDocument"
  | "loadChecklist"
  | "select"
>;

/**
 * The edge the task pane talks to. One implementation over Office.js (host/word) serves Word and, with the
 * simulated Office.js of host/sim installed, the browser playground and the tests.
 */
export interface ReportHost {
  readSkeletonState(profile: ReportProfile): Promise<SkeletonState>;
  /** Inserts the whole skeleton, or only the missing parts when some are present. Never replaces text. */
  insertSkeleton(profile: ReportProfile, fields: SkeletonFields): Promise<InsertOutcome>;
  /** The fields last used in this document, kept in its settings; null when none were saved. */
  loadFields(): SkeletonFields | null;
  saveFields(fields: SkeletonFields): Promise<void>;
  /** The id of the profile the document was made with, kept in its settings; null when none is named. */
  loadProfileId(): string | null;
  saveProfileId(id: string): Promise<void>;
  /** The whole body as the document model, read in one round trip (Body.getOoxml, WordApi 1.1). */
  readDocument(): Promise<DocModel>;
  /** The drafter's ticks and waivers as stored in the document's settings (any shape: it is checked on reading). */
  loadChecklist(): unknown;
  saveChecklist(checklist: StoredChecklist): Promise<void>;
  /** Where the cursor is: at most two round trips, whatever the document's size. */
  readPlace(): Promise<CursorPlace>;
  /** The content of the first content control with this tag, as a document model; null when there is none. */
  readTagged(tag: string): Promise<DocModel | null>;
  /**
   * Calls `handler` whenever the selection moves (DocumentSelectionChanged, on every Word API version) and, with
   * Word API 1.5, when the content of a control with one of `tags` changes. Resolves to a function that stops it.
   */
  watch(tags: string[], handler: (change: { kind: "selection" } | { kind: "content"; tag: string }) => void): Promise<() => void>;
  /** Selects a place in the document: a content control by tag, else a paragraph by its text. False when gone. */
  select(target: Target): Promise<boolean>;
}
