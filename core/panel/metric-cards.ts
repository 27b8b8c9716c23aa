/**
 * One card per metric in the side panel, at a given instant: the chip tooltip's heading (metric and
 * state in words) and facts (deadline in the agent's zone and the calendar's, business and
 * calendar time left, where the deadline comes from), and the rules in force (policy, target,
 * calendar). Built from the same timers and functions as the in-page chip, so both always agree.
 */
import type { TicketEvaluation } from '../engine/evaluate';
import { explainStep, instantFormat, type Language } from '../engine/explain';
import type { Metric } from '../engine/metrics';
import { chipDetails } from '../overlay/chip-details';
import { type ChipState, chipAt } from '../overlay/chip-model';
import type { TicketTimers } from '../overlay/timers';
import { isRule } from './timeline-entries';

export interface MetricCard {
  readonly metric: Metric;
  /** For the card's colour and symbol; `heading` says it in words. */
  readonly state: ChipState;
  /** "Resolution · at risk", as the chip's tooltip says it. */
  readonly heading: string;
  readonly facts: readonly string[];
  readonly rules: readonly string[];
  /** Breached or at risk: the card offers the recovery checklist. */
  readonly recoverable: boolean;
}

export function metricCards(
  timers: TicketTimers,
  evaluation: TicketEvaluation,
  now: number,
  language: Language,
  agentTimeZone: string,
): MetricCard[] {
  const agent = instantFormat(language, agentTimeZone);
  return timers.metrics.map((timer) => {
    const alone = { ...timers, metrics: [timer] };
    const chip = chipAt(alone, now, language);
    const [details] = chipDetails(alone, now, language, agentTimeZone);
    const lines = details?.lines ?? [];
    const steps = evaluation.metrics.find((metric) => metric.metric === timer.metric)?.explanation ?? [];
    return {
      metric: timer.metric,
      state: chip.state,
      heading: details?.heading ?? '',
      // The tooltip ends with the explanation; the panel splits it into rules here and the timeline.
      facts: lines.slice(0, lines.length - timer.explanation.length),
      rules: steps.filter(isRule).map((step) => explainStep(step, language, agent)),
      recoverable: chip.state === 'breached' || chip.state === 'atRisk',
    };
  });
}

/** The earliest instant after `now` at which a card's state changes without any new fact. */
export function nextChangeAt(evaluation: TicketEvaluation, now: number): number | null {
  let next: number | null = null;
  for (const metric of evaluation.metrics) {
    for (const at of [metric.nextTransition?.at, metric.state === 'running' ? metric.deadline : null]) {
      if (typeof at === 'number' && at > now && (next === null || at < next)) next = at;
    }
  }
  return next;
}
