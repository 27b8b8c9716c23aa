/**
 * The popup: every tracked ticket, most urgent first, with live countdowns from one ticker,
 * filters, search, quick actions, adapter-health warnings, and how to start when nothing is tracked.
 */
import { useCallback, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Metric } from '../../core/engine/metrics';
import type { CommandMessage } from '../../core/messaging/protocol';
import {
  countRows,
  filterRows,
  type ListRow,
  NO_FILTER,
  type PopupFilter,
} from '../../core/views/popup-list';
import { t } from '../shared/i18n';
import { openSidePanel } from '../shared/open-side-panel';
import { useNow } from '../shared/use-now';
import { Banners } from './Banners';
import { EmptyState } from './EmptyState';
import { Filters } from './Filters';
import { useFirstCountdownMark } from './first-countdown';
import { Header } from './Header';
import type { PopupLoad } from './popup-load';
import type { RowContext } from './row-context';
import { TicketList } from './TicketList';
import { usePopupLoad } from './use-popup-load';
import { useUrgencyOrder } from './use-urgency-order';

const SNOOZE_MINUTES = 60;

interface Props {
  /** The first screen from the background's digest, read before the first render (read-digest.ts). */
  readonly digest: PopupLoad | null;
}

export function PopupApp({ digest }: Props) {
  const uiLanguage = browser.i18n.getUILanguage();
  const timeFormat = useMemo(
    () => new Intl.DateTimeFormat(uiLanguage, { hour: '2-digit', minute: '2-digit' }),
    [uiLanguage],
  );
  const { load, error } = usePopupLoad(digest);
  const now = useNow();
  const [filter, setFilter] = useState<PopupFilter>(NO_FILTER);
  const [announcement, setAnnouncement] = useState('');

  const announceBreaches = useCallback((rows: readonly ListRow[]) => {
    const [first] = rows;
    if (!first) return;
    setAnnouncement(
      rows.length === 1
        ? t('popupNewBreach', first.id, first.title)
        : t('popupNewBreaches', String(rows.length)),
    );
  }, []);
  const order = useUrgencyOrder(load, now, announceBreaches);
  const shown = useMemo(() => filterRows(order.rows, filter, order.at), [order, filter]);
  const counts = useMemo(() => countRows(order.rows, filter, order.at), [order, filter]);
  const totals = useMemo(() => countRows(order.rows, NO_FILTER, order.at).state, [order]);

  const command = useCallback(async (done: string, message: CommandMessage) => {
    // Commands bring the reply schemas: loaded at the first use, not before the first paint.
    const { sendCommand } = await import('../shared/commands');
    const reply = await sendCommand(message);
    setAnnouncement(reply.ok ? done : t('popupCommandFailed', reply.error));
  }, []);
  const context: RowContext = {
    now,
    timeFormat,
    clockOf: (row) => load?.clockOf(row) ?? null,
    open: (row) => void browser.tabs.create({ url: row.url }),
    acknowledge: (row: ListRow, metric: Metric) =>
      void command(t('popupAcknowledged', row.id), { type: 'acknowledge', ticket: row.key, metric }),
    snooze: (row) =>
      void command(t('popupSnoozed', row.id), { type: 'snooze', ticket: row.key, minutes: SNOOZE_MINUTES }),
    recover: (row, metric) => void openSidePanel({ ticket: row.key, metric, recover: true }),
  };

  useFirstCountdownMark();

  // An empty store shows how to start at once; otherwise only once every ticket has been read.
  const empty = load !== null && (load.complete ? order.rows.length === 0 : load.totals.tickets === 0);
  return (
    <main class="popup">
      <Header
        totals={
          load?.complete
            ? {
                tickets: order.rows.length,
                breached: totals.get('breached') ?? 0,
                atRisk: totals.get('atRisk') ?? 0,
              }
            : (load?.totals ?? null)
        }
        shown={load?.complete && shown.length !== order.rows.length ? shown.length : null}
        reading={load !== null && !load.complete}
      />
      <Banners
        unreadable={load?.unreadable ?? []}
        problems={load?.problems ?? []}
        error={error}
        language={uiLanguage}
      />
      {empty ? (
        <EmptyState />
      ) : (
        <>
          {load?.complete && <Filters filter={filter} counts={counts} onChange={setFilter} />}
          {load?.complete && shown.length === 0 ? (
            <p class="no-match">
              {t('popupNoMatch')}{' '}
              <button type="button" onClick={() => setFilter(NO_FILTER)}>
                {t('popupClearFilters')}
              </button>
            </p>
          ) : (
            <TicketList rows={shown} context={context} />
          )}
        </>
      )}
      <p class="visually-hidden" role="status" aria-live="polite" data-testid="popup-live">
        {announcement}
      </p>
    </main>
  );
}
