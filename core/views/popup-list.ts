/**
 * The popup's list: every tracked ticket as a row, most urgent first, with filters (tool, state,
 * assignee), a search over id and title, and how many rows each filter value would show. Works on
 * what every row has, whether it came from the first-screen digest or from an evaluation.
 */
import { compareUrgency, type RowState, stateAt, type Urgency } from './urgency';

/** What the list shows of a ticket. */
export interface ListRow {
  readonly key: string;
  readonly id: string;
  readonly title: string;
  readonly url: string;
  /** Adapter id: "rt", "custom", "personal". */
  readonly tool: string;
  /** null: unassigned, or the desk does not show assignees. */
  readonly assignee: string | null;
  readonly urgency: Urgency;
  /** When the ticket's snooze ends, if it is snoozed. */
  readonly snoozedUntil: number | null;
}

/** Sorts in place, most urgent first; ties by ticket key so the order never flickers. */
export function sortRows<R extends ListRow>(rows: R[], now: number): R[] {
  return rows.sort((a, b) => compareUrgency(a.urgency, b.urgency, now) || (a.key < b.key ? -1 : 1));
}

/** The assignee filter's value for unassigned tickets (no assignee is the empty string). */
export const UNASSIGNED = '';

export interface PopupFilter {
  readonly tool: string | null;
  readonly state: RowState | null;
  /** A name, UNASSIGNED, or null for everyone. */
  readonly assignee: string | null;
  readonly search: string;
}

export const NO_FILTER: PopupFilter = { tool: null, state: null, assignee: null, search: '' };

type Facet = 'tool' | 'state' | 'assignee';

function facetValue(row: ListRow, facet: Facet, now: number): string {
  if (facet === 'tool') return row.tool;
  if (facet === 'state') return stateAt(row.urgency, now);
  return row.assignee ?? UNASSIGNED;
}

function matches(row: ListRow, filter: PopupFilter, now: number, except: Facet | null, search: string) {
  for (const facet of ['tool', 'state', 'assignee'] as const) {
    const wanted = filter[facet];
    if (facet !== except && wanted !== null && facetValue(row, facet, now) !== wanted) return false;
  }
  return search === '' || row.id.toLowerCase().includes(search) || row.title.toLowerCase().includes(search);
}

/** Search text as matched: trimmed, case-insensitive, a leading "#" ignored ("#42" finds ticket 42). */
function normalised(search: string): string {
  return search.trim().replace(/^#/, '').toLowerCase();
}

/** The rows the filter keeps, in the order given (sorted already). */
export function filterRows<R extends ListRow>(rows: readonly R[], filter: PopupFilter, now: number): R[] {
  const search = normalised(filter.search);
  return rows.filter((row) => matches(row, filter, now, null, search));
}

export interface FilterCounts {
  /** Rows each value would show, the other filters and the search applied: "Breached (3)". */
  readonly tool: ReadonlyMap<string, number>;
  readonly state: ReadonlyMap<RowState, number>;
  readonly assignee: ReadonlyMap<string, number>;
}

export function countRows(rows: readonly ListRow[], filter: PopupFilter, now: number): FilterCounts {
  const search = normalised(filter.search);
  const counts = { tool: new Map<string, number>(), state: new Map(), assignee: new Map<string, number>() };
  for (const row of rows) {
    for (const facet of ['tool', 'state', 'assignee'] as const) {
      if (!matches(row, filter, now, facet, search)) continue;
      const map = counts[facet] as Map<string, number>;
      const value = facetValue(row, facet, now);
      map.set(value, (map.get(value) ?? 0) + 1);
    }
  }
  return counts;
}
