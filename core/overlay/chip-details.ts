/**
 * A chip's tooltip: for every metric, its state, the deadline in the agent's zone and in the
 * calendar's, business and calendar time left, where the deadline comes from, and why.
 */
import { instantFormat, type Language } from '../engine/explain';
import { businessLeft } from './chip-model';
import { chipWords } from './chip-text';
import type { TicketTimers } from './timers';

export interface MetricDetails {
  readonly heading: string;
  readonly lines: readonly string[];
}

export function chipDetails(
  timers: TicketTimers,
  now: number,
  language: Language,
  agentTimeZone: string,
): MetricDetails[] {
  const words = chipWords(language);
  const format = (timeZone: string) => instantFormat(language, timeZone);
  const agent = format(agentTimeZone);
  return timers.metrics.map((timer) => {
    const state =
      timer.state === 'running'
        ? timer.atRiskAt !== null && now >= timer.atRiskAt
          ? words.state.atRisk
          : words.state.onTrack
        : timer.state === 'notApplicable'
          ? ''
          : words.state[timer.state];
    const lines: string[] = [];
    if (timer.deadline !== null) {
      const inCalendar =
        timer.calendar && timer.calendar.timeZone !== agentTimeZone
          ? ` · ${format(timer.calendar.timeZone).format(timer.deadline)} (${timer.calendar.label}, ${timer.calendar.timeZone})`
          : '';
      lines.push(`${words.due} ${agent.format(timer.deadline)} (${words.yourTime})${inCalendar}`);
    }
    const business = businessLeft(timer, timers.evaluatedAt, now);
    if (business !== null && timer.state !== 'met') lines.push(words.businessLeft(business));
    if (timer.deadline !== null && timer.state !== 'met' && timer.state !== 'paused') {
      lines.push(words.calendarLeft(timer.deadline - now));
    }
    lines.push(
      timer.source === 'desk'
        ? words.source.desk(timer.sourceLabel ?? '')
        : words.source.policy(timer.sourceLabel),
    );
    lines.push(...timer.explanation);
    return { heading: `${words.metric(timer.metric)}${state ? ` · ${state}` : ''}`, lines };
  });
}
