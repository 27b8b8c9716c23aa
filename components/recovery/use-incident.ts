/**
 * One incident as the page shows it: read from the store (parsed with its schema) together with the
 * agent's remembered name, and read again whenever the background announces a change.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Incident } from '../../core/recovery';
import { readIncident } from '../../core/store/incidents';
import { readSettings } from '../../core/store/settings';
import { errorText } from '../shared/i18n';
import { useStoreChanges } from '../shared/store-changes';
import { readStore } from '../shared/store-reader';

export type IncidentView =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly incident: Incident; readonly agentName: string }
  | { readonly status: 'missing' }
  | { readonly status: 'damaged'; readonly detail: string }
  | { readonly status: 'failed'; readonly error: string };

export function useIncident(id: string): { view: IncidentView; reload: () => void } {
  const [view, setView] = useState<IncidentView>({ status: 'loading' });
  // Reads can finish out of order (a slow one, then a fast one): only the latest may show.
  const latest = useRef(0);
  const reload = useCallback(() => {
    const read = ++latest.current;
    readStore(async (db) => Promise.all([readIncident(db, id), readSettings(db)]))
      .then(([{ record, problem }, { settings }]) => {
        if (read !== latest.current) return;
        if (problem) setView({ status: 'damaged', detail: problem.message });
        else if (!record) setView({ status: 'missing' });
        else setView({ status: 'ready', incident: record, agentName: settings.agentName ?? '' });
      })
      .catch((error: unknown) => {
        if (read === latest.current) setView({ status: 'failed', error: errorText(error) });
      });
  }, [id]);
  useEffect(reload, [reload]);
  useStoreChanges(reload);
  return { view, reload };
}
