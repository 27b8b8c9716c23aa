/**
 * A ticket's read as it grows: the page starts it, each REST answer completes it. The observation
 * is only handed out once the fields the timers count from are there; until then the read names
 * what is missing, so the chip says "can't read created" instead of showing a wrong timer.
 */
import type { Observation } from '../../messaging/protocol';
import type { ChipPlacement, PageRead, ReadContext, TicketRead } from '../types';
import { rtTicketUrl } from './urls';

export const RT_TOOL_ID = 'rt';

/** The observation's text limits (protocol.ts): a longer value is cut, never refused. */
const MAX_TEXT = { title: 500, queue: 500, status: 100, priority: 100, assignee: 200 } as const;

/** What a reader or a merge learnt about a ticket; unknown fields are simply left out. */
export type TicketFacts = Partial<
  Pick<
    Observation,
    | 'title'
    | 'status'
    | 'queue'
    | 'priority'
    | 'assignee'
    | 'createdAt'
    | 'statusChangedAt'
    | 'replies'
    | 'deskDeadlines'
  >
>;

/** The fields a page shows as an observation has them: each named as itself when unreadable. */
const SHOWN_FIELDS = ['title', 'status', 'queue', 'priority'] as const;

/** The shown fields `facts` lacks. */
export function missingShownFields(facts: TicketFacts): string[] {
  return SHOWN_FIELDS.filter((field) => facts[field] === undefined);
}

/**
 * A read of ticket `id` with `facts`; `missing` names what the source could not give (status and
 * created are named whenever they are missing).
 */
export function newTicketRead(
  context: ReadContext,
  id: string,
  facts: TicketFacts,
  missing: Iterable<string>,
  placement: ChipPlacement | null,
): TicketRead {
  const partial: Observation = {
    key: { desk: new URL(context.base).origin, id },
    tool: RT_TOOL_ID,
    url: rtTicketUrl(context.base, id),
    observedAt: context.now,
  };
  return settle(withFacts(partial, facts), new Set(missing), placement);
}

/**
 * `read` with `facts` added (they replace what was there), the names in `found` no longer missing
 * and those in `missing` missing.
 */
export function reviseTicketRead(
  read: TicketRead,
  facts: TicketFacts,
  found: Iterable<string>,
  missing: Iterable<string> = [],
): TicketRead {
  const partial = read.partial ?? read.observation;
  if (!partial) return read;
  const names = new Set(read.unreadable);
  for (const name of found) names.delete(name);
  for (const name of missing) names.add(name);
  return settle(withFacts(partial, facts), names, read.placement);
}

/** `page` with each ticket `revise` knows about revised (it returns undefined for the others). */
export function revisePage(page: PageRead, revise: (read: TicketRead) => TicketRead | undefined): PageRead {
  return { ...page, tickets: page.tickets.map((read) => revise(read) ?? read) };
}

function settle(partial: Observation, missing: Set<string>, placement: ChipPlacement | null): TicketRead {
  if (partial.status === undefined) missing.add('status');
  if (partial.createdAt === undefined) missing.add('created');
  const complete = partial.status !== undefined && partial.createdAt !== undefined;
  return {
    id: partial.key.id,
    observation: complete ? partial : null,
    partial,
    unreadable: [...missing],
    placement,
  };
}

function withFacts(partial: Observation, facts: TicketFacts): Observation {
  const next: Observation = { ...partial };
  if (facts.title !== undefined) next.title = facts.title.slice(0, MAX_TEXT.title);
  if (facts.status !== undefined) next.status = facts.status.slice(0, MAX_TEXT.status);
  if (facts.queue !== undefined) next.queue = facts.queue.slice(0, MAX_TEXT.queue);
  if (facts.priority !== undefined) next.priority = facts.priority.slice(0, MAX_TEXT.priority);
  if (facts.assignee !== undefined) next.assignee = facts.assignee.slice(0, MAX_TEXT.assignee);
  if (facts.createdAt !== undefined) next.createdAt = facts.createdAt;
  if (facts.statusChangedAt !== undefined) next.statusChangedAt = facts.statusChangedAt;
  if (facts.replies !== undefined) next.replies = facts.replies;
  if (facts.deskDeadlines !== undefined) next.deskDeadlines = facts.deskDeadlines;
  return next;
}
