// @vitest-environment happy-dom
/**
 * RT 5's search results as saved from a real RT 5.0.3, in RT's default Format and in one with SLA
 * and date columns, then made exact with one batched REST search.
 */
import { describe, expect, it } from 'vitest';
import { rtAdapter } from '../../core/adapters/rt';
import type { PageRead, TicketRead } from '../../core/adapters/types';
import { observationSchema } from '../../core/messaging/protocol';
import {
  context,
  enrich,
  fixtureDocument,
  fixtureJson,
  parseHtml,
  RT_BASE,
  SAMPLE_TICKETS,
  sample,
} from './rt-fixtures';

const SOURCE = 'Request Tracker SLA (Due)';
const listUrl = new URL(`${RT_BASE}Search/Results.html?Query=id%20%3E%200`);
const readList = (document: Document) => rtAdapter.read(document, listUrl, { kind: 'list' }, context);
const batch = () => fixtureJson('rest-tickets-batch.json') as { items: Record<string, unknown>[] };

function ticketOf(page: PageRead, id: string): TicketRead {
  const read = page.tickets.find((ticket) => ticket.id === id);
  if (!read) throw new Error(`ticket ${id} not read`);
  return read;
}

describe.each([
  { file: 'search-results-default.html', slaColumn: false },
  { file: 'search-results-sla.html', slaColumn: true },
])('the search results $file', ({ file, slaColumn }) => {
  const document = fixtureDocument(file);
  const page = readList(document);

  it('has one read per ticket row, in order', () => {
    expect(page.tickets.map((read) => read.id)).toEqual(SAMPLE_TICKETS.map((ticket) => ticket.id));
    expect(page.unreadable).toEqual([]);
  });

  it.each(SAMPLE_TICKETS)('reads ticket $id from its columns', (expected) => {
    const read = ticketOf(page, expected.id);
    expect(read.partial).toEqual({
      key: { desk: 'http://127.0.0.1:8080', id: expected.id },
      tool: 'rt',
      url: `http://127.0.0.1:8080/Ticket/Display.html?id=${expected.id}`,
      observedAt: context.now,
      title: expected.title,
      status: expected.status,
      queue: expected.queue,
      priority: expected.priority,
      assignee: expected.owner,
    });
    // Dates come only from REST; Due is needed where the SLA column says so, or where there is none.
    expect(read.observation).toBeNull();
    const needsDue = !slaColumn || expected.sla !== null;
    expect([...read.unreadable].sort()).toEqual(needsDue ? ['created', 'due'] : ['created']);
  });

  it('puts each chip in the row’s id cell', () => {
    for (const read of page.tickets) {
      const row = document.querySelector(`tbody.list-item[data-record-id="${read.id}"]`);
      expect(read.placement?.position).toBe('append');
      expect(read.placement?.element).toBe(row?.querySelector('tr > td'));
      expect(read.placement?.element.textContent?.trim()).toBe(read.id);
    }
  });

  it('asks REST once for every row', () => {
    const enrichments = rtAdapter.enrich?.(page, { kind: 'list' }, context) ?? [];
    expect(enrichments).toHaveLength(1);
    const url = new URL(enrichments[0]?.url ?? '');
    expect(`${url.origin}${url.pathname}`).toBe(`${RT_BASE}REST/2.0/tickets`);
    expect(url.searchParams.get('query')).toBe(
      SAMPLE_TICKETS.map((ticket) => `id = ${ticket.id}`).join(' OR '),
    );
    expect(url.searchParams.get('fields')?.split(',')).toEqual(
      expect.arrayContaining(['Status', 'SLA', 'Created', 'Due', 'Told']),
    );
    expect(url.searchParams.get('fields[Queue]')).toBe('Name');
    expect(url.searchParams.get('per_page')).toBe('7');
  });

  it.each(SAMPLE_TICKETS)('gets ticket $id’s creation and RT deadline from the batch', (expected) => {
    const { page: merged, requested } = enrich(page, { kind: 'list' }, () => batch());
    expect(requested).toHaveLength(1);
    const read = ticketOf(merged, expected.id);
    expect(read.unreadable).toEqual([]);
    const observation = observationSchema.parse(read.observation);
    expect(observation.createdAt).toBe(expected.createdAt);
    expect(observation.status).toBe(expected.status);
    // Before anyone other than a requestor wrote (Told unset), Due is the first response's deadline.
    const metric = expected.toldAt === null ? 'firstResponse' : 'resolution';
    expect(observation.deskDeadlines).toEqual(
      expected.sla === null ? undefined : { [metric]: { at: expected.due, source: SOURCE } },
    );
    // Last Contact is the list's one sign of an agent's reply.
    expect(observation.replies).toEqual(
      expected.toldAt === null ? undefined : [{ at: expected.toldAt, by: 'agent' }],
    );
  });
});

describe('the overdue row (ticket 5: Due set by hand, queue with SLAs off)', () => {
  const document = fixtureDocument('search-results-sla.html');
  const row = document.querySelector('tbody.list-item[data-record-id="5"]');

  it('shows its Due as overdue, in both Due columns, yet needs no deadline', () => {
    expect(row?.querySelectorAll('span.overdue')).toHaveLength(2);
    const read = ticketOf(readList(document), '5');
    expect(read.unreadable).toEqual(['created']);
    const merged = ticketOf(enrich(readList(document), { kind: 'list' }, () => batch()).page, '5');
    expect(merged.observation?.deskDeadlines).toBeUndefined();
    expect(merged.observation?.createdAt).toBe(sample('5').createdAt);
  });
});

describe('an odd result list', () => {
  it('with no results (RT then draws no table) has no tickets and asks nothing', () => {
    const document = fixtureDocument('search-results-default.html');
    document.querySelector('table.ticket-list')?.remove();
    const page = readList(document);
    expect(page).toEqual({ tickets: [], unreadable: [] });
    expect(rtAdapter.enrich?.(page, { kind: 'list' }, context)).toEqual([]);
  });

  it('with a table and no rows has no tickets', () => {
    const document = fixtureDocument('search-results-sla.html');
    for (const row of document.querySelectorAll('tbody.list-item')) row.remove();
    expect(readList(document).tickets).toEqual([]);
  });

  it('whose Format cannot be mapped still has its rows, every field named for REST', () => {
    const document = fixtureDocument('search-results-default.html');
    document.querySelector('table.ticket-list')?.removeAttribute('data-display-format');
    document.querySelector('table.ticket-list')?.setAttribute('data-display-format', '');
    const page = readList(document);
    expect(page.tickets.map((read) => read.id)).toEqual(SAMPLE_TICKETS.map((ticket) => ticket.id));
    const read = ticketOf(page, '2');
    expect([...read.unreadable].sort()).toEqual(['created', 'due', 'priority', 'queue', 'status', 'title']);
    // The batch gives them all, the priority as RT's default label for its number.
    const merged = ticketOf(enrich(page, { kind: 'list' }, () => batch()).page, '2');
    expect(merged.unreadable).toEqual([]);
    expect(merged.observation?.priority).toBe('High');
    expect(merged.observation?.queue).toBe('General');
    expect(merged.observation?.title).toBe(sample('2').title);
  });

  it('with several results tables reads each, skipping a requestor box’s and a non-ticket one', () => {
    const document = fixtureDocument('search-results-sla.html');
    const table = document.querySelector('table.ticket-list') as Element;
    // A second results table further down (RT's dashboards show several), one of a requestor's
    // other tickets, and one listing something that is not a ticket.
    const second = table.cloneNode(true) as Element;
    for (const row of second.querySelectorAll('tbody.list-item')) {
      row.setAttribute('data-record-id', `1${row.getAttribute('data-record-id')}`);
    }
    const requestor = document.createElement('div');
    requestor.className = 'ticket-info-requestor';
    requestor.append(table.cloneNode(true));
    const other = table.cloneNode(true) as Element;
    other.setAttribute('data-class', 'RT::User');
    const section = document.createElement('section');
    section.append(document.createElement('p'));
    document.body.append(section, second, requestor, other);
    const ids = readList(document).tickets.map((read) => read.id);
    expect(ids).toEqual([
      ...SAMPLE_TICKETS.map((ticket) => ticket.id),
      ...SAMPLE_TICKETS.map((ticket) => `1${ticket.id}`),
    ]);
  });

  it('skips rows whose record id is no ticket id, and reads a duplicated row once', () => {
    const document = fixtureDocument('search-results-sla.html');
    const rows = document.querySelectorAll('tbody.list-item');
    rows[0]?.setAttribute('data-record-id', 'x1');
    rows[1]?.setAttribute('data-record-id', '3');
    expect(readList(document).tickets.map((read) => read.id)).toEqual(['3', '4', '5', '6', '7']);
  });

  it('splits the batch only past RT’s 100 rows a request', () => {
    const rows = Array.from(
      { length: 150 },
      (_, index) =>
        `<tbody class="list-item" data-record-id="${index + 1}"><tr><td>${index + 1}</td></tr></tbody>`,
    ).join('');
    const format = '\'<b><a href="__WebPath__/Ticket/Display.html?id=__id__">__id__</a></b>/TITLE:#\'';
    const document = parseHtml(
      `<table class="table ticket-list collection-as-table" data-display-format="${format.replaceAll('"', '&#34;')}" data-class="RT::Ticket">${rows}</table>`,
    );
    const page = readList(document);
    expect(page.tickets).toHaveLength(150);
    const urls = (rtAdapter.enrich?.(page, { kind: 'list' }, context) ?? []).map(
      (enrichment) => new URL(enrichment.url),
    );
    expect(urls.map((url) => url.searchParams.get('per_page'))).toEqual(['100', '50']);
    expect(urls[1]?.searchParams.get('query')?.startsWith('id = 101 OR ')).toBe(true);
  });
});

describe('a batch answer', () => {
  const page = readList(fixtureDocument('search-results-sla.html'));
  const merge = (body: unknown) =>
    rtAdapter.enrich?.(page, { kind: 'list' }, context)[0]?.merge(body, page, context);

  it.each([
    ['an error', { message: 'Unauthorized' }],
    ['items that are no list', { items: {} }],
    ['null', null],
    ['an HTML page', '<html>Login</html>'],
  ])('of another shape (%s) changes nothing', (_, body) => {
    expect(merge(body)).toBe(page);
  });

  it('fills only the rows it has; an odd item spoils only its own row', () => {
    const { items } = batch();
    const odd = items
      .map((item) => (item.id === '2' ? { ...item, id: null } : item))
      .filter((item) => item.id !== '3');
    const merged = merge({ ...batch(), items: odd }) ?? page;
    expect(ticketOf(merged, '1').observation?.createdAt).toBe(sample('1').createdAt);
    for (const id of ['2', '3']) {
      expect(ticketOf(merged, id).observation).toBeNull();
      expect(ticketOf(merged, id).unreadable).toEqual(expect.arrayContaining(['created', 'due']));
    }
  });

  it('with a garbled date leaves that field unread', () => {
    const { items } = batch();
    const garbled = items.map((item) =>
      item.id === '1' ? { ...item, Created: 'yesterday' } : item.id === '2' ? { ...item, Told: 7 } : item,
    );
    const merged = merge({ ...batch(), items: garbled }) ?? page;
    expect(ticketOf(merged, '1').observation).toBeNull();
    expect(ticketOf(merged, '1').unreadable).toEqual(['created']);
    // Without Last Contact, what Due is the deadline of cannot be told.
    expect(ticketOf(merged, '2').unreadable).toEqual(['due']);
    expect(ticketOf(merged, '2').observation?.deskDeadlines).toBeUndefined();
  });
});
