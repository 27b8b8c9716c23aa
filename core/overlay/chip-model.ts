/**
 * What a countdown chip shows at a given instant, from the timers the background last sent. Pure
 * and cheap (the page's one ticker calls it every second for each chip in view): no calendar
 * arithmetic, only sums over the working stretches the timers carry.
 */
import type { Language } from '../engine/explain';
import { chipWords } from './chip-text';
import type { MetricTimer, TicketTimers } from './timers';

export type ChipState =
  | 'onTrack'
  | 'atRisk'
  | 'breached'
  | 'paused'
  | 'met'
  | 'unreadable'
  | 'loading'
  | 'none';

export interface ChipView {
  readonly state: ChipState;
  /** The chip's text: the most urgent metric and its countdown. */
  readonly text: string;
  /** The metric shown, when there is one. */
  readonly timer: MetricTimer | null;
}

/** Business time left at `now`: what remains of the working stretches ahead (wall clock without them). */
export function businessLeft(
  timer: Pick<MetricTimer, 'state' | 'remainingMs' | 'spans'>,
  evaluatedAt: number,
  now: number,
): number | null {
  if (timer.remainingMs === null) return null;
  if (timer.spans.length === 0) {
    return timer.state === 'running' ? timer.remainingMs - Math.max(0, now - evaluatedAt) : timer.remainingMs;
  }
  let left = 0;
  let listed = 0;
  for (const [start, end] of timer.spans) {
    listed += end - start;
    if (end > now) left += end - Math.max(start, now);
  }
  // Stretches beyond the last one listed (a deadline weeks away) count as they were at evaluation.
  return left + Math.max(0, timer.remainingMs - listed);
}

/** What choosing the most urgent metric reads: a timer's or an evaluation's state and deadline. */
export interface UrgencyFields {
  readonly state: MetricTimer['state'];
  readonly deadline: number | null;
}

/**
 * The metric a chip shows: the open one with the nearest deadline (a breach first), else a met one.
 * Generic so the popup orders tickets by the same metric straight from their evaluations.
 */
export function mostUrgent<T extends UrgencyFields>(timers: { readonly metrics: readonly T[] }): T | null {
  let urgent: T | null = null;
  for (const timer of timers.metrics) {
    if (timer.state === 'met' || timer.state === 'notApplicable' || timer.deadline === null) continue;
    if (!urgent || timer.deadline < (urgent.deadline as number)) urgent = timer;
  }
  return urgent ?? timers.metrics.find((timer) => timer.state === 'met') ?? null;
}

export function chipAt(timers: TicketTimers, now: number, language: Language): ChipView {
  const words = chipWords(language);
  const timer = mostUrgent(timers);
  if (!timer) return { state: 'none', text: words.noTarget, timer: null };
  const name = words.metric(timer.metric);
  const label = (text: string) => `${name}: ${text}`;
  const deadline = timer.deadline;
  if (timer.state === 'met') return { state: 'met', text: label(words.met), timer };
  if (timer.state === 'paused') {
    return { state: 'paused', text: label(words.paused(timer.remainingMs)), timer };
  }
  if (timer.state === 'breached' || (deadline !== null && now >= deadline)) {
    return { state: 'breached', text: label(words.overdue(now - (deadline ?? now))), timer };
  }
  const left = businessLeft(timer, timers.evaluatedAt, now) ?? (deadline ?? now) - now;
  // At risk is said in words too: the chip's colour is never the only sign of its state.
  if (timer.atRiskAt !== null && now >= timer.atRiskAt) {
    return { state: 'atRisk', text: label(`${words.state.atRisk}, ${words.left(left)}`), timer };
  }
  return { state: 'onTrack', text: label(words.left(left)), timer };
}
