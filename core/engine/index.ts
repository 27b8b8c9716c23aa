/**
 * The SLA engine's public API. Pure TypeScript: no browser globals, time passed in explicitly,
 * so the background worker, the views, the tests and the benchmarks all run the same code.
 */
import { CALENDAR_TIME, Calendar, NoWorkingTimeError, parseCalendar } from './calendar';

export { type CalendarDefinition, CalendarError, type CalendarIssue } from './calendar-schema';
export { CALENDAR_TIME, Calendar, NoWorkingTimeError, parseCalendar };

/** The smallest instant t >= startMs with businessTimeBetween(calendar, startMs, t) === durationMs. */
export function addBusinessTime(calendar: Calendar, startMs: number, durationMs: number): number {
  return calendar.add(startMs, durationMs);
}

/** Business milliseconds between two instants (negative when toMs < fromMs). */
export function businessTimeBetween(calendar: Calendar, fromMs: number, toMs: number): number {
  return calendar.between(fromMs, toMs);
}
