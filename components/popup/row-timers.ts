/**
 * Timers (working stretches, explanations) for the rows on screen only: making them for 5,000
 * tickets would cost more than evaluating them. A row object lives until the next load, and so
 * does its timers.
 */
import type { Calendar } from '../../core/engine/calendar';
import type { Language } from '../../core/engine/explain';
import { type TicketTimers, ticketTimers } from '../../core/overlay/timers';
import type { PopupRow } from '../../core/views/popup-list';

const made = new WeakMap<PopupRow, TicketTimers>();

export function timersOf(
  row: PopupRow,
  calendars: Readonly<Record<string, Calendar>>,
  language: Language,
  timeZone: string,
): TicketTimers {
  let timers = made.get(row);
  if (!timers) {
    timers = ticketTimers(row.key, row.record.history, row.evaluation, calendars, language, timeZone);
    made.set(row, timers);
  }
  return timers;
}
