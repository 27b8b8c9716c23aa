/**
 * Quiet hours: a daily window, in the user's zone, during which Plazo shows no notifications.
 * What falls due inside it is shown when the window ends.
 */
import { MINUTE, ZoneOffsets } from '../engine/time-zone';

export interface QuietHours {
  /** Minutes since local midnight; `from > to` wraps past midnight (22:00 to 07:00). */
  readonly from: number;
  readonly to: number;
  readonly timeZone: string;
}

const zones = new Map<string, ZoneOffsets>();
function zone(timeZone: string): ZoneOffsets {
  let offsets = zones.get(timeZone);
  if (!offsets) {
    offsets = new ZoneOffsets(timeZone);
    zones.set(timeZone, offsets);
  }
  return offsets;
}

/** The instant quiet hours end if `now` is inside them, otherwise null. */
export function quietUntil(quiet: QuietHours | null, now: number): number | null {
  if (!quiet || quiet.from === quiet.to) return null;
  const local = now + zone(quiet.timeZone).offsetAt(now);
  const minute = Math.floor((((local % 86_400_000) + 86_400_000) % 86_400_000) / MINUTE);
  const inside =
    quiet.from < quiet.to
      ? minute >= quiet.from && minute < quiet.to
      : minute >= quiet.from || minute < quiet.to;
  if (!inside) return null;
  const minutesLeft = (quiet.to - minute + 1440) % 1440 || 1440;
  // Whole local minutes; a DST change inside the window is absorbed by the next check at wake-up.
  return Math.floor(now / MINUTE) * MINUTE + minutesLeft * MINUTE;
}
