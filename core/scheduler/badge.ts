/**
 * The toolbar badge: how many tickets are breached (red) or, when none is, how many are at risk
 * (amber). The tooltip says what the number counts.
 */
import type { TicketEvaluation } from '../engine/evaluate';

export interface Badge {
  readonly text: string;
  readonly color: 'red' | 'amber' | null;
  /** What the number counts, for the tooltip (the background words it in the user's language). */
  readonly counts: { readonly breached: number; readonly atRisk: number };
}

export function badgeFor(evaluations: Iterable<TicketEvaluation>): Badge {
  let breached = 0;
  let atRisk = 0;
  for (const evaluation of evaluations) {
    // A ticket counts once, under its worst open metric; metrics already met or closed late count no more.
    const open = evaluation.metrics.filter((metric) => metric.endedAt === null);
    if (open.some((metric) => metric.state === 'breached')) breached++;
    else if (open.some((metric) => metric.atRisk)) atRisk++;
  }
  if (breached > 0) return { text: String(breached), color: 'red', counts: { breached, atRisk } };
  if (atRisk > 0) return { text: String(atRisk), color: 'amber', counts: { breached, atRisk } };
  return { text: '', color: null, counts: { breached, atRisk } };
}
