/**
 * The side panel's timeline: every step of a ticket's metrics that happened at an instant (clock
 * started, paused, stopped, resumed, policy changed, breached, escalated, met), the warnings Plazo
 * gave, and the next warning ahead, in order, in the agent's words and zone, with the calendar's own
 * time beside it when its zone differs. A step shared by several metrics (one status change pauses
 * them all) is one entry naming them all.
 */
import { CALENDAR_TIME } from '../engine/calendar';
import type { TicketEvaluation } from '../engine/evaluate';
import { explainStep, instantFormat, type Language } from '../engine/explain';
import type { ExplanationStep } from '../engine/explanation';
import type { Metric } from '../engine/metrics';
import type { AlertRecord } from '../store/records';

/** 'warned': Plazo warned the metric was at risk; 'atRiskAhead': when it will be, if nothing changes. */
export type TimelineKind = Exclude<ExplanationStep['kind'], RuleKind> | 'warned' | 'atRiskAhead';

export interface TimelineEntry {
  readonly at: number;
  readonly kind: TimelineKind;
  /** The engine's sentence for the step; empty for 'warned' and 'atRiskAhead' (the view words them). */
  readonly text: string;
  /** The same instant in the calendar's zone, "Mon, 7 Dec, 09:00 (Office, America/New_York)", or null. */
  readonly calendarTime: string | null;
  readonly metrics: readonly Metric[];
}

/** Steps about the rules in force rather than something that happened: the metric's card lists them. */
const RULE_KINDS = [
  'policy',
  'noPolicy',
  'noTarget',
  'missingCalendar',
  'target',
  'deskDeadline',
  'deskCalendarTime',
] as const;
type RuleKind = (typeof RULE_KINDS)[number];

export function isRule(step: ExplanationStep): step is Extract<ExplanationStep, { kind: RuleKind }> {
  return (RULE_KINDS as readonly string[]).includes(step.kind);
}

function instantOf(step: Exclude<ExplanationStep, { kind: RuleKind }>): number {
  switch (step.kind) {
    case 'createdUnknown':
      return step.firstSeenAt;
    case 'statusAssumed':
      return step.seenAt;
    case 'paused':
      return step.from;
    default:
      return step.at;
  }
}

export function timelineEntries(
  evaluation: TicketEvaluation,
  alerts: readonly AlertRecord[],
  language: Language,
  agentTimeZone: string,
): TimelineEntry[] {
  const agent = instantFormat(language, agentTimeZone);
  const entries = new Map<string, TimelineEntry & { metrics: Metric[] }>();
  const add = (at: number, kind: TimelineKind, text: string, metric: Metric) => {
    const id = `${kind}\n${at}\n${text}`;
    const entry = entries.get(id);
    if (entry) entry.metrics.push(metric);
    else entries.set(id, { at, kind, text, calendarTime: inCalendar(metric, at), metrics: [metric] });
  };
  const inCalendar = (metric: Metric, at: number): string | null => {
    const calendar = evaluation.metrics.find((each) => each.metric === metric)?.calendar;
    // Calendar time (24/7) has no zone of its own worth showing.
    if (!calendar || calendar.timeZone === agentTimeZone || calendar.label === CALENDAR_TIME.summary.label) {
      return null;
    }
    return `${instantFormat(language, calendar.timeZone).format(at)} (${calendar.label}, ${calendar.timeZone})`;
  };

  for (const metric of evaluation.metrics) {
    for (const step of metric.explanation) {
      if (!isRule(step)) add(instantOf(step), step.kind, explainStep(step, language, agent), metric.metric);
    }
    const next = metric.nextTransition;
    if (next?.kind === 'warning') add(next.at, 'atRiskAhead', '', metric.metric);
  }
  for (const alert of alerts) {
    if (alert.kind === 'warning' && alert.shownAt !== null) add(alert.shownAt, 'warned', '', alert.metric);
  }
  return [...entries.values()].sort((a, b) => a.at - b.at);
}
