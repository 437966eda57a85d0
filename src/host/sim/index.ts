/**
 * The simulated Word: install it and code written for Office.js (the `Word` and `Office` globals) runs against a
 * SimDocument, in jest and in the browser playground, with Word's load/sync rules and requirement sets.
 *
 * Implemented: Word.run, RequestContext (sync, load, trackedObjects), Document (body, contentControls,
 * getSelection), Body, Range, Paragraph, ContentControl, Table (a few members), their collections, and
 * OfficeExtension.Error/ClientResult; Office.onReady and Office.context (document.settings, selection-changed
 * events, requirements, displayLanguage, officeTheme). Anything else is absent, not silently faked.
 */
import { XmlElement } from "../../core/ooxml/xml";
import { SimOfficeError, OFFICE_EXTENSION_ERROR_CODES, WORD_ERROR_CODES } from "./errors";
import { SimDocument } from "./document";
import { Later, SimOfficeNamespace, SimOfficeOptions, createOfficeNamespace, requirementChecker } from "./office";
import { SimClientResult, SimRequestContext, SimSession, SimStats, SimWordNamespace, createWordNamespace } from "./word-api";
import { controlProps } from "./wordml";

export { SimDocument } from "./document";
export type { SimChange, SimControlInfo, SimParagraphInfo, SimSelectionInfo, SimTarget } from "./document";
export { SimOfficeError } from "./errors";
export type { SimErrorCode } from "./errors";
export type { SimOfficeOptions, SimOfficeTheme } from "./office";
export type { SimStats } from "./word-api";

export interface SimulatedOffice {
  /** The simulated namespaces, typed as @types/office-js declares them (only a subset is implemented). */
  Word: typeof Word;
  Office: typeof Office;
  OfficeExtension: typeof OfficeExtension;
  doc: SimDocument;
  /** Live counters; read them before and after the code under test. */
  stats: SimStats;
  /** Restores the globals that were there before and stops event delivery. */
  uninstall(): void;
}

/** Word 2013 and later read the selection as a matrix (the common API's MatrixCoercion set), Word 2016 included. */
const DEFAULT_REQUIREMENT_SETS: Record<string, string> = { WordApi: "1.9", MatrixCoercion: "1.1" };

/**
 * The one boundary where the simulated namespaces are presented as @types/office-js types. They implement the
 * members listed in the sim's documentation, not every declaration, so the cast is deliberate and only here.
 */
function presentAsOfficeJs(
  word: SimWordNamespace,
  office: SimOfficeNamespace,
  officeExtension: object,
): Pick<SimulatedOffice, "Word" | "Office" | "OfficeExtension"> {
  return {
    Word: word as unknown as typeof Word,
    Office: office as unknown as typeof Office,
    OfficeExtension: officeExtension as unknown as typeof OfficeExtension,
  };
}

type GlobalName = "Word" | "Office" | "OfficeExtension";

function setGlobal(name: GlobalName, value: unknown): void {
  Object.defineProperty(globalThis, name, { value, configurable: true, writable: true, enumerable: false });
}

/** Assigns globalThis.Word, Office and OfficeExtension for `doc`; returns them, the counters and uninstall(). */
export function installSimulatedOffice(doc: SimDocument, options: SimOfficeOptions = {}): SimulatedOffice {
  const isSetSupported = requirementChecker({ ...DEFAULT_REQUIREMENT_SETS, ...options.requirementSets });
  const later = new Later();
  const stats: SimStats = { syncs: 0, roundTrips: 0, runs: 0 };
  const session: SimSession = {
    doc,
    readOnly: options.readOnly ?? false,
    stats,
    isSetSupported,
    missingObjectError: options.missingObjectError ?? "ItemNotFound",
    controlHandlers: new Map(),
  };

  const word = createWordNamespace(session, WORD_ERROR_CODES);
  const { office, stopSelectionEvents } = createOfficeNamespace(doc, options, isSetSupported, later);
  const officeExtension = {
    Error: SimOfficeError,
    ErrorCodes: OFFICE_EXTENSION_ERROR_CODES,
    ClientResult: SimClientResult,
    ClientRequestContext: SimRequestContext,
    config: { extendedErrorLogging: false },
    Promise,
  };

  // ContentControl.onDataChanged (WordApi 1.5), as Word on Windows and Mac raises it: once, when the cursor leaves
  // a control the user changed since entering it, not per keystroke (office-js #5597); and only to handlers
  // added on a tracked control ("Certain event types also require you to call track()": Word add-in events).
  const edited = new Set<XmlElement>();
  const stopControlEvents = doc.onChange((change) => {
    if (change.kind === "content" && change.source === "user") {
      for (const sdt of change.controls) edited.add(sdt);
      return;
    }
    if (change.kind !== "selection" || edited.size === 0) return;
    const around = new Set(doc.controlsAround(doc.selection));
    for (const sdt of [...edited]) {
      if (around.has(sdt)) continue;
      edited.delete(sdt);
      if (!doc.isAttached(sdt)) continue;
      const id = controlProps(sdt).id;
      for (const { handler, proxy } of session.controlHandlers.get(sdt)?.get("onDataChanged") ?? []) {
        if (!proxy.isTracked) continue;
        later.run(() => void handler({ eventType: "ContentControlDataChanged", ids: [id], source: "Local", contentControl: proxy }));
      }
    }
  });

  const previous = new Map<GlobalName, PropertyDescriptor | undefined>();
  const presented = presentAsOfficeJs(word, office, officeExtension);
  for (const name of ["Word", "Office", "OfficeExtension"] as const) {
    previous.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
    setGlobal(name, presented[name]);
  }

  return {
    ...presented,
    doc,
    stats,
    uninstall(): void {
      stopSelectionEvents();
      stopControlEvents();
      later.cancelAll();
      for (const [name, descriptor] of previous) {
        if (descriptor) Object.defineProperty(globalThis, name, descriptor);
        else Reflect.deleteProperty(globalThis, name);
      }
    },
  };
}
