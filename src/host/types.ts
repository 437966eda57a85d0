import { DocModel } from "../core/model";
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
  | { kind: "inserted"; parts: PartId[]; where: "cursor" | "after-control" | "in-place" }
  | { kind: "already-present" }
  | { kind: "failed"; reason: InsertFailure; detail?: string };

export type InsertFailure = "api-unsupported" | "document-read-only" | "document-changed" | "unknown";

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
  /** The whole body as the document model, read in one round trip (Body.getOoxml, WordApi 1.1). */
  readDocument(): Promise<DocModel>;
  /** Selects a place in the document: a content control by tag, else a paragraph by its text. False when gone. */
  select(target: Target): Promise<boolean>;
}
