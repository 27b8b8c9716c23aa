/**
 * Which metrics breached since the panel last looked, for the screen-reader announcement. The first
 * look announces nothing: breaches already there are on screen, not news.
 */
import type { Metric } from '../engine/metrics';

export interface BreachNews {
  readonly breached: ReadonlySet<Metric>;
  readonly fresh: readonly Metric[];
}

export function breachNews(
  previous: ReadonlySet<Metric> | null,
  cards: Iterable<{ readonly metric: Metric; readonly state: string }>,
): BreachNews {
  const breached = new Set<Metric>();
  for (const card of cards) if (card.state === 'breached') breached.add(card.metric);
  const fresh = previous ? [...breached].filter((metric) => !previous.has(metric)) : [];
  return { breached, fresh };
}
