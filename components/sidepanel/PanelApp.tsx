/** The side panel: the ticket its address names, a breach's recovery checklist, or the current tab's ticket. */
import { useMemo } from 'preact/hooks';
import { readPanelQuery } from '../../core/panel/address';
import { RecoveryChecklist } from '../recovery';
import { useNow } from '../shared/use-now';
import { agentTimeZone, panelLanguage } from './agent';
import { CurrentTabPanel } from './CurrentTabPanel';
import { FollowTab } from './FollowTab';
import { TicketPanel } from './TicketPanel';

export function PanelApp({ search }: { search: string }) {
  const target = useMemo(() => readPanelQuery(search), [search]);
  // The panel's one clock: every countdown below repaints from this instant.
  const now = useNow();
  const context = { now, language: panelLanguage(), timeZone: agentTimeZone() };
  return (
    <main class="panel">
      {target.kind === 'ticket' && (
        <>
          <FollowTab />
          <TicketPanel {...context} ticket={target.ticket} focus={target.metric} recover={target.recover} />
        </>
      )}
      {target.kind === 'incident' && <RecoveryChecklist incidentId={target.incident} />}
      {target.kind === 'currentTab' && <CurrentTabPanel {...context} />}
    </main>
  );
}
