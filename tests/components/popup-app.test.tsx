import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { evaluate } from '../../core/engine';
import { DEFAULT_SETTINGS } from '../../core/store/records';
import { type DigestRow, POPUP_DIGEST_KEY } from '../../core/views/popup-digest';
import { popupDigestOf } from '../../core/views/popup-digest-of';
import { rowOf } from '../../core/views/popup-row';
import { POLICY, record, SHAPES } from '../views/popup-fixtures';
import { useLocale } from './options-page';
import { openPopup, type PopupBackground, type PopupPage, startPopupBackground } from './popup-page';

let background: PopupBackground | undefined;
let page: PopupPage | undefined;

beforeEach(() => useLocale('en'));
afterEach(() => {
  page?.close();
  background?.close();
  page = undefined;
  background = undefined;
});

async function open(tickets = SHAPES.map((shape) => record(shape, Date.now()))): Promise<PopupPage> {
  background = await startPopupBackground(tickets);
  page = await openPopup();
  return page;
}

/** Waits until every ticket is read (the filters appear then). */
async function complete(popup: PopupPage): Promise<void> {
  await popup.until(() => popup.byTestId('popup-filter-state'));
}

describe('the popup', () => {
  it('explains how to start when nothing is tracked, with a way to the options page', async () => {
    const popup = await open([]);
    const openOptions = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
    await popup.until(() => popup.byTestId('popup-empty'));
    const empty = popup.byTestId('popup-empty');
    expect(empty.textContent).toContain('No tickets tracked yet');
    expect(empty.textContent).toContain('personal SLA');
    await popup.click(empty.querySelector('button') as HTMLElement);
    expect(openOptions).toHaveBeenCalledOnce();
  });

  it('lists tickets most urgent first, each state in words, with live countdowns', async () => {
    const popup = await open();
    await complete(popup);
    expect(popup.rowIds()).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    const rows = popup.all('[data-testid="popup-row"]');
    const first = rows.find((row) => row.dataset.key?.endsWith('|1')) as HTMLElement;
    expect(first.querySelector('.row-state-words')?.textContent).toBe('Breached');
    expect(first.querySelector('[data-countdown]')?.textContent).toBe('1 h overdue');
    expect(first.textContent).toContain('Printer on fire');
    expect(first.textContent).toContain('Request Tracker');
    expect(first.textContent).toContain('First response');
    expect(popup.byTestId('popup-counts').textContent).toBe('7 tickets · 2 breached · 1 at risk');
    expect(performance.getEntriesByName('plazo-popup-first-countdown')).toHaveLength(1);
  });

  it('filters by tool, state and assignee, and searches ids and titles', async () => {
    const popup = await open();
    await complete(popup);
    await popup.select('popup-filter-state', '=breached');
    expect(popup.rowIds()).toEqual(['1', '2']);
    await popup.select('popup-filter-assignee', '=alice');
    expect(popup.rowIds()).toEqual(['1', '2']);
    await popup.select('popup-filter-state', '*');
    expect(popup.rowIds()).toEqual(['1', '2', '5']);
    expect(popup.byTestId('popup-shown').textContent).toBe('Showing 3 of 7');
    await popup.select('popup-filter-assignee', '=');
    expect(popup.rowIds()).toEqual(['4', '6']);
    await popup.select('popup-filter-assignee', '*');
    await popup.select('popup-filter-tool', '=custom');
    expect(popup.rowIds()).toEqual(['4']);
    await popup.select('popup-filter-tool', '*');
    await popup.type('popup-search', 'vpn');
    expect(popup.rowIds()).toEqual(['2']);
    const stateOptions = [...popup.byTestId<HTMLSelectElement>('popup-filter-state').options].map(
      (o) => o.text,
    );
    expect(stateOptions).toEqual(['All', 'Breached (1)']);
    // A chosen value the search leaves no row for stays listed, with its zero.
    await popup.select('popup-filter-state', '=breached');
    await popup.type('popup-search', 'printer');
    expect(popup.rowIds()).toEqual(['1']);
    await popup.type('popup-search', 'invoice');
    expect(popup.byTestId<HTMLSelectElement>('popup-filter-state').selectedOptions[0]?.text).toBe(
      'Breached (0)',
    );
    expect(popup.root.querySelector('.no-match')?.textContent).toContain('No ticket matches these filters.');
  });

  it('acknowledges and snoozes with the background’s commands, and says so', async () => {
    const popup = await open();
    await complete(popup);
    await popup.click(popup.root.querySelector('[aria-label="Acknowledge ticket 1"]') as HTMLElement);
    await popup.click(popup.root.querySelector('[aria-label="Snooze 1 h: ticket 3"]') as HTMLElement);
    await popup.until(() => expect(background?.received).toHaveLength(2));
    expect(background?.received).toEqual([
      { type: 'acknowledge', ticket: 'https://rt.example.com|1', metric: 'firstResponse' },
      { type: 'snooze', ticket: 'https://rt.example.com|3', minutes: 60 },
    ]);
    await popup.until(() =>
      expect(popup.byTestId('popup-live').textContent).toBe('Ticket 3 snoozed for one hour'),
    );
  });

  it('puts the filters, the search and every row action in the tab order', async () => {
    const popup = await open();
    await complete(popup);
    const tabbable = popup
      .all('input, select, button, a[href]')
      .filter((element) => element.tabIndex >= 0 && !(element as HTMLButtonElement).disabled);
    const names = tabbable.map(
      (element) => element.dataset.testid ?? element.getAttribute('aria-label') ?? element.textContent,
    );
    expect(names.slice(0, 4)).toEqual([
      'popup-search',
      'popup-filter-tool',
      'popup-filter-state',
      'popup-filter-assignee',
    ]);
    expect(names.slice(4, 8)).toEqual([
      '#1 Printer on fire',
      'Acknowledge ticket 1',
      'Snooze 1 h: ticket 1',
      'Open the recovery checklist of ticket 1',
    ]);
    for (const element of tabbable) {
      element.focus();
      expect(document.activeElement).toBe(element);
    }
  });

  it('announces a ticket that breaches while the popup is open', async () => {
    // Sixty minutes' target, breaching about a second and a half from now.
    const soon = record({ id: '9', ageMinutes: 60, title: 'Invoice missing' }, Date.now() + 1_500);
    const popup = await open([soon, record({ id: '10', ageMinutes: 5 }, Date.now())]);
    await complete(popup);
    expect(popup.byTestId('popup-live').getAttribute('aria-live')).toBe('polite');
    expect(popup.byTestId('popup-live').textContent).toBe('');
    await popup.until(
      () => expect(popup.byTestId('popup-live').textContent).toBe('Breached: ticket 9, Invoice missing'),
      5_000,
    );
    expect(popup.root.querySelector('.row-breached')?.textContent).toContain('Invoice missing');
  });

  it('warns about adapters that cannot read some fields', async () => {
    const popup = await open();
    await background?.store.incrementCounter('unreadable:rt:priority', Date.now());
    await background?.store.incrementCounter('unreadable:rt:created', Date.now());
    await background?.store.incrementCounter('unreadable:rt:created', Date.now());
    // The background announces every store change; the popup reads everything again.
    await fakeBrowser.runtime.sendMessage({ type: 'storeChanged' }).catch(() => undefined);
    await popup.until(() =>
      expect(popup.byTestId('popup-banners').textContent).toContain(
        'Request Tracker: can’t read creation date and priority on some pages'.replace('’', "'"),
      ),
    );
  });
});

describe('the popup’s first screen and later reads', () => {
  it('paints the first screen from the background’s digest, then every ticket from the store', async () => {
    const now = Date.now();
    const tickets = SHAPES.map((shape) => record(shape, now));
    const digest = popupDigestOf(
      {
        settings: DEFAULT_SETTINGS,
        calendars: {},
        snoozes: new Map(),
        problems: [],
        rows: tickets.map((ticket) => rowOf(ticket, evaluate(ticket.history, [POLICY], {}, now), null)),
        totals: { tickets: 7, breached: 2, atRisk: 1 },
      },
      now,
    );
    // The digest is a moment older than the store: ticket 1 has been renamed since.
    const [first] = digest.rows;
    const older = {
      ...digest,
      rows: [{ ...(first as DigestRow), title: 'Printer smoking' }, ...digest.rows.slice(1)],
    };
    await fakeBrowser.storage.session.set({ [POPUP_DIGEST_KEY]: older });
    const popup = await open(
      tickets.map((ticket) => (ticket.key.endsWith('|1') ? { ...ticket, title: 'Printer on fire' } : ticket)),
    );

    // Its first render, before any store read: the digest's rows, counting down, every ticket still to read.
    expect(popup.rowIds()).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(popup.root.querySelector('.row-title')?.textContent).toContain('Printer smoking');
    expect(popup.root.querySelector('[data-countdown]')?.textContent).toBe('1 h overdue');
    expect(popup.byTestId('popup-counts').textContent).toBe('7 tickets · 2 breached · 1 at risk');
    expect(popup.root.textContent).toContain('Reading every ticket');

    await complete(popup);
    expect(popup.root.querySelector('.row-title')?.textContent).toContain('Printer on fire');
    expect(popup.root.textContent).not.toContain('Reading every ticket');
  });

  it('reads the store once more for any number of changes announced during a read', async () => {
    const popup = await open();
    await complete(popup);
    const opens = vi.spyOn(indexedDB, 'open');
    for (let notice = 0; notice < 5; notice++)
      await fakeBrowser.runtime.sendMessage({ type: 'storeChanged' }).catch(() => undefined);
    await popup.until(() => expect(opens).toHaveBeenCalledTimes(2));
    // Nothing more follows: the notices were answered by one read running and one after it.
    await new Promise((done) => setTimeout(done, 300));
    expect(opens).toHaveBeenCalledTimes(2);
  });
});

describe('the popup in Spanish', () => {
  it('speaks Spanish', async () => {
    useLocale('es');
    const popup = await open();
    await complete(popup);
    expect(popup.byTestId('popup-counts').textContent).toBe('7 tickets · 2 incumplidos · 1 en riesgo');
    expect(popup.root.querySelector('.row-state-words')?.textContent).toBe('Incumplido');
    expect(popup.root.querySelector('[data-countdown]')?.textContent).toBe('1 h de retraso');
  });
});
