/**
 * One ticket as the panel needs it, read from the store (parsed by the store's schemas) and read
 * again whenever the background announces a change: the ticket, the settings its timers depend on,
 * the alerts Plazo gave for it and its open recovery incidents.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { PlazoStore } from '../../core/store';
import { readIncidentsOfTicket } from '../../core/store/incidents';
import type { AlertRecord, IncidentRecord, Settings, TicketRecord } from '../../core/store/records';
import { errorText } from '../shared/i18n';
import { useStoreChanges } from '../shared/store-changes';
import { readStore } from '../shared/store-reader';

export type TicketData =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: string }
  | { readonly status: 'missing' }
  | {
      readonly status: 'ready';
      readonly record: TicketRecord;
      readonly settings: Settings;
      readonly alerts: readonly AlertRecord[];
      readonly openIncidents: readonly IncidentRecord[];
    };

async function readTicket(key: string): Promise<TicketData> {
  return readStore(async (db) => {
    const store = new PlazoStore(db);
    const [{ ticket }, { settings }, { alerts }, incidents] = await Promise.all([
      store.getTicket(key),
      store.readSettings(),
      store.listAlertsByTicket(key),
      readIncidentsOfTicket(db, key),
    ]);
    if (!ticket) return { status: 'missing' };
    const openIncidents = incidents.records.filter((incident) => incident.closed === null);
    return { status: 'ready', record: ticket, settings, alerts, openIncidents };
  });
}

export function useTicketData(key: string): TicketData {
  const [data, setData] = useState<TicketData>({ status: 'loading' });
  // Only the latest read may set the data: an older one finishing late would show a stale ticket.
  const generation = useRef(0);
  const refresh = useCallback(() => {
    const mine = ++generation.current;
    readTicket(key).then(
      (read) => mine === generation.current && setData(read),
      (error: unknown) =>
        mine === generation.current && setData({ status: 'failed', error: errorText(error) }),
    );
  }, [key]);
  useEffect(() => {
    setData({ status: 'loading' });
    refresh();
  }, [refresh]);
  useStoreChanges(refresh);
  return data;
}
