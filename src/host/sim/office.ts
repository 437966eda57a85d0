/**
 * The subset of the `Office` global (the Common API) the add-in uses: onReady, context (document settings,
 * selection-changed events, the whole document as a file, display language, theme, requirement sets) and the
 * enums it references.
 */
import { docxParts } from "../../core/ooxml/package";
import { defaultProfile } from "../../profiles";
import { zipParts } from "../docx/zip";
import { SimDocument } from "./document";

export interface SimOfficeTheme {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
  isDarkTheme: boolean;
}

/** Office's own themes, approximately as Word reports them. */
export const OFFICE_THEMES: Record<"light" | "dark" | "highContrast", SimOfficeTheme> = {
  light: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#262626",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#262626",
    isDarkTheme: false,
  },
  dark: {
    bodyBackgroundColor: "#262626",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#363636",
    controlForegroundColor: "#F0F0F0",
    isDarkTheme: true,
  },
  highContrast: {
    bodyBackgroundColor: "#000000",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#000000",
    controlForegroundColor: "#FFFF00",
    isDarkTheme: true,
  },
};

export interface SimOfficeOptions {
  /**
   * Requirement sets and their highest version, added to the defaults (WordApi 1.9 and the common sets every Word
   * has); null takes a set away. { WordApi: "1.1" } is Word 2016; { WordApi: null } is Word 2013, which has only
   * the common API: there the `Word` and `OfficeExtension` globals are not defined at all (see installSimulatedOffice).
   */
  requirementSets?: Record<string, string | null>;
  /** Office's UI language, e.g. "vi-VN" (the default) or "en-US". */
  displayLanguage?: string;
  /** "light" (the default), "dark", "highContrast", or explicit colours. */
  theme?: keyof typeof OFFICE_THEMES | Partial<SimOfficeTheme>;
  /** A read-only document: API writes fail with AccessDenied, settings.saveAsync fails. */
  readOnly?: boolean;
  /** Office.context.platform and what onReady reports; default "PC". */
  platform?: "PC" | "OfficeOnline" | "Mac";
  /**
   * What asking for an object that is not there (Range.parentContentControl outside any control) throws: the
   * reference's ItemNotFound by default, or GeneralException, as Word 2016 desktop builds have been reported to.
   */
  missingObjectError?: "ItemNotFound" | "GeneralException";
}

export const OFFICE_ENUMS = {
  HostType: {
    Word: "Word",
    Excel: "Excel",
    PowerPoint: "PowerPoint",
    Outlook: "Outlook",
    OneNote: "OneNote",
    Project: "Project",
    Access: "Access",
  },
  PlatformType: {
    PC: "PC",
    OfficeOnline: "OfficeOnline",
    Mac: "Mac",
    iOS: "iOS",
    Android: "Android",
    Universal: "Universal",
  },
  EventType: {
    DocumentSelectionChanged: "documentSelectionChanged",
    SettingsChanged: "settingsChanged",
    OfficeThemeChanged: "officeThemeChanged",
    ActiveViewChanged: "activeViewChanged",
  },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  /** Word 2013 RTM's scripts (word-15.js) lack Pdf; Word 2013 SP1 (word-15.01.js) and later have all three. */
  FileType: { Text: "text", Compressed: "compressed", Pdf: "pdf" },
  CoercionType: { Text: "text", Ooxml: "ooxml", Html: "html", Matrix: "matrix", Table: "table" },
  DocumentMode: { ReadOnly: "readOnly", ReadWrite: "readWrite" },
} as const;

interface SimError {
  name: string;
  message: string;
  code: number;
}

interface SimAsyncResult<T> {
  status: "succeeded" | "failed";
  value: T;
  error: SimError | undefined;
  asyncContext: unknown;
}

type AsyncCallback<T> = (result: SimAsyncResult<T>) => void;

/** Office's async methods take ([options], [callback]); options may carry asyncContext. */
function splitAsyncArgs<T>(a?: unknown, b?: unknown): { callback?: AsyncCallback<T>; asyncContext: unknown } {
  const callback = (typeof a === "function" ? a : typeof b === "function" ? b : undefined) as AsyncCallback<T> | undefined;
  const options = typeof a === "object" && a !== null ? (a as { asyncContext?: unknown }) : undefined;
  return { callback, asyncContext: options?.asyncContext };
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * Office.context.requirements.isSetSupported over the simulated sets; a set given as null is absent. Set names are
 * compared without case, as office.js does (RequirementMatrix.isSetSupported looks up name.toLowerCase()).
 */
export function requirementChecker(sets: Record<string, string | null>): (name: string, minVersion?: string | number) => boolean {
  const byName = new Map<string, string>();
  for (const [name, version] of Object.entries(sets)) if (version !== null) byName.set(name.toLowerCase(), version);
  return (name, minVersion) => {
    const supported = typeof name === "string" ? byName.get(name.toLowerCase()) : undefined;
    if (supported === undefined) return false;
    return minVersion === undefined || compareVersions(supported, String(minVersion)) >= 0;
  };
}

type SelectionHandler = (args: { type: string; document: unknown }) => void;

/** Schedules callbacks the way Office delivers them: later, never inside the call that caused them. */
export class Later {
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  run(callback: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      callback();
    }, 0);
    this.timers.add(timer);
  }

  cancelAll(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}

/**
 * Office.context.document.settings: the add-in's in-memory copy of the document's settings. saveAsync puts it into
 * the document; the file keeps it only when the document is saved (SimDocument.save()).
 */
class SimSettings {
  private values: Record<string, unknown>;
  private readonly doc: SimDocument;
  private readonly readOnly: boolean;
  private readonly later: Later;

  constructor(doc: SimDocument, readOnly: boolean, later: Later) {
    this.doc = doc;
    this.readOnly = readOnly;
    this.later = later;
    this.values = doc.settings;
  }

  /** The value, or null when the setting does not exist (as in Office). */
  get(name: string): unknown {
    return Object.prototype.hasOwnProperty.call(this.values, name) ? this.values[name] : null;
  }

  set(name: string, value: unknown): void {
    this.values[name] = value;
  }

  remove(name: string): void {
    delete this.values[name];
  }

  saveAsync(options?: unknown, callback?: unknown): void {
    const { callback: done, asyncContext } = splitAsyncArgs<void>(options, callback);
    this.later.run(() => {
      if (this.readOnly) {
        done?.({
          status: "failed",
          value: undefined,
          error: {
            name: "Permission Denied",
            message: "The document is read-only; settings cannot be saved.",
            code: 5009,
          },
          asyncContext,
        });
        return;
      }
      this.doc.storeSettings(this.values);
      done?.({ status: "succeeded", value: undefined, error: undefined, asyncContext });
    });
  }

  refreshAsync(callback?: AsyncCallback<SimSettings>): void {
    this.later.run(() => {
      this.values = this.doc.settings;
      callback?.({ status: "succeeded", value: this, error: undefined, asyncContext: undefined });
    });
  }
}

/* ---------------------------------------------------------------------------------------------------------- */
/* The whole document as a file: Document.getFileAsync and Office.File                                         */

/**
 * Errors of the common API as office.js reports them: code, and name and message from OSF.DDA.ErrorCodeManager
 * with the en-us office_strings (OfficeDev/office-js dist/office_strings.debug.js, word-win32-16.00.debug.js).
 */
const COMMON_ERRORS = {
  fileTypeNotSupported: { name: "Data Read Error", message: "The specified file type is not supported.", code: 1009 },
  internalError: { name: "Internal Error", message: "An internal error has occurred.", code: 5001 },
  unsupportedEnumeration: {
    name: "Unsupported Enumeration",
    message: "The enumeration isn't supported in the current host application.",
    code: 5007,
  },
  indexOutOfRange: { name: "Index out of range.", message: "Index out of range.", code: 5008 },
  memoryFileLimit: {
    name: "Memory Limit Exceeded",
    message: "Call closeAsync on the current File before retrieving another.",
    code: 11000,
  },
} as const;

/** GetFileOptions.sliceSize: "The maximum (and the default) is 4194304 (4MB)" (Office.GetFileOptions reference). */
const MAX_SLICE_SIZE = 4194304;

/**
 * "No more than two documents are allowed to be in memory; otherwise the Document.getFileAsync operation will
 * fail. Use the File.closeAsync method to close the file when you are finished working with it." (Office.File
 * reference, closeAsync remarks.)
 */
const MAX_OPEN_FILES = 2;

/**
 * The bytes getFileAsync(Compressed) hands out: the document as a .docx, as it is in Word's memory now.
 *
 * Saved or not: the current state, unsaved edits included. getFileAsync "returns the entire document file" and
 * does so "by creating a temporary copy of the file on the local computer" (Document.getFileAsync reference; "Get
 * the whole document from an add-in for PowerPoint or Word", office-js-docs-pr): a copy Word writes from the open
 * document, as Save a Copy does, not the file last saved to disk. Settings likewise: what settings.saveAsync put
 * into the document, which "persists the in-memory settings property bag into the document file; however, the
 * changes to the document file itself are saved only when the user … saves the document" (Settings.saveAsync
 * reference); values set() but not saveAsync'd are only in the add-in's memory and are not in the copy. The docs
 * never say in so many words that unsaved edits are included; it is the reading the "temporary copy" wording gives.
 *
 * The package is the one the command line writes (core/ooxml/package: the default profile's styles, A4 section,
 * page numbers) around the body, not a copy of every part the document was opened with: headers, numbering,
 * comments and pictures of an opened .docx are not carried over.
 */
function compressedFile(doc: SimDocument): Uint8Array {
  return zipParts(docxParts(defaultProfile, doc.currentBodyContentXml(), doc.settings));
}

/** office.js throws this text (a string, not an Error) at once for an argument of the wrong type. */
function invalidParameters(method: string): string {
  return `Function ${method} has invalid parameters.`;
}

interface SimSlice {
  data: number[];
  index: number;
  size: number;
}

/** What a file opened with getFileAsync needs: its bytes, how they are sliced, and the host's open files. */
interface OpenFileState {
  bytes: Uint8Array;
  sliceSize: number;
  openFiles: Set<object>;
  later: Later;
}

/**
 * An Office.File: size and sliceCount as office.js defines them (OSF.DDA.File: read-only, enumerable,
 * sliceCount = Math.ceil(size / sliceSize) with the sliceSize asked for), getSliceAsync and closeAsync. Nothing
 * else is on it: the bytes stay in this closure.
 */
function openFile(state: OpenFileState): object {
  const { bytes, sliceSize, openFiles, later } = state;
  let open = true;
  const file = {};
  const sliceCount = Math.ceil(bytes.length / sliceSize);
  Object.defineProperties(file, {
    size: { value: bytes.length, enumerable: true },
    sliceCount: { value: sliceCount, enumerable: true },
    getSliceAsync: {
      enumerable: true,
      value(sliceIndex: unknown, a?: unknown, b?: unknown): void {
        if (typeof sliceIndex !== "number") throw invalidParameters("getSliceAsync");
        const { callback, asyncContext } = splitAsyncArgs<SimSlice>(a, b);
        later.run(() => {
          // office.js checks the index against sliceCount before asking Word (ooeIndexOutOfRange). What Word answers
          // for a file already closed is not documented: the simulator answers Internal Error, Word's answer for an
          // operation that failed.
          const error =
            sliceIndex < 0 || sliceIndex >= sliceCount ? COMMON_ERRORS.indexOutOfRange : !open ? COMMON_ERRORS.internalError : undefined;
          if (error) {
            callback?.({ status: "failed", value: undefined as unknown as SimSlice, error: { ...error }, asyncContext });
            return;
          }
          // The offset is office.js's own: parseInt(index * sliceSize) (OSF.DDA.FileSliceOffset).
          const start = Math.floor(sliceIndex * sliceSize);
          const end = Math.min(start + sliceSize, bytes.length);
          // On Windows a compressed file's slice is an array of byte values (Slice.data: "a byte array").
          const data: number[] = [];
          for (let i = start; i < end; i++) data.push(bytes[i]);
          const slice = {};
          Object.defineProperties(slice, {
            data: { value: data, enumerable: true },
            index: { value: sliceIndex, enumerable: true },
            size: { value: data.length, enumerable: true },
          });
          callback?.({ status: "succeeded", value: slice as SimSlice, error: undefined, asyncContext });
        });
      },
    },
    closeAsync: {
      enumerable: true,
      value(a?: unknown, b?: unknown): void {
        const { callback, asyncContext } = splitAsyncArgs<void>(a, b);
        later.run(() => {
          if (!open) {
            callback?.({ status: "failed", value: undefined, error: { ...COMMON_ERRORS.internalError }, asyncContext });
            return;
          }
          open = false;
          openFiles.delete(file);
          callback?.({ status: "succeeded", value: undefined, error: undefined, asyncContext });
        });
      },
    },
  });
  return file;
}

/**
 * Document.getFileAsync(fileType, [options], [callback]) as Word on Windows answers it, for Compressed (.docx).
 * - fileType not a string, or a sliceSize not a number: office.js throws at once (ApiMethodCall.verifyArguments).
 * - A string that is not a FileType: the callback gets Unsupported Enumeration (5007), as office.js reports it.
 * - Text and Pdf: Word on Windows gives them (the reference's "Supported FileTypes" table); the simulator does not
 *   produce them and answers as Word does for a file type it cannot give: Data Read Error 1009, "The specified
 *   file type is not supported." (Office Common API error codes).
 * - A sliceSize above 4 MB (or not a positive whole number): "specifying file slice size of above permitted limit
 *   will result in an "Internal Error" failure" (Document.getFileAsync reference).
 * - A third file while two are open: fails. Word 2016 and later answer Memory Limit Exceeded (11000, "Call
 *   closeAsync on the current File before retrieving another.", office.js's word-win32-16.00 mapping of
 *   ooeMemoryFileLimit). Word 2013's scripts (o15apptofilemappingtable.js) know no such code and report any code
 *   they do not know as Internal Error, "An internal error has occurred."; the code Word 2013 itself sends is not
 *   documented, so the simulator gives 5001.
 */
function fileGetter(doc: SimDocument, later: Later, commonApiOnly: boolean) {
  const openFiles = new Set<object>();
  const fileTypes: readonly string[] = Object.values(OFFICE_ENUMS.FileType);
  return function getFileAsync(fileType: unknown, a?: unknown, b?: unknown): void {
    if (typeof fileType !== "string") throw invalidParameters("getFileAsync");
    const options = typeof a === "object" && a !== null ? (a as { sliceSize?: unknown }) : {};
    if ("sliceSize" in options && typeof options.sliceSize !== "number") throw invalidParameters("getFileAsync");
    const sliceSize = typeof options.sliceSize === "number" ? options.sliceSize : MAX_SLICE_SIZE;
    const { callback, asyncContext } = splitAsyncArgs<object>(a, b);
    later.run(() => {
      const fail = (error: SimError) =>
        callback?.({ status: "failed", value: undefined as unknown as object, error: { ...error }, asyncContext });
      if (!fileTypes.includes(fileType)) return fail(COMMON_ERRORS.unsupportedEnumeration);
      if (fileType !== OFFICE_ENUMS.FileType.Compressed) return fail(COMMON_ERRORS.fileTypeNotSupported);
      // Written for ES5 (no Number.isInteger): the simulated Word also runs in the light pane's IE11 window.
      if (typeof sliceSize !== "number" || sliceSize % 1 !== 0 || sliceSize <= 0 || sliceSize > MAX_SLICE_SIZE)
        return fail(COMMON_ERRORS.internalError);
      if (openFiles.size >= MAX_OPEN_FILES) return fail(commonApiOnly ? COMMON_ERRORS.internalError : COMMON_ERRORS.memoryFileLimit);
      const file = openFile({ bytes: compressedFile(doc), sliceSize, openFiles, later });
      openFiles.add(file);
      callback?.({ status: "succeeded", value: file, error: undefined, asyncContext });
    });
  };
}

/** The simulated `Office` namespace object and the means to stop its event delivery. */
export function createOfficeNamespace(
  doc: SimDocument,
  options: SimOfficeOptions,
  isSetSupported: (name: string, minVersion?: string | number) => boolean,
  later: Later,
) {
  const platform = options.platform ?? "PC";
  const readOnly = options.readOnly ?? false;
  // Without WordApi this is Word 2013: office.js loads its Office 15 scripts there, whose context has no
  // officeTheme (OSF.DDA.Context in o15apptofilemappingtable.js defines contentLanguage, displayLanguage, host,
  // platform, diagnostics, document and requirements only) and whose diagnostics say version "15.0.0000.0000".
  const commonApiOnly = !isSetSupported("WordApi");
  const theme =
    options.theme === undefined || typeof options.theme === "string"
      ? OFFICE_THEMES[options.theme ?? "light"]
      : { ...OFFICE_THEMES.light, ...options.theme };
  const selectionHandlers = new Set<SelectionHandler>();

  const document = {
    mode: readOnly ? OFFICE_ENUMS.DocumentMode.ReadOnly : OFFICE_ENUMS.DocumentMode.ReadWrite,
    url: "simulated.docx",
    settings: new SimSettings(doc, readOnly, later),
    getFileAsync: fileGetter(doc, later, commonApiOnly),
    addHandlerAsync(eventType: string, handler: SelectionHandler, a?: unknown, b?: unknown): void {
      const { callback, asyncContext } = splitAsyncArgs<void>(a, b);
      const supported = eventType === OFFICE_ENUMS.EventType.DocumentSelectionChanged;
      if (supported) selectionHandlers.add(handler);
      later.run(() =>
        callback?.({
          status: supported ? "succeeded" : "failed",
          value: undefined,
          error: supported
            ? undefined
            : { name: "Invalid Event Type", message: `The simulator does not raise "${eventType}".`, code: 5002 },
          asyncContext,
        }),
      );
    },
    /**
     * Matrix (or table) coercion reads the table holding the selection, as rows of cell texts; anywhere else Word
     * refuses it ("The current selection is not supported"). Text coercion reads the selected text.
     */
    getSelectedDataAsync(coercionType: string, a?: unknown, b?: unknown): void {
      const { callback, asyncContext } = splitAsyncArgs<unknown>(a, b);
      later.run(() => {
        const table = doc.parentTable(doc.selection);
        const tabular = coercionType === OFFICE_ENUMS.CoercionType.Matrix || coercionType === OFFICE_ENUMS.CoercionType.Table;
        if (coercionType === OFFICE_ENUMS.CoercionType.Text) {
          callback?.({ status: "succeeded", value: doc.rangeText(doc.selection), error: undefined, asyncContext });
        } else if (tabular && table) {
          callback?.({ status: "succeeded", value: doc.tableTexts(table), error: undefined, asyncContext });
        } else {
          const error = { name: "Data Read Error", message: "The current selection is not supported.", code: 1001 };
          callback?.({ status: "failed", value: undefined, error, asyncContext });
        }
      });
    },
    removeHandlerAsync(eventType: string, a?: unknown, b?: unknown): void {
      const handlerOption = typeof a === "object" && a !== null ? (a as { handler?: SelectionHandler }).handler : undefined;
      const { callback, asyncContext } = splitAsyncArgs<void>(a, b);
      if (eventType === OFFICE_ENUMS.EventType.DocumentSelectionChanged) {
        if (handlerOption) selectionHandlers.delete(handlerOption);
        else selectionHandlers.clear();
      }
      later.run(() => callback?.({ status: "succeeded", value: undefined, error: undefined, asyncContext }));
    },
  };

  const stopSelectionEvents = doc.onChange((change) => {
    if (change.kind !== "selection" || selectionHandlers.size === 0) return;
    later.run(() => {
      for (const handler of [...selectionHandlers]) handler({ type: OFFICE_ENUMS.EventType.DocumentSelectionChanged, document });
    });
  });

  const context = {
    document,
    host: OFFICE_ENUMS.HostType.Word,
    platform,
    displayLanguage: options.displayLanguage ?? "vi-VN",
    contentLanguage: options.displayLanguage ?? "vi-VN",
    requirements: { isSetSupported },
    diagnostics: { host: OFFICE_ENUMS.HostType.Word, platform, version: commonApiOnly ? "15.0.0000.0000" : "16.0.0.0" },
  };
  const office = {
    context: commonApiOnly ? context : { ...context, officeTheme: theme },
    /** office.js's own Promise, which is the browser's wherever the browser has one (@types/office-js: Office.Promise). */
    Promise,
    /** Resolves once "Office is ready"; a callback, when given, gets the same info. */
    onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }> {
      const info = { host: OFFICE_ENUMS.HostType.Word, platform };
      return Promise.resolve().then(() => {
        callback?.(info);
        return info;
      });
    },
    ...OFFICE_ENUMS,
  };
  return { office, stopSelectionEvents };
}

export type SimOfficeNamespace = ReturnType<typeof createOfficeNamespace>["office"];
