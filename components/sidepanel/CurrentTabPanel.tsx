/** The panel's usual view: the ticket in the agent's current tab, or how to get one there. */
import type { Language } from '../../core/engine';
import { t } from '../shared/i18n';
import { EmptyState } from './EmptyState';
import { TicketPanel } from './TicketPanel';
import { useActiveTabTicket } from './use-active-tab-ticket';

export function CurrentTabPanel(props: { now: number; language: Language; timeZone: string }) {
  const active = useActiveTabTicket();
  if (active.status === 'loading') return <p role="status">{t('panelLoading')}</p>;
  if (active.status === 'failed') return <p role="alert">{t('panelReadFailed', active.error)}</p>;
  if (active.status === 'none') return <EmptyState />;
  return <TicketPanel {...props} ticket={active.ticket} focus={null} recover={false} />;
}
