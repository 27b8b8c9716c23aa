/**
 * The toolbar badge: how many tickets are breached (red) or, when none is, how many are at risk
 * (amber). The tooltip says what the number counts. Each ticket's state is kept in its schedule
 * entry, so the badge is counted by the store rather than by evaluating every ticket again.
 */
import type { TicketEvaluation } from '../engine/evaluate';
import type { BadgeState } from '../store/records';
import type { BadgeCounts } from '../store/schedule';

export interface Badge {
  readonly text: string;
  readonly color: 'red' | 'amber' | null;
  /** What the number counts, for the tooltip (the background words it in the user's language). */
  readonly counts: BadgeCounts;
}

/** What one ticket counts for: once, under its worst open metric; metrics met or closed late no more. */
export function badgeStateOf(evaluation: TicketEvaluation): BadgeState {
  const open = evaluation.metrics.filter((metric) => metric.endedAt === null);
  if (open.some((metric) => metric.state === 'breached')) return 'breached';
  if (open.some((metric) => metric.atRisk)) return 'atRisk';
  return 'clear';
}

export function badgeFor(counts: BadgeCounts): Badge {
  if (counts.breached > 0) return { text: String(counts.breached), color: 'red', counts };
  if (counts.atRisk > 0) return { text: String(counts.atRisk), color: 'amber', counts };
  return { text: '', color: null, counts };
}
