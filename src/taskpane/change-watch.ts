import { Paragraph } from "../core/model";
import { indexByText } from "../core/sections";
import { fold } from "../core/text";
import { errorDetail } from "../host/error-detail";
import { ReportHost } from "../host/types";

/** Selection events come in bursts while the drafter types: look once the burst is over. */
const SETTLE_MS = 250;

export interface ChangeWatchCallbacks {
  /** The document has changed since it was read; called at most once. */
  changed: () => void;
  /**
   * Once start() knows whether Word reports the drafter's moves and edits: null when it does, else why not (the
   * error's code and message, for "Chi tiết"), and nothing will then tell of a change. Never called after stop().
   */
  started?: (failure: string | null) => void;
}

/**
 * Tells once that the document has changed since it was read: Word reports an edit of a section's control, or the
 * cursor stands in a paragraph whose text the read did not have (the drafter typed there). One small read per
 * pause in the drafter's moves; nothing is read while the view is hidden (stop()).
 */
export class ChangeWatch {
  private stopWatching: (() => void) | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(
    private readonly host: ReportHost,
    private readonly tags: string[],
    private readonly paragraphs: readonly Paragraph[],
    private readonly callbacks: ChangeWatchCallbacks,
    private readonly settleMs = SETTLE_MS,
  ) {}

  async start(): Promise<void> {
    let stop: () => void;
    try {
      stop = await this.host.watch(this.tags, (change) => {
        if (change.kind === "content") this.changed();
        else this.schedule();
      });
    } catch (error) {
      // Without events the drafter still has the button that checks again, but must be told to use it.
      if (!this.stopped) this.callbacks.started?.(errorDetail(error));
      return;
    }
    if (this.stopped) {
      stop();
      return;
    }
    this.stopWatching = stop;
    this.callbacks.started?.(null);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.stopWatching?.();
    this.stopWatching = null;
  }

  private schedule(): void {
    if (this.stopped) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.look();
    }, this.settleMs);
  }

  private async look(): Promise<void> {
    try {
      const place = await this.host.readPlace();
      const key = fold(place.text);
      // An empty paragraph proves nothing: the drafter may only have pressed Enter, or moved.
      if (!this.stopped && key !== "" && !indexByText(this.paragraphs).has(key)) this.changed();
    } catch {
      // Nothing lost: a look that fails (the document closing, Word busy) is tried again at the drafter's next move.
    }
  }

  private changed(): void {
    if (this.stopped) return;
    this.stop();
    this.callbacks.changed();
  }
}
