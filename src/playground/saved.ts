import { SimDocument } from "../host/sim";

/*
 * The playground keeps its document for the browser tab's life, as Word keeps a saved file: reloading the page
 * (or switching the language or theme, which reloads it) reopens the same text and the add-in's settings.
 */

const KEY = "report-drafter.playground.document";

interface Saved {
  body: string;
  settings: Record<string, unknown>;
}

/** The document kept in this tab, or null when there is none (or it cannot be read back). */
export function savedDocument(storage: Storage): SimDocument | null {
  try {
    const saved = JSON.parse(storage.getItem(KEY) ?? "null") as Saved | null;
    if (!saved || typeof saved.body !== "string") return null;
    const doc = SimDocument.fromBody(saved.body);
    doc.saveSettings(saved.settings ?? {});
    return doc;
  } catch {
    // Nothing lost that the playground needs: a kept document it cannot read back is dropped for the sample.
    storage.removeItem(KEY);
    return null;
  }
}

/** Keeps the document after every change; returns the function that stops keeping it. */
export function keepDocument(doc: SimDocument, storage: Storage): () => void {
  const save = () => {
    try {
      storage.setItem(KEY, JSON.stringify({ body: doc.bodyContentXml(), settings: doc.savedSettings } satisfies Saved));
    } catch {
      // A full storage only costs the next reload its document.
    }
  };
  return doc.onChange((change) => {
    if (change.kind !== "selection") save();
  });
}

/** Forgets the kept document, so the next load starts from the sample. */
export function forgetDocument(storage: Storage): void {
  storage.removeItem(KEY);
}
