/**
 * How urgent a ticket is: the metric its chip shows and the instants its state changes at (made from
 * an evaluation in urgency-of.ts). Lists order by this without the explanations and working
 * stretches that timers carry, so ordering 5,000 tickets costs only their evaluations. No imports
 * beyond types: the popup's first screen orders rows with this before the engine is loaded.
 */
import type { Metric } from '../engine/metrics';

/** A row's states: the chip's states a stored ticket can be in. */
export const ROW_STATES = ['breached', 'atRisk', 'onTrack', 'paused', 'met', 'none'] as const;
export type RowState = (typeof ROW_STATES)[number];

export interface Urgency {
  readonly metric: Metric | null;
  /** The metric's state when evaluated: the chip's, before time moves on. */
  readonly state: RowState;
  readonly deadline: number | null;
  readonly atRiskAt: number | null;
  /** Business time left when evaluated (negative once breached). */
  readonly remainingMs: number | null;
}

/** The state at `now`: a running metric becomes at risk, then breached, as its instants pass. */
export function stateAt(urgency: Urgency, now: number): RowState {
  if (urgency.state !== 'onTrack' && urgency.state !== 'atRisk') return urgency.state;
  if (urgency.deadline !== null && now >= urgency.deadline) return 'breached';
  if (urgency.atRiskAt !== null && now >= urgency.atRiskAt) return 'atRisk';
  return urgency.state;
}

/** The next instant `stateAt` changes after `now`, or null when it never will. */
export function nextChangeAfter(urgency: Urgency, now: number): number | null {
  if (urgency.state !== 'onTrack' && urgency.state !== 'atRisk') return null;
  if (urgency.atRiskAt !== null && urgency.atRiskAt > now) return urgency.atRiskAt;
  return urgency.deadline !== null && urgency.deadline > now ? urgency.deadline : null;
}

const RANK: Record<RowState, number> = { breached: 0, atRisk: 1, onTrack: 2, paused: 3, met: 4, none: 5 };

/**
 * Most urgent first: breached by how late (earliest deadline first), then at risk, running and
 * paused by business time left, then met, then tickets without a target.
 */
export function compareUrgency(a: Urgency, b: Urgency, now: number): number {
  const stateA = stateAt(a, now);
  const byState = RANK[stateA] - RANK[stateAt(b, now)];
  if (byState !== 0) return byState;
  if (stateA === 'breached') return (a.deadline ?? now) - (b.deadline ?? now);
  return (a.remainingMs ?? Number.POSITIVE_INFINITY) - (b.remainingMs ?? Number.POSITIVE_INFINITY) || 0;
}
