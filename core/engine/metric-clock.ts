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

export interface MetricClock {
  readonly cycle: Cycle | null;
  readonly explanation: ExplanationStep[];
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

/** The target a context gives this metric, or null (no policy, no target, or an unknown calendar). */
export function resolveTarget(
  metric: Metric,
  context: Context,
  calendars: Readonly<Record<string, Calendar>>,
): ResolvedTarget | null {
  const target = context.policy?.targets[metric];
  if (!target) return null;
  const calendar = target.calendar === null ? CALENDAR_TIME : calendars[target.calendar];
  if (!calendar) return null;
  return { target, calendar, ms: target.minutes * MINUTE };
}

export function runMetricClock(
  metric: Metric,
  timeline: Timeline,
  calendars: Readonly<Record<string, Calendar>>,
  now: number,
): MetricClock {
  const rules = RULES[metric];
  const explanation: ExplanationStep[] = [];
  let cycle: Cycle | null = null;
  let context: Context = (timeline.steps[0] as Step).context;
  let agentHasReplied = false;
  let openPause: Extract<ExplanationStep, { kind: 'paused' }> | null = null;

  const target = () => resolveTarget(metric, context, calendars);
  const isOpen = () => cycle !== null && cycle.endedAt === null;

  /** Counts business time up to `to` under the context in force until then. */
  const countTo = (to: number) => {
    if (!cycle || cycle.endedAt !== null) return;
    if (context.phase === 'active' && to > cycle.countedTo) {
      const resolved = target();
      const calendar = resolved?.calendar ?? CALENDAR_TIME;
      const gained = calendar.between(cycle.countedTo, to);
      if (resolved && cycle.breachedAt === null && cycle.elapsed + gained >= resolved.ms) {
        cycle.breachedAt = calendar.add(cycle.countedTo, Math.max(0, resolved.ms - cycle.elapsed));
        explanation.push({ kind: 'breached', at: cycle.breachedAt });
      }
      cycle.elapsed += gained;
    }
    cycle.countedTo = Math.max(cycle.countedTo, to);
  };

  const start = (at: number, reason: StartReason) => {
    cycle = {
      startedAt: at,
      elapsed: 0,
      countedTo: at,
      breachedAt: null,
      endedAt: null,
      endKind: null,
      endedByStop: false,
      extendFrom: null,
    };
    explanation.push({ kind: 'started', at, reason });
    if (context.phase === 'paused') {
      if (openPause) extendFrom(at);
      else beginPause(at, false);
    }
  };

  const end = (at: number, kind: 'met' | 'stopped', byStop: boolean, estimated: boolean) => {
    if (!cycle) return;
    cycle.endedAt = at;
    cycle.endKind = kind;
    cycle.endedByStop = byStop;
    if (kind === 'met') explanation.push({ kind: 'met', at, estimated });
  };

  /** Under the 'extend' rule, remembers the deadline as it stood when the pause began. */
  const extendFrom = (at: number) => {
    const resolved = target();
    if (cycle && context.clock.pause === 'extend' && resolved && resolved.ms > cycle.elapsed) {
      cycle.extendFrom = { at, deadline: resolved.calendar.add(at, resolved.ms - cycle.elapsed) };
    }
  };

  const beginPause = (at: number, estimated: boolean) => {
    const effect = context.clock.pause;
    openPause = { kind: 'paused', from: at, to: null, status: context.status ?? '', effect, estimated };
    explanation.push(openPause);
    extendFrom(at);
  };

  const endPause = (at: number) => {
    if (openPause) openPause.to = at;
    // A pause that ends the instant it began (a reply and a status change observed together) explains nothing.
    if (openPause?.from === at) explanation.splice(explanation.lastIndexOf(openPause), 1);
    openPause = null;
    const resolved = target();
    if (cycle?.extendFrom && resolved) {
      // The deadline moves out by the pause's wall-clock length; what is left is counted from there.
      const deadline = cycle.extendFrom.deadline + (at - cycle.extendFrom.at);
      cycle.elapsed = resolved.ms - resolved.calendar.between(at, deadline);
    }
    if (cycle) cycle.extendFrom = null;
  };

  for (const step of timeline.steps) {
    countTo(step.at);
    const previous = context;
    context = step.context;
    switch (step.kind) {
      case 'created':
        if (rules.startsAtCreation && context.phase !== 'stopped') start(step.at, 'created');
        break;
      case 'reply': {
        const effect = context.phase === 'stopped' ? null : rules.onReply(step.by, isOpen(), agentHasReplied);
        if (step.by === 'agent') agentHasReplied = true;
        if (effect === 'fulfil' || (effect === 'restart' && isOpen()))
          end(step.at, 'met', false, step.estimated);
        if (effect === 'start' || effect === 'restart') {
          start(step.at, step.by === 'agent' ? 'agentReply' : 'customerReply');
        }
        break;
      }
      case 'phase':
        if (previous.phase === 'paused') endPause(step.at);
        if (context.phase === 'paused' && isOpen()) beginPause(step.at, step.estimated);
        if (context.phase === 'stopped') {
          if (isOpen()) {
            explanation.push({
              kind: 'stopped',
              at: step.at,
              status: context.status ?? '',
              estimated: step.estimated,
            });
            end(step.at, rules.stopFulfils ? 'met' : 'stopped', true, step.estimated);
          }
        } else if (previous.phase === 'stopped') {
          reopen(step.at);
        }
        break;
      case 'policy': {
        const effect = context.clock.policyChange;
        explanation.push({ kind: 'policyChanged', at: step.at, to: context.policy?.name ?? null, effect });
        if (isOpen() && effect === 'restart') start(step.at, 'policyChanged');
        const resolved = target();
        const open = cycle as Cycle | null;
        if (open && isOpen() && resolved && open.breachedAt === null && open.elapsed >= resolved.ms) {
          open.breachedAt = step.at;
          explanation.push({ kind: 'breached', at: step.at });
        }
        break;
      }
    }
  }
  countTo(now);
  return { cycle, explanation };

  function reopen(at: number) {
    const suspended = cycle as Cycle | null;
    if (!suspended?.endedByStop) return;
    if (context.clock.reopen === 'restart') {
      start(at, 'reopened');
      return;
    }
    suspended.endedAt = null;
    suspended.endKind = null;
    suspended.endedByStop = false;
    suspended.countedTo = at;
    explanation.push({ kind: 'resumed', at });
  }
}
