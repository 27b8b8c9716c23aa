/**
 * Time moving on while the popup is open: running tickets become at risk, then breached, without a
 * new evaluation. The popup's ticker asks when the next such change is, and at that instant which
 * rows have just breached (to announce them) before it orders the list again.
 */
import type { ListRow } from './popup-list';
import { nextChangeAfter, stateAt } from './urgency';

/** The earliest instant after `now` at which any row's state changes; null when none will. */
export function nextChange(rows: readonly ListRow[], now: number): number | null {
  let next: number | null = null;
  for (const row of rows) {
    const at = nextChangeAfter(row.urgency, now);
    if (at !== null && (next === null || at < next)) next = at;
  }
  return next;
}

/** Rows breached at `to` that were not at `from`. */
export function breachedBetween<R extends ListRow>(rows: readonly R[], from: number, to: number): R[] {
  return rows.filter(
    (row) => stateAt(row.urgency, to) === 'breached' && stateAt(row.urgency, from) !== 'breached',
  );
}

/** Keys of the rows breached at `now`: what a later load is compared with. */
export function breachedKeys(rows: readonly ListRow[], now: number): Set<string> {
  return new Set(rows.filter((row) => stateAt(row.urgency, now) === 'breached').map((row) => row.key));
}
