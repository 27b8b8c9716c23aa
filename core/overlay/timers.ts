/**
 * What the background sends a page about a ticket's timers: the conclusions of one evaluation, in
 * a form a page can count down by itself, second by second, until the next evaluation. Business
 * time left is counted against the working stretches of the calendar up to the deadline, so a
 * page needs neither the engine nor the calendar.
 */
import * as z from 'zod/mini';
import type { Calendar } from '../engine/calendar';
import type { MetricEvaluation, TicketEvaluation } from '../engine/evaluate';
import { explain, type Language } from '../engine/explain';
import type { TicketHistory } from '../engine/history';
import { METRICS } from '../engine/metrics';

/** Enough stretches for about three working weeks; a page asks again before it runs out. */
export const MAX_SPANS = 64;

const instant = z.int();
const text = (max: number) => z.string().check(z.maxLength(max));

// zod/mini: the content script parses these, and it must stay small.
export const metricTimerSchema = z.strictObject({
  metric: z.enum(METRICS),
  state: z.enum(['running', 'paused', 'met', 'breached', 'notApplicable']),
  /** 'desk': the help desk's own deadline (RT's Due); 'policy': Plazo's policy. */
  source: z.enum(['desk', 'policy']),
  /** Where the deadline comes from, in words: "Request Tracker SLA (Due)", or the policy's name. */
  sourceLabel: z.nullable(text(200)),
  deadline: z.nullable(instant),
  /** When the first warning threshold is reached (past or future); null without warnings. */
  atRiskAt: z.nullable(instant),
  /** Business and wall-clock time left at `evaluatedAt` (negative once breached). */
  remainingMs: z.nullable(z.number()),
  calendarRemainingMs: z.nullable(z.number()),
  /** Working stretches from `evaluatedAt` to the deadline, at most MAX_SPANS. */
  spans: z.array(z.tuple([instant, instant])).check(z.maxLength(MAX_SPANS)),
  calendar: z.nullable(z.strictObject({ label: text(200), timeZone: text(100) })),
  /** Why, one sentence per step, in the user's language (see core/engine/explain.ts). */
  explanation: z.array(text(1000)).check(z.maxLength(100)),
});
export type MetricTimer = z.output<typeof metricTimerSchema>;

export const ticketTimersSchema = z.strictObject({
  /** The ticket's store key, "origin|id". */
  ticket: z.string().check(z.minLength(1), z.maxLength(800)),
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  evaluatedAt: instant,
  policy: z.nullable(text(200)),
  metrics: z.array(metricTimerSchema).check(z.maxLength(METRICS.length)),
});
export type TicketTimers = z.output<typeof ticketTimersSchema>;

export function ticketTimers(
  ticket: string,
  history: TicketHistory,
  evaluation: TicketEvaluation,
  calendars: Readonly<Record<string, Calendar>>,
  language: Language,
  timeZone: string,
): TicketTimers {
  return {
    ticket,
    id: evaluation.key.id,
    evaluatedAt: evaluation.evaluatedAt,
    policy: evaluation.policy?.name ?? null,
    metrics: evaluation.metrics
      .filter((metric) => metric.state !== 'notApplicable')
      .map((metric) => ({
        ...metricTimer(metric, evaluation.evaluatedAt, calendars, language, timeZone),
        sourceLabel:
          metric.source === 'desk'
            ? (history.deskDeadlines[metric.metric]?.source ?? null)
            : (evaluation.policy?.name ?? null),
      })),
  };
}

function metricTimer(
  metric: MetricEvaluation,
  now: number,
  calendars: Readonly<Record<string, Calendar>>,
  language: Language,
  timeZone: string,
): Omit<MetricTimer, 'sourceLabel'> {
  return {
    metric: metric.metric,
    state: metric.state,
    source: metric.source,
    deadline: metric.deadline,
    atRiskAt: atRiskAt(metric, now),
    remainingMs: metric.remainingMs,
    calendarRemainingMs: metric.calendarRemainingMs,
    spans: workingSpansOf(metric, now, calendars),
    calendar: metric.calendar,
    explanation: explain(metric, language, timeZone),
  };
}

/** Working stretches from `now` to a running metric's deadline, at most MAX_SPANS; none once it is not counting. */
export function workingSpansOf(
  metric: MetricEvaluation,
  now: number,
  calendars: Readonly<Record<string, Calendar>>,
): [number, number][] {
  const calendar = calendarOf(metric, calendars);
  const counting = metric.state === 'running' && metric.deadline !== null && metric.deadline > now;
  return counting && calendar ? calendar.workingSpans(now, metric.deadline as number, MAX_SPANS) : [];
}

/** The evaluation names its calendar by label; find the compiled one to list working stretches. */
function calendarOf(
  metric: MetricEvaluation,
  calendars: Readonly<Record<string, Calendar>>,
): Calendar | undefined {
  if (!metric.calendar) return undefined;
  return Object.values(calendars).find(
    (calendar) => calendar.label === metric.calendar?.label && calendar.timeZone === metric.calendar.timeZone,
  );
}

/** When a metric is (or will be) at risk: its first warning; null without one ahead or passed. */
export function atRiskAt(metric: MetricEvaluation, now: number): number | null {
  if (metric.atRisk) return now;
  const next = metric.nextTransition;
  return next?.kind === 'warning' && metric.reached.warnings === 0 ? next.at : null;
}
