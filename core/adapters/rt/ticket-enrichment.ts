/**
 * REST 2.0 for a ticket page, in steps that each need the answer before:
 * 1. the ticket (`/ticket/N`): exact creation, RT's own status, whether it has an SLA and its Due,
 *    and who its requestors are;
 * 2. its history: the messages and the last status change;
 * 3. each author of a message who is not a requestor, once: staff or not. One at a time, so the
 *    last answer knows them all.
 * Every step merges what is certain by then; replies, and Due filed under its metric (deadlines.ts),
 * only once every message's author is known. A step that fails leaves them named unreadable.
 */
import type { DeskBase, Enrichment, PageRead, TicketRead } from '../types';
import { dueDeadlines, dueMetricFromReplies } from './deadlines';
import { authorsToIdentify, historyFacts } from './history';
import { restTicketFacts, rtDueOf } from './rest-facts';
import {
  type RestTicket,
  type RestTransaction,
  restHistorySchema,
  restTicketSchema,
  restUserSchema,
} from './rest-schemas';
import { restHistoryUrl, restTicketUrl, restUserUrl } from './rest-urls';
import { revisePage, reviseTicketRead, type TicketFacts } from './ticket-read';

/** What the later steps need from the ticket's answer. */
interface TicketAnswer {
  readonly id: string;
  readonly base: DeskBase;
  readonly requestors: ReadonlySet<string>;
  readonly due: ReturnType<typeof rtDueOf>;
}

/** The history's answer, with the staff status of the authors looked up so far. */
interface HistoryAnswer extends TicketAnswer {
  readonly transactions: readonly RestTransaction[];
  readonly staff: ReadonlyMap<string, boolean>;
}

export function ticketEnrichments(page: PageRead, base: DeskBase): Enrichment[] {
  return page.tickets.map((read) => ticketStep(read.id, base));
}

function ticketStep(id: string, base: DeskBase): Enrichment {
  const parse = (body: unknown): RestTicket | undefined => {
    const parsed = restTicketSchema.safeParse(body);
    return parsed.success && parsed.data.id === id ? parsed.data : undefined;
  };
  return {
    url: restTicketUrl(base, id),
    merge(body, page) {
      const ticket = parse(body);
      return ticket ? onTicket(page, id, (read) => withTicket(read, ticket)) : page;
    },
    followUps(body) {
      const ticket = parse(body);
      if (!ticket) return [];
      const requestors = new Set((ticket.Requestor ?? []).map((user) => user.id));
      return [historyStep({ id, base, requestors, due: rtDueOf(ticket) })];
    },
  };
}

function withTicket(read: TicketRead, ticket: RestTicket): TicketRead {
  const { facts, found } = restTicketFacts(read, ticket);
  // Due waits for the history, which says what it is the deadline of.
  const due = rtDueOf(ticket);
  return due === 'none'
    ? reviseTicketRead(read, facts, [...found, 'due'])
    : reviseTicketRead(read, facts, found, ['due']);
}

function historyStep(ticket: TicketAnswer): Enrichment {
  const parse = (body: unknown) => restHistorySchema.safeParse(body).data?.items;
  return {
    url: restHistoryUrl(ticket.base, ticket.id),
    merge(body, page) {
      const transactions = parse(body);
      return transactions ? withHistory(page, { ...ticket, transactions, staff: new Map() }) : page;
    },
    followUps(body) {
      const transactions = parse(body);
      if (!transactions) return [];
      const [first, ...rest] = authorsToIdentify(transactions, ticket.requestors);
      return first === undefined
        ? []
        : [authorStep({ ...ticket, transactions, staff: new Map() }, first, rest)];
    },
  };
}

function authorStep(history: HistoryAnswer, author: string, rest: readonly string[]): Enrichment {
  // An answer that is not a user record leaves the author unknown, and their messages unread.
  const learn = (body: unknown): HistoryAnswer => {
    const user = restUserSchema.safeParse(body);
    if (!user.success) return history;
    return { ...history, staff: new Map(history.staff).set(author, user.data.Privileged === 1) };
  };
  return {
    url: restUserUrl(history.base, author),
    merge: (body, page) => withHistory(page, learn(body)),
    followUps(body) {
      const [next, ...later] = rest;
      return next === undefined ? [] : [authorStep(learn(body), next, later)];
    },
  };
}

function withHistory(page: PageRead, history: HistoryAnswer): PageRead {
  const facts = historyFacts(history.transactions, history.requestors, history.staff);
  return onTicket(page, history.id, (read) => {
    const found: string[] = [];
    const revision: TicketFacts = {};
    const since = facts.statusChange;
    const status = read.partial?.status;
    if (since && status !== undefined && (since.status === null || since.status === status)) {
      revision.statusChangedAt = since.at;
    }
    if (facts.complete) {
      revision.replies = facts.replies;
      found.push('replies');
      if (typeof history.due === 'number') {
        revision.deskDeadlines = dueDeadlines(dueMetricFromReplies(facts.replies), history.due);
        found.push('due');
      }
    }
    return reviseTicketRead(read, revision, found);
  });
}

function onTicket(page: PageRead, id: string, revise: (read: TicketRead) => TicketRead): PageRead {
  return revisePage(page, (read) => (read.id === id ? revise(read) : undefined));
}
