// @vitest-environment node
/**
 * The demo's sample desk (demo/sample-desk/): RT 5 pages and REST 2.0 answers made from the saved
 * fixtures, with values computed from the instant the desk starts. The server runs on a free port
 * and is read over HTTP; pages are parsed with happy-dom and read with the DOM hooks the fixtures
 * README lists.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSettings, parseArgs } from '../../demo/run';
import {
  addBusinessTime,
  businessTimeBetween,
  firstBusinessInstant,
} from '../../demo/sample-desk/business-hours';
import { Pages } from '../../demo/sample-desk/pages';
import { ageText, escapeHtml, rtDate } from '../../demo/sample-desk/rt-text';
import { demoTickets } from '../../demo/sample-desk/scenario';
import { type SampleDesk, startSampleDesk } from '../../demo/sample-desk/server';
import { FIXTURES, loadTemplates } from '../../demo/sample-desk/templates';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const at = (iso: string) => Date.parse(iso);

function parse(html: string): Document {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
    },
  });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

const text = (document: Document, selector: string): string | null =>
  document.querySelector(selector)?.textContent?.trim() ?? null;

describe('business hours as RT counts them (Mon–Fri 09:00–17:00 UTC)', () => {
  it('starts the clock at the next opening and rolls a deadline at closing time over to the next opening', () => {
    expect(firstBusinessInstant(at('2026-11-28T01:52:56Z'))).toBe(at('2026-11-30T09:00:00Z'));
    expect(firstBusinessInstant(at('2026-12-02T10:30:00Z'))).toBe(at('2026-12-02T10:30:00Z'));
    expect(firstBusinessInstant(at('2026-12-02T17:00:00Z'))).toBe(at('2026-12-03T09:00:00Z'));
    // The fixtures' tickets 1, 4 and 3: Response 4 h, Resolve 16 h (stored Wed 09:00), low 40 h.
    const monday = at('2026-11-30T09:00:00Z');
    expect(addBusinessTime(monday, 4 * HOUR)).toBe(at('2026-11-30T13:00:00Z'));
    expect(addBusinessTime(monday, 16 * HOUR)).toBe(at('2026-12-02T09:00:00Z'));
    expect(addBusinessTime(monday, 40 * HOUR)).toBe(at('2026-12-07T09:00:00Z'));
    expect(addBusinessTime(at('2026-12-04T15:00:00Z'), 3 * HOUR)).toBe(at('2026-12-07T10:00:00Z'));
    expect(businessTimeBetween(at('2026-12-04T16:00:00Z'), at('2026-12-07T10:00:00Z'))).toBe(2 * HOUR);
  });
});

describe("RT's text", () => {
  it('escapes as RT does and writes dates and ages in its formats', () => {
    expect(escapeHtml(`alice (Alice Agent) <a@b> & 'x' "y"`)).toBe(
      'alice &#40;Alice Agent&#41; &lt;a@b&gt; &#38; &#39;x&#39; &#34;y&#34;',
    );
    expect(rtDate(at('2026-12-02T09:00:00Z'))).toBe('Wed Dec 02 09:00:00 2026');
    const now = at('2026-11-28T01:53:22Z');
    expect(ageText(now - 28_000, now)).toBe('28 seconds ago');
    expect(ageText(now + 60 * MINUTE, now)).toBe('60 minutes');
    expect(ageText(now - 37 * HOUR, now)).toBe('37 hours ago');
    expect(ageText(now + 50 * HOUR, now)).toBe('2 days');
  });
});

describe('the saved pages as templates', () => {
  it("gives back the saved ticket page byte for byte when given that ticket's own values", () => {
    // Ticket 1 as captured (fixtures README): created 01:52:56, updated 01:52:58 by root (txn 51).
    const captured = at('2026-11-28T01:53:22Z');
    const [one, , , four] = demoTickets(captured);
    if (!one || !four) throw new Error('no demo tickets');
    const ticket = {
      ...one,
      created: at('2026-11-28T01:52:56Z'),
      lastUpdated: at('2026-11-28T01:52:58Z'),
      lastUpdatedBy: 'root',
      transactions: [{ ...(one.transactions[0] as (typeof one.transactions)[number]), id: 51 }],
    };
    const pages = new Pages(loadTemplates());
    const html = pages.ticketPage(ticket, [ticket, four], captured, []);
    expect(html).toBe(readFileSync(join(FIXTURES, 'ticket-sla-standard.html'), 'utf8'));
  });

  it('refuses to start when a saved page lacks the markup a value goes into', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'plazo-fixtures-'));
    try {
      cpSync(FIXTURES, folder, { recursive: true });
      const page = join(folder, 'ticket-stalled.html');
      writeFileSync(
        page,
        readFileSync(page, 'utf8').replace('<div class="date form-row due">', '<div class="due">'),
      );
      await expect(startSampleDesk({ port: 0, fixtures: folder })).rejects.toThrow(/due date row/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('the sample desk over HTTP', () => {
  // A Wednesday in business hours: ticket 1 (opened 20 min before) is due 4 business hours later.
  const now = at('2026-12-02T10:00:00Z');
  let clock = now;
  let desk: SampleDesk;
  const get = async (path: string) => {
    const response = await fetch(new URL(path, desk.url));
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      body: await response.text(),
    };
  };
  const page = async (path: string) => {
    const answer = await get(path);
    expect(answer.status).toBe(200);
    expect(answer.type).toContain('text/html');
    return parse(answer.body);
  };
  const json = async (path: string) => {
    const answer = await get(path);
    expect(answer.type).toContain('application/json');
    return { status: answer.status, body: JSON.parse(answer.body) as Record<string, unknown> };
  };

  beforeAll(async () => {
    desk = await startSampleDesk({ port: 0, now, clock: () => clock });
  });
  afterAll(async () => {
    await desk.close();
  });

  it('listens on 127.0.0.1 and serves seven tickets of different kinds', () => {
    expect(desk.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(desk.tickets.map((ticket) => [ticket.id, ticket.status, ticket.sla])).toEqual([
      [1, 'new', 'standard'],
      [2, 'new', 'urgent'],
      [3, 'new', 'urgent'],
      [4, 'open', 'standard'],
      [5, 'new', null],
      [6, 'stalled', 'standard'],
      [7, 'resolved', 'urgent'],
    ]);
  });

  it('serves ticket pages with the live values in RT 5 markup', async () => {
    const document = await page('Ticket/Display.html?id=1');
    expect(document.querySelector('body')?.id).toBe('comp-Ticket-Display');
    expect(text(document, '#header h1')).toBe('#1: Printer on the 3rd floor is jammed');
    expect(text(document, 'title')).toBe('#1: Printer on the 3rd floor is jammed');
    expect(text(document, '.ticket-info-basics div.id.form-row .value span')).toBe('1');
    expect(text(document, '.inline-edit-display div.status.form-row .current-value')).toBe('new');
    expect(text(document, '.inline-edit-display div.sla.form-row .current-value')).toBe('standard');
    const dates = '.ticket-info-dates .inline-edit-display';
    expect(text(document, `${dates} div.date.form-row.created .current-value`)).toBe(
      'Wed Dec 02 09:40:00 2026',
    );
    expect(text(document, `${dates} div.date.form-row.starts .current-value`)).toBe(
      'Wed Dec 02 09:40:00 2026',
    );
    expect(text(document, `${dates} div.date.form-row.due .current-value`)).toBe('Wed Dec 02 13:40:00 2026');
    expect(document.querySelector(`${dates} div.date.form-row.due span.overdue`)).toBeNull();
    expect(document.querySelector('form.inline-edit input[name=Due_Date]')?.getAttribute('value')).toBe(
      '2026-12-02 13:40:00',
    );
    expect(document.querySelector('form.inline-edit input[name=Subject]')?.getAttribute('value')).toBe(
      'Printer on the 3rd floor is jammed',
    );
    expect(
      document.querySelector('form.inline-edit select[name=SLA] option[selected]')?.getAttribute('value'),
    ).toBe('standard');
    expect(
      document
        .querySelector('.ticket-info-people div.form-row.requestors .current-value span.user')
        ?.getAttribute('data-user-id'),
    ).toBe('30');
    // "More about the requestors" lists carol's active tickets: 1 (Medium) before 4 (Low).
    expect(
      [...document.querySelectorAll('.ticket-info-requestor tbody.list-item')].map((row) =>
        row.getAttribute('data-record-id'),
      ),
    ).toEqual(['1', '4']);
  });

  it('marks a passed Due on an active ticket overdue, as RT does, and moves ids to the ticket shown', async () => {
    const breached = await page('Ticket/Display.html?id=3');
    expect(text(breached, '#header h1')).toBe('#3: Payment confirmation emails are not sent');
    expect(text(breached, '.ticket-info-basics div.id.form-row .value span')).toBe('3');
    expect(text(breached, 'div.date.form-row.due .current-value span.overdue')).toBe(
      'Wed Dec 02 09:00:00 2026',
    );
    expect(breached.querySelector('form.inline-edit input[name=id]')?.getAttribute('value')).toBe('3');
    expect(breached.querySelector('#page-display')?.getAttribute('href')).toBe('/Ticket/Display.html?id=3');
    const atRisk = await page('Ticket/Display.html?id=2');
    expect(text(atRisk, 'div.date.form-row.due .current-value')).toBe('Wed Dec 02 10:12:00 2026');
    expect(atRisk.querySelector('div.date.form-row.due span.overdue')).toBeNull();
  });

  it('serves the other kinds: no SLA row, the staff reply, stalled, resolved', async () => {
    const noSla = await page('Ticket/Display.html?id=5');
    expect(noSla.querySelector('.inline-edit-display div.sla.form-row')).toBeNull();
    expect(text(noSla, 'div.date.form-row.starts .current-value')).toBe('Not set');
    expect(noSla.querySelector('div.date.form-row.starts')?.classList.contains('unset-field')).toBe(true);
    const replied = await page('Ticket/Display.html?id=4');
    expect(text(replied, 'div.form-row.owner .current-value')).toBe('alice (Alice Agent)');
    expect(text(replied, 'div.date.form-row.told .current-value')).toBe('Wed Dec 02 09:00:00 2026');
    // 16 business hours from the first business instant after 07:00 (09:00): Thu 17:00, stored Fri 09:00.
    expect(text(replied, 'div.date.form-row.due .current-value')).toBe('Fri Dec 04 09:00:00 2026');
    const stalled = await page('Ticket/Display.html?id=6');
    expect(text(stalled, '.inline-edit-display div.status.form-row .current-value')).toBe('stalled');
    const resolved = await page('Ticket/Display.html?id=7');
    expect(text(resolved, 'div.date.form-row.resolved .current-value')).toBe('Wed Dec 02 05:50:00 2026');
    expect(resolved.querySelector('div.date.form-row.due span.overdue')).toBeNull();
  });

  it('serves search results in the SLA format and in RT default format', async () => {
    const sla = await page(desk.resultsUrl('sla'));
    expect(text(sla, 'title')).toBe('Found 7 tickets');
    const table = sla.querySelector('table.ticket-list');
    expect(table?.getAttribute('data-display-format')).toContain('DueRelative');
    const rows = [...sla.querySelectorAll('tbody.list-item')];
    expect(rows.map((row) => row.getAttribute('data-record-id'))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
    ]);
    expect(rows.every((row) => row.querySelectorAll('td.collection-as-table').length === 13)).toBe(true);
    const cells = (row: Element) => [...row.querySelectorAll('td.collection-as-table')];
    const shown = (cell: Element | undefined) =>
      (cell?.querySelector('div.value') ?? cell)?.textContent?.replace(/\s+/g, ' ').trim();
    const three = cells(rows[2] as Element);
    expect(shown(three[1])).toBe('Payment confirmation emails are not sent');
    expect(three[9]?.querySelector('span.overdue')?.textContent).toBe('Wed Dec 02 09:00:00 2026');
    expect(three[10]?.querySelector('span.overdue')?.textContent).toBe('60 minutes ago');
    expect(three[6]?.querySelector('select[name=SLA] option[selected]')?.getAttribute('value')).toBe(
      'urgent',
    );
    expect(shown(cells(rows[1] as Element)[10])).toBe('12 minutes');
    expect(shown(cells(rows[4] as Element)[6])).toBe('');

    const plain = await page(desk.resultsUrl('default'));
    const first = plain.querySelector('tbody.list-item[data-record-id="1"]');
    expect(first?.querySelectorAll('tr').length).toBe(2);
    expect(first?.querySelectorAll('tr')[1]?.querySelectorAll('td')[2]?.textContent?.trim()).toBe(
      '20 minutes ago',
    );
    // Relative dates follow the clock, the tickets stay put.
    clock = now + 10 * MINUTE;
    const later = await page(desk.resultsUrl('default'));
    expect(
      later
        .querySelector('tbody.list-item[data-record-id="1"]')
        ?.querySelectorAll('tr')[1]
        ?.querySelectorAll('td')[2]?.textContent,
    ).toContain('30 minutes ago');
    clock = now;

    const one = await page('Search/Results.html?Query=id%20%3D%203');
    expect(text(one, 'title')).toBe('Found 1 ticket');
    expect(
      [...one.querySelectorAll('tbody.list-item')].map((row) => row.getAttribute('data-record-id')),
    ).toEqual(['3']);
  });

  it('serves the history fragment the ticket page loads', async () => {
    const history = await page('Helpers/TicketHistory?id=4');
    expect(history.querySelector('div.history.ticket')?.id).toBe('ticket-4-history');
    const descriptions = [...history.querySelectorAll('div.transaction span.description')].map((node) =>
      node.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(descriptions[0]).toBe('Carol Customer <carol@example.com> - Ticket created');
    expect(descriptions).toContain('alice (Alice Agent) - Correspondence added');
    expect(descriptions).toContain("The RT System itself - Status changed from 'new' to 'open'");
  });

  it('answers REST 2.0 in the shape of the saved answers', async () => {
    const saved = JSON.parse(readFileSync(join(FIXTURES, 'rest-ticket-sla-standard.json'), 'utf8'));
    const { body: one } = await json('REST/2.0/ticket/1?fields[Queue]=Name');
    expect(Object.keys(one)).toEqual(Object.keys(saved));
    expect(one.id).toBe(1);
    expect(one.Created).toBe('2026-12-02T09:40:00Z');
    expect(one.Due).toBe('2026-12-02T13:40:00Z');
    expect(one.Resolved).toBe('1970-01-01T00:00:00Z');
    expect(one.Queue).toMatchObject({ id: '1', type: 'queue', Name: 'General' });
    expect((one._hyperlinks as { _url: string }[])[0]?._url).toBe(`${desk.origin}/REST/2.0/ticket/1`);
    const { body: five } = await json('REST/2.0/ticket/5');
    expect('SLA' in five).toBe(false);

    const query = new URLSearchParams({
      query: 'id = 1 OR id = 5 OR id = 4',
      fields: 'Subject,Status,Priority,Queue,SLA,Created,Due,Told',
      'fields[Queue]': 'Name',
      per_page: '3',
    });
    const { body: batch } = await json(`REST/2.0/tickets?${query}`);
    expect(batch).toMatchObject({ count: 3, page: 1, pages: 1, per_page: 3, total: 3 });
    const items = batch.items as Record<string, unknown>[];
    expect(items.map((item) => item.id)).toEqual(['1', '4', '5']);
    expect(Object.keys(items[0] as object).sort()).toEqual(
      [
        'Created',
        'Due',
        'Priority',
        'Queue',
        'SLA',
        'Status',
        'Subject',
        'Told',
        '_url',
        'id',
        'type',
      ].sort(),
    );
    expect(items[1]).toMatchObject({ Told: '2026-12-02T09:00:00Z', Status: 'open', Priority: '0' });
    expect(items[2]).toMatchObject({ SLA: '', Queue: { Name: 'Sales' } });

    const { body: history } = await json(
      'REST/2.0/ticket/4/history?fields=Type,Created,Creator,NewValue&orderby=id&order=DESC&per_page=100',
    );
    expect(history).toMatchObject({ page: 1, pages: null, total: null, per_page: 100 });
    const transactions = history.items as { Type: string; Creator: { id: string }; id: string }[];
    expect(transactions[0]?.Type).toBe('Set');
    expect(transactions.find((item) => item.Type === 'Correspond')?.Creator.id).toBe('alice');
    expect(transactions.at(-1)).toMatchObject({ Type: 'Create', Creator: { id: 'carol' } });
    expect(Number(transactions[0]?.id)).toBeGreaterThan(Number(transactions.at(-1)?.id));

    expect((await json('REST/2.0/user/alice')).body).toMatchObject({ Name: 'alice', Privileged: 1, id: 28 });
    expect((await json('REST/2.0/user/carol')).body).toMatchObject({ Name: 'carol', Privileged: 0 });
    expect(await json('REST/2.0/ticket/99')).toEqual({ status: 404, body: { message: 'Not Found' } });
  });
});

describe('npm run demo', () => {
  it('is headed only with a display, and --headless forces headless', () => {
    expect(parseArgs([], { DISPLAY: ':0' })).toMatchObject({ headless: false, desk: 'auto', build: true });
    expect(parseArgs(['--headless'], { DISPLAY: ':0' }).headless).toBe(true);
    expect(parseArgs([], {}).headless).toBe(true);
    expect(parseArgs(['--sample', '--no-build'], {})).toMatchObject({ desk: 'sample', build: false });
    expect(() => parseArgs(['--bogus'], {})).toThrow(/unknown option --bogus/);
  });

  it('takes a language and a screenshot folder, and says what is wrong with them', () => {
    expect(parseArgs(['--lang', 'es', '--screenshots', '/tmp/shots'], {})).toMatchObject({
      language: 'es',
      screenshots: '/tmp/shots',
      headless: true,
    });
    expect(parseArgs([], {}).language).toBeNull();
    expect(() => parseArgs(['--lang', 'fr'], {})).toThrow(/Plazo speaks en and es/);
    expect(() => parseArgs(['--lang'], {})).toThrow(/--lang needs a value/);
    expect(() => parseArgs(['--screenshots', '--headless'], {})).toThrow(/--screenshots needs a value/);
  });

  it("saves RT's business hours and an RT policy, keeping the desk", () => {
    const desk = { base: 'http://127.0.0.1:8080/', tool: 'rt', name: 'Sample desk' };
    const settings = demoSettings(desk);
    expect(settings.desks).toEqual([desk]);
    expect(settings.calendars.rt?.timeZone).toBe('UTC');
    expect(settings.policies[0]?.match.tools).toEqual(['rt']);
    expect(settings.policies[0]?.targets.firstResponse).toMatchObject({ minutes: 240, calendar: 'rt' });
    expect(settings.policies[0]?.targets.resolution).toMatchObject({ minutes: 960, calendar: 'rt' });
  });
});
