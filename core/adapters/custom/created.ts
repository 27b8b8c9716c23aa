/**
 * A custom desk's creation date, from the text its selector (and pattern) gives. Accepted: ISO 8601
 * date and time, "T" or a space between them, minutes required, seconds and fractions optional:
 * "2026-11-20T14:05:09Z", "2026-11-20 14:05+01:00", "2026-11-20T14:05:09.123-0500". A time without
 * an offset is read in the IANA zone the definition names and is unreadable without one: a guessed
 * zone would shift every timer. Anything else (dates alone, "20/11/2026", "2 hours ago") is
 * unreadable; a pattern can cut the ISO part out of a longer text.
 */
import { DAY, ZoneOffsets } from '../../engine/time-zone';

export type CreatedProblem = 'notDate' | 'needsZone';
export type CreatedParsed = { readonly at: number } | { readonly problem: CreatedProblem };

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

export function parseCreated(text: string, timeZone: string | undefined): CreatedParsed {
  const parts = ISO.exec(text.trim());
  if (!parts) return { problem: 'notDate' };
  const [, year, month, day, hour, minute, second = '0', fraction = '0', offset] = parts;
  const fields = [year, month, day, hour, minute, second].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [y, mo, d, h, mi, s] = fields;
  const wall = Date.UTC(y, mo - 1, d, h, mi, s, Math.floor(Number(`0.${fraction}`) * 1000));
  // Date.UTC rolls "02-30" or "25:00" over into another day: such a text is no date.
  const check = new Date(wall);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || check.getUTCHours() !== h) {
    return { problem: 'notDate' };
  }
  if (mi > 59 || s > 59) return { problem: 'notDate' };
  if (offset !== undefined) return { at: wall - offsetMs(offset) };
  if (timeZone === undefined) return { problem: 'needsZone' };
  const at = inZone(wall, timeZone);
  return at === null ? { problem: 'notDate' } : { at };
}

function offsetMs(offset: string): number {
  if (offset.toUpperCase() === 'Z') return 0;
  const digits = offset.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
  return (offset.startsWith('-') ? -minutes : minutes) * 60_000;
}

/**
 * The instant whose wall-clock time in `timeZone` is `wall` (as if UTC): the earlier of two in a
 * repeated hour, null for a time a spring-forward skips.
 */
function inZone(wall: number, timeZone: string): number | null {
  let zone: ZoneOffsets;
  try {
    zone = new ZoneOffsets(timeZone);
  } catch {
    return null;
  }
  const candidates = [wall - zone.offsetAt(wall - DAY), wall - zone.offsetAt(wall + DAY)].filter(
    (instant) => instant + zone.offsetAt(instant) === wall,
  );
  return candidates.length === 0 ? null : Math.min(...candidates);
}
