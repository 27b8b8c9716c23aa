/**
 * One ticket in the panel: what it is, every metric (state, business and calendar time left, the
 * deadline in the agent's zone and the calendar's, the rules in force), the recovery of breached or
 * at-risk metrics, and the timeline. New breaches are announced in a live region that is always in
 * the page, so screen readers hear them.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Language, Metric } from '../../core/engine';
import { instantFormat } from '../../core/engine/explain';
import type { TicketRecord } from '../../core/store/records';
import { RecoveryChecklist, StartRecovery } from '../recovery';
import { t } from '../shared/i18n';
import { MetricCardView } from './MetricCardView';
import { TimelineView } from './TimelineView';
import { useBreachAnnouncement } from './use-breach-announcement';
import { type TicketData, useTicketData } from './use-ticket-data';
import { useTicketView } from './use-ticket-view';

export interface TicketPanelProps {
  readonly ticket: string;
  /** The metric the panel was opened for: its card takes the focus. */
  readonly focus: Metric | null;
  /** Opened to recover that metric: its card offers the checklist whatever its state. */
  readonly recover: boolean;
  readonly now: number;
  readonly language: Language;
  readonly timeZone: string;
}

export function TicketPanel(props: TicketPanelProps) {
  const data = useTicketData(props.ticket);
  if (data.status === 'loading') return <p role="status">{t('panelLoading')}</p>;
  if (data.status === 'failed') return <p role="alert">{t('panelReadFailed', data.error)}</p>;
  if (data.status === 'missing') return <p role="alert">{t('panelTicketMissing', props.ticket)}</p>;
  return <TicketDetails {...props} data={data} />;
}

function ticketName(record: TicketRecord): string {
  return record.title || t('panelTicketId', record.history.key.id);
}

function TicketDetails(props: TicketPanelProps & { data: Extract<TicketData, { status: 'ready' }> }) {
  const { data, now, language, timeZone, focus, recover } = props;
  const { record, openIncidents } = data;
  const view = useTicketView(data, now, language, timeZone);
  // The incident just started here: its checklist takes the focus from the button that started it.
  const [started, setStarted] = useState<string | null>(null);
  const announcement = useBreachAnnouncement(record.key, ticketName(record), view.cards, language);
  useEffect(() => {
    if (focus) document.getElementById(`metric-${focus}`)?.focus();
  }, [focus, record.key]);
  return (
    <article class="ticket" data-testid="panel-ticket">
      <header class="ticket__head">
        <h1>{ticketName(record)}</h1>
        <p class="ticket__meta">
          {t('panelTicketId', record.history.key.id)} · {new URL(record.url).host}
        </p>
        <p class="ticket__meta">
          {t('panelLastRead', instantFormat(language, timeZone).format(record.observedAt))}
        </p>
        <a class="ticket__link" href={record.url} target="_blank" rel="noopener noreferrer">
          {t('panelOpenTicket')}
        </a>
      </header>
      <section aria-labelledby="metrics-heading">
        <h2 id="metrics-heading">{t('panelMetricsHeading')}</h2>
        {view.cards.length === 0 ? (
          <p>{t('panelNoMetrics')}</p>
        ) : (
          <ul class="metrics" data-testid="metrics">
            {view.cards.map((card) => (
              <MetricCardView key={card.metric} card={card}>
                {(card.recoverable || (recover && card.metric === focus)) &&
                  !openIncidents.some((incident) => incident.metric === card.metric) && (
                    <StartRecovery ticket={record.key} metric={card.metric} onOpened={setStarted} />
                  )}
              </MetricCardView>
            ))}
          </ul>
        )}
      </section>
      {openIncidents.length > 0 && (
        <section aria-labelledby="recovery-section-heading" data-testid="panel-recovery">
          <h2 id="recovery-section-heading">{t('panelRecoveryHeading')}</h2>
          {openIncidents.map((incident) => (
            <RecoveryChecklist
              key={incident.id}
              incidentId={incident.id}
              focusOnReady={incident.id === started}
            />
          ))}
        </section>
      )}
      <TimelineView entries={view.timeline} language={language} timeZone={timeZone} />
      <p class="visually-hidden" aria-live="assertive" aria-atomic="true" data-testid="breach-live">
        {announcement}
      </p>
    </article>
  );
}
