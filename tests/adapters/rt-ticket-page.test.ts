// @vitest-environment happy-dom
/**
 * RT 5's ticket page as saved from a real RT 5.0.3, read without any REST: what the page itself
 * shows, what it cannot (dates in a zone it does not name), and pages gone odd.
 */
import { describe, expect, it } from 'vitest';
import { rtAdapter } from '../../core/adapters/rt';
import type { PageRead, TicketRead } from '../../core/adapters/types';
import {
  context,
  fixtureDocument,
  fixtureText,
  parseHtml,
  RT_BASE,
  sample,
  TICKET_PAGES,
} from './rt-fixtures';

const ticketUrl = (id: string) => new URL(`${RT_BASE}Ticket/Display.html?id=${id}`);

function readTicket(document: Document, id: string): PageRead {
  return rtAdapter.read(document, ticketUrl(id), { kind: 'ticket', id }, context);
}

function onlyTicket(page: PageRead): TicketRead {
  expect(page.tickets).toHaveLength(1);
  return page.tickets[0] as TicketRead;
}

describe.each(TICKET_PAGES)('the ticket page $file', ({ file, id }) => {
  const expected = sample(id);
  const document = fixtureDocument(file);
  const read = onlyTicket(readTicket(document, id));

  it('is read as what the page shows', () => {
    expect(read.id).toBe(id);
    expect(read.partial).toEqual({
      key: { desk: 'http://127.0.0.1:8080', id },
      tool: 'rt',
      url: `http://127.0.0.1:8080/Ticket/Display.html?id=${id}`,
      observedAt: context.now,
      title: expected.title,
      status: expected.status,
      queue: expected.queue,
      priority: expected.priority,
      assignee: expected.owner,
    });
  });

  it('sends nothing until REST gives the creation instant, and says what it waits for', () => {
    expect(read.observation).toBeNull();
    expect(read.unreadable).toContain('created');
    expect(read.unreadable).toContain('replies');
    // RT's Due counts only on a ticket with an SLA: only then is it missing.
    expect(read.unreadable.includes('due')).toBe(expected.sla !== null);
    expect([...read.unreadable].sort()).toEqual(
      expected.sla === null ? ['created', 'replies'] : ['created', 'due', 'replies'],
    );
  });

  it('puts the chip right after the subject heading', () => {
    const heading = document.querySelector('#header h1');
    expect(heading?.textContent).toBe(`#${id}: ${expected.title}`);
    expect(read.placement).toEqual({ element: heading, position: 'after' });
  });

  it('ignores the requestor box and its list of the requestor’s other tickets', () => {
    expect(readTicket(document, id).tickets.map((ticket) => ticket.id)).toEqual([id]);
    const asList = rtAdapter.read(document, ticketUrl(id), { kind: 'list' }, context);
    expect(asList.tickets).toEqual([]);
  });
});

describe('the saved pages themselves', () => {
  it('have the traps the adapter is built around', () => {
    // (a) a ticket list in the requestor box; (c) RT's mis-nested overdue Due.
    expect(
      fixtureDocument('ticket-sla-standard.html').querySelector('.ticket-info-requestor table.ticket-list'),
    ).not.toBeNull();
    expect(fixtureText('ticket-no-sla-overdue.html')).toContain(
      '<span class="current-value"><span class="overdue">Thu Nov 26 13:00:00 2026</span></div></span>',
    );
    // The zone of the shown dates is named nowhere on the page.
    expect(fixtureText('ticket-sla-standard.html')).not.toMatch(/time ?zone|"UTC"/i);
  });
});

describe('an odd ticket page', () => {
  const page = () => fixtureDocument('ticket-sla-standard.html');

  it('without the SLA row (queue with SLAs off) needs no Due', () => {
    const document = page();
    document.querySelector('.ticket-info-basics div.sla.form-row')?.remove();
    const read = onlyTicket(readTicket(document, '1'));
    expect(read.unreadable).not.toContain('due');
    expect(read.partial?.status).toBe('new');
  });

  it('with an empty SLA value has no SLA either', () => {
    const document = page();
    const value = document.querySelector('.ticket-info-basics div.sla.form-row .current-value');
    if (value) value.textContent = ' ';
    expect(onlyTicket(readTicket(document, '1')).unreadable).not.toContain('due');
  });

  it('opened by an old id shows the ticket it was merged into, and is read as that one', () => {
    const read = onlyTicket(readTicket(page(), '99'));
    expect(read.id).toBe('1');
    expect(read.partial?.url).toBe('http://127.0.0.1:8080/Ticket/Display.html?id=1');
  });

  it('without the edit form takes the subject from the heading', () => {
    const document = page();
    document.querySelector('.ticket-info-basics form.inline-edit')?.remove();
    expect(onlyTicket(readTicket(document, '1')).partial?.title).toBe('Printer on the 3rd floor is jammed');
  });

  it('with garbled values names them instead of reading them', () => {
    const document = page();
    for (const selector of ['div.status.form-row', 'div.priority.form-row', 'div.queue.form-row']) {
      const value = document.querySelector(
        `.ticket-info-basics .inline-edit-display ${selector} .current-value`,
      );
      value?.replaceChildren();
    }
    const read = onlyTicket(readTicket(document, '1'));
    expect(read.observation).toBeNull();
    expect(read.unreadable).toEqual(expect.arrayContaining(['status', 'priority', 'queue', 'created']));
    expect(read.partial?.title).toBe('Printer on the 3rd floor is jammed');
  });

  it('that is not RT at all is the URL’s ticket with everything unreadable', () => {
    for (const html of [
      '',
      '<html><body><h2>Maintenance</h2></body></html>',
      '<div id="header"><h1>#x</h1>',
    ]) {
      const read = onlyTicket(readTicket(parseHtml(html), '12'));
      expect(read.id).toBe('12');
      expect(read.observation).toBeNull();
      expect(read.unreadable).toEqual(
        expect.arrayContaining(['title', 'status', 'queue', 'priority', 'created', 'replies']),
      );
      // The chip (saying what it cannot read) goes after a heading when there is one.
      const heading = read.placement?.element ?? null;
      expect(heading?.textContent ?? null).toBe(html.includes('<h1>') ? '#x' : null);
    }
  });

  it('cuts a subject longer than an observation may carry', () => {
    const long = 'x'.repeat(600);
    const document = parseHtml(`<div id="header"><h1>#3: ${long}</h1></div>`);
    expect(onlyTicket(readTicket(document, '3')).partial?.title).toBe('x'.repeat(500));
  });
});
