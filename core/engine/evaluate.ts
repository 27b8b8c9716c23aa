/**
 * evaluate(): from a ticket's observed history to the state of each SLA metric at `now`, with the
 * deadline, business and calendar time left, the next instant anything changes, and why.
 * nextWakeAt(): the one instant the background's single alarm is set to.
 */
import { CALENDAR_TIME, type Calendar } from './calendar';
import type { ExplanationStep } from './explanation';
import type { DeskDeadline, TicketHistory, TicketKey } from './history';
import { type Cycle, type ResolvedTarget, resolveTarget, runMetricClock } from './metric-clock';
import { METRICS, type Metric, type Policy } from './policy';
import { MINUTE } from './time-zone';
import { buildTimeline, type Timeline } from './timeline';

export type MetricState = 'running' | 'paused' | 'met' | 'breached' | 'notApplicable';
export type TransitionKind = 'warning' | 'breach' | 'escalation';

export interface Transition {
  readonly at: number;
  readonly kind: TransitionKind;
  /** Which warning or escalation step (0-based); 0 for the breach. */
  readonly index: number;
}

export interface MetricEvaluation {
  readonly metric: Metric;
  readonly state: MetricState;
  /** 'desk': the help desk computed the deadline itself; 'policy': Plazo's policy did. */
  readonly source: 'desk' | 'policy';
  readonly deadline: number | null;
  readonly targetMs: number | null;
  /** Business time consumed in the current cycle. */
  readonly elapsedMs: number;
  /** Business time left until the deadline (negative once breached). */
  readonly remainingMs: number | null;
  /** Clock-on-the-wall time left until the deadline (negative once breached). */
  readonly calendarRemainingMs: number | null;
  readonly percent: number | null;
  /** A warning threshold has passed and the deadline has not. */
  readonly atRisk: boolean;
  /** How many of each threshold the current cycle has passed: what alerts are due. */
  readonly reached: { readonly warnings: number; readonly breach: boolean; readonly escalations: number };
  readonly nextTransition: Transition | null;
  readonly cycleStartedAt: number | null;
  readonly metAt: number | null;
  readonly breachedAt: number | null;
  readonly calendar: { readonly label: string; readonly timeZone: string } | null;
  readonly explanation: readonly ExplanationStep[];
}

export interface TicketEvaluation {
  readonly key: TicketKey;
  readonly evaluatedAt: number;
  readonly policy: { readonly id: string; readonly name: string } | null;
  readonly metrics: readonly MetricEvaluation[];
}

/** A threshold as the business time left when it fires: warnings > 0, breach = 0, escalations < 0. */
interface Mark {
  readonly remaining: number;
  readonly kind: TransitionKind;
  readonly index: number;
}

function marksOf(resolved: ResolvedTarget | null, targetMs: number | null): Mark[] {
  const marks: Mark[] = [{ remaining: 0, kind: 'breach', index: 0 }];
  if (!resolved) return marks;
  resolved.target.warnings.forEach((warning, index) => {
    const remaining =
      'percent' in warning
        ? targetMs === null
          ? null
          : Math.round(targetMs * (1 - warning.percent / 100))
        : warning.minutesBefore * MINUTE;
    if (remaining !== null && (targetMs === null || remaining < targetMs)) {
      marks.push({ remaining, kind: 'warning', index });
    }
  });
  resolved.target.escalations.forEach((escalation, index) => {
    marks.push({ remaining: -escalation.minutesAfter * MINUTE, kind: 'escalation', index });
  });
  return marks.sort((a, b) => b.remaining - a.remaining);
}

export function evaluate(
  history: TicketHistory,
  policies: readonly Policy[],
  calendars: Readonly<Record<string, Calendar>>,
  now: number,
): TicketEvaluation {
  const timeline = buildTimeline(history, policies, now);
  const policy = timeline.current.policy;
  const metrics: MetricEvaluation[] = [];
  for (const metric of METRICS) {
    const desk = history.deskDeadlines[metric];
    if (!desk && !policy?.targets[metric]) continue;
    metrics.push(evaluateMetric(metric, timeline, history, desk, calendars, now));
  }
  return {
    key: history.key,
    evaluatedAt: now,
    policy: policy ? { id: policy.id, name: policy.name } : null,
    metrics,
  };
}

function evaluateMetric(
  metric: Metric,
  timeline: Timeline,
  history: TicketHistory,
  desk: DeskDeadline | undefined,
  calendars: Readonly<Record<string, Calendar>>,
  now: number,
): MetricEvaluation {
  const { cycle, explanation } = runMetricClock(metric, timeline, calendars, now);
  const context = timeline.current;
  const resolved = resolveTarget(metric, context, calendars);
  const preface = prefaceOf(metric, timeline, history, resolved, desk, calendars);
  const steps = [...preface, ...explanation];
  const calendar = resolved?.calendar ?? CALENDAR_TIME;
  const base = {
    metric,
    source: desk ? ('desk' as const) : ('policy' as const),
    targetMs: resolved?.ms ?? null,
    cycleStartedAt: cycle?.startedAt ?? null,
    calendar: resolved || desk ? { label: calendar.label, timeZone: calendar.timeZone } : null,
    explanation: steps,
  };
  if (!resolved && !desk) return notApplicable(base, cycle);
  // Without a cycle of our own, a desk deadline still counts: the desk saw what started it.
  if (!cycle && !desk) return notApplicable(base, null);

  const endedAt = cycle?.endedAt ?? null;
  const ended = endedAt !== null;
  const at = endedAt ?? now;
  const targetMs = resolved?.ms ?? null;
  let remaining: number;
  let deadline: number;
  let breachedAt = cycle?.breachedAt ?? null;
  if (desk || !cycle) {
    deadline = (desk as DeskDeadline).at;
    remaining = calendar.between(at, deadline);
    breachedAt = at >= deadline ? deadline : null;
  } else {
    const extended = !ended && context.phase === 'paused' ? cycle.extendFrom : null;
    // While a pause pushes the deadline out, what is left is measured to the pushed deadline.
    remaining = extended
      ? calendar.between(now, extended.deadline + (now - extended.at))
      : (targetMs as number) - cycle.elapsed;
    deadline = cycle.breachedAt ?? calendar.add(at, Math.max(0, remaining));
  }

  const state: MetricState =
    breachedAt !== null
      ? 'breached'
      : ended
        ? cycle?.endKind === 'met'
          ? 'met'
          : 'notApplicable'
        : context.phase === 'paused'
          ? 'paused'
          : 'running';
  const marks = ended ? [] : marksOf(resolved, targetMs);
  const passed = marks.filter((mark) => mark.remaining >= remaining);
  const next = marks.find((mark) => mark.remaining < remaining);
  for (const mark of passed) {
    if (mark.kind !== 'escalation') continue;
    const name = resolved?.target.escalations[mark.index]?.name ?? '';
    steps.push({ kind: 'escalated', at: calendar.add(deadline, -mark.remaining), name });
  }
  const running = state === 'running' || (state === 'breached' && !ended && context.phase === 'active');
  const reachedWarnings = passed.filter((mark) => mark.kind === 'warning').length;
  return {
    ...base,
    state,
    deadline,
    elapsedMs: targetMs !== null ? targetMs - remaining : (cycle?.elapsed ?? 0),
    remainingMs: remaining,
    calendarRemainingMs: ended ? null : deadline - now,
    percent: targetMs ? ((targetMs - remaining) / targetMs) * 100 : null,
    atRisk: state === 'running' && reachedWarnings > 0,
    reached: {
      warnings: reachedWarnings,
      breach: breachedAt !== null,
      escalations: passed.filter((mark) => mark.kind === 'escalation').length,
    },
    nextTransition:
      running && next
        ? { at: calendar.add(now, remaining - next.remaining), kind: next.kind, index: next.index }
        : null,
    metAt: cycle?.endKind === 'met' ? endedAt : null,
    breachedAt,
  };
}

function notApplicable(
  base: Omit<
    MetricEvaluation,
    | 'state'
    | 'deadline'
    | 'elapsedMs'
    | 'remainingMs'
    | 'calendarRemainingMs'
    | 'percent'
    | 'atRisk'
    | 'reached'
    | 'nextTransition'
    | 'metAt'
    | 'breachedAt'
  >,
  cycle: Cycle | null,
): MetricEvaluation {
  return {
    ...base,
    state: 'notApplicable',
    deadline: null,
    elapsedMs: cycle?.elapsed ?? 0,
    remainingMs: null,
    calendarRemainingMs: null,
    percent: null,
    atRisk: false,
    reached: { warnings: 0, breach: false, escalations: 0 },
    nextTransition: null,
    metAt: null,
    breachedAt: null,
  };
}

/** Which policy, calendar and target apply, and what had to be assumed about the history. */
function prefaceOf(
  metric: Metric,
  timeline: Timeline,
  history: TicketHistory,
  resolved: ResolvedTarget | null,
  desk: DeskDeadline | undefined,
  calendars: Readonly<Record<string, Calendar>>,
): ExplanationStep[] {
  const steps: ExplanationStep[] = [];
  const policy = timeline.current.policy;
  if (desk) steps.push({ kind: 'deskDeadline', source: desk.source, at: desk.at });
  if (!policy) steps.push({ kind: 'noPolicy' });
  else steps.push({ kind: 'policy', policyId: policy.id, policyName: policy.name });
  const target = policy?.targets[metric];
  if (target && !resolved && target.calendar !== null && !calendars[target.calendar]) {
    steps.push({ kind: 'missingCalendar', calendarId: target.calendar });
  } else if (resolved) {
    steps.push({
      kind: 'target',
      minutes: resolved.target.minutes,
      calendar: resolved.calendar.label,
      calendarTime: resolved.calendar === CALENDAR_TIME,
    });
  } else if (policy) {
    steps.push({ kind: 'noTarget', metric });
  }
  if (timeline.assumptions.createdUnknown)
    steps.push({ kind: 'createdUnknown', firstSeenAt: history.firstSeenAt });
  const assumed = timeline.assumptions.statusAssumedSince;
  if (assumed) steps.push({ kind: 'statusAssumed', status: assumed.status, seenAt: assumed.seenAt });
  return steps;
}

/** The earliest future transition over all evaluations: the instant the single alarm is set to. */
export function nextWakeAt(evaluations: Iterable<TicketEvaluation>): number | null {
  let earliest: number | null = null;
  for (const evaluation of evaluations) {
    for (const metric of evaluation.metrics) {
      const at = metric.nextTransition?.at;
      if (at !== undefined && (earliest === null || at < earliest)) earliest = at;
    }
  }
  return earliest;
}
