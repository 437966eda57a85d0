import { Paragraph } from "../core/model";
import { indexByText } from "../core/sections";
import { fold } from "../core/text";
import { ReportHost } from "../host/types";

/** Selection events come in bursts while the drafter types: look once the burst is over. */
const SETTLE_MS = 250;

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
    private readonly onChanged: () => void,
    private readonly settleMs = SETTLE_MS,
  ) {}

  async start(): Promise<void> {
    try {
      const stop = await this.host.watch(this.tags, (change) => {
        if (change.kind === "content") this.changed();
        else this.schedule();
      });
      if (this.stopped) stop();
      else this.stopWatching = stop;
    } catch {
      // Without events the drafter still has the button that checks again.
    }
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
      // The document may be closing; the next move looks again.
    }
  }

  private changed(): void {
    if (this.stopped) return;
    this.stop();
    this.onChanged();
  }
}
