/**
 * RT's REST 2.0 dates: W3CDTF in UTC ("2026-11-30T13:00:00Z"), exact to the second. RT has no
 * null date: an unset one is the epoch. Pages' dates are not parsed anywhere (see ticket-page.ts).
 */

const REST_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** What a REST date says: an instant, 'unset', or 'invalid' for anything that is not RT's format. */
export type RestDate = number | 'unset' | 'invalid';

export function parseRestDate(text: string): RestDate {
  if (!REST_DATE.test(text)) return 'invalid';
  const at = Date.parse(text);
  // Date.parse rolls a day that does not exist over ("02-30" is March 2nd): only a round trip is RT's date.
  if (Number.isNaN(at) || at < 0 || new Date(at).toISOString() !== text.replace('Z', '.000Z'))
    return 'invalid';
  return at === 0 ? 'unset' : at;
}
