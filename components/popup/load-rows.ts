/**
 * Loads the popup's rows from the store (see core/views/popup-source.ts): the tickets that can be on
 * the first screen when there is no digest, and all of them, parsed and evaluated a slice at a time
 * so the countdowns keep ticking and the popup keeps answering keys while 5,000 tickets are
 * evaluated. Loaded only after the first paint: it brings the engine and the store's schemas.
 */
import type { Calendar } from '../../core/engine/calendar';
import { unreadableByTool } from '../../core/views/health';
import { type ListRow, sortRows } from '../../core/views/popup-list';
import { type PopupRow, rowClockOf } from '../../core/views/popup-row';
import { buildRows, readEverything, readFirstScreen } from '../../core/views/popup-source';
import type { RowClock } from '../../core/views/row-clock';
import { readStore } from '../shared/store-reader';
import type { PopupLoad } from './popup-load';

/** About 10 ms of parsing and evaluating between two chances for the ticker and the keyboard. */
const SLICE = 150;

export async function loadFirstScreen(now: number): Promise<PopupLoad> {
  const first = await readStore((db) => readFirstScreen(db, now));
  const rows = sortRows(first.rows, now);
  return {
    rows,
    at: now,
    totals: first.totals,
    problems: first.problems,
    unreadable: [],
    complete: false,
    clockOf: clocksOf(rows, first.calendars),
  };
}

/** Every ticket; `stillWanted` stops the work when the popup no longer needs it. */
export async function loadEverything(now: number, stillWanted: () => boolean): Promise<PopupLoad | null> {
  const everything = await readStore((db) => readEverything(db, now));
  const { basics, keys, tickets, counters } = everything;
  const problems = [...basics.problems, ...counters.problems];
  const rows: PopupRow[] = [];
  for (let from = 0; from < tickets.length; from += SLICE) {
    if (from > 0) await new Promise((done) => setTimeout(done, 0));
    if (!stillWanted()) return null;
    rows.push(
      ...buildRows(keys.slice(from, from + SLICE), tickets.slice(from, from + SLICE), basics, now, problems),
    );
  }
  sortRows(rows, now);
  let breached = 0;
  let atRisk = 0;
  for (const row of rows) {
    if (row.urgency.state === 'breached') breached++;
    else if (row.urgency.state === 'atRisk') atRisk++;
  }
  return {
    rows,
    at: now,
    totals: { tickets: rows.length, breached, atRisk },
    problems,
    unreadable: unreadableByTool(counters, now),
    complete: true,
    clockOf: clocksOf(rows, basics.calendars),
  };
}

/** Clocks are made for the rows on screen only, once each: working stretches cost more than an evaluation. */
function clocksOf(
  rows: readonly PopupRow[],
  calendars: Readonly<Record<string, Calendar>>,
): (row: ListRow) => RowClock | null {
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const made = new Map<string, RowClock | null>();
  return (row) => {
    let clock = made.get(row.key);
    if (clock === undefined) {
      const evaluated = byKey.get(row.key);
      clock = evaluated ? rowClockOf(evaluated, calendars) : null;
      made.set(row.key, clock);
    }
    return clock;
  };
}
