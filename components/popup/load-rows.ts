/**
 * Loads the popup's rows in two steps (see core/views/popup-source.ts): the tickets that can be on
 * the first screen, then all of them, parsed and evaluated a slice at a time so the countdowns
 * keep ticking and the popup keeps answering keys while 5,000 tickets are evaluated.
 */
import type { StoreProblem } from '../../core/store/problems';
import { type UnreadableFields, unreadableByTool } from '../../core/views/health';
import { type PopupRow, sortRows } from '../../core/views/popup-list';
import {
  buildRows,
  type FirstScreen,
  type PopupBasics,
  readEverything,
  readFirstScreen,
} from '../../core/views/popup-source';
import { readStore } from '../shared/store-reader';

/** Rows in the first screen (five in view) and the ones overscan renders below it. */
const SCREEN = 12;
/** Running tickets by next transition; a ticket's warning can come before another's deadline, so take more. */
const SOONEST = 60;
/** About 10 ms of parsing and evaluating between two chances for the ticker and the keyboard. */
const SLICE = 150;

export interface PopupLoad {
  /** Sorted at `at`, the instant they were evaluated at. */
  readonly rows: PopupRow[];
  readonly at: number;
  readonly basics: PopupBasics;
  readonly totals: FirstScreen['totals'];
  readonly problems: readonly StoreProblem[];
  readonly unreadable: readonly UnreadableFields[];
  /** false while only the first screen's tickets are read. */
  readonly complete: boolean;
}

export async function loadFirstScreen(now: number): Promise<PopupLoad> {
  const first = await readStore((db) => readFirstScreen(db, now, SCREEN, SOONEST));
  return {
    rows: sortRows(first.rows, now),
    at: now,
    basics: first,
    totals: first.totals,
    problems: first.problems,
    unreadable: [],
    complete: false,
  };
}

/** Every ticket; `stillWanted` stops the work when a newer load has started. */
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
    basics,
    totals: { tickets: rows.length, breached, atRisk },
    problems,
    unreadable: unreadableByTool(counters.counters),
    complete: true,
  };
}
