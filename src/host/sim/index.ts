/**
 * The simulated Word: install it and code written for Office.js (the `Word` and `Office` globals) runs against a
 * SimDocument, in jest and in the browser playground, with Word's load/sync rules and requirement sets.
 *
 * Implemented: Word.run, RequestContext (sync, load, trackedObjects), Document (body, contentControls,
 * getSelection), Body, Range, Paragraph, ContentControl, Table (values, getCell, getNext), TableCell (value, read
 * and written), their collections, and OfficeExtension.Error/ClientResult; Office.onReady, Office.Promise and
 * Office.context (document.settings, selection-changed
 * events, getSelectedDataAsync, requirements, displayLanguage, officeTheme, diagnostics); the whole document as a
 * file: Office.context.document.getFileAsync (FileType.Compressed, sliceSize up to 4 MB, at most two files open)
 * and the Office.File it gives (size, sliceCount, getSliceAsync, closeAsync); the enums FileType,
 * AsyncResultStatus, CoercionType, EventType and the rest of OFFICE_ENUMS. Anything else is absent, not silently
 * faked.
 *
 * Word 2013 (requirementSets: { WordApi: null }): the common API only. isSetSupported("WordApi", …) is false for
 * every version, Office.context has no officeTheme, and the `Word` and `OfficeExtension` globals are not defined,
 * so `Word.run(…)` throws a ReferenceError ("'Word' is undefined" in Internet Explorer), as in Word 2013.
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
  /**
   * The simulated namespaces, typed as @types/office-js declares them (only a subset is implemented). Word and
   * OfficeExtension are undefined when simulating Word 2013 ({ WordApi: null }), as they are there.
   */
  Word: typeof Word | undefined;
  Office: typeof Office;
  OfficeExtension: typeof OfficeExtension | undefined;
  doc: SimDocument;
  /** Live counters; read them before and after the code under test. */
  stats: SimStats;
  /** Restores the globals that were there before and stops event delivery. */
  uninstall(): void;
}

/**
 * Word 2013 and later read the selection as a matrix (the common API's MatrixCoercion set), Word 2016 included,
 * and give the whole document as a compressed file (File, CompressedFile: Word's default sets in office.js's
 * o15apptofilemappingtable.js, WordClientDefaultSetRequirement).
 */
const DEFAULT_REQUIREMENT_SETS: Record<string, string> = { WordApi: "1.9", MatrixCoercion: "1.1", File: "1.1", CompressedFile: "1.1" };

/**
 * The one boundary where the simulated namespaces are presented as @types/office-js types. They implement the
 * members listed in the sim's documentation, not every declaration, so the cast is deliberate and only here.
 */
function presentAsOfficeJs(
  word: SimWordNamespace | undefined,
  office: SimOfficeNamespace,
  officeExtension: object | undefined,
): Pick<SimulatedOffice, "Word" | "Office" | "OfficeExtension"> {
  return {
    Word: word as unknown as typeof Word | undefined,
    Office: office as unknown as typeof Office,
    OfficeExtension: officeExtension as unknown as typeof OfficeExtension | undefined,
  };
}

type GlobalName = "Word" | "Office" | "OfficeExtension";

function setGlobal(name: GlobalName, value: unknown): void {
  Object.defineProperty(globalThis, name, { value, configurable: true, writable: true, enumerable: false });
}

/**
 * Assigns globalThis.Word, Office and OfficeExtension for `doc`; returns them, the counters and uninstall().
 *
 * Simulating Word 2013 ({ WordApi: null }), Word and OfficeExtension are left undefined (and taken away if they
 * were there): office.js loads, for an Office 15 host, o15apptofilemappingtable.js and word-15.0x.js, and neither
 * defines them (OfficeDev/office-js dist; office.debug.js picks them when _hostInfo.isO15). So Word.run in Word
 * 2013 is not a rejected promise but a ReferenceError at the call: "Word object is undefined" with word-15.01.js
 * loaded (office-js #100), "Word is not defined" on Word 2013 (Word-Add-in-DocumentAssembly #5, #6); Word 2013
 * "only supports the Common API requirement sets" (office-js-docs-pr #921).
 */
export function installSimulatedOffice(doc: SimDocument, options: SimOfficeOptions = {}): SimulatedOffice {
  const isSetSupported = requirementChecker({ ...DEFAULT_REQUIREMENT_SETS, ...options.requirementSets });
  const commonApiOnly = !isSetSupported("WordApi");
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

  const word = commonApiOnly ? undefined : createWordNamespace(session, WORD_ERROR_CODES);
  const { office, stopSelectionEvents } = createOfficeNamespace(doc, options, isSetSupported, later);
  const officeExtension = commonApiOnly
    ? undefined
    : {
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
    if (presented[name] === undefined) Reflect.deleteProperty(globalThis, name);
    else setGlobal(name, presented[name]);
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
