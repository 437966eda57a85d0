import { InsertOutcome } from "../host/types";
import { Strings } from "./i18n";

export type FeedbackIntent = "success" | "info" | "warning" | "error";

export interface Feedback {
  intent: FeedbackIntent;
  text: string;
  /** What went wrong, in Office's or Word's words, for "Chi tiết". */
  detail?: string;
}

/** The keys that undo in Word: Command-Z on a Mac (Word for Mac, or Word on the web in a Mac's browser). */
export function undoKeys(platform: string): string {
  return /^Mac/i.test(platform) ? "⌘Z" : "Ctrl+Z";
}

/**
 * What the drafter reads after pressing the button: plain words and what to do next, never the exception
 * text or an API name (`detail` stays for logs). `totalParts` tells a whole skeleton from a few added parts;
 * `undo` is undoKeys() of the drafter's machine.
 */
export function feedbackFor(outcome: InsertOutcome, totalParts: number, t: Strings, undo: string): Feedback {
  switch (outcome.kind) {
    case "inserted":
      if (outcome.where === "end") return { intent: "warning", text: t.insertedAtEnd(undo) };
      return outcome.parts.length >= totalParts
        ? { intent: "success", text: t.insertedAll(undo) }
        : { intent: "success", text: t.insertedSome(outcome.parts.length, undo) };
    case "already-present":
      return { intent: "info", text: t.alreadyPresent };
    case "failed": {
      const detail = outcome.detail ? { detail: outcome.detail } : {};
      switch (outcome.reason) {
        case "api-unsupported":
          return { intent: "error", text: t.failedApiUnsupported, ...detail };
        case "document-read-only":
          return { intent: "error", text: t.failedReadOnly, ...detail };
        case "document-changed":
          return { intent: "error", text: t.failedChanged, ...detail };
        case "unknown":
          return { intent: "error", text: t.failedUnknown, ...detail };
      }
    }
  }
}
