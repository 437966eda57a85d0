/** The deadline of a profile counted down from a given day: the pane and the command line say it alike. */

export type Countdown =
  | { kind: "left"; days: number; deadline: string }
  | { kind: "last-day"; deadline: string }
  | { kind: "overdue"; days: number; deadline: string };

const DAY_MS = 24 * 60 * 60 * 1000;

/** "2017-12-20" → "20/12/2017", as Vietnamese documents write dates. */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/**
 * How long is left to send. `deadline` is exclusive (the report must arrive before it), so the last day to send
 * is the day before; `today` is taken as the local calendar day. No deadline (the letter states none) counts
 * nothing: null.
 */
export function countdown(deadline: string | null, today: Date): Countdown | null {
  if (deadline === null) return null;
  const [y, m, d] = deadline.split("-").map(Number);
  const lastDay = Date.UTC(y, m - 1, d) - DAY_MS;
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const days = Math.round((lastDay - now) / DAY_MS);
  const shown = formatIsoDate(deadline);
  if (days > 0) return { kind: "left", days, deadline: shown };
  if (days === 0) return { kind: "last-day", deadline: shown };
  return { kind: "overdue", days: -days, deadline: shown };
}
