/**
 * One ticket in the list: its state in an icon and words (never colour alone), number and title
 * (text only: titles come from pages), tool, metric and live countdown, and its quick actions.
 * The title opens the ticket in a tab; Enter does the same from the keyboard.
 */
import type { ListRow } from '../../core/views/popup-list';
import type { RowState } from '../../core/views/urgency';
import { t } from '../shared/i18n';
import { countdownWords } from './countdown';
import type { RowContext } from './row-context';
import { metricWords, stateWords, toolWords } from './words';

/** Shapes differ by state, so the icon reads without colour too. */
const ICON: Record<RowState, string> = {
  breached: '✖',
  atRisk: '▲',
  onTrack: '●',
  paused: 'Ⅱ',
  met: '✔',
  none: '○',
};

interface Props {
  readonly row: ListRow;
  readonly state: RowState;
  readonly context: RowContext;
  readonly top: number;
}

export function TicketRow({ row, state, context, top }: Props) {
  const { now } = context;
  const countdown = countdownWords(row, state, context);
  const metric = row.urgency.metric;
  const urgent = state === 'breached' || state === 'atRisk';
  return (
    <li
      class={`row row-${state}`}
      style={{ transform: `translateY(${top}px)` }}
      data-testid="popup-row"
      data-key={row.key}
    >
      <div class="row-state">
        <span class="row-icon" aria-hidden="true">
          {ICON[state]}
        </span>
        <span class="row-state-words">{stateWords(state)}</span>
      </div>
      <div class="row-main">
        <a
          class="row-title"
          href={row.url}
          target="_blank"
          rel="noreferrer"
          onClick={(event) => {
            event.preventDefault();
            context.open(row);
          }}
        >
          <span class="row-id">#{row.id}</span> {row.title}
        </a>
        <div class="row-meta">
          <span>{toolWords(row.tool)}</span>
          {metric && <span>{metricWords(metric)}</span>}
          {countdown && (
            <span class="row-countdown" data-countdown="">
              {countdown}
            </span>
          )}
          {row.snoozedUntil !== null && row.snoozedUntil > now && (
            <span>{t('popupSnoozedUntil', context.timeFormat.format(row.snoozedUntil))}</span>
          )}
        </div>
      </div>
      <div class="row-actions">
        {urgent && metric && (
          <button
            type="button"
            aria-label={t('popupAcknowledgeLabel', row.id)}
            onClick={() => context.acknowledge(row, metric)}
          >
            {t('popupAcknowledge')}
          </button>
        )}
        {state !== 'met' && state !== 'none' && (
          <button
            type="button"
            aria-label={t('popupSnoozeLabel', row.id)}
            onClick={() => context.snooze(row)}
          >
            {t('popupSnooze')}
          </button>
        )}
        {urgent && metric && (
          <button
            type="button"
            aria-label={t('popupRecoveryLabel', row.id)}
            onClick={() => context.recover(row, metric)}
          >
            {t('popupRecovery')}
          </button>
        )}
      </div>
    </li>
  );
}
