/** A ticket's urgency (see urgency.ts) from its evaluation: the metric its chip shows (chip-model's mostUrgent). */
import type { TicketEvaluation } from '../engine/evaluate';
import { mostUrgent } from '../overlay/chip-model';
import { atRiskAt } from '../overlay/timers';
import type { RowState, Urgency } from './urgency';

export function urgencyOf(evaluation: TicketEvaluation): Urgency {
  // As on the badge, a metric whose cycle ended (closed late) no longer makes a ticket urgent.
  const metric = mostUrgent({
    metrics: evaluation.metrics.filter(
      (candidate) => candidate.endedAt === null || candidate.state === 'met',
    ),
  });
  if (!metric) return { metric: null, state: 'none', deadline: null, atRiskAt: null, remainingMs: null };
  const state: RowState =
    metric.state === 'breached'
      ? 'breached'
      : metric.state === 'paused'
        ? 'paused'
        : metric.state === 'met'
          ? 'met'
          : metric.atRisk
            ? 'atRisk'
            : 'onTrack';
  return {
    metric: metric.metric,
    state,
    deadline: metric.deadline,
    atRiskAt: atRiskAt(metric, evaluation.evaluatedAt),
    remainingMs: metric.remainingMs,
  };
}
