/**
 * The saved RT 5 pages and REST answers (tests/fixtures/rt/), read once when the desk starts and
 * used as templates: only text values are substituted into them.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const FIXTURES = resolve(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'rt');

/** Saved ticket pages by the id of the ticket they show. */
const TICKET_PAGES: Readonly<Record<number, string>> = {
  1: 'ticket-sla-standard.html',
  2: 'ticket-sla-urgent.html',
  4: 'ticket-staff-replied.html',
  5: 'ticket-no-sla-overdue.html',
  6: 'ticket-stalled.html',
  7: 'ticket-resolved.html',
};

export interface Templates {
  readonly ticketPages: ReadonlyMap<number, string>;
  readonly resultsDefault: string;
  readonly resultsSla: string;
  readonly history: string;
  readonly restTicket: Record<string, unknown>;
  readonly restTicketsBatch: Record<string, unknown>;
  readonly restHistory: Record<string, unknown>;
  readonly restUserSelf: Record<string, unknown>;
  readonly restUserOther: Record<string, unknown>;
}

export function loadTemplates(folder: string = FIXTURES): Templates {
  const text = (name: string) => {
    try {
      return readFileSync(join(folder, name), 'utf8');
    } catch (error) {
      throw new Error(`sample desk: cannot read the RT fixture ${join(folder, name)} (${String(error)})`);
    }
  };
  const json = (name: string) => JSON.parse(text(name)) as Record<string, unknown>;
  return {
    ticketPages: new Map(Object.entries(TICKET_PAGES).map(([id, name]) => [Number(id), text(name)])),
    resultsDefault: text('search-results-default.html'),
    resultsSla: text('search-results-sla.html'),
    history: text('ticket-staff-replied-history.html'),
    restTicket: json('rest-ticket-sla-standard.json'),
    restTicketsBatch: json('rest-tickets-batch.json'),
    restHistory: json('rest-ticket-staff-replied-history.json'),
    restUserSelf: json('rest-user-alice.json'),
    restUserOther: json('rest-user-carol.json'),
  };
}
