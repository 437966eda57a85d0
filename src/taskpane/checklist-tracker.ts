import { allParagraphs } from "../core/check";
import { evaluateSection, ItemResult, StoredMark } from "../core/checklist";
import { readStoredChecklist, ReadMarks, withMark } from "../core/checklist-store";
import { Paragraph } from "../core/model";
import { findSections, indexByText, SectionMatch, sectionFromContent, sectionOfPlace } from "../core/sections";
import { errorDetail } from "../host/error-detail";
import { ReportHost } from "../host/types";
import { Localized, ReportProfile, sectionsOf } from "../profiles/schema";

/*
 * The Danh mục view's logic, apart from React so that tests and the benchmark drive it directly. The whole
 * document is read once (and again on request); after that a selection change costs one small read to learn
 * where the cursor is and, inside a section's content control, one more to re-judge that section alone.
 */

export interface ChecklistState {
  phase: "reading" | "ready" | "failed";
  /** Every required section as last judged, in the profile's order. */
  sections: SectionMatch[];
  /** Every item with its status, by section id. */
  items: ReadonlyMap<string, ItemResult[]>;
  marks: Record<string, StoredMark>;
  /** Stored data that was ignored, and why. */
  storedWarning?: Localized;
  /** The section the cursor is in; null outside every section. */
  current: string | null;
  /** Why the last tick or waiver could not be saved (a read-only document), for "Chi tiết"; null once one is saved. */
  saveError: string | null;
  /** Why the last read of the whole document failed (phase "failed"), for "Chi tiết"; null once one succeeds. */
  readError: string | null;
  /**
   * Why the checklist does not follow the cursor and the drafter's edits (Word would not report them), for "Chi
   * tiết"; null once resume() has Word reporting them again.
   */
  followError: string | null;
}

/** Selection events come in bursts while the drafter types or drags: wait for a pause. */
export const FOLLOW_DELAY_MS = 250;

export class ChecklistTracker {
  private state: ChecklistState = {
    phase: "reading",
    sections: [],
    items: new Map(),
    marks: {},
    current: null,
    saveError: null,
    readError: null,
    followError: null,
  };
  private paragraphs: Paragraph[] = [];
  private stopWatching: (() => void) | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pendingContent = new Set<string>();
  private stopped = false;
  /** Counts resume and pause calls, so that a watch that starts after a pause is undone at once. */
  private watching = 0;
  private pausedSinceRead = false;

  constructor(
    private readonly host: ReportHost,
    private readonly profile: ReportProfile,
    private readonly onChange: (state: ChecklistState) => void,
    private readonly delayMs = FOLLOW_DELAY_MS,
  ) {}

  get current(): ChecklistState {
    return this.state;
  }

  /** Reads the document and the stored marks, and opens the cursor's section. */
  async start(): Promise<void> {
    const stored: ReadMarks = readStoredChecklist(this.host.loadChecklist(), this.profile);
    this.publish({ marks: stored.marks, storedWarning: stored.warning });
    await this.refresh();
    await this.follow().catch(() => undefined);
  }

  /** Follows the cursor and the drafter's edits, from now until pause() or stop(). */
  async resume(): Promise<void> {
    if (this.stopped || this.stopWatching) return;
    const watching = ++this.watching;
    try {
      const tags = sectionsOf(this.profile).map((s) => s.id);
      // Events still in flight when paused (their removal takes a round trip) are dropped.
      const stop = await this.host.watch(tags, (change) => {
        if (watching === this.watching) this.schedule(change.kind === "content" ? change.tag : null);
      });
      if (watching !== this.watching || this.stopped) stop();
      else this.stopWatching = stop;
    } catch (error) {
      // Without events the checklist still works, re-judged on request, but the drafter must know it no longer follows.
      if (watching === this.watching) this.publish({ followError: errorDetail(error) });
      return;
    }
    if (watching === this.watching && this.state.followError !== null) this.publish({ followError: null });
    // While nothing was watching, the drafter may have inserted parts (the Soạn view) or written elsewhere: read
    // the document again, then find the cursor.
    if (this.pausedSinceRead) {
      this.pausedSinceRead = false;
      await this.refresh();
    }
    if (this.state.phase === "ready") await this.follow().catch(() => undefined);
  }

  /** Stops following (the view is hidden); resume() reads the document again. */
  pause(): void {
    this.pausedSinceRead = true;
    this.watching++;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.stopWatching?.();
    this.stopWatching = null;
  }

  stop(): void {
    this.pause();
    this.stopped = true;
  }

  /** Reads the whole document again and judges every section. */
  async refresh(): Promise<void> {
    this.publish({ phase: "reading" });
    try {
      const model = await this.host.readDocument();
      this.paragraphs = allParagraphs(model);
      indexByText(this.paragraphs);
      const sections = findSections(this.profile, model);
      this.publish({ phase: "ready", sections, items: this.judgeAll(sections, this.state.marks), readError: null });
    } catch (error) {
      this.publish({ phase: "failed", readError: errorDetail(error) });
    }
  }

  /** Where the cursor is now, and that section re-judged from its current text when it has a content control. */
  async follow(): Promise<void> {
    const place = await this.host.readPlace();
    const id = sectionOfPlace(place, this.state.sections, this.paragraphs);
    if (id === undefined) return;
    if (id !== this.state.current) this.publish({ current: id });
    if (id !== null && place.tags.includes(id)) await this.rejudge(id);
  }

  /**
   * Re-judges one tagged section from its content control alone; where Word cannot give the control's content
   * (ContentControl.getOoxml fails on some hosts, for a control in a table cell holding a table), from the whole
   * document read again.
   */
  async rejudge(id: string): Promise<void> {
    let content: Awaited<ReturnType<ReportHost["readTagged"]>>;
    try {
      content = await this.host.readTagged(id);
    } catch {
      // Nothing lost: the whole-document read below stands in, and keeps its own error should it fail too.
      return this.refresh();
    }
    if (!content) return;
    const old = this.state.sections.find((s) => s.id === id);
    const fresh: SectionMatch = {
      ...sectionFromContent(this.profile, id, content),
      start: old?.start,
      end: old?.end,
      heading: old?.heading,
    };
    const sections = this.state.sections.map((s) => (s.id === id ? fresh : s));
    this.publish({ sections, items: this.withSection(fresh, this.state.marks) });
  }

  /** Ticks, waives (with a reason) or clears an item, and stores it in the document. */
  async mark(itemId: string, mark: StoredMark | null): Promise<void> {
    const stored = withMark(this.profile, this.state.marks, itemId, mark);
    const section = this.state.sections.find((s) =>
      sectionsOf(this.profile).some((p) => p.id === s.id && p.items.some((i) => i.id === itemId)),
    );
    this.publish({
      marks: stored.items,
      storedWarning: undefined,
      items: section ? this.withSection(section, stored.items) : this.state.items,
    });
    try {
      await this.host.saveChecklist(stored);
      this.publish({ saveError: null });
    } catch (error) {
      this.publish({ saveError: errorDetail(error) });
    }
  }

  private schedule(contentTag: string | null): void {
    if (this.stopped) return;
    if (contentTag !== null) this.pendingContent.add(contentTag);
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      const edited = [...this.pendingContent];
      this.pendingContent.clear();
      void (async () => {
        try {
          for (const tag of edited) await this.rejudge(tag);
          await this.follow();
        } catch {
          // Nothing lost: rejudge() keeps its read's error; a cursor Word could not place (the document closing or
          // changing under us) is looked for again at the next event.
        }
      })();
    }, this.delayMs);
  }

  private judgeAll(sections: SectionMatch[], marks: Record<string, StoredMark>): Map<string, ItemResult[]> {
    const byId = new Map(sections.map((s) => [s.id, s]));
    const tables = sections.flatMap((s) => s.tables);
    return new Map(
      sectionsOf(this.profile).map((section) => [section.id, evaluateSection(this.profile, section, byId.get(section.id), marks, tables)]),
    );
  }

  private withSection(match: SectionMatch, marks: Record<string, StoredMark>): Map<string, ItemResult[]> {
    const section = sectionsOf(this.profile).find((s) => s.id === match.id);
    const items = new Map(this.state.items);
    // An indicator table elsewhere (in 1a) still counts for this section's items, as the last full read found it.
    const elsewhere = this.state.sections.filter((s) => s.id !== match.id).flatMap((s) => s.tables);
    if (section) items.set(section.id, evaluateSection(this.profile, section, match, marks, [...match.tables, ...elsewhere]));
    return items;
  }

  private publish(change: Partial<ChecklistState>): void {
    this.state = { ...this.state, ...change };
    if (!this.stopped) this.onChange(this.state);
  }
}
