/**
 * Turns a ticket's history into the ordered steps every metric clock reacts to: the ticket was
 * created, its status moved between active / paused / stopped, someone replied, or its fields
 * changed so that another policy applies. Computed once per ticket and shared by its metrics.
 */
import type { Fact, TicketHistory } from './history';
import {
  type ClockRules,
  DEFAULT_CLOCK,
  type Policy,
  selectPolicy,
  statusIn,
  type TicketFields,
} from './policy';

export type Phase = 'active' | 'paused' | 'stopped';

export interface Context {
  readonly policy: Policy | undefined;
  readonly clock: ClockRules;
  readonly phase: Phase;
  readonly status: string | undefined;
}

export type Step =
  | { readonly kind: 'created'; readonly at: number; readonly context: Context }
  | {
      readonly kind: 'phase';
      readonly at: number;
      readonly from: Phase;
      readonly context: Context;
      readonly estimated: boolean;
    }
  | {
      readonly kind: 'reply';
      readonly at: number;
      readonly by: 'agent' | 'customer';
      readonly context: Context;
      readonly estimated: boolean;
    }
  | {
      readonly kind: 'policy';
      readonly at: number;
      readonly previous: Policy | undefined;
      readonly context: Context;
    };

/** What had to be assumed because the history does not reach back to the ticket's creation. */
export interface Assumptions {
  /** The creation instant is unknown: clocks start at the first observation. */
  readonly createdUnknown: boolean;
  /** The first status seen was later than creation and is assumed to have held since then. */
  readonly statusAssumedSince: { readonly status: string; readonly seenAt: number } | null;
}

export interface Timeline {
  readonly createdAt: number;
  readonly steps: readonly Step[];
  /** The context in force at `now`. */
  readonly current: Context;
  readonly assumptions: Assumptions;
}

export function phaseOf(clock: ClockRules, status: string | undefined): Phase {
  if (status === undefined) return 'active';
  if (statusIn(clock.stopStatuses, status)) return 'stopped';
  if (statusIn(clock.pauseStatuses, status)) return 'paused';
  return 'active';
}

/** Contexts are immutable and few (policies x statuses): shared, so tickets allocate none. */
const contexts = new WeakMap<object, Map<string | undefined, Context>>();
const NO_POLICY = {};

function contextFor(policy: Policy | undefined, status: string | undefined): Context {
  const owner = policy ?? NO_POLICY;
  let byStatus = contexts.get(owner);
  if (!byStatus) {
    byStatus = new Map();
    contexts.set(owner, byStatus);
  }
  let context = byStatus.get(status);
  if (!context) {
    const clock = policy?.clock ?? DEFAULT_CLOCK;
    context = { policy, clock, phase: phaseOf(clock, status), status };
    byStatus.set(status, context);
  }
  return context;
}

/**
 * Incomplete histories are read with the best estimate: each field's and the status's first known
 * value is taken to have held since creation (the assumption is reported in the explanation).
 */
function initialFields(facts: readonly Fact[]): TicketFields {
  const fields: Record<string, unknown> = {};
  for (const fact of facts) {
    if (fact.kind !== 'fields') continue;
    for (const [name, value] of Object.entries(fact.fields)) {
      if (!(name in fields) && value !== undefined) fields[name] = value;
    }
  }
  return fields as TicketFields;
}

export function buildTimeline(history: TicketHistory, policies: readonly Policy[], now: number): Timeline {
  const createdAt = history.createdAt ?? history.firstSeenAt;
  const facts = isSorted(history.facts) ? history.facts : [...history.facts].sort((a, b) => a.at - b.at);
  let fields = initialFields(facts);
  const firstStatus = facts.find((fact) => fact.kind === 'status');
  let policy = selectPolicy(policies, history.tool, fields);
  let context = contextFor(policy, firstStatus?.status);
  const steps: Step[] = [{ kind: 'created', at: createdAt, context }];

  for (const fact of facts) {
    if (fact.at > now) break;
    const at = Math.max(fact.at, createdAt);
    if (fact.kind === 'reply') {
      steps.push({ kind: 'reply', at, by: fact.by, context, estimated: fact.estimated === true });
      continue;
    }
    if (fact.kind === 'fields') {
      fields = { ...fields, ...fact.fields };
      const next = selectPolicy(policies, history.tool, fields);
      if (next === policy) continue;
      const previous = policy;
      policy = next;
      const before = context;
      context = contextFor(policy, context.status);
      steps.push({ kind: 'policy', at, previous, context });
      if (context.phase !== before.phase) {
        steps.push({ kind: 'phase', at, from: before.phase, context, estimated: fact.estimated === true });
      }
      continue;
    }
    const before = context;
    context = contextFor(policy, fact.status);
    if (context.phase !== before.phase) {
      steps.push({ kind: 'phase', at, from: before.phase, context, estimated: fact.estimated === true });
    }
  }

  return {
    createdAt,
    steps,
    current: context,
    assumptions: {
      createdUnknown: history.createdAt === null,
      statusAssumedSince:
        firstStatus && firstStatus.at > createdAt
          ? { status: firstStatus.status, seenAt: firstStatus.at }
          : null,
    },
  };
}

function isSorted(facts: readonly Fact[]): boolean {
  for (let i = 1; i < facts.length; i++) {
    if ((facts[i] as Fact).at < (facts[i - 1] as Fact).at) return false;
  }
  return true;
}
