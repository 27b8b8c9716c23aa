/**
 * What a REST ticket says about the fields a page shows too. REST's values are RT's own (the page
 * translates statuses into the user's language), except the priority label, which only the page
 * shows as the site configured it.
 */
import type { TicketRead } from '../types';
import { parseRestDate } from './dates';
import { defaultPriorityLabel } from './priority';
import type { RestTicket } from './rest-schemas';
import type { TicketFacts } from './ticket-read';

/** The unreadable names of the fields REST gives. */
const FIELD_NAMES = {
  title: 'title',
  status: 'status',
  queue: 'queue',
  priority: 'priority',
  createdAt: 'created',
} as const;

/** The facts, and the names of the fields they now make read. */
export function restTicketFacts(
  read: TicketRead,
  ticket: RestTicket,
): { facts: TicketFacts; found: string[] } {
  const created = ticket.Created === undefined ? 'invalid' : parseRestDate(ticket.Created);
  const facts: TicketFacts = {
    title: ticket.Subject || undefined,
    status: ticket.Status || undefined,
    queue: ticket.Queue?.Name || undefined,
    priority:
      read.partial?.priority ??
      (ticket.Priority === undefined ? undefined : defaultPriorityLabel(ticket.Priority)),
    createdAt: typeof created === 'number' ? created : undefined,
  };
  const found = Object.entries(FIELD_NAMES)
    .filter(([field]) => facts[field as keyof typeof FIELD_NAMES] !== undefined)
    .map(([, name]) => name);
  return { facts, found };
}

/**
 * RT's deadline for the ticket: an instant, 'none', or 'unreadable'. Only a ticket with an SLA has
 * one: a Due set by hand on a ticket without SLA is no deadline for Plazo (its own policies decide
 * there). REST has no null date; an unset Due is the epoch.
 */
export function rtDueOf(ticket: RestTicket): number | 'none' | 'unreadable' {
  if (!ticket.SLA) return 'none';
  const due = ticket.Due === undefined ? 'invalid' : parseRestDate(ticket.Due);
  if (due === 'unset') return 'none';
  return due === 'invalid' ? 'unreadable' : due;
}
