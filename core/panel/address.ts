/**
 * The side panel's address says what it shows: `?ticket=<store key>&metric=<metric>&recover=1` for
 * one ticket (a popup's Recovery button), `?incident=<id>` for a breach's checklist (a notification's
 * button opens it in a tab), nothing for "the current tab's ticket". One module writes and reads it,
 * so the openers and the panel cannot drift apart.
 */
import { METRICS, type Metric } from '../engine/metrics';

export const PANEL_PAGE = 'sidepanel.html';

export type PanelTarget =
  | { readonly kind: 'currentTab' }
  | {
      readonly kind: 'ticket';
      readonly ticket: string;
      readonly metric: Metric | null;
      readonly recover: boolean;
    }
  | { readonly kind: 'incident'; readonly incident: string };

export interface TicketTarget {
  readonly ticket: string;
  readonly metric?: Metric;
  readonly recover?: boolean;
}

/** The query string (with its "?") for a ticket or an incident. */
export function panelQuery(target: TicketTarget | { readonly incident: string }): string {
  const params = new URLSearchParams();
  if ('incident' in target) params.set('incident', target.incident);
  else {
    params.set('ticket', target.ticket);
    if (target.metric) params.set('metric', target.metric);
    if (target.recover) params.set('recover', '1');
  }
  return `?${params.toString()}`;
}

/** What a panel address asks for; anything unreadable falls back to following the current tab. */
export function readPanelQuery(search: string): PanelTarget {
  const params = new URLSearchParams(search);
  const incident = params.get('incident');
  if (incident) return { kind: 'incident', incident };
  const ticket = params.get('ticket');
  if (!ticket) return { kind: 'currentTab' };
  const metric = params.get('metric');
  return {
    kind: 'ticket',
    ticket,
    metric: METRICS.find((known) => known === metric) ?? null,
    recover: params.get('recover') === '1',
  };
}
