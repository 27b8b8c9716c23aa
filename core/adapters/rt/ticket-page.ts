/**
 * Reads RT 5's ticket page (`Ticket/Display.html`). Dates are not read here: RT shows them in the
 * user's zone and DateTimeFormat, and the page does not say which zone that is (`RT.CurrentUser`
 * and `RT.Config` carry no zone; the `*_Date` inputs are in the same unnamed zone). Guessing would
 * shift every timer by the offset, so created and Due are left to REST 2.0 (ticket-enrichment.ts),
 * and named unreadable until it answers.
 */
import type { PageRead, ReadContext } from '../types';
import { shownText } from './dom-text';
import { TICKET_PAGE } from './selectors';
import { missingShownFields, newTicketRead, type TicketFacts } from './ticket-read';
import { isTicketId } from './urls';

export function readTicketPage(document: Document, urlId: string, context: ReadContext): PageRead {
  const heading = document.querySelector(TICKET_PAGE.heading);
  // A merged ticket's old id still opens the page of the ticket it was merged into: the page's id wins.
  const id = pageTicketId(document, heading) ?? urlId;
  const facts: TicketFacts = {
    title: subjectOf(document, heading, id),
    status: shownText(document.querySelector(TICKET_PAGE.status)),
    queue: shownText(document.querySelector(TICKET_PAGE.queue)),
    priority: shownText(document.querySelector(TICKET_PAGE.priority)),
    assignee: shownText(document.querySelector(TICKET_PAGE.owner)),
  };
  // The history loads after the page (by AJAX), and only REST says who wrote each message.
  const missing = [...missingShownFields(facts), 'replies'];
  if (hasSla(document)) missing.push('due');
  const placement = heading ? { element: heading, position: 'after' as const } : null;
  return { tickets: [newTicketRead(context, id, facts, missing, placement)], unreadable: [] };
}

function pageTicketId(document: Document, heading: Element | null): string | undefined {
  const shown = shownText(document.querySelector(TICKET_PAGE.id));
  if (shown !== undefined && isTicketId(shown)) return shown;
  const fromHeading = shownText(heading)?.match(/^#(\d+):/)?.[1];
  return fromHeading !== undefined && isTicketId(fromHeading) ? fromHeading : undefined;
}

/** The heading is "#42: Subject"; the edit form's input has the subject alone. */
function subjectOf(document: Document, heading: Element | null, id: string): string | undefined {
  const input = document.querySelector(TICKET_PAGE.subjectInput);
  const fromInput = input?.getAttribute('value')?.trim();
  if (fromInput) return fromInput;
  const prefix = `#${id}: `;
  const shown = shownText(heading);
  return shown?.startsWith(prefix) ? shown.slice(prefix.length) || undefined : undefined;
}

/** RT shows the SLA row only when the ticket's queue has SLAs on, so only then is its Due a deadline. */
function hasSla(document: Document): boolean {
  const row = document.querySelector(TICKET_PAGE.slaRow);
  return shownText(row?.querySelector(TICKET_PAGE.slaValue)) !== undefined;
}
