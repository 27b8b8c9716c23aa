// @vitest-environment happy-dom
/**
 * A ticket page made exact with REST 2.0 answers saved from the same RT: the ticket, its history,
 * the authors' user records. What each answer adds, the metric RT's Due is filed under, and what
 * is left when an answer is missing or of another shape.
 */
import { describe, expect, it } from 'vitest';
import { rtAdapter } from '../../core/adapters/rt';
import type { DetectedPage, PageRead, TicketRead } from '../../core/adapters/types';
import { observationSchema } from '../../core/messaging/protocol';
import { context, enrich, fixtureDocument, fixtureJson, NO_ANSWER, RT_BASE, sample } from './rt-fixtures';

const SOURCE = 'Request Tracker SLA (Due)';
const at = (time: string) => Date.parse(`2026-11-28T${time}Z`);

type Json = Record<string, unknown>;
const json = (name: string) => fixtureJson(name) as Json;
const historyFixture = () => json('rest-ticket-staff-replied-history.json') as { items: Json[] };

/**
 * `GET /ticket/4` was not saved: ticket 1's answer with ticket 4's values from the saved search,
 * and carol as requestor (she created it, README).
 */
function ticketFourAnswer(): Json {
  const { items } = json('rest-tickets-batch.json') as { items: Json[] };
  const four = items.find((item) => item.id === '4') ?? {};
  return {
    ...json('rest-ticket-sla-standard.json'),
    id: 4,
    Subject: four.Subject,
    Status: four.Status,
    Priority: four.Priority,
    Queue: { id: '3', type: 'queue', _url: `${RT_BASE}REST/2.0/queue/3` },
    Created: four.Created,
    Due: four.Due,
    SLA: four.SLA,
    Requestor: [{ id: 'carol', type: 'user', _url: `${RT_BASE}REST/2.0/user/carol` }],
  };
}

/** A transaction shaped like the saved history's. */
function transaction(id: number, type: string, created: string, creator: string, newValue = ''): Json {
  return {
    Created: `2026-11-28T${created}Z`,
    Creator: { id: creator, Name: creator, type: 'user', _url: `${RT_BASE}REST/2.0/user/${creator}` },
    Field: type === 'Status' ? 'Status' : '',
    NewValue: newValue,
    OldValue: '',
    Type: type,
    _url: `${RT_BASE}REST/2.0/transaction/${id}`,
    id: String(id),
    type: 'transaction',
  };
}

const history = (...items: Json[]) => ({ count: items.length, items, page: 1, pages: null, per_page: 100 });

function pageOf(file: string, id: string): { page: PageRead; detected: DetectedPage } {
  const detected: DetectedPage = { kind: 'ticket', id };
  const url = new URL(`${RT_BASE}Ticket/Display.html?id=${id}`);
  return { page: rtAdapter.read(fixtureDocument(file), url, detected, context), detected };
}

/** Answers by path; anything not listed never answers. */
function answers(byPath: Record<string, unknown>): (url: URL) => unknown {
  return (url) => (url.pathname in byPath ? byPath[url.pathname] : NO_ANSWER);
}

function onlyTicket(page: PageRead): TicketRead {
  expect(page.tickets).toHaveLength(1);
  return page.tickets[0] as TicketRead;
}

describe('ticket 4, which its owner alice answered', () => {
  const four = sample('4');
  const { page, detected } = pageOf('ticket-staff-replied.html', '4');
  const byPath = {
    '/REST/2.0/ticket/4': ticketFourAnswer(),
    '/REST/2.0/ticket/4/history': historyFixture(),
    '/REST/2.0/user/alice': json('rest-user-alice.json'),
  };

  it('asks for the ticket, its history, then alice once (carol is the requestor: no lookup)', () => {
    expect(enrich(page, detected, answers(byPath)).requested).toEqual([
      `${RT_BASE}REST/2.0/ticket/4?fields%5BQueue%5D=Name`,
      `${RT_BASE}REST/2.0/ticket/4/history?fields=Type%2CCreated%2CCreator%2CNewValue&orderby=id&order=DESC&per_page=100`,
      `${RT_BASE}REST/2.0/user/alice`,
    ]);
  });

  it('becomes an exact observation: carol wrote, alice (staff) replied, Due is the resolution deadline', () => {
    const read = onlyTicket(enrich(page, detected, answers(byPath)).page);
    expect(read.unreadable).toEqual([]);
    expect(observationSchema.parse(read.observation)).toEqual({
      key: { desk: 'http://127.0.0.1:8080', id: '4' },
      tool: 'rt',
      url: 'http://127.0.0.1:8080/Ticket/Display.html?id=4',
      observedAt: context.now,
      title: four.title,
      status: 'open',
      queue: 'Support',
      priority: 'Low',
      assignee: 'alice (Alice Agent)',
      createdAt: four.createdAt,
      // RT_System opened it when alice replied (txn 83).
      statusChangedAt: at('01:53:08'),
      replies: [
        { at: at('01:53:02'), by: 'customer' },
        { at: at('01:53:07'), by: 'agent' },
      ],
      deskDeadlines: { resolution: { at: four.due, source: SOURCE } },
    });
  });

  it('counts alice’s reply as the customer’s when her user record says she is not staff', () => {
    const notStaff = {
      ...byPath,
      '/REST/2.0/user/alice': { ...json('rest-user-alice.json'), Privileged: 0 },
    };
    const observation = onlyTicket(enrich(page, detected, answers(notStaff)).page).observation;
    expect(observation?.replies?.map((reply) => reply.by)).toEqual(['customer', 'customer']);
    expect(observation?.deskDeadlines).toEqual({ firstResponse: { at: four.due, source: SOURCE } });
  });

  it('files Due under next response once the customer writes after the last agent reply', () => {
    const items = [...historyFixture().items, transaction(90, 'Correspond', '01:54:00', 'carol')];
    const later = { ...byPath, '/REST/2.0/ticket/4/history': history(...items) };
    const observation = onlyTicket(enrich(page, detected, answers(later)).page).observation;
    expect(observation?.replies?.at(-1)).toEqual({ at: at('01:54:00'), by: 'customer' });
    expect(observation?.deskDeadlines).toEqual({ nextResponse: { at: four.due, source: SOURCE } });
  });

  it('leaves replies and Due unread when a message’s author cannot be looked up', () => {
    for (const userAnswer of [NO_ANSWER, { message: 'Not Found' }, json('rest-ticket-sla-standard.json')]) {
      const read = onlyTicket(
        enrich(page, detected, answers({ ...byPath, '/REST/2.0/user/alice': userAnswer })).page,
      );
      expect([...read.unreadable].sort()).toEqual(['due', 'replies']);
      expect(read.observation?.replies).toBeUndefined();
      expect(read.observation?.deskDeadlines).toBeUndefined();
      // What does not depend on the author is still exact.
      expect(read.observation?.statusChangedAt).toBe(at('01:53:08'));
      expect(read.observation?.createdAt).toBe(four.createdAt);
    }
  });

  it('leaves replies and Due unread without the history, or with a history of another shape', () => {
    const broken = historyFixture();
    broken.items = broken.items.map((item, index) => (index === 3 ? { ...item, Creator: null } : item));
    for (const historyAnswer of [NO_ANSWER, broken, { items: 'none' }, []]) {
      const read = onlyTicket(
        enrich(page, detected, answers({ ...byPath, '/REST/2.0/ticket/4/history': historyAnswer })).page,
      );
      expect([...read.unreadable].sort()).toEqual(['due', 'replies']);
      expect(read.observation?.status).toBe('open');
      expect(read.observation?.statusChangedAt).toBeUndefined();
    }
  });
});

describe('ticket 1, nobody answered yet', () => {
  const one = sample('1');
  const { page, detected } = pageOf('ticket-sla-standard.html', '1');
  const ticketAnswer = json('rest-ticket-sla-standard.json');

  it('is complete for the timers once the ticket answers; Due waits for the history', () => {
    const enrichment = rtAdapter.enrich?.(page, detected, context)[0];
    const merged = onlyTicket(enrichment?.merge(ticketAnswer, page, context) ?? page);
    expect(merged.observation?.createdAt).toBe(one.createdAt);
    expect(merged.observation?.status).toBe('new');
    expect(merged.observation?.deskDeadlines).toBeUndefined();
    expect([...merged.unreadable].sort()).toEqual(['due', 'replies']);
    expect(enrichment?.followUps?.(ticketAnswer, context).map((next) => next.url)).toEqual([
      `${RT_BASE}REST/2.0/ticket/1/history?fields=Type%2CCreated%2CCreator%2CNewValue&orderby=id&order=DESC&per_page=100`,
    ]);
  });

  it('files Due under first response: root opened it for carol, which is no reply', () => {
    const created = transaction(51, 'Create', '01:52:56', 'root');
    const read = onlyTicket(
      enrich(
        page,
        detected,
        answers({ '/REST/2.0/ticket/1': ticketAnswer, '/REST/2.0/ticket/1/history': history(created) }),
      ).page,
    );
    expect(read.unreadable).toEqual([]);
    const observation = observationSchema.parse(read.observation);
    expect(observation.replies).toEqual([]);
    expect(observation.deskDeadlines).toEqual({ firstResponse: { at: one.due, source: SOURCE } });
    // No status change in a history that reaches back to the creation: the status is the first one.
    expect(observation.statusChangedAt).toBe(one.createdAt);
  });

  it('keeps RT’s own status over the page’s translated one', () => {
    const translated = onlyTicket(page);
    const spanish: PageRead = {
      ...page,
      tickets: [{ ...translated, partial: translated.partial && { ...translated.partial, status: 'nuevo' } }],
    };
    const read = onlyTicket(enrich(spanish, detected, answers({ '/REST/2.0/ticket/1': ticketAnswer })).page);
    expect(read.observation?.status).toBe('new');
  });

  it('dates the status by its newest change (RT lists the newest first), if that is the status now', () => {
    const newestFirst = history(
      transaction(58, 'Status', '01:53:20', 'alice', 'stalled'),
      transaction(55, 'Status', '01:53:10', 'alice', 'open'),
      transaction(51, 'Create', '01:52:56', 'root'),
    );
    const statusChangedAt = (status: string) =>
      onlyTicket(
        enrich(
          page,
          detected,
          answers({
            '/REST/2.0/ticket/1': { ...ticketAnswer, Status: status },
            '/REST/2.0/ticket/1/history': newestFirst,
          }),
        ).page,
      ).observation?.statusChangedAt;
    expect(statusChangedAt('stalled')).toBe(at('01:53:20'));
    // Changed again between the two answers: the history cannot date the status now.
    expect(statusChangedAt('resolved')).toBeUndefined();
  });

  it('keeps the page’s priority label, which is the site’s (REST only has the number)', () => {
    const document = fixtureDocument('ticket-sla-standard.html');
    const label = document.querySelector('.ticket-info-basics .inline-edit-display .Priority');
    if (label) label.textContent = 'P2 normal';
    const sitePage = rtAdapter.read(
      document,
      new URL(`${RT_BASE}Ticket/Display.html?id=1`),
      detected,
      context,
    );
    const read = onlyTicket(enrich(sitePage, detected, answers({ '/REST/2.0/ticket/1': ticketAnswer })).page);
    expect(read.observation?.priority).toBe('P2 normal');
  });

  it('looks up each author of a reply who is not a requestor once, RT_System never', () => {
    const items = [
      transaction(51, 'Create', '01:52:56', 'root'),
      transaction(52, 'Correspond', '01:53:00', 'bob'),
      transaction(53, 'Correspond', '01:53:01', 'RT_System'),
      transaction(54, 'Correspond', '01:53:02', 'carol'),
      transaction(55, 'Comment', '01:53:03', 'dan'),
      transaction(56, 'Correspond', '01:53:04', 'eve'),
      transaction(57, 'Correspond', '01:53:05', 'bob'),
    ];
    const staff = (name: string, privileged: 0 | 1) => ({
      Name: name,
      Privileged: privileged,
      RealName: name,
    });
    const { page: merged, requested } = enrich(
      page,
      detected,
      answers({
        '/REST/2.0/ticket/1': ticketAnswer,
        '/REST/2.0/ticket/1/history': history(...items),
        '/REST/2.0/user/bob': staff('bob', 1),
        '/REST/2.0/user/eve': staff('eve', 0),
      }),
    );
    expect(requested.slice(2)).toEqual([`${RT_BASE}REST/2.0/user/bob`, `${RT_BASE}REST/2.0/user/eve`]);
    expect(onlyTicket(merged).observation?.replies).toEqual([
      { at: at('01:53:00'), by: 'agent' },
      { at: at('01:53:02'), by: 'customer' },
      { at: at('01:53:04'), by: 'customer' },
      { at: at('01:53:05'), by: 'agent' },
    ]);
  });
});

describe('ticket 5, in a queue with SLAs off', () => {
  const { page, detected } = pageOf('ticket-no-sla-overdue.html', '5');

  it('has no deadline of RT’s: its Due was set by hand', () => {
    const created = transaction(60, 'Create', '01:53:09', 'root');
    const read = onlyTicket(
      enrich(
        page,
        detected,
        answers({
          '/REST/2.0/ticket/5': json('rest-ticket-no-sla-overdue.json'),
          '/REST/2.0/ticket/5/history': history(created),
        }),
      ).page,
    );
    expect(read.unreadable).toEqual([]);
    const observation = observationSchema.parse(read.observation);
    expect(observation.createdAt).toBe(sample('5').createdAt);
    expect(observation.queue).toBe('Sales');
    expect(observation.deskDeadlines).toBeUndefined();
  });
});

describe('a ticket answer that is not one', () => {
  const { page, detected } = pageOf('ticket-sla-standard.html', '1');
  const enrichment = rtAdapter.enrich?.(page, detected, context)[0];
  const good = json('rest-ticket-sla-standard.json');

  it.each([
    ['an error', { message: 'Unauthorized' }],
    ['an array', []],
    ['null', null],
    ['text', '<html>login</html>'],
    ['another ticket', { ...good, id: 2 }],
    ['an id that is no number', { ...good, id: 'one' }],
    ['an SLA that is no text', { ...good, SLA: 5 }],
  ])('(%s) changes nothing and asks nothing more', (_, body) => {
    expect(enrichment?.merge(body, page, context)).toBe(page);
    expect(enrichment?.followUps?.(body, context)).toEqual([]);
  });

  it('with a garbled creation date leaves created unread, and keeps what it could read', () => {
    const merged = onlyTicket(
      enrichment?.merge({ ...good, Created: 'Sat Nov 28 01:52:56 2026' }, page, context) ?? page,
    );
    expect(merged.observation).toBeNull();
    expect(merged.unreadable).toContain('created');
    expect(merged.partial?.status).toBe('new');
  });

  it('with an unset Due (the epoch) has no deadline to wait for', () => {
    const merged = onlyTicket(
      enrichment?.merge({ ...good, Due: '1970-01-01T00:00:00Z' }, page, context) ?? page,
    );
    expect(merged.unreadable).not.toContain('due');
  });

  it('with a garbled Due names it unreadable even after the history', () => {
    const read = onlyTicket(
      enrich(
        page,
        detected,
        answers({
          '/REST/2.0/ticket/1': { ...good, Due: 'soon' },
          '/REST/2.0/ticket/1/history': history(transaction(51, 'Create', '01:52:56', 'root')),
        }),
      ).page,
    );
    expect(read.unreadable).toEqual(['due']);
    expect(read.observation?.deskDeadlines).toBeUndefined();
  });
});
