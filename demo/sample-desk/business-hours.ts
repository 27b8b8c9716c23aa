/**
 * RT's %ServiceBusinessHours of the testbed (Mon–Fri 09:00–17:00, UTC), computed the way RT's
 * Business::Hours does it, so the sample desk's Due values are the ones RT itself would store.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const OPEN_HOUR = 9;
const CLOSE_HOUR = 17;

function isWorkday(ms: number): boolean {
  const day = new Date(ms).getUTCDay();
  return day >= 1 && day <= 5;
}

function startOfDay(ms: number): number {
  return Math.floor(ms / DAY) * DAY;
}

/** The open interval [opens, closes) of the day holding `ms`, or null on a weekend. */
function intervalOf(ms: number): { opens: number; closes: number } | null {
  if (!isWorkday(ms)) return null;
  const day = startOfDay(ms);
  return { opens: day + OPEN_HOUR * HOUR, closes: day + CLOSE_HOUR * HOUR };
}

/** The first business instant at or after `ms`: RT's SLA `Starts` for a level without StartImmediately. */
export function firstBusinessInstant(ms: number): number {
  for (let day = startOfDay(ms); ; day += DAY) {
    const interval = intervalOf(day);
    if (!interval) continue;
    if (ms < interval.opens) return interval.opens;
    if (ms < interval.closes) return ms;
  }
}

/**
 * `start` plus `ms` of business time. A result exactly at closing time is stored by RT as the next
 * opening (Business::Hours rollover, rt-testbed.md §3): "Tue 17:00" is stored as "Wed 09:00".
 */
export function addBusinessTime(start: number, ms: number): number {
  let at = firstBusinessInstant(start);
  let left = ms;
  for (;;) {
    const interval = intervalOf(at) as { opens: number; closes: number };
    const room = interval.closes - at;
    if (left < room) return at + left;
    left -= room;
    // Exactly at closing (left === 0) rolls over to the next opening too.
    at = firstBusinessInstant(interval.closes);
  }
}

/** Business time between two instants (0 when `to` is not after `from`). */
export function businessTimeBetween(from: number, to: number): number {
  let total = 0;
  for (let day = startOfDay(from); day < to; day += DAY) {
    const interval = intervalOf(day);
    if (!interval) continue;
    const start = Math.max(from, interval.opens);
    const end = Math.min(to, interval.closes);
    if (end > start) total += end - start;
  }
  return total;
}
