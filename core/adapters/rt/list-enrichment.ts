/**
 * REST 2.0 for search results: one `/tickets` search for all the rows (split only past RT's page
 * size), for what the columns cannot give: exact creation and Due, SLA, RT's own status, Last
 * Contact. A row's answer fills only that row; a row missing from the answer keeps its names.
 */
import type { DeskBase, Enrichment, PageRead, TicketRead } from '../types';
import { parseRestDate } from './dates';
import { dueDeadlines, dueMetricFromLastContact } from './deadlines';
import { restTicketFacts, rtDueOf } from './rest-facts';
import { type RestTicket, restTicketSchema, restTicketSearchSchema } from './rest-schemas';
import { REST_PAGE_SIZE, restTicketSearchUrl } from './rest-urls';
import { revisePage, reviseTicketRead } from './ticket-read';

export function listEnrichments(page: PageRead, base: DeskBase): Enrichment[] {
  const ids = page.tickets.map((read) => read.id);
  const enrichments: Enrichment[] = [];
  for (let from = 0; from < ids.length; from += REST_PAGE_SIZE) {
    enrichments.push({
      url: restTicketSearchUrl(base, ids.slice(from, from + REST_PAGE_SIZE)),
      merge: mergeSearch,
    });
  }
  return enrichments;
}

function mergeSearch(body: unknown, page: PageRead): PageRead {
  const search = restTicketSearchSchema.safeParse(body);
  if (!search.success) return page;
  const byId = new Map<string, RestTicket>();
  for (const item of search.data.items) {
    const ticket = restTicketSchema.safeParse(item);
    if (ticket.success) byId.set(ticket.data.id, ticket.data);
  }
  return revisePage(page, (read) => {
    const ticket = byId.get(read.id);
    return ticket && withSearchRow(read, ticket);
  });
}

function withSearchRow(read: TicketRead, ticket: RestTicket): TicketRead {
  const { facts, found } = restTicketFacts(read, ticket);
  const due = rtDueOf(ticket);
  const told = ticket.Told === undefined ? 'invalid' : parseRestDate(ticket.Told);
  // RT sets Last Contact when someone other than a requestor writes to them: a list's one sign
  // that an agent has replied (the ticket page's history gives every reply).
  if (typeof told === 'number') facts.replies = [{ at: told, by: 'agent' }];
  if (due === 'none') return reviseTicketRead(read, facts, [...found, 'due']);
  if (due === 'unreadable' || told === 'invalid') return reviseTicketRead(read, facts, found, ['due']);
  const lastContact = told === 'unset' ? null : told;
  facts.deskDeadlines = dueDeadlines(dueMetricFromLastContact(lastContact), due);
  return reviseTicketRead(read, facts, [...found, 'due']);
}
