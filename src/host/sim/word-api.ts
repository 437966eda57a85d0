/**
 * The Word JavaScript API (Word.run, RequestContext and the proxy objects) over a SimDocument, with Word's
 * batching rules: method calls and property sets are queued and run at context.sync(), in order; a property can
 * be read only after it was loaded and synced; members newer than the simulated requirement set throw at once.
 */
import { XmlElement } from "../../core/ooxml/xml";
import { InsertLocation, SimDocument, SimRange, tableRows } from "./document";
import { SimOfficeError, apiNotSupported, propertyNotLoaded } from "./errors";
import { cannotDelete, cannotEdit, childVal, controlProps, lockValue, paragraphProps, wordText } from "./wordml";

export interface SimStats {
  /** context.sync() calls made by add-in code (the closing flush of Word.run is not counted). */
  syncs: number;
  /** Syncs, explicit or closing, that had at least one queued action: each is one round trip to Word. */
  roundTrips: number;
  /** Word.run calls. */
  runs: number;
}

export type ControlEventName = "onDataChanged" | "onDeleted" | "onSelectionChanged" | "onEntered" | "onExited";

export interface ControlEventArgs {
  eventType: string;
  ids: number[];
  source: "Local";
  contentControl: SimContentControl;
}

type ControlEventHandler = (args: ControlEventArgs) => Promise<unknown> | void;

/** What the proxies share for one installed simulation. */
export interface SimSession {
  doc: SimDocument;
  readOnly: boolean;
  stats: SimStats;
  isSetSupported(set: string, version: string): boolean;
  /** What a missing object throws: ItemNotFound, as the reference says, or GeneralException, as some Word 2016 builds. */
  missingObjectError: "ItemNotFound" | "GeneralException";
  /** Content-control event handlers (WordApi 1.5) by control and event. */
  controlHandlers: Map<XmlElement, Map<ControlEventName, Set<{ handler: ControlEventHandler; proxy: SimContentControl }>>>;
}

/* ---------------------------------------------------------------------------------------------------------- */
/* Loading                                                                                                     */

/** Which properties a load asks for: scalars of the object itself, and loads of its navigation properties. */
interface LoadSelection {
  all: boolean;
  scalars: Set<string>;
  nav: Map<string, LoadSelection>;
}

export interface LoadOptionObject {
  select?: string | string[];
  expand?: string | string[];
  [property: string]: unknown;
}

export type LoadArg = string | string[] | LoadOptionObject;

function emptySelection(): LoadSelection {
  return { all: false, scalars: new Set(), nav: new Map() };
}

function addPath(selection: LoadSelection, path: string[]): void {
  if (path.length === 0 || path[0] === "*" || path[0] === "$all") {
    selection.all = true;
  } else if (path.length === 1) {
    selection.scalars.add(path[0]);
  } else {
    let child = selection.nav.get(path[0]);
    if (!child) {
      child = emptySelection();
      selection.nav.set(path[0], child);
    }
    addPath(child, path.slice(1));
  }
}

function splitNames(names: string | string[] | undefined): string[] {
  if (names === undefined) return [];
  return (Array.isArray(names) ? names : [names])
    .flatMap((n) => n.split(","))
    .map((n) => n.trim())
    .filter((n) => n !== "");
}

function objectPaths(option: LoadOptionObject, prefix: string[]): string[][] {
  if ("select" in option || "expand" in option) {
    return [
      ...splitNames(option.select).map((n) => [...prefix, ...n.split("/")]),
      ...splitNames(option.expand).map((n) => [...prefix, ...n.split("/"), "*"]),
    ];
  }
  const paths: string[][] = [];
  for (const [key, value] of Object.entries(option)) {
    if (value === true) paths.push(key === "$all" ? [...prefix, "*"] : [...prefix, key]);
    else if (value && typeof value === "object") paths.push(...objectPaths(value as LoadOptionObject, [...prefix, key]));
  }
  return paths;
}

/** load() / load("a,b") / load(["a", "b/c"]) / load({ select, expand }) / load({ a: true, b: { c: true } }). */
function parseLoad(arg: LoadArg | undefined): LoadSelection {
  const paths =
    arg === undefined
      ? []
      : typeof arg === "string" || Array.isArray(arg)
        ? splitNames(arg).map((n) => n.split("/"))
        : objectPaths(arg, []);
  const selection = emptySelection();
  for (const path of paths) addPath(selection, path);
  if (selection.scalars.size === 0 && selection.nav.size === 0) selection.all = true;
  return selection;
}

/** For a collection, "items/x" and "x" both mean the property x of each item. */
function itemSelection(selection: LoadSelection): LoadSelection {
  const result: LoadSelection = {
    all: selection.all,
    scalars: new Set(selection.scalars),
    nav: new Map(selection.nav),
  };
  if (result.scalars.delete("items")) result.all = true;
  const items = result.nav.get("items");
  if (items) {
    result.nav.delete("items");
    result.all = result.all || items.all;
    for (const s of items.scalars) result.scalars.add(s);
    for (const [k, v] of items.nav) result.nav.set(k, v);
  }
  if (result.scalars.size === 0 && result.nav.size === 0) result.all = true;
  return result;
}

/* ---------------------------------------------------------------------------------------------------------- */
/* Request context                                                                                             */

type Commit = () => void;

interface QueuedAction {
  /** The API that queued it, for error locations (computed late: a proxy learns its origin after construction). */
  api: () => string;
  /** Runs against the document at sync; values become visible through `commits` once the whole sync succeeded. */
  run(commits: Commit[]): void;
}

function asOfficeError(error: unknown, api: string): SimOfficeError {
  if (error instanceof SimOfficeError) {
    if (!error.debugInfo.errorLocation) error.debugInfo.errorLocation = api;
    return error;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new SimOfficeError("GeneralException", { detail, location: api });
}

export class SimRequestContext {
  readonly session: SimSession;
  private queue: QueuedAction[] = [];
  /** True while a sync runs: proxies made then (collection items, navigation for loads) are results, not requests. */
  processingResults = false;
  private documentProxy: SimWordDocument | undefined;
  /**
   * What the changes of the current Word.run are recorded under, for undo: one step per Word.run, also when a
   * later Word.run(object, batch) reuses this context for a tracked object.
   */
  private undoStep: object = {};
  readonly requestHeaders: Record<string, string> = {};
  /**
   * context.trackedObjects: add(object) is object.track(). Simulated objects stay valid across batches tracked or
   * not; what tracking changes here is that content-control events reach only tracked controls.
   */
  readonly trackedObjects = {
    add: (objects: SimClientObject<unknown> | SimClientObject<unknown>[]): void => {
      for (const object of Array.isArray(objects) ? objects : [objects]) object.track();
    },
    remove: (objects: SimClientObject<unknown> | SimClientObject<unknown>[]): void => {
      for (const object of Array.isArray(objects) ? objects : [objects]) object.untrack();
    },
  };

  constructor(session: SimSession) {
    this.session = session;
  }

  get document(): SimWordDocument {
    this.documentProxy ??= new SimWordDocument(this);
    return this.documentProxy;
  }

  get debugInfo(): { pendingStatements: string[] } {
    return { pendingStatements: this.queue.map((a) => a.api()) };
  }

  /** office.js: context.load(object, properties) is object.load(properties), for an object of this context only. */
  load(object: SimClientObject<unknown>, option?: LoadArg): void {
    if (object.context !== this) throw new SimOfficeError("InvalidRequestContext", { location: "ClientRequestContext.load" });
    object.load(option);
  }

  trace(message: string): void {
    this.enqueue(`trace(${message})`, () => undefined);
  }

  /** Sends the queued actions to Word. Counted in stats.syncs; a sync with nothing queued costs no round trip. */
  sync<T>(passThroughValue?: T): Promise<T> {
    this.session.stats.syncs++;
    return this.flush(passThroughValue);
  }

  /** The sync Word.run makes after the batch resolves (office.js `_runCommon` does `ctx.sync(result)`). */
  flush<T>(passThroughValue?: T): Promise<T> {
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return Promise.resolve(passThroughValue as T);
    this.session.stats.roundTrips++;
    return Promise.resolve().then(() => {
      const commits: Commit[] = [];
      this.processingResults = true;
      // Every change this Word.run makes is one step for Ctrl+Z, as Word undoes an add-in's batch.
      const endBatch = this.doc.beginBatch(this.undoStep);
      try {
        for (const action of batch) {
          try {
            action.run(commits);
          } catch (error) {
            // Word stops at the failing action; what ran before it stays done, loaded values are not returned.
            throw asOfficeError(error, action.api());
          }
        }
        for (const commit of commits) commit();
      } finally {
        endBatch();
        this.processingResults = false;
      }
      return passThroughValue as T;
    });
  }

  /** Word.run starts with this: its changes are one undo step of their own, even in a context used before. */
  beginRun(): void {
    this.undoStep = {};
  }

  enqueue(api: string | (() => string), run: (commits: Commit[]) => void): void {
    this.queue.push({ api: typeof api === "string" ? () => api : api, run });
  }

  /** Throws at once, like office.js, when `api` belongs to a newer WordApi set than the simulated one. */
  require(version: string, api: string): void {
    if (!this.session.isSetSupported("WordApi", version)) throw apiNotSupported(api, "WordApi", version);
  }

  assertWritable(api: string): void {
    if (this.session.readOnly) throw new SimOfficeError("AccessDenied", { detail: "The document is read-only", location: api });
  }

  get doc(): SimDocument {
    return this.session.doc;
  }
}

/** OfficeExtension.ClientResult: the value of a method, readable after the sync that ran it. */
export class SimClientResult<V> {
  private loaded: { value: V } | null = null;

  get value(): V {
    if (!this.loaded) throw new SimOfficeError("ValueNotLoaded");
    return this.loaded.value;
  }

  /** Called when the sync that computed the value succeeded. */
  resolve(value: V): void {
    this.loaded = { value };
  }
}

/** The result of a queued action that creates content, for the proxy the method returned. */
class ResultSlot<R> {
  private filled: { value: R } | null = null;

  fill(value: R): void {
    this.filled = { value };
  }

  get(): R {
    if (!this.filled)
      throw new SimOfficeError("ItemNotFound", {
        detail: "The object was to be created by an action that did not run",
      });
    return this.filled.value;
  }
}

/* ---------------------------------------------------------------------------------------------------------- */
/* Proxy base classes                                                                                          */

export abstract class SimClientObject<T> {
  readonly context: SimRequestContext;
  private readonly resolver: () => T | null;
  private readonly orNull: boolean;
  private resolved: { target: T | null } | null = null;
  private readonly scalarValues = new Map<string, unknown>();
  private nullLoaded: boolean | undefined;
  /** Navigation properties, created once per proxy like office.js does. */
  private readonly children = new Map<string, SimClientObject<unknown>>();
  /** The API that made this proxy ("ContentControlCollection.getFirst"), for error locations. */
  private origin: string | undefined;
  private trackedFlag = false;

  protected abstract readonly typeName: string;
  protected abstract readonly scalarNames: readonly string[];
  /** The WordApi set of each scalar newer than 1.1 (the reference's "[Api set: WordApi 1.3]"), by name. */
  protected readonly scalarSets: Readonly<Record<string, string>> = {};
  protected abstract readScalar(target: T, name: string): unknown;
  protected abstract targetAttached(target: T): boolean;

  constructor(context: SimRequestContext, resolver: () => T | null, orNull = false) {
    this.context = context;
    this.resolver = resolver;
    this.orNull = orNull;
    // Like office.js, every object the add-in creates queues an "instantiate" action: its path is resolved at
    // the next sync, where a missing non-null object fails the sync and a null object learns isNullObject.
    if (!context.processingResults && this.instantiates) {
      context.enqueue(
        () => this.origin ?? this.typeName,
        (commits) => {
          const target = this.targetOrNull();
          commits.push(() => (this.nullLoaded = target === null));
        },
      );
    }
  }

  /** Event handler collections are not client objects in office.js and are not instantiated. */
  protected get instantiates(): boolean {
    return true;
  }

  /** Names the API that made this proxy; returns the proxy. */
  describedAs(origin: string): this {
    this.origin = origin;
    return this;
  }

  /** Collections re-read their members at each use; other objects resolve once and then follow their content. */
  protected get resolvesOnce(): boolean {
    return true;
  }

  protected get doc(): SimDocument {
    return this.context.doc;
  }

  /** The object in the document, resolved by the first action that needs it (null for a null object). */
  protected targetOrNull(): T | null {
    if (!this.resolved || !this.resolvesOnce) this.resolved = { target: this.resolver() };
    const target = this.resolved.target;
    if (target !== null && !this.targetAttached(target)) {
      throw new SimOfficeError("ItemNotFound", { detail: `The ${this.typeName} is no longer in the document` });
    }
    if (target === null && !this.orNull) {
      throw new SimOfficeError(this.context.session.missingObjectError, { detail: `No such ${this.typeName}` });
    }
    return target;
  }

  protected target(): T {
    const target = this.targetOrNull();
    if (target === null) throw new SimOfficeError("ItemNotFound", { detail: `The ${this.typeName} is a null object` });
    return target;
  }

  get isNullObject(): boolean {
    if (this.nullLoaded === undefined) throw propertyNotLoaded("isNullObject");
    return this.nullLoaded;
  }

  load(option?: LoadArg): this {
    const selection = parseLoad(option);
    this.context.enqueue(`${this.typeName}.load`, (commits) => this.readInto(selection, commits));
    return this;
  }

  /** Runs a load at sync: reads the selected properties now, shows them once the sync succeeded. */
  readInto(selection: LoadSelection, commits: Commit[]): void {
    const target = this.targetOrNull();
    if (target === null) {
      commits.push(() => (this.nullLoaded = true));
      return;
    }
    const read = new Map<string, unknown>();
    // A bare load gets what the host's sets have. A newer property named in a load is refused: the host does not
    // know it, and office.js would refuse reading it anyway.
    const names = selection.all
      ? this.scalarNames.filter((name) => this.scalarSupported(name))
      : [...selection.scalars].filter((name) => name !== "isNullObject");
    for (const name of names) {
      if (!this.scalarNames.includes(name)) {
        throw new SimOfficeError("InvalidArgument", {
          detail: `${this.typeName} has no property "${name}" that the simulator can load`,
        });
      }
      this.requireScalar(name);
      read.set(name, this.readScalar(target, name));
    }
    for (const [name, sub] of selection.nav) {
      const child = this.navigation(name);
      if (!child)
        throw new SimOfficeError("InvalidArgument", {
          detail: `${this.typeName} has no navigation property "${name}" in the simulator`,
        });
      child.readInto(sub, commits);
    }
    commits.push(() => {
      this.nullLoaded = false;
      for (const [name, value] of read) this.scalarValues.set(name, value);
    });
  }

  /** The proxy behind a navigation property name, for loads like "parentContentControl/tag". */
  protected navigation(_name: string): SimClientObject<unknown> | undefined {
    return undefined;
  }

  protected child<C extends SimClientObject<unknown>>(name: string, create: () => C): C {
    let existing = this.children.get(name);
    if (!existing) {
      existing = create().describedAs(`${this.typeName}.${name}`);
      this.children.set(name, existing);
    }
    return existing as C;
  }

  private scalarSupported(name: string): boolean {
    const version = this.scalarSets[name];
    return version === undefined || this.context.session.isSetSupported("WordApi", version);
  }

  /** ApiNotFound for a property of a newer requirement set than the host's (office.js's _throwIfApiNotSupported). */
  private requireScalar(name: string): void {
    const version = this.scalarSets[name];
    if (version !== undefined) this.context.require(version, `${this.typeName}.${name}`);
  }

  /**
   * A loaded scalar, checked in the order of office.js's getters: PropertyNotLoaded unless it was loaded and
   * synced (or set), then ApiNotFound for a newer set than the host's. A null object skips the first check and
   * reads as undefined (office.js passes its isNull to _throwIfNotLoaded).
   */
  protected loaded<V>(name: string): V {
    const isNull = this.nullLoaded === true;
    if (!isNull && !this.scalarValues.has(name)) throw propertyNotLoaded(name);
    this.requireScalar(name);
    return (isNull ? undefined : this.scalarValues.get(name)) as V;
  }

  /** A property set: visible locally at once (as in office.js), applied to the document at sync. */
  protected setScalar(name: string, value: unknown, apply: (target: T) => void): void {
    this.scalarValues.set(name, value);
    this.write(`${this.typeName}.${name}`, apply);
  }

  protected write(api: string, run: (target: T) => void): void {
    this.context.enqueue(api, () => {
      this.context.assertWritable(api);
      run(this.target());
    });
  }

  protected writeCreating<R>(api: string, run: (target: T) => R): ResultSlot<R> {
    const slot = new ResultSlot<R>();
    this.write(api, (target) => slot.fill(run(target)));
    return slot;
  }

  protected readResult<V>(api: string, compute: (target: T) => V): SimClientResult<V> {
    const result = new SimClientResult<V>();
    this.context.enqueue(api, (commits) => {
      const value = compute(this.target());
      commits.push(() => result.resolve(value));
    });
    return result;
  }

  protected action(api: string, run: (target: T) => void): void {
    this.context.enqueue(api, () => run(this.target()));
  }

  /** Whether track() (or context.trackedObjects.add) holds this proxy, and untrack() has not let it go. */
  get isTracked(): boolean {
    return this.trackedFlag;
  }

  track(): this {
    this.trackedFlag = true;
    return this;
  }

  untrack(): this {
    this.trackedFlag = false;
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.scalarValues);
  }
}

/** A collection proxy: `items` after load, members re-read from the document at each use. */
export abstract class SimCollection<U, I extends SimClientObject<U>> extends SimClientObject<U[]> {
  private loadedItems: I[] | undefined;
  protected readonly scalarNames: readonly string[] = [];

  protected abstract createItem(member: U): I;

  protected override get resolvesOnce(): boolean {
    return false;
  }

  protected readScalar(): unknown {
    return undefined;
  }

  protected targetAttached(): boolean {
    return true;
  }

  get items(): I[] {
    if (this.loadedItems === undefined) throw propertyNotLoaded("items");
    return this.loadedItems;
  }

  override readInto(selection: LoadSelection, commits: Commit[]): void {
    const items = this.target().map((member) => this.createItem(member));
    const forItems = itemSelection(selection);
    for (const item of items) item.readInto(forItems, commits);
    commits.push(() => (this.loadedItems = items));
  }

  /** An item picked from the members when its instantiate action runs (getFirst, getById, …). */
  protected pick(api: string, pickMember: (members: U[]) => U | undefined, orNull: boolean): I {
    let picked: { member: U | null } | null = null;
    const resolve = (): U | null => {
      picked ??= { member: pickMember(this.target()) ?? null };
      return picked.member;
    };
    return this.createLazyItem(resolve, orNull).describedAs(`${this.typeName}.${api}`);
  }

  protected abstract createLazyItem(resolve: () => U | null, orNull: boolean): I;
}

/* ---------------------------------------------------------------------------------------------------------- */
/* Shared behaviour of ranges, paragraphs, controls and the body                                               */

type SelectionMode = "Select" | "Start" | "End";
type RangeLocation = "Whole" | "Start" | "End" | "Before" | "After" | "Content";

function checkLocation(api: string, location: string, allowed: readonly InsertLocation[]): InsertLocation {
  if (!(allowed as readonly string[]).includes(location)) {
    throw new SimOfficeError("InvalidArgument", {
      detail: `${api}: the location "${location}" is not one of ${allowed.join(", ")}`,
      location: api,
    });
  }
  return location as InsertLocation;
}

function selectionFor(doc: SimDocument, range: SimRange, mode: SelectionMode | undefined): SimRange {
  if (mode === "Start") {
    const pos = doc.startPos(range);
    return { kind: "text", start: pos, end: pos };
  }
  if (mode === "End") {
    const pos = doc.endPos(range);
    return { kind: "text", start: pos, end: pos };
  }
  return range;
}

/** Proxies that stand for a stretch of the document: they share text, OOXML, inserts, search and selection. */
abstract class SimRangeLike<T> extends SimClientObject<T> {
  /** The stretch of the document the proxy covers, for reads. */
  protected abstract rangeOf(target: T): SimRange;

  /** A Range proxy computed from this object by its instantiate action. */
  protected rangeProxy(api: string, compute: (target: T) => SimRange): SimWordRange {
    let cached: SimRange | null = null;
    return new SimWordRange(this.context, () => (cached ??= compute(this.target()))).describedAs(api);
  }

  getOoxml(): SimClientResult<string> {
    return this.readResult(`${this.typeName}.getOoxml`, (t) => this.doc.getOoxml(this.rangeOf(t)));
  }

  select(selectionMode?: SelectionMode): void {
    this.action(`${this.typeName}.select`, (t) => this.doc.setSelection(selectionFor(this.doc, this.selectRange(t), selectionMode)));
  }

  /** What select() selects; a control or paragraph is selected whole. */
  protected selectRange(target: T): SimRange {
    return this.rangeOf(target);
  }

  search(searchText: string, searchOptions?: { matchCase?: boolean; matchWildcards?: boolean }): SimRangeCollection {
    return new SimRangeCollection(this.context, () => {
      if (searchOptions?.matchWildcards) throw new SimOfficeError("NotImplemented", { detail: "Wildcard search is not simulated" });
      return this.doc.search(this.rangeOf(this.target()), searchText, searchOptions?.matchCase ?? false);
    }).describedAs(`${this.typeName}.search`);
  }

  get contentControls(): SimContentControlCollection {
    return this.child(
      "contentControls",
      () => new SimContentControlCollection(this.context, () => this.doc.rangeControls(this.controlsScope(this.target()))),
    );
  }

  /** The stretch whose controls `contentControls` lists (a control lists the controls inside it). */
  protected controlsScope(target: T): SimRange {
    return this.rangeOf(target);
  }

  get tables(): SimTableCollection {
    this.context.require("1.3", `${this.typeName}.tables`);
    return this.child("tables", () => new SimTableCollection(this.context, () => this.tablesIn(this.rangeOf(this.target()))));
  }

  private tablesIn(range: SimRange): XmlElement[] {
    const seen = new Set<XmlElement>();
    const tables: XmlElement[] = [];
    for (const p of this.doc.rangeParagraphs(range)) {
      let outermost: XmlElement | undefined;
      for (let a = this.doc.parentOf(p); a; a = this.doc.parentOf(a)) if (a.name === "w:tbl") outermost = a;
      if (outermost && !seen.has(outermost)) {
        seen.add(outermost);
        tables.push(outermost);
      }
    }
    return tables;
  }

  protected parentControlProxy(orNull: boolean): SimContentControl {
    return new SimContentControl(this.context, () => this.doc.parentControl(this.parentScope(this.target())), orNull);
  }

  /** The stretch whose enclosing control parentContentControl returns. */
  protected parentScope(target: T): SimRange {
    return this.rangeOf(target);
  }

  get parentContentControl(): SimContentControl {
    return this.child("parentContentControl", () => this.parentControlProxy(false));
  }

  protected parentTableProxy(orNull: boolean): SimTable {
    return new SimTable(this.context, () => this.doc.parentTable(this.parentScope(this.target())), orNull);
  }

  get parentTable(): SimTable {
    this.context.require("1.3", `${this.typeName}.parentTable`);
    return this.child("parentTable", () => this.parentTableProxy(false));
  }

  get parentTableOrNullObject(): SimTable {
    this.context.require("1.3", `${this.typeName}.parentTableOrNullObject`);
    return this.child("parentTableOrNullObject", () => this.parentTableProxy(true));
  }

  get parentContentControlOrNullObject(): SimContentControl {
    this.context.require("1.3", `${this.typeName}.parentContentControlOrNullObject`);
    return this.child("parentContentControlOrNullObject", () => this.parentControlProxy(true));
  }

  protected override navigation(name: string): SimClientObject<unknown> | undefined {
    switch (name) {
      case "contentControls":
        return this.contentControls;
      case "parentContentControl":
        return this.parentContentControl;
      case "parentContentControlOrNullObject":
        return this.parentContentControlOrNullObject;
      case "parentTable":
        return this.parentTable;
      case "parentTableOrNullObject":
        return this.parentTableOrNullObject;
      case "tables":
        return this.tables;
      default:
        return undefined;
    }
  }

  protected insertOoxmlAt(
    api: string,
    ooxml: string,
    location: string,
    allowed: readonly InsertLocation[],
    rangeFor: (target: T, location: InsertLocation) => SimRange,
  ): SimWordRange {
    const slot = this.writeCreating(api, (t) => {
      const where = checkLocation(api, location, allowed);
      return this.doc.insertOoxml(rangeFor(t, where), ooxml, where);
    });
    return new SimWordRange(this.context, () => slot.get()).describedAs(api);
  }

  protected insertParagraphAt(
    api: string,
    text: string,
    location: string,
    allowed: readonly InsertLocation[],
    rangeFor: (target: T) => SimRange,
  ): SimParagraph {
    const slot = this.writeCreating(api, (t) => this.doc.insertParagraph(rangeFor(t), text, checkLocation(api, location, allowed)));
    return new SimParagraph(this.context, () => slot.get()).describedAs(api);
  }

  protected insertTextAt(
    api: string,
    text: string,
    location: string,
    allowed: readonly InsertLocation[],
    rangeFor: (target: T) => SimRange,
  ): SimWordRange {
    const slot = this.writeCreating(api, (t) => this.doc.insertText(rangeFor(t), text, checkLocation(api, location, allowed)));
    return new SimWordRange(this.context, () => slot.get()).describedAs(api);
  }
}

/* ---------------------------------------------------------------------------------------------------------- */
/* Document, Body, Range, Paragraph, ContentControl, Table                                                     */

export class SimWordDocument extends SimClientObject<SimDocument> {
  protected readonly typeName = "Document";
  protected readonly scalarNames = ["changeTrackingMode"] as const;
  protected override readonly scalarSets = { changeTrackingMode: "1.4" };

  constructor(context: SimRequestContext) {
    super(context, () => context.doc);
  }

  protected targetAttached(): boolean {
    return true;
  }

  protected readScalar(target: SimDocument, name: string): unknown {
    return name === "changeTrackingMode" ? (target.trackChanges ? "TrackAll" : "Off") : undefined;
  }

  get changeTrackingMode(): string {
    return this.loaded("changeTrackingMode");
  }

  get body(): SimBody {
    return this.child("body", () => new SimBody(this.context, () => this.doc.body));
  }

  get contentControls(): SimContentControlCollection {
    return this.child("contentControls", () => new SimContentControlCollection(this.context, () => this.doc.allControlElements()));
  }

  getSelection(): SimWordRange {
    let snapshot: SimRange | null = null;
    return new SimWordRange(this.context, () => (snapshot ??= this.doc.selection)).describedAs("Document.getSelection");
  }

  /** Word.Document.settings (WordApi 1.4) is not simulated; Office.context.document.settings is. */
  get settings(): never {
    this.context.require("1.4", "Document.settings");
    throw new SimOfficeError("NotImplemented", {
      detail: "Document.settings is not simulated; use Office.context.document.settings",
    });
  }

  protected override navigation(name: string): SimClientObject<unknown> | undefined {
    if (name === "body") return this.body;
    if (name === "contentControls") return this.contentControls;
    return undefined;
  }
}

export class SimBody extends SimRangeLike<XmlElement> {
  protected readonly typeName = "Body";
  protected readonly scalarNames = ["text", "style", "type"] as const;
  protected override readonly scalarSets = { type: "1.3" };

  protected targetAttached(target: XmlElement): boolean {
    return this.doc.isAttached(target);
  }

  protected rangeOf(target: XmlElement): SimRange {
    return { kind: "content", node: target };
  }

  protected readScalar(target: XmlElement, name: string): unknown {
    switch (name) {
      case "text":
        return this.doc.rangeText(this.rangeOf(target));
      case "style": {
        const first = this.doc.rangeParagraphs(this.rangeOf(target))[0];
        return first ? this.doc.paragraphStyleName(first) : "Normal";
      }
      case "type":
        return "MainDoc";
      default:
        return undefined;
    }
  }

  get text(): string {
    return this.loaded("text");
  }

  get style(): string {
    return this.loaded("style");
  }

  get type(): string {
    return this.loaded("type");
  }

  get paragraphs(): SimParagraphCollection {
    return this.child(
      "paragraphs",
      () => new SimParagraphCollection(this.context, () => this.doc.rangeParagraphs(this.rangeOf(this.target()))),
    );
  }

  protected override navigation(name: string): SimClientObject<unknown> | undefined {
    return name === "paragraphs" ? this.paragraphs : super.navigation(name);
  }

  insertOoxml(ooxml: string, insertLocation: string): SimWordRange {
    return this.insertOoxmlAt("Body.insertOoxml", ooxml, insertLocation, ["Start", "End", "Replace"], (t) => this.rangeOf(t));
  }

  insertParagraph(paragraphText: string, insertLocation: string): SimParagraph {
    return this.insertParagraphAt("Body.insertParagraph", paragraphText, insertLocation, ["Start", "End"], (t) => this.rangeOf(t));
  }

  insertText(text: string, insertLocation: string): SimWordRange {
    return this.insertTextAt("Body.insertText", text, insertLocation, ["Start", "End", "Replace"], (t) => this.rangeOf(t));
  }

  clear(): void {
    this.write("Body.clear", (t) => this.doc.deleteRange(this.rangeOf(t)));
  }

  getRange(rangeLocation: RangeLocation = "Whole"): SimWordRange {
    this.context.require("1.3", "Body.getRange");
    return this.rangeProxy(`${this.typeName}.getRange`, (t) => this.doc.subRange(this.rangeOf(t), rangeLocation));
  }
}

export class SimWordRange extends SimRangeLike<SimRange> {
  protected readonly typeName = "Range";
  protected readonly scalarNames = ["text", "style", "styleBuiltIn", "isEmpty"] as const;
  protected override readonly scalarSets = { styleBuiltIn: "1.3", isEmpty: "1.3" };

  protected targetAttached(target: SimRange): boolean {
    return this.doc.rangeAttached(target);
  }

  protected rangeOf(target: SimRange): SimRange {
    return target;
  }

  protected readScalar(target: SimRange, name: string): unknown {
    switch (name) {
      case "text":
        return this.doc.rangeText(target);
      case "style": {
        const first = this.doc.rangeParagraphs(target)[0];
        return first ? this.doc.paragraphStyleName(first) : "";
      }
      case "styleBuiltIn": {
        const first = this.doc.rangeParagraphs(target)[0];
        return first ? builtInStyle(this.doc, first) : "Other";
      }
      case "isEmpty":
        return this.doc.rangeText(target) === "";
      default:
        return undefined;
    }
  }

  get text(): string {
    return this.loaded("text");
  }

  get style(): string {
    return this.loaded("style");
  }

  get styleBuiltIn(): string {
    return this.loaded("styleBuiltIn");
  }

  get isEmpty(): boolean {
    return this.loaded("isEmpty");
  }

  get paragraphs(): SimParagraphCollection {
    return this.child("paragraphs", () => new SimParagraphCollection(this.context, () => this.doc.rangeParagraphs(this.target())));
  }

  protected override navigation(name: string): SimClientObject<unknown> | undefined {
    return name === "paragraphs" ? this.paragraphs : super.navigation(name);
  }

  insertOoxml(ooxml: string, insertLocation: string): SimWordRange {
    return this.insertOoxmlAt("Range.insertOoxml", ooxml, insertLocation, ["Replace", "Start", "End", "Before", "After"], (t) => t);
  }

  insertParagraph(paragraphText: string, insertLocation: string): SimParagraph {
    return this.insertParagraphAt("Range.insertParagraph", paragraphText, insertLocation, ["Before", "After"], (t) => t);
  }

  insertText(text: string, insertLocation: string): SimWordRange {
    return this.insertTextAt("Range.insertText", text, insertLocation, ["Replace", "Start", "End", "Before", "After"], (t) => t);
  }

  delete(): void {
    this.write("Range.delete", (t) => this.doc.deleteRange(t));
  }

  getRange(rangeLocation: RangeLocation = "Whole"): SimWordRange {
    this.context.require("1.3", "Range.getRange");
    return this.rangeProxy(`${this.typeName}.getRange`, (t) => this.doc.subRange(t, rangeLocation));
  }
}

const ALIGNMENTS: Record<string, string> = {
  left: "Left",
  start: "Left",
  center: "Centered",
  right: "Right",
  end: "Right",
  both: "Justified",
  distribute: "Justified",
};
const BUILT_IN_STYLES = new Set([
  "Normal",
  "Title",
  "Subtitle",
  "Quote",
  "IntenseQuote",
  "ListParagraph",
  "TOC1",
  "TOC2",
  "TOC3",
  ...Array.from({ length: 9 }, (_, i) => `Heading${i + 1}`),
]);

/** Word.BuiltInStyleName of a paragraph's style, "Other" for a custom one. */
function builtInStyle(doc: SimDocument, p: XmlElement): string {
  const id = doc.paragraphStyleId(p);
  return BUILT_IN_STYLES.has(id) ? id : "Other";
}

export class SimParagraph extends SimRangeLike<XmlElement> {
  protected readonly typeName = "Paragraph";
  protected readonly scalarNames = [
    "text",
    "style",
    "styleBuiltIn",
    "outlineLevel",
    "alignment",
    "tableNestingLevel",
    "isListItem",
    "isLastParagraph",
  ] as const;
  protected override readonly scalarSets = {
    styleBuiltIn: "1.3",
    tableNestingLevel: "1.3",
    isListItem: "1.3",
    isLastParagraph: "1.3",
  };

  protected targetAttached(target: XmlElement): boolean {
    return this.doc.isAttached(target);
  }

  protected rangeOf(target: XmlElement): SimRange {
    return {
      kind: "text",
      start: { paragraph: target, offset: 0 },
      end: { paragraph: target, offset: this.doc.paragraphLength(target) },
    };
  }

  protected override selectRange(target: XmlElement): SimRange {
    return { kind: "blocks", first: target, last: target };
  }

  protected override controlsScope(target: XmlElement): SimRange {
    return { kind: "blocks", first: target, last: target };
  }

  protected override parentScope(target: XmlElement): SimRange {
    return { kind: "blocks", first: target, last: target };
  }

  protected readScalar(target: XmlElement, name: string): unknown {
    switch (name) {
      case "text":
        return wordText(target);
      case "style":
        return this.doc.paragraphStyleName(target);
      case "styleBuiltIn":
        return builtInStyle(this.doc, target);
      case "outlineLevel":
        return this.doc.paragraphOutlineLevel(target);
      case "alignment":
        return ALIGNMENTS[childVal(paragraphProps(target), "w:jc") ?? "left"] ?? "Left";
      case "tableNestingLevel":
        return this.doc.tableNestingLevel(target);
      case "isListItem":
        return (
          childVal(
            paragraphProps(target)?.children.find((c): c is XmlElement => typeof c !== "string" && c.name === "w:numPr"),
            "w:numId",
          ) !== undefined
        );
      case "isLastParagraph": {
        const paragraphs = this.doc.storyParagraphs(target);
        return paragraphs[paragraphs.length - 1] === target;
      }
      default:
        return undefined;
    }
  }

  get text(): string {
    return this.loaded("text");
  }

  get style(): string {
    return this.loaded("style");
  }

  set style(value: string) {
    this.setScalar("style", value, (t) => this.doc.setParagraphStyle(t, value));
  }

  get styleBuiltIn(): string {
    return this.loaded("styleBuiltIn");
  }

  get outlineLevel(): number {
    return this.loaded("outlineLevel");
  }

  get alignment(): string {
    return this.loaded("alignment");
  }

  get tableNestingLevel(): number {
    return this.loaded("tableNestingLevel");
  }

  get isListItem(): boolean {
    return this.loaded("isListItem");
  }

  get isLastParagraph(): boolean {
    return this.loaded("isLastParagraph");
  }

  insertOoxml(ooxml: string, insertLocation: string): SimWordRange {
    const api = "Paragraph.insertOoxml";
    if (insertLocation !== "Replace") return this.insertOoxmlAt(api, ooxml, insertLocation, ["Start", "End"], (t) => this.rangeOf(t));
    const slot = this.writeCreating(api, (t) => this.doc.replaceParagraphContent(t, ooxml));
    return new SimWordRange(this.context, () => slot.get()).describedAs(api);
  }

  insertParagraph(paragraphText: string, insertLocation: string): SimParagraph {
    return this.insertParagraphAt("Paragraph.insertParagraph", paragraphText, insertLocation, ["Before", "After"], (t) => ({
      kind: "blocks",
      first: t,
      last: t,
    }));
  }

  insertText(text: string, insertLocation: string): SimWordRange {
    return this.insertTextAt("Paragraph.insertText", text, insertLocation, ["Replace", "Start", "End"], (t) => this.rangeOf(t));
  }

  delete(): void {
    this.write("Paragraph.delete", (t) => this.doc.deleteRange({ kind: "blocks", first: t, last: t }));
  }

  getRange(rangeLocation: RangeLocation = "Whole"): SimWordRange {
    this.context.require("1.3", "Paragraph.getRange");
    // "Whole" includes the paragraph mark; "Content" is the text only.
    return this.rangeProxy(`${this.typeName}.getRange`, (t) =>
      rangeLocation === "Content" ? this.rangeOf(t) : this.doc.subRange({ kind: "blocks", first: t, last: t }, rangeLocation),
    );
  }

  private neighbour(step: 1 | -1, orNull: boolean, api: string): SimParagraph {
    this.context.require("1.3", api);
    return new SimParagraph(
      this.context,
      () => {
        const target = this.target();
        const paragraphs = this.doc.storyParagraphs(target);
        return paragraphs[paragraphs.indexOf(target) + step] ?? null;
      },
      orNull,
    );
  }

  getNext(): SimParagraph {
    return this.neighbour(1, false, "Paragraph.getNext");
  }

  getNextOrNullObject(): SimParagraph {
    return this.neighbour(1, true, "Paragraph.getNextOrNullObject");
  }

  getPrevious(): SimParagraph {
    return this.neighbour(-1, false, "Paragraph.getPrevious");
  }

  getPreviousOrNullObject(): SimParagraph {
    return this.neighbour(-1, true, "Paragraph.getPreviousOrNullObject");
  }
}

const APPEARANCE_XML: Record<string, string> = { BoundingBox: "boundingBox", Tags: "tags", Hidden: "hidden" };

export class SimContentControl extends SimRangeLike<XmlElement> {
  protected readonly typeName = "ContentControl";
  protected readonly scalarNames = [
    "id",
    "tag",
    "title",
    "text",
    "placeholderText",
    "appearance",
    "cannotDelete",
    "cannotEdit",
    "color",
    "removeWhenEdited",
    "style",
    "type",
    "subtype",
  ] as const;
  protected override readonly scalarSets = { subtype: "1.3" };

  protected targetAttached(target: XmlElement): boolean {
    return this.doc.isAttached(target);
  }

  protected rangeOf(target: XmlElement): SimRange {
    return this.doc.controlRange(target, "content");
  }

  protected override selectRange(target: XmlElement): SimRange {
    return this.doc.controlRange(target, "whole");
  }

  protected override parentScope(target: XmlElement): SimRange {
    return this.doc.controlRange(target, "whole");
  }

  /** A control's parent is the control around it, never itself (an inline control's range is its own text). */
  protected override parentControlProxy(orNull: boolean): SimContentControl {
    return new SimContentControl(this.context, () => this.doc.enclosingControl(this.target()), orNull);
  }

  protected readScalar(target: XmlElement, name: string): unknown {
    const props = controlProps(target);
    switch (name) {
      case "id":
        return props.id;
      case "tag":
        return props.tag;
      case "title":
        return props.title;
      case "text":
        return this.doc.rangeText(this.rangeOf(target));
      case "placeholderText":
        return this.doc.placeholderText(target);
      case "appearance":
        return props.appearance;
      case "cannotDelete":
        return cannotDelete(props);
      case "cannotEdit":
        return cannotEdit(props);
      case "color":
        return props.color ? `#${props.color}` : "";
      case "removeWhenEdited":
        return props.temporary;
      case "style": {
        const first = this.doc.rangeParagraphs(this.rangeOf(target))[0];
        return first ? this.doc.paragraphStyleName(first) : "";
      }
      case "type":
        return props.type;
      case "subtype": {
        const level = this.doc.controlLevel(target);
        if (props.type !== "RichText" && props.type !== "PlainText") return props.type;
        const kind = { block: "Paragraphs", inline: "Inline", row: "TableRow", cell: "TableCell" }[level];
        return props.type === "PlainText" ? (level === "inline" ? "PlainTextInline" : "PlainTextParagraph") : `RichText${kind}`;
      }
      default:
        return undefined;
    }
  }

  get id(): number {
    return this.loaded("id");
  }

  get tag(): string {
    return this.loaded("tag");
  }

  set tag(value: string) {
    this.setScalar("tag", value, (t) => this.doc.setControlProperty(t, "w:tag", value ? { "w:val": value } : null));
  }

  get title(): string {
    return this.loaded("title");
  }

  set title(value: string) {
    this.setScalar("title", value, (t) => this.doc.setControlProperty(t, "w:alias", value ? { "w:val": value } : null));
  }

  get text(): string {
    return this.loaded("text");
  }

  get placeholderText(): string {
    return this.loaded("placeholderText");
  }

  set placeholderText(value: string) {
    this.setScalar("placeholderText", value, (t) => this.doc.setPlaceholderText(t, value));
  }

  get appearance(): string {
    return this.loaded("appearance");
  }

  set appearance(value: string) {
    this.setScalar("appearance", value, (t) => {
      const xml = APPEARANCE_XML[value];
      if (!xml) throw new SimOfficeError("InvalidArgument", { detail: `Unknown appearance "${value}"` });
      this.doc.setControlProperty(t, "w15:appearance", { "w15:val": xml });
    });
  }

  get cannotDelete(): boolean {
    return this.loaded("cannotDelete");
  }

  set cannotDelete(value: boolean) {
    this.setScalar("cannotDelete", value, (t) => this.setLock(t, value, cannotEdit(controlProps(t))));
  }

  get cannotEdit(): boolean {
    return this.loaded("cannotEdit");
  }

  set cannotEdit(value: boolean) {
    this.setScalar("cannotEdit", value, (t) => this.setLock(t, cannotDelete(controlProps(t)), value));
  }

  private setLock(target: XmlElement, noDelete: boolean, noEdit: boolean): void {
    const lock = lockValue(noDelete, noEdit);
    this.doc.setControlProperty(target, "w:lock", lock === "unlocked" ? null : { "w:val": lock });
  }

  get color(): string {
    return this.loaded("color");
  }

  set color(value: string) {
    this.setScalar("color", value, (t) => this.doc.setControlProperty(t, "w15:color", { "w:val": value.replace(/^#/, "").toUpperCase() }));
  }

  get removeWhenEdited(): boolean {
    return this.loaded("removeWhenEdited");
  }

  set removeWhenEdited(value: boolean) {
    this.setScalar("removeWhenEdited", value, (t) => this.doc.setControlProperty(t, "w:temporary", value ? {} : null));
  }

  get style(): string {
    return this.loaded("style");
  }

  get type(): string {
    return this.loaded("type");
  }

  get subtype(): string {
    return this.loaded("subtype");
  }

  get paragraphs(): SimParagraphCollection {
    return this.child(
      "paragraphs",
      () => new SimParagraphCollection(this.context, () => this.doc.rangeParagraphs(this.rangeOf(this.target()))),
    );
  }

  protected override navigation(name: string): SimClientObject<unknown> | undefined {
    return name === "paragraphs" ? this.paragraphs : super.navigation(name);
  }

  insertOoxml(ooxml: string, insertLocation: string): SimWordRange {
    return this.insertOoxmlAt("ContentControl.insertOoxml", ooxml, insertLocation, ["Replace", "Start", "End"], (t) => ({
      kind: "content",
      node: t,
    }));
  }

  insertParagraph(paragraphText: string, insertLocation: string): SimParagraph {
    return this.insertParagraphAt(
      "ContentControl.insertParagraph",
      paragraphText,
      insertLocation,
      ["Before", "After", "Start", "End"],
      (t) => ({ kind: "content", node: t }),
    );
  }

  insertText(text: string, insertLocation: string): SimWordRange {
    return this.insertTextAt("ContentControl.insertText", text, insertLocation, ["Replace", "Start", "End"], (t) => ({
      kind: "content",
      node: t,
    }));
  }

  delete(keepContent: boolean): void {
    this.write("ContentControl.delete", (t) => this.doc.deleteControl(t, keepContent));
  }

  clear(): void {
    this.write("ContentControl.clear", (t) => this.doc.clearControl(t));
  }

  getRange(rangeLocation: RangeLocation = "Whole"): SimWordRange {
    this.context.require("1.3", "ContentControl.getRange");
    return this.rangeProxy(`${this.typeName}.getRange`, (t) =>
      rangeLocation === "Whole" ? this.doc.controlRange(t, "whole") : this.doc.subRange(this.rangeOf(t), rangeLocation),
    );
  }

  private events(name: ControlEventName): SimControlEventHandlers {
    this.context.require("1.5", `ContentControl.${name}`);
    return this.child(name, () => new SimControlEventHandlers(this.context, this, name, () => this.target()));
  }

  get onDataChanged(): SimControlEventHandlers {
    return this.events("onDataChanged");
  }

  get onDeleted(): SimControlEventHandlers {
    return this.events("onDeleted");
  }

  get onSelectionChanged(): SimControlEventHandlers {
    return this.events("onSelectionChanged");
  }

  get onEntered(): SimControlEventHandlers {
    return this.events("onEntered");
  }

  get onExited(): SimControlEventHandlers {
    return this.events("onExited");
  }
}

/**
 * OfficeExtension.EventHandlers for a content control. Registration is queued and takes effect at sync, as in
 * Word. The simulator raises onDataChanged, for a tracked control, when the cursor leaves it after a user edit
 * (SimDocument.typeText, setParagraphText) changed its content; the other events are accepted but never raised.
 */
export class SimControlEventHandlers extends SimClientObject<XmlElement> {
  protected readonly typeName = "EventHandlers";
  protected readonly scalarNames: readonly string[] = [];
  private readonly owner: SimContentControl;
  private readonly eventName: ControlEventName;

  constructor(context: SimRequestContext, owner: SimContentControl, eventName: ControlEventName, resolveControl: () => XmlElement) {
    super(context, resolveControl);
    this.owner = owner;
    this.eventName = eventName;
  }

  protected override get instantiates(): boolean {
    return false;
  }

  protected readScalar(): unknown {
    return undefined;
  }

  protected targetAttached(target: XmlElement): boolean {
    return this.doc.isAttached(target);
  }

  add(handler: ControlEventHandler): { context: SimRequestContext; remove(): void } {
    this.action(`ContentControl.${this.eventName}.add`, (sdt) => {
      const byEvent = this.context.session.controlHandlers.get(sdt) ?? new Map();
      const handlers = byEvent.get(this.eventName) ?? new Set();
      handlers.add({ handler, proxy: this.owner });
      byEvent.set(this.eventName, handlers);
      this.context.session.controlHandlers.set(sdt, byEvent);
    });
    return { context: this.context, remove: () => this.remove(handler) };
  }

  remove(handler: ControlEventHandler): void {
    this.action(`ContentControl.${this.eventName}.remove`, (sdt) => {
      const handlers = this.context.session.controlHandlers.get(sdt)?.get(this.eventName);
      for (const entry of handlers ?? []) if (entry.handler === handler) handlers?.delete(entry);
    });
  }
}

export class SimTable extends SimClientObject<XmlElement> {
  protected readonly typeName = "Table";
  protected readonly scalarNames = ["rowCount", "values", "nestingLevel"] as const;

  protected targetAttached(target: XmlElement): boolean {
    return this.doc.isAttached(target);
  }

  protected readScalar(target: XmlElement, name: string): unknown {
    switch (name) {
      case "rowCount":
        return tableRows(target).length;
      case "values":
        return this.doc.tableTexts(target);
      case "nestingLevel":
        return this.doc.tableNestingLevel(target) + 1;
      default:
        return undefined;
    }
  }

  get rowCount(): number {
    return this.loaded("rowCount");
  }

  get values(): string[][] {
    return this.loaded("values");
  }

  get nestingLevel(): number {
    return this.loaded("nestingLevel");
  }

  insertParagraph(paragraphText: string, insertLocation: string): SimParagraph {
    const api = "Table.insertParagraph";
    const slot = this.writeCreating(api, (t) =>
      this.doc.insertParagraph(
        { kind: "blocks", first: t, last: t },
        paragraphText,
        checkLocation(api, insertLocation, ["Before", "After"]),
      ),
    );
    return new SimParagraph(this.context, () => slot.get()).describedAs(api);
  }

  /**
   * Table.getCell (WordApi 1.3): "Gets the table cell at a specified row and column. Throws an `ItemNotFound` error
   * if the specified table cell doesn't exist." (Word.Table reference, learn.microsoft.com/javascript/api/word/
   * word.table). As for every object office.js hands out, the cell is looked up when its instantiate action runs at
   * the next sync, so an index out of range fails that sync (the session's missingObjectError, ItemNotFound unless
   * told otherwise), not the call. Cells are counted as written in the row (w:tc order), as Table.values counts
   * them, so a row with merged cells has fewer.
   */
  getCell(rowIndex: number, cellIndex: number): SimTableCell {
    this.context.require("1.3", "Table.getCell");
    return this.cell("getCell", rowIndex, cellIndex, false);
  }

  /** Table.getCellOrNullObject (WordApi 1.3): a null object instead of ItemNotFound when there is no such cell. */
  getCellOrNullObject(rowIndex: number, cellIndex: number): SimTableCell {
    this.context.require("1.3", "Table.getCellOrNullObject");
    return this.cell("getCellOrNullObject", rowIndex, cellIndex, true);
  }

  private cell(api: string, rowIndex: number, cellIndex: number, orNull: boolean): SimTableCell {
    return new SimTableCell(this.context, () => this.doc.tableCell(this.target(), rowIndex, cellIndex), orNull).describedAs(`Table.${api}`);
  }

  /**
   * Table.getNext / getNextOrNullObject (WordApi 1.3): "Gets the next table. Throws an `ItemNotFound` error if this
   * table is the last one." (Word.Table reference). Next in the order Body.tables lists them: the outermost tables
   * of the same body (a table nested in a cell: of that cell's body), block-level controls looked through.
   */
  getNext(): SimTable {
    return this.neighbour("getNext", false);
  }

  getNextOrNullObject(): SimTable {
    return this.neighbour("getNextOrNullObject", true);
  }

  private neighbour(api: string, orNull: boolean): SimTable {
    this.context.require("1.3", `Table.${api}`);
    return new SimTable(
      this.context,
      () => {
        const target = this.target();
        const tables = this.doc.bodyTables(target);
        return tables[tables.indexOf(target) + 1] ?? null;
      },
      orNull,
    ).describedAs(`Table.${api}`);
  }
}

/**
 * Word.TableCell (WordApi 1.3, Word.TableCell reference, learn.microsoft.com/javascript/api/word/word.tablecell):
 * `value` ("Specifies the text of the cell."), `rowIndex` ("Gets the index of the cell's row in the table.") and
 * `cellIndex` ("Gets the index of the cell in its row."). Setting `value` queues a write that replaces the cell's
 * text at sync and keeps its formatting (SimDocument.setCellText): an add-in edit like insertText, so it is one
 * undo step with the rest of its Word.run and raises the same change notification. Word on Windows was reported
 * to fail loading cellIndex of a vertically merged cell with GeneralException (office-js #3200); the simulator
 * counts such a cell like any other.
 */
export class SimTableCell extends SimClientObject<XmlElement> {
  protected readonly typeName = "TableCell";
  protected readonly scalarNames = ["value", "rowIndex", "cellIndex"] as const;

  protected targetAttached(target: XmlElement): boolean {
    return this.doc.isAttached(target);
  }

  protected readScalar(target: XmlElement, name: string): unknown {
    switch (name) {
      case "value":
        return this.doc.cellText(target);
      case "rowIndex":
        return this.doc.cellIndexes(target).rowIndex;
      case "cellIndex":
        return this.doc.cellIndexes(target).cellIndex;
      default:
        return undefined;
    }
  }

  get value(): string {
    return this.loaded("value");
  }

  set value(text: string) {
    this.setScalar("value", text, (t) => this.doc.setCellText(t, text));
  }

  get rowIndex(): number {
    return this.loaded("rowIndex");
  }

  get cellIndex(): number {
    return this.loaded("cellIndex");
  }
}

/* ---------------------------------------------------------------------------------------------------------- */
/* Collections                                                                                                 */

export class SimParagraphCollection extends SimCollection<XmlElement, SimParagraph> {
  protected readonly typeName = "ParagraphCollection";

  protected createItem(member: XmlElement): SimParagraph {
    return new SimParagraph(this.context, () => member);
  }

  protected createLazyItem(resolve: () => XmlElement | null, orNull: boolean): SimParagraph {
    return new SimParagraph(this.context, resolve, orNull);
  }

  getFirst(): SimParagraph {
    this.context.require("1.3", "ParagraphCollection.getFirst");
    return this.pick("getFirst", (m) => m[0], false);
  }

  getFirstOrNullObject(): SimParagraph {
    this.context.require("1.3", "ParagraphCollection.getFirstOrNullObject");
    return this.pick("getFirstOrNullObject", (m) => m[0], true);
  }

  getLast(): SimParagraph {
    this.context.require("1.3", "ParagraphCollection.getLast");
    return this.pick("getLast", (m) => m[m.length - 1], false);
  }

  getLastOrNullObject(): SimParagraph {
    this.context.require("1.3", "ParagraphCollection.getLastOrNullObject");
    return this.pick("getLastOrNullObject", (m) => m[m.length - 1], true);
  }
}

export class SimContentControlCollection extends SimCollection<XmlElement, SimContentControl> {
  protected readonly typeName = "ContentControlCollection";

  protected createItem(member: XmlElement): SimContentControl {
    return new SimContentControl(this.context, () => member);
  }

  protected createLazyItem(resolve: () => XmlElement | null, orNull: boolean): SimContentControl {
    return new SimContentControl(this.context, resolve, orNull);
  }

  private filtered(api: string, keep: (sdt: XmlElement) => boolean): SimContentControlCollection {
    return new SimContentControlCollection(this.context, () => this.target().filter(keep)).describedAs(api);
  }

  getByTag(tag: string): SimContentControlCollection {
    return this.filtered("ContentControlCollection.getByTag", (sdt) => controlProps(sdt).tag === tag);
  }

  getByTitle(title: string): SimContentControlCollection {
    return this.filtered("ContentControlCollection.getByTitle", (sdt) => controlProps(sdt).title === title);
  }

  getById(id: number): SimContentControl {
    return this.pick("getById", (m) => m.find((sdt) => controlProps(sdt).id === id), false);
  }

  getItem(id: number): SimContentControl {
    return this.getById(id);
  }

  getByIdOrNullObject(id: number): SimContentControl {
    this.context.require("1.3", "ContentControlCollection.getByIdOrNullObject");
    return this.pick("getByIdOrNullObject", (m) => m.find((sdt) => controlProps(sdt).id === id), true);
  }

  getFirst(): SimContentControl {
    this.context.require("1.3", "ContentControlCollection.getFirst");
    return this.pick("getFirst", (m) => m[0], false);
  }

  getFirstOrNullObject(): SimContentControl {
    this.context.require("1.3", "ContentControlCollection.getFirstOrNullObject");
    return this.pick("getFirstOrNullObject", (m) => m[0], true);
  }
}

export class SimRangeCollection extends SimCollection<SimRange, SimWordRange> {
  protected readonly typeName = "RangeCollection";

  protected createItem(member: SimRange): SimWordRange {
    return new SimWordRange(this.context, () => member);
  }

  protected createLazyItem(resolve: () => SimRange | null, orNull: boolean): SimWordRange {
    return new SimWordRange(this.context, resolve, orNull);
  }

  getFirst(): SimWordRange {
    this.context.require("1.3", "RangeCollection.getFirst");
    return this.pick("getFirst", (m) => m[0], false);
  }

  getFirstOrNullObject(): SimWordRange {
    this.context.require("1.3", "RangeCollection.getFirstOrNullObject");
    return this.pick("getFirstOrNullObject", (m) => m[0], true);
  }
}

export class SimTableCollection extends SimCollection<XmlElement, SimTable> {
  protected readonly typeName = "TableCollection";

  protected createItem(member: XmlElement): SimTable {
    return new SimTable(this.context, () => member);
  }

  protected createLazyItem(resolve: () => XmlElement | null, orNull: boolean): SimTable {
    return new SimTable(this.context, resolve, orNull);
  }

  getFirst(): SimTable {
    return this.pick("getFirst", (m) => m[0], false);
  }

  getFirstOrNullObject(): SimTable {
    return this.pick("getFirstOrNullObject", (m) => m[0], true);
  }
}

/* ---------------------------------------------------------------------------------------------------------- */
/* Word.run and the Word namespace                                                                             */

type Batch<T> = (context: SimRequestContext) => Promise<T>;

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === "object" && value !== null && typeof (value as { then?: unknown }).then === "function";
}

/** Enums of the Word namespace our code may reference (Word.InsertLocation.end, …), with office.js's values. */
const WORD_ENUMS = {
  InsertLocation: { before: "Before", after: "After", start: "Start", end: "End", replace: "Replace" },
  RangeLocation: { whole: "Whole", start: "Start", end: "End", before: "Before", after: "After", content: "Content" },
  SelectionMode: { select: "Select", start: "Start", end: "End" },
  ContentControlAppearance: { boundingBox: "BoundingBox", tags: "Tags", hidden: "Hidden" },
  ContentControlType: {
    unknown: "Unknown",
    richTextInline: "RichTextInline",
    richTextParagraphs: "RichTextParagraphs",
    richTextTableCell: "RichTextTableCell",
    richTextTableRow: "RichTextTableRow",
    richTextTable: "RichTextTable",
    plainTextInline: "PlainTextInline",
    plainTextParagraph: "PlainTextParagraph",
    picture: "Picture",
    buildingBlockGallery: "BuildingBlockGallery",
    checkBox: "CheckBox",
    comboBox: "ComboBox",
    dropDownList: "DropDownList",
    datePicker: "DatePicker",
    repeatingSection: "RepeatingSection",
    richText: "RichText",
    plainText: "PlainText",
    group: "Group",
  },
  ChangeTrackingMode: { off: "Off", trackAll: "TrackAll", trackMineOnly: "TrackMineOnly" },
  Alignment: {
    mixed: "Mixed",
    unknown: "Unknown",
    left: "Left",
    centered: "Centered",
    right: "Right",
    justified: "Justified",
  },
} as const;

/** The simulated `Word` namespace object: Word.run, the proxy classes and the enums. */
export function createWordNamespace(session: SimSession, errorCodes: Record<string, string>) {
  /** Word.run(batch), Word.run(object, batch) or Word.run(objects, batch), which reuses the objects' context. */
  function run<T>(first: Batch<T> | SimClientObject<unknown> | SimClientObject<unknown>[], second?: Batch<T>): Promise<T> {
    session.stats.runs++;
    const batch = typeof first === "function" ? first : second;
    const previous = Array.isArray(first) ? first[0] : typeof first === "function" ? undefined : first;
    const context = previous?.context ?? new SimRequestContext(session);
    if (!batch) return Promise.reject(new SimOfficeError("InvalidArgument", { detail: "Word.run needs a batch function" }));
    context.beginRun();
    let pending: unknown;
    try {
      pending = batch(context);
    } catch (error) {
      return Promise.reject(error);
    }
    if (!isThenable(pending)) return Promise.reject(new SimOfficeError("RunMustReturnPromise"));
    return Promise.resolve(pending as PromiseLike<T>).then((result) => context.flush(result));
  }

  /** `new Word.RequestContext()` outside Word.run, bound to this simulation. */
  class RequestContext extends SimRequestContext {
    constructor() {
      super(session);
    }
  }

  return {
    run,
    RequestContext,
    Document: SimWordDocument,
    Body: SimBody,
    Range: SimWordRange,
    Paragraph: SimParagraph,
    ContentControl: SimContentControl,
    Table: SimTable,
    TableCell: SimTableCell,
    ParagraphCollection: SimParagraphCollection,
    ContentControlCollection: SimContentControlCollection,
    RangeCollection: SimRangeCollection,
    TableCollection: SimTableCollection,
    ErrorCodes: errorCodes,
    ...WORD_ENUMS,
  };
}

export type SimWordNamespace = ReturnType<typeof createWordNamespace>;
