/**
 * A ticket's evaluation, cards and timeline at the panel's `now`. The engine runs when the stored
 * data changes and again when `now` passes the next instant a state changes by itself (a warning, a
 * breach); between those, cards count down from the evaluation's deadlines and working stretches.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { type Calendar, evaluate, type Language, parseCalendar } from '../../core/engine';
import { type TicketTimers, ticketTimers } from '../../core/overlay/timers';
import { type MetricCard, metricCards, nextChangeAt } from '../../core/panel/metric-cards';
import { type TimelineEntry, timelineEntries } from '../../core/panel/timeline-entries';
import type { Settings } from '../../core/store/records';
import type { TicketData } from './use-ticket-data';

export interface TicketView {
  readonly timers: TicketTimers;
  readonly cards: readonly MetricCard[];
  readonly timeline: readonly TimelineEntry[];
}

/** A calendar that fails to compile is left out: the engine then says it is missing, never guesses. */
function compile(definitions: Settings['calendars']): Record<string, Calendar> {
  const calendars: Record<string, Calendar> = {};
  for (const [id, definition] of Object.entries(definitions)) {
    try {
      calendars[id] = parseCalendar(definition);
    } catch {
      // Reported by the evaluation's "missingCalendar" step.
    }
  }
  return calendars;
}

export function useTicketView(
  data: Extract<TicketData, { status: 'ready' }>,
  now: number,
  language: Language,
  timeZone: string,
): TicketView {
  const { record, settings, alerts } = data;
  const calendars = useMemo(() => compile(settings.calendars), [settings.calendars]);
  const [evaluatedAt, setEvaluatedAt] = useState(now);
  // New data: evaluate at this instant.
  useEffect(() => setEvaluatedAt(Date.now()), [data]);
  const evaluation = useMemo(
    () => evaluate(record.history, settings.policies, calendars, evaluatedAt),
    [record, settings.policies, calendars, evaluatedAt],
  );
  const nextChange = useMemo(() => nextChangeAt(evaluation, evaluatedAt), [evaluation, evaluatedAt]);
  useEffect(() => {
    if (nextChange !== null && now >= nextChange) setEvaluatedAt(now);
  }, [now, nextChange]);
  const timers = useMemo(
    () => ticketTimers(record.key, record.history, evaluation, calendars, language, timeZone),
    [record, evaluation, calendars, language, timeZone],
  );
  const timeline = useMemo(
    () => timelineEntries(evaluation, alerts, language, timeZone),
    [evaluation, alerts, language, timeZone],
  );
  // The ticker's `now` can lag the evaluation by up to a second (it last ticked before new data came):
  // showing an instant before the evaluation would call an at-risk metric on track until the next tick.
  const shownAt = Math.max(now, evaluatedAt);
  return { timers, cards: metricCards(timers, evaluation, shownAt, language, timeZone), timeline };
}
