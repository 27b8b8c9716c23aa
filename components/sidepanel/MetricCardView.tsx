/** One metric: its state in words and a symbol (never colour alone), the times left and deadlines, and the rules. */
import type { ComponentChildren } from 'preact';
import type { ChipState } from '../../core/overlay/chip-model';
import type { MetricCard } from '../../core/panel/metric-cards';
import { t } from '../shared/i18n';

/** Symbols beside the words, so the state reads without colour. */
const SYMBOL: Record<ChipState, string> = {
  onTrack: '◷',
  atRisk: '▲',
  breached: '✕',
  paused: '‖',
  met: '✓',
  unreadable: '?',
  loading: '…',
  none: '–',
};

export function MetricCardView({ card, children }: { card: MetricCard; children?: ComponentChildren }) {
  const headingId = `metric-${card.metric}-heading`;
  return (
    <li
      class={`metric metric--${card.state}`}
      id={`metric-${card.metric}`}
      tabIndex={-1}
      aria-labelledby={headingId}
    >
      <h3 class="metric__heading" id={headingId}>
        <span class="metric__symbol" aria-hidden="true">
          {SYMBOL[card.state]}
        </span>
        {card.heading}
      </h3>
      <ul class="metric__facts" data-testid="metric-facts">
        {card.facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
      {card.rules.length > 0 && (
        <details class="metric__rules">
          <summary>{t('panelRulesHeading')}</summary>
          <ul>
            {card.rules.map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ul>
        </details>
      )}
      {children}
    </li>
  );
}
