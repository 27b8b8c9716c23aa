/**
 * Request Tracker 5: ticket pages and search results, read from the page and made exact with
 * REST 2.0 (same origin, the user's session). RT's Due is the desk's own deadline where the ticket
 * has an SLA.
 */
import type { Adapter } from '../types';
import { listEnrichments } from './list-enrichment';
import { listRowGroups, readResultList } from './result-list';
import { ticketEnrichments } from './ticket-enrichment';
import { readTicketPage } from './ticket-page';
import { RT_TOOL_ID } from './ticket-read';
import { detectRtPage } from './urls';

export const rtAdapter: Adapter = {
  id: RT_TOOL_ID,
  name: 'Request Tracker',
  detect: detectRtPage,
  read(document, _url, page, context, rows) {
    return page.kind === 'ticket'
      ? readTicketPage(document, page.id, context)
      : readResultList(document, context, rows);
  },
  rows(document, page) {
    return page.kind === 'list' ? listRowGroups(document) : [];
  },
  enrich(page, detected, context) {
    return detected.kind === 'ticket'
      ? ticketEnrichments(page, context.base)
      : listEnrichments(page, context.base);
  },
};
