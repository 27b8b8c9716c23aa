/**
 * Adding a desk of a tool Plazo has no adapter for: the custom fields, their problems next to them,
 * saving with the definition, and "Test on this page" against the generic fixture ticket page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerAdapterTest } from '../../core/adapters/custom/test-read';
import { hostAccess } from '../fakes/host-access';
import {
  type Background,
  type OptionsPage,
  openOptionsPage,
  startBackground,
  useLocale,
} from './options-page';

const ORIGIN = 'https://help.example.com';
const TICKET = `${ORIGIN}/desk/tickets/1042`;

let background: Background;
let page: OptionsPage;

beforeEach(() => {
  useLocale('en');
  indexedDB.deleteDatabase('plazo');
});
afterEach(() => {
  page.close();
  background.close();
  vi.restoreAllMocks();
});

async function openCustom() {
  background = await startBackground([]);
  page = await openOptionsPage();
  await page.until(() => page.byTestId('desk-list'));
  await page.type('desk-base-input', `${ORIGIN}/desk/`);
  const select = page.byTestId<HTMLSelectElement>('desk-tool-select');
  await act(() => {
    select.value = 'custom';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function fillDefinition() {
  await page.type('custom-ticketUrl', `${ORIGIN}/desk/tickets/{id}`);
  await page.type('custom-fields.subject.selector', 'h1.ticket-subject');
  await page.type('custom-fields.status.selector', '.prop-status');
  await page.type('custom-fields.priority.selector', '.prop-priority');
  await page.type('custom-fields.priority.pattern', '^(\\w+)');
  await page.type('custom-fields.created.selector', '.prop-created time');
  await page.type('custom-fields.created.attribute', 'datetime');
}

function fixtureDocument(): Document {
  const html = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'custom', 'ticket.html'), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('a custom desk', () => {
  it('shows its fields only for "Other tool", and their problems next to them, asking nothing', async () => {
    await openCustom();
    expect(page.byTestId<HTMLSelectElement>('desk-tool-select').selectedOptions[0]?.textContent).toBe(
      'Other tool (custom selectors)',
    );
    await page.type('custom-ticketUrl', 'https://elsewhere.example.com/t/{id}');
    await page.type('custom-fields.status.selector', 'td[');
    await page.type('custom-fields.status.pattern', 'no group');
    await page.click(page.byTestId('desk-add'));
    expect(page.byTestId('desk-error').textContent).toContain('custom fields need fixing');
    expect(page.byTestId('custom-ticketUrl-error').textContent).toBe('Must start with the base URL above.');
    expect(page.byTestId('custom-fields.status.selector-error').textContent).toBe(
      'Not a valid CSS selector.',
    );
    expect(page.byTestId('custom-fields.status.pattern-error').textContent).toContain(
      'exactly one capture group',
    );
    expect(page.byTestId('custom-fields.subject.selector-error').textContent).toBe('Required.');
    expect(page.allByTestId('custom-fields.id.selector-error')).toEqual([]);
    const input = page.byTestId('custom-fields.status.selector');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(
      page.byTestId('custom-fields.status.selector-error').id,
    );
    expect(hostAccess.requests).toEqual([]);
  });

  it('asks for the origin within the click, then saves the desk with its definition', async () => {
    await openCustom();
    await fillDefinition();
    void act(() => page.byTestId('desk-add').click());
    expect(hostAccess.requests).toEqual([[`${ORIGIN}/*`]]);
    await page.until(() => expect(page.allByTestId('desk-item')).toHaveLength(1));
    const [desk] = await background.desks();
    expect(desk?.tool).toBe('custom');
    expect(desk?.custom).toEqual({
      ticketUrl: `${ORIGIN}/desk/tickets/{id}`,
      fields: {
        subject: { selector: 'h1.ticket-subject' },
        status: { selector: '.prop-status' },
        priority: { selector: '.prop-priority', pattern: '^(\\w+)' },
        created: { selector: '.prop-created time', attribute: 'datetime' },
      },
    });
  });

  it('offers the grant when the origin is not allowed yet, within the click', async () => {
    await openCustom();
    await fillDefinition();
    await page.click(page.byTestId('custom-find-tabs'));
    await page.until(() =>
      expect(page.byTestId('custom-test-message').textContent).toContain(`Plazo may not read ${ORIGIN} yet.`),
    );
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    void act(() => page.byTestId('custom-grant').click());
    expect(hostAccess.requests).toEqual([[`${ORIGIN}/*`]]);
    await page.until(() =>
      expect(page.byTestId('custom-test-message').textContent).toBe(
        `No open tab is on ${ORIGIN}: open a ticket there first.`,
      ),
    );
  });

  it('tests on an open tab of the desk and shows each value or why not', async () => {
    hostAccess.grant(`${ORIGIN}/*`);
    await openCustom();
    await fillDefinition();
    await page.type('custom-fields.id.selector', '.nowhere');
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { id: 3, url: 'https://other.example.com/x', title: 'Other' },
      { id: 7, url: TICKET, title: 'Printer' },
    ] as Awaited<ReturnType<typeof fakeBrowser.tabs.query>>);
    const sent: unknown[] = [];
    const executeScript = vi.fn(async () => []);
    Object.assign(fakeBrowser.scripting, { executeScript });
    // The first ask finds no script (a desk not saved yet): the page injects it and asks again.
    vi.spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockImplementation(async (tabId: number, message: unknown) => {
        sent.push([tabId, message]);
        return answerAdapterTest(message, fixtureDocument(), new URL(TICKET));
      });
    await page.click(page.byTestId('custom-find-tabs'));
    await page.until(() => page.byTestId('custom-tab-select'));
    const options = [...page.byTestId<HTMLSelectElement>('custom-tab-select').options].map(
      (o) => o.textContent,
    );
    expect(options).toEqual([`Printer — ${TICKET}`]);
    await page.click(page.byTestId('custom-test-run'));
    await page.until(() => page.byTestId('custom-result'));
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/content-scripts/desk.js'] });
    expect(sent).toHaveLength(1);
    const row = (field: string) => page.byTestId(`custom-result-${field}`).querySelector('td')?.textContent;
    expect(row('id')).toBe('No element matches the selector.');
    expect(row('subject')).toBe('Printer on floor 3 jams');
    expect(row('priority')).toBe('High');
    expect(row('created')).toBe('2026-11-20T14:05:00+01:00 (2026-11-20T13:05:00.000Z)');
    Reflect.deleteProperty(fakeBrowser.scripting, 'executeScript');
  });

  it('speaks Spanish too', async () => {
    useLocale('es');
    await openCustom();
    expect(page.byTestId<HTMLSelectElement>('desk-tool-select').selectedOptions[0]?.textContent).toBe(
      'Otra herramienta (selectores propios)',
    );
    expect(page.byTestId('custom-fields').querySelector('legend')?.textContent).toBe(
      'Dónde encuentra Plazo cada campo',
    );
  });
});
