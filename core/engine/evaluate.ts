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
  /** When the current cycle ended (met, or stopped by a status); null while it runs or is paused. */
  readonly endedAt: number | null;
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

const marksByTarget = new WeakMap<ResolvedTarget, readonly Mark[]>();
const BREACH_ONLY: readonly Mark[] = [{ remaining: 0, kind: 'breach', index: 0 }];

/** The target's thresholds, latest-remaining first; computed once per target. */
function marksOf(resolved: ResolvedTarget | null): readonly Mark[] {
  if (!resolved) return BREACH_ONLY;
  let marks = marksByTarget.get(resolved);
  if (marks) return marks;
  const list: Mark[] = [...BREACH_ONLY];
  resolved.target.warnings.forEach((warning, index) => {
    const remaining =
      'percent' in warning
        ? Math.round(resolved.ms * (1 - warning.percent / 100))
        : warning.minutesBefore * MINUTE;
    if (remaining < resolved.ms) list.push({ remaining, kind: 'warning', index });
  });
  resolved.target.escalations.forEach((escalation, index) => {
    list.push({ remaining: -escalation.minutesAfter * MINUTE, kind: 'escalation', index });
  });
  marks = list.sort((a, b) => b.remaining - a.remaining);
  marksByTarget.set(resolved, marks);
  return marks;
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
    policy: policy ? shared(policy, policySummaries, () => ({ id: policy.id, name: policy.name })) : null,
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
  const context = timeline.current;
  const resolved = resolveTarget(metric, context, calendars);
  const steps = prefaceOf(metric, timeline, history, resolved, desk, calendars);
  const cycle = runMetricClock(metric, timeline, calendars, now, steps);
  let calendar = resolved?.calendar ?? CALENDAR_TIME;
  // A desk counts business deadlines inside (or at the edge of) working time; one outside it was
  // counted round the clock (RT's 24x7 levels), and counting it down in business time would say
  // "0 min left" all weekend.
  if (desk && !withinWorkingTime(calendar, desk.at)) {
    steps.splice(1, 0, { kind: 'deskCalendarTime', calendar: calendar.label });
    calendar = CALENDAR_TIME;
  }
  const base: Base = {
    metric,
    source: desk ? 'desk' : 'policy',
    targetMs: resolved?.ms ?? null,
    cycleStartedAt: cycle?.startedAt ?? null,
    calendar: resolved || desk ? calendar.summary : null,
    explanation: steps,
  };
  if (!resolved && !desk) return notApplicable(base, cycle);
  // Without a cycle of our own, a desk deadline still counts (the desk saw what started it), unless
  // the ticket's status stops the clocks: closed before Plazo ever saw it running.
  if (!cycle && (!desk || context.phase === 'stopped')) return notApplicable(base, null);

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
  // Thresholds matter only while the cycle is open; desk deadlines without a target have just the breach.
  const marks = ended ? [] : marksOf(resolved);
  let warnings = 0;
  let escalations = 0;
  let next: Mark | undefined;
  for (const mark of marks) {
    if (mark.remaining < remaining) {
      next ??= mark;
      continue;
    }
    if (mark.kind === 'warning') warnings++;
    if (mark.kind === 'escalation') {
      escalations++;
      const name = resolved?.target.escalations[mark.index]?.name ?? '';
      steps.push({ kind: 'escalated', at: calendar.add(deadline, -mark.remaining), name });
    }
  }
  const running = state === 'running' || (state === 'breached' && !ended && context.phase === 'active');
  return {
    metric,
    state,
    source: base.source,
    deadline,
    targetMs,
    elapsedMs: targetMs !== null ? targetMs - remaining : (cycle?.elapsed ?? 0),
    remainingMs: remaining,
    calendarRemainingMs: ended ? null : deadline - now,
    percent: targetMs ? ((targetMs - remaining) / targetMs) * 100 : null,
    atRisk: state === 'running' && warnings > 0,
    reached: { warnings, breach: breachedAt !== null, escalations },
    nextTransition:
      running && next
        ? { at: calendar.add(now, remaining - next.remaining), kind: next.kind, index: next.index }
        : null,
    cycleStartedAt: base.cycleStartedAt,
    endedAt,
    metAt: cycle?.endKind === 'met' ? endedAt : null,
    breachedAt,
    calendar: base.calendar,
    explanation: steps,
  };
}

type Base = Pick<
  MetricEvaluation,
  'metric' | 'source' | 'targetMs' | 'cycleStartedAt' | 'calendar' | 'explanation'
>;

function notApplicable(base: Base, cycle: Cycle | null): MetricEvaluation {
  return {
    metric: base.metric,
    state: 'notApplicable',
    source: base.source,
    deadline: null,
    targetMs: base.targetMs,
    elapsedMs: cycle?.elapsed ?? 0,
    remainingMs: null,
    calendarRemainingMs: null,
    percent: null,
    atRisk: false,
    reached: { warnings: 0, breach: false, escalations: 0 },
    nextTransition: null,
    cycleStartedAt: base.cycleStartedAt,
    endedAt: cycle?.endedAt ?? null,
    metAt: null,
    breachedAt: null,
    calendar: base.calendar,
    explanation: base.explanation,
  };
}

/*
 * Steps and summaries that depend only on a policy or a target are immutable and shared by every
 * evaluation that uses them: a reconcile of 10,000 tickets then allocates only what differs.
 */
const policySummaries = new WeakMap<object, { readonly id: string; readonly name: string }>();
const policySteps = new WeakMap<object, ExplanationStep>();
const targetSteps = new WeakMap<object, ExplanationStep>();
const NO_POLICY: ExplanationStep = { kind: 'noPolicy' };

function shared<T>(owner: object, cache: WeakMap<object, T>, make: () => T): T {
  let value = cache.get(owner);
  if (value === undefined) {
    value = make();
    cache.set(owner, value);
  }
  return value;
}

/** Which policy, calendar and target apply, and what had to be assumed about the history. */
function withinWorkingTime(calendar: Calendar, instant: number): boolean {
  return calendar.isCalendarTime || calendar.isWorking(instant) || calendar.isWorking(instant - 1);
}

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
  if (!policy) steps.push(NO_POLICY);
  else
    steps.push(
      shared(policy, policySteps, () => ({ kind: 'policy', policyId: policy.id, policyName: policy.name })),
    );
  const target = policy?.targets[metric];
  if (target && !resolved && target.calendar !== null && !calendars[target.calendar]) {
    steps.push({ kind: 'missingCalendar', calendarId: target.calendar });
  } else if (resolved) {
    steps.push(
      shared(resolved, targetSteps, () => ({
        kind: 'target',
        minutes: resolved.target.minutes,
        calendar: resolved.calendar.label,
        calendarTime: resolved.calendar === CALENDAR_TIME,
      })),
    );
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
