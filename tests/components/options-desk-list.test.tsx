import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_DB_NAME, openPlazoDb, PlazoStore } from '../../core/store';
import { DEFAULT_SETTINGS } from '../../core/store/records';
import { hostAccess } from '../fakes/host-access';
import {
  type Background,
  type OptionsPage,
  openOptionsPage,
  startBackground,
  useLocale,
} from './options-page';

const SUPPORT = 'https://support.example.com/*';
const LAB = 'http://127.0.0.1:8080/*';
const support = { base: 'https://support.example.com/rt/', tool: 'rt', name: 'Support' };
const billing = { base: 'https://support.example.com/billing/', tool: 'rt', name: 'Billing' };
const lab = { base: 'http://127.0.0.1:8080/', tool: 'rt', name: 'Lab' };

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

async function open(desks: (typeof support)[] | null) {
  background = await startBackground(desks);
  page = await openOptionsPage();
  await page.until(() => page.byTestId('desk-list'));
}

const item = (name: string) => {
  const found = page
    .allByTestId('desk-item')
    .find((element) => element.querySelector('strong')?.textContent === name);
  if (!found) throw new Error(`no desk "${name}"`);
  return found;
};
const inItem = (name: string, testId: string) => {
  const found = item(name).querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  if (!found) throw new Error(`no ${testId} in "${name}"`);
  return found;
};

describe('the list of desks', () => {
  it('says loading first, and wakes the background when the store is not ready yet', async () => {
    background = await startBackground(null);
    page = await openOptionsPage();
    expect(page.root.textContent).toContain('Loading help desks…');
    await page.until(() => page.byTestId('desk-list'));
    expect(background.received).toContainEqual({ type: 'reconcileNow' });
  });

  it('follows the store: desks changed elsewhere (an import, a reset) show once the background says so', async () => {
    await open([support]);
    expect(page.allByTestId('desk-item')).toHaveLength(1);
    const db = await openPlazoDb(DEFAULT_DB_NAME);
    await new PlazoStore(db).saveSettings({ ...DEFAULT_SETTINGS, desks: [support, lab] });
    db.close();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'storeChanged' }, {});
    await page.until(() => expect(page.allByTestId('desk-item')).toHaveLength(2));
    expect(item('Lab').textContent).toContain('http://127.0.0.1:8080/');
  });

  it('shows each desk with its tool, address and whether Plazo may read it', async () => {
    hostAccess.grant(SUPPORT);
    await open([support, lab]);
    await page.until(() => expect(inItem('Lab', 'desk-status').textContent).not.toBe('Checking access…'));
    expect(item('Support').textContent).toContain('Request Tracker at https://support.example.com/rt/');
    expect(inItem('Support', 'desk-status').textContent).toBe('Access granted');
    expect(item('Support').querySelector('[data-testid="desk-grant"]')).toBeNull();
    expect(inItem('Lab', 'desk-status').textContent).toBe('Access missing: Plazo cannot read this help desk');
    expect(inItem('Lab', 'desk-grant').getAttribute('aria-label')).toBe('Grant access to Lab');
  });

  it('asks for missing access from the Grant button, within the click', async () => {
    await open([lab]);
    await page.until(() => inItem('Lab', 'desk-grant'));
    await page.click(inItem('Lab', 'desk-grant'));
    expect(hostAccess.requests).toEqual([[LAB]]);
    await page.until(() => expect(inItem('Lab', 'desk-status').textContent).toBe('Access granted'));
  });

  it('says so when access is still refused', async () => {
    await open([lab]);
    hostAccess.nextRequestAnswer = false;
    await page.until(() => inItem('Lab', 'desk-grant'));
    await page.click(inItem('Lab', 'desk-grant'));
    await page.until(() => expect(inItem('Lab', 'desk-error').textContent).toBe('Access was not granted.'));
  });

  it('follows access taken back outside the page', async () => {
    hostAccess.grant(LAB);
    await open([lab]);
    await page.until(() => expect(inItem('Lab', 'desk-status').textContent).toBe('Access granted'));
    await fakeBrowser.permissions.remove({ origins: [LAB] });
    await page.until(() => expect(inItem('Lab', 'desk-status').textContent).toContain('Access missing'));
  });

  it('removes a desk only once confirmed, and gives its origin back', async () => {
    hostAccess.grant(SUPPORT, LAB);
    await open([support, lab]);
    await page.click(inItem('Lab', 'desk-remove'));
    expect(item('Lab').textContent).toContain('Remove Lab? Plazo stops showing its timers.');
    expect(document.activeElement).toBe(inItem('Lab', 'desk-remove-confirm'));

    await page.click(inItem('Lab', 'desk-remove-cancel'));
    expect(document.activeElement).toBe(inItem('Lab', 'desk-remove'));
    expect(await background.desks()).toEqual([support, lab]);

    await page.click(inItem('Lab', 'desk-remove'));
    await page.click(inItem('Lab', 'desk-remove-confirm'));
    await page.until(() => expect(page.allByTestId('desk-item')).toHaveLength(1));
    expect(await background.desks()).toEqual([support]);
    expect(hostAccess.granted()).toEqual([SUPPORT]);
    expect(page.root.querySelector('section > [role="status"]')?.textContent).toBe('Lab removed.');
    expect(document.activeElement?.tagName).toBe('H2');
  });

  it('backs out of the confirmation with Escape', async () => {
    await open([lab]);
    await page.click(inItem('Lab', 'desk-remove'));
    const confirm = inItem('Lab', 'desk-remove-confirm');
    confirm.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await page.until(() => expect(document.activeElement).toBe(inItem('Lab', 'desk-remove')));
  });

  it('keeps the origin while another desk on it remains', async () => {
    hostAccess.grant(SUPPORT);
    await open([support, billing]);
    await page.click(inItem('Billing', 'desk-remove'));
    await page.click(inItem('Billing', 'desk-remove-confirm'));
    await page.until(() => expect(page.allByTestId('desk-item')).toHaveLength(1));
    expect(await background.desks()).toEqual([support]);
    expect(hostAccess.granted()).toEqual([SUPPORT]);
  });

  it('keeps a desk the background refused to remove, and says why', async () => {
    hostAccess.grant(LAB);
    await open([lab]);
    background.failNextSave('disk full');
    await page.click(inItem('Lab', 'desk-remove'));
    await page.click(inItem('Lab', 'desk-remove-confirm'));
    await page.until(() =>
      expect(inItem('Lab', 'desk-error').textContent).toBe('Could not save the change: disk full'),
    );
    expect(hostAccess.granted()).toEqual([LAB]);
  });

  it('says when the access could not be given back', async () => {
    hostAccess.grant(LAB);
    await open([lab]);
    vi.spyOn(fakeBrowser.permissions, 'remove').mockRejectedValue(
      new Error('You cannot remove required permissions.'),
    );
    await page.click(inItem('Lab', 'desk-remove'));
    await page.click(inItem('Lab', 'desk-remove-confirm'));
    await page.until(() =>
      expect(page.byTestId('desk-error').textContent).toBe(
        'Lab was removed, but access to its site could not be taken back: You cannot remove required permissions.',
      ),
    );
    expect(page.byTestId('desk-list').textContent).toContain('No help desks yet');
  });

  it('lists its sections at the top, each link landing on that section and named by its heading', async () => {
    await open([support]);
    const links = [...page.byTestId('options-nav').querySelectorAll('a')];
    expect(links.map((link) => link.textContent)).toEqual([
      'Help desks',
      'Policies',
      'Calendars',
      'Notifications',
      'Data',
    ]);
    for (const link of links) {
      const section = page.root.querySelector(link.getAttribute('href') ?? '');
      expect(section?.tagName).toBe('SECTION');
      expect(section?.querySelector('h2')?.textContent).toBe(link.textContent);
    }
  });
});
