/** The text of the panel's live region: the latest breach that happened while the panel was open. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { type Language, type Metric, metricName } from '../../core/engine';
import { breachNews } from '../../core/panel/breach-news';
import { t } from '../shared/i18n';

export function useBreachAnnouncement(
  ticket: string,
  ticketName: string,
  cards: readonly { readonly metric: Metric; readonly state: string }[],
  language: Language,
): string {
  const seen = useRef<{ ticket: string; breached: ReadonlySet<Metric> } | null>(null);
  const [message, setMessage] = useState('');
  // A key of the breached metrics, so the effect runs when they change, not on every tick.
  const breachedKey = cards
    .filter((card) => card.state === 'breached')
    .map((card) => card.metric)
    .join();
  // Not on `cards`, new every tick: breachedKey changes exactly when the breached metrics do.
  useEffect(() => {
    const previous = seen.current?.ticket === ticket ? seen.current.breached : null;
    const { breached, fresh } = breachNews(previous, cards);
    seen.current = { ticket, breached };
    if (fresh.length > 0) {
      setMessage(
        fresh.map((metric) => t('panelBreachAnnounce', metricName(metric, language), ticketName)).join(' '),
      );
    } else if (!previous) setMessage('');
  }, [ticket, breachedKey, ticketName, language]);
  return message;
}
