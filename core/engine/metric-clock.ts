/**
 * One metric's clock, driven by the ticket's timeline steps. It knows when the metric starts
 * (creation, a customer reply, an agent reply), what fulfils it, and how pauses, stops, reopens and
 * policy changes move it, and it records each of those moves for the explanation.
 */
import { CALENDAR_TIME, type Calendar } from './calendar';
import type { ExplanationStep, StartReason } from './explanation';
import type { Metric, Target } from './policy';
import { MINUTE } from './time-zone';
import type { Context, Step, Timeline } from './timeline';

export interface Cycle {
  readonly startedAt: number;
  /** Business ms consumed up to `countedTo`. After a wall-clock extension it can fall below zero. */
  elapsed: number;
  countedTo: number;
  breachedAt: number | null;
  endedAt: number | null;
  /** 'met': fulfilled; 'stopped': a stop status ended it unfulfilled. */
  endKind: 'met' | 'stopped' | null;
  endedByStop: boolean;
  /** Pause that extends the deadline by its wall-clock length: the deadline when it began. */
  extendFrom: { readonly at: number; readonly deadline: number } | null;
}

type ReplyEffect = 'start' | 'fulfil' | 'restart' | null;

interface MetricRules {
  readonly startsAtCreation: boolean;
  /** A stop status fulfils the metric (resolution) rather than ending it unfulfilled. */
  readonly stopFulfils: boolean;
  readonly onReply: (by: 'agent' | 'customer', open: boolean, agentHasReplied: boolean) => ReplyEffect;
}

const RULES: Record<Metric, MetricRules> = {
  firstResponse: {
    startsAtCreation: true,
    stopFulfils: false,
    onReply: (by, open) => (by === 'agent' && open ? 'fulfil' : null),
  },
  // From the oldest unanswered customer message to the next agent reply, after the first response.
  nextResponse: {
    startsAtCreation: false,
    stopFulfils: false,
    onReply: (by, open, agentHasReplied) =>
      by === 'customer' ? (!open && agentHasReplied ? 'start' : null) : open ? 'fulfil' : null,
  },
  // Time between agent updates: each agent reply fulfils the running period and starts the next.
  periodicUpdate: {
    startsAtCreation: false,
    stopFulfils: false,
    onReply: (by) => (by === 'agent' ? 'restart' : null),
  },
  resolution: { startsAtCreation: true, stopFulfils: true, onReply: () => null },
};

export interface ResolvedTarget {
  readonly target: Target;
  readonly calendar: Calendar;
  readonly ms: number;
}

/** Resolved targets per target object and calendar set: both stay the same across thousands of tickets. */
const resolvedTargets = new WeakMap<Target, { calendars: object; resolved: ResolvedTarget | null }>();

/** The target a context gives this metric, or null (no policy, no target, or an unknown calendar). */
export function resolveTarget(
  metric: Metric,
  context: Context,
  calendars: Readonly<Record<string, Calendar>>,
): ResolvedTarget | null {
  const target = context.policy?.targets[metric];
  if (!target) return null;
  const cached = resolvedTargets.get(target);
  if (cached?.calendars === calendars) return cached.resolved;
  const calendar = target.calendar === null ? CALENDAR_TIME : calendars[target.calendar];
  const resolved = calendar ? { target, calendar, ms: target.minutes * MINUTE } : null;
  resolvedTargets.set(target, { calendars, resolved });
  return resolved;
}

type PauseStep = Extract<ExplanationStep, { kind: 'paused' }>;

class ClockRun {
  readonly rules: MetricRules;
  cycle: Cycle | null = null;
  context: Context;
  agentHasReplied = false;
  openPause: PauseStep | null = null;

  constructor(
    readonly metric: Metric,
    readonly calendars: Readonly<Record<string, Calendar>>,
    first: Context,
    readonly explanation: ExplanationStep[],
  ) {
    this.rules = RULES[metric];
    this.context = first;
  }

  target(): ResolvedTarget | null {
    return resolveTarget(this.metric, this.context, this.calendars);
  }

  isOpen(): boolean {
    return this.cycle !== null && this.cycle.endedAt === null;
  }

  /** Counts business time up to `to` under the context in force until then. */
  countTo(to: number): void {
    const cycle = this.cycle;
    if (!cycle || cycle.endedAt !== null) return;
    if (this.context.phase === 'active' && to > cycle.countedTo) {
      const resolved = this.target();
      const calendar = resolved?.calendar ?? CALENDAR_TIME;
      const gained = calendar.between(cycle.countedTo, to);
      if (resolved && cycle.breachedAt === null && cycle.elapsed + gained >= resolved.ms) {
        cycle.breachedAt = calendar.add(cycle.countedTo, Math.max(0, resolved.ms - cycle.elapsed));
        this.explanation.push({ kind: 'breached', at: cycle.breachedAt });
      }
      cycle.elapsed += gained;
    }
    if (to > cycle.countedTo) cycle.countedTo = to;
  }

  step(step: Step): void {
    this.countTo(step.at);
    const previous = this.context;
    this.context = step.context;
    switch (step.kind) {
      case 'created':
        if (this.rules.startsAtCreation && this.context.phase !== 'stopped') this.start(step.at, 'created');
        break;
      case 'reply':
        this.reply(step.at, step.by, step.estimated);
        break;
      case 'phase':
        this.phase(step.at, previous.phase, step.estimated);
        break;
      case 'policy':
        this.policyChanged(step.at);
        break;
    }
  }

  start(at: number, reason: StartReason): void {
    this.cycle = {
      startedAt: at,
      elapsed: 0,
      countedTo: at,
      breachedAt: null,
      endedAt: null,
      endKind: null,
      endedByStop: false,
      extendFrom: null,
    };
    this.explanation.push({ kind: 'started', at, reason });
    if (this.context.phase === 'paused') {
      if (this.openPause) this.extendFrom(at);
      else this.beginPause(at, false);
    }
  }

  end(at: number, kind: 'met' | 'stopped', byStop: boolean, estimated: boolean): void {
    const cycle = this.cycle;
    if (!cycle) return;
    cycle.endedAt = at;
    cycle.endKind = kind;
    cycle.endedByStop = byStop;
    if (kind === 'met') this.explanation.push({ kind: 'met', at, estimated });
  }

  reply(at: number, by: 'agent' | 'customer', estimated: boolean): void {
    const effect =
      this.context.phase === 'stopped' ? null : this.rules.onReply(by, this.isOpen(), this.agentHasReplied);
    if (by === 'agent') this.agentHasReplied = true;
    if (effect === 'fulfil' || (effect === 'restart' && this.isOpen())) this.end(at, 'met', false, estimated);
    if (effect === 'start' || effect === 'restart')
      this.start(at, by === 'agent' ? 'agentReply' : 'customerReply');
  }

  phase(at: number, from: Context['phase'], estimated: boolean): void {
    const to = this.context.phase;
    if (from === 'paused') this.endPause(at);
    if (to === 'paused' && this.isOpen()) this.beginPause(at, estimated);
    if (to === 'stopped') {
      if (this.isOpen()) {
        this.explanation.push({ kind: 'stopped', at, status: this.context.status ?? '', estimated });
        this.end(at, this.rules.stopFulfils ? 'met' : 'stopped', true, estimated);
      }
    } else if (from === 'stopped') {
      this.reopen(at);
    }
  }

  policyChanged(at: number): void {
    const effect = this.context.clock.policyChange;
    this.explanation.push({ kind: 'policyChanged', at, to: this.context.policy?.name ?? null, effect });
    if (this.isOpen() && effect === 'restart') this.start(at, 'policyChanged');
    const resolved = this.target();
    const cycle = this.cycle;
    if (cycle && this.isOpen() && resolved && cycle.breachedAt === null && cycle.elapsed >= resolved.ms) {
      cycle.breachedAt = at;
      this.explanation.push({ kind: 'breached', at });
    }
  }

  reopen(at: number): void {
    const suspended = this.cycle;
    if (!suspended?.endedByStop) return;
    if (this.context.clock.reopen === 'restart') {
      this.start(at, 'reopened');
      return;
    }
    suspended.endedAt = null;
    suspended.endKind = null;
    suspended.endedByStop = false;
    suspended.countedTo = at;
    this.explanation.push({ kind: 'resumed', at });
  }

  /** Under the 'extend' rule, remembers the deadline as it stood when the pause began. */
  extendFrom(at: number): void {
    const resolved = this.target();
    const cycle = this.cycle;
    if (cycle && this.context.clock.pause === 'extend' && resolved && resolved.ms > cycle.elapsed) {
      cycle.extendFrom = { at, deadline: resolved.calendar.add(at, resolved.ms - cycle.elapsed) };
    }
  }

  beginPause(at: number, estimated: boolean): void {
    const effect = this.context.clock.pause;
    this.openPause = {
      kind: 'paused',
      from: at,
      to: null,
      status: this.context.status ?? '',
      effect,
      estimated,
    };
    this.explanation.push(this.openPause);
    this.extendFrom(at);
  }

  endPause(at: number): void {
    const pause = this.openPause;
    this.openPause = null;
    if (pause) {
      pause.to = at;
      // A pause that ends the instant it began (a reply and a status change seen together) explains nothing.
      if (pause.from === at) this.explanation.splice(this.explanation.lastIndexOf(pause), 1);
    }
    const resolved = this.target();
    const cycle = this.cycle;
    if (cycle?.extendFrom && resolved) {
      // The deadline moves out by the pause's wall-clock length; what is left is counted from there.
      const deadline = cycle.extendFrom.deadline + (at - cycle.extendFrom.at);
      cycle.elapsed = resolved.ms - resolved.calendar.between(at, deadline);
    }
    if (cycle) cycle.extendFrom = null;
  }
}

/** Runs the metric's clock over the timeline up to `now`, appending what happened to `explanation`. */
export function runMetricClock(
  metric: Metric,
  timeline: Timeline,
  calendars: Readonly<Record<string, Calendar>>,
  now: number,
  explanation: ExplanationStep[],
): Cycle | null {
  const run = new ClockRun(metric, calendars, (timeline.steps[0] as Step).context, explanation);
  for (const step of timeline.steps) run.step(step);
  run.countTo(now);
  return run.cycle;
}
