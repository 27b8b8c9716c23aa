/**
 * The SLA engine's public API. Pure TypeScript: no browser globals, time passed in explicitly,
 * so the background worker, the views, the tests and the benchmarks all run the same code.
 */
import type { Calendar } from './calendar';

export { CALENDAR_TIME, Calendar, NoWorkingTimeError, parseCalendar } from './calendar';
export {
  type CalendarDefinition,
  CalendarError,
  type CalendarIssue,
  calendarDefinitionSchema,
} from './calendar-schema';
export {
  evaluate,
  type MetricEvaluation,
  type MetricState,
  nextWakeAt,
  type TicketEvaluation,
  type Transition,
  type TransitionKind,
} from './evaluate';
export { explain, formatDuration, type Language, metricName } from './explain';
export type { ExplanationStep } from './explanation';
export {
  type DeskDeadline,
  type Fact,
  factSchema,
  type TicketHistory,
  type TicketKey,
  ticketHistorySchema,
  ticketKeySchema,
} from './history';
export {
  type ClockRules,
  DEFAULT_CLOCK,
  METRICS,
  type Metric,
  type Policy,
  policySchema,
  selectPolicy,
  type Target,
} from './policy';

/** The smallest instant t >= startMs with businessTimeBetween(calendar, startMs, t) === durationMs. */
export function addBusinessTime(calendar: Calendar, startMs: number, durationMs: number): number {
  return calendar.add(startMs, durationMs);
}

/** Business milliseconds between two instants (negative when toMs < fromMs). */
export function businessTimeBetween(calendar: Calendar, fromMs: number, toMs: number): number {
  return calendar.between(fromMs, toMs);
}
