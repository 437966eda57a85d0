/**
 * The subset of the `Office` global (the Common API) the add-in uses: onReady, context (document settings,
 * selection-changed events, display language, theme, requirement sets) and the enums it references.
 */
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
  /** Requirement sets and their highest version; default { WordApi: "1.9" }; { WordApi: "1.1" } is Word 2016. */
  requirementSets?: Record<string, string>;
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
  CoercionType: { Text: "text", Ooxml: "ooxml", Html: "html", Matrix: "matrix", Table: "table" },
  DocumentMode: { ReadOnly: "readOnly", ReadWrite: "readWrite" },
} as const;

interface SimAsyncResult<T> {
  status: "succeeded" | "failed";
  value: T;
  error: { name: string; message: string; code: number } | undefined;
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

/** Office.context.requirements.isSetSupported over the simulated sets. */
export function requirementChecker(sets: Record<string, string>): (name: string, minVersion?: string | number) => boolean {
  return (name, minVersion) => {
    const supported = sets[name];
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

/** The simulated `Office` namespace object and the means to stop its event delivery. */
export function createOfficeNamespace(
  doc: SimDocument,
  options: SimOfficeOptions,
  isSetSupported: (name: string, minVersion?: string | number) => boolean,
  later: Later,
) {
  const platform = options.platform ?? "PC";
  const readOnly = options.readOnly ?? false;
  const theme =
    options.theme === undefined || typeof options.theme === "string"
      ? OFFICE_THEMES[options.theme ?? "light"]
      : { ...OFFICE_THEMES.light, ...options.theme };
  const selectionHandlers = new Set<SelectionHandler>();

  const document = {
    mode: readOnly ? OFFICE_ENUMS.DocumentMode.ReadOnly : OFFICE_ENUMS.DocumentMode.ReadWrite,
    url: "simulated.docx",
    settings: new SimSettings(doc, readOnly, later),
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

  const office = {
    context: {
      document,
      host: OFFICE_ENUMS.HostType.Word,
      platform,
      displayLanguage: options.displayLanguage ?? "vi-VN",
      contentLanguage: options.displayLanguage ?? "vi-VN",
      officeTheme: theme,
      requirements: { isSetSupported },
      diagnostics: { host: OFFICE_ENUMS.HostType.Word, platform, version: "16.0.0.0" },
    },
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
