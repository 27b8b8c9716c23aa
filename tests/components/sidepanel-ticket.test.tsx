import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { instantFormat } from '../../core/engine/explain';
import { panelQuery } from '../../core/panel/address';
import { alertRecordSchema } from '../../core/store/records';
import {
  BREACH,
  CREATED,
  KEY,
  MINUTE,
  PAUSED,
  RESUMED,
  record,
  settings,
  URL_7,
} from '../sidepanel/scenario';
import { useLocale } from './options-page';
import { activeTab, openPanel, type PanelPage, storeAsBackground } from './sidepanel-page';

/** tests/setup.ts pins the machine's zone, which is the agent's zone here. */
const AGENT_ZONE = 'Pacific/Chatham';
const agent = (at: number, language: 'en' | 'es' = 'en') => instantFormat(language, AGENT_ZONE).format(at);
const madrid = (at: number, language: 'en' | 'es' = 'en') =>
  instantFormat(language, 'Europe/Madrid').format(at);

const warned = alertRecordSchema.parse({
  id: `${KEY}|firstResponse|${CREATED}|warning|0`,
  ticket: KEY,
  metric: 'firstResponse',
  cycleStartedAt: CREATED,
  kind: 'warning',
  index: 0,
  shownAt: RESUMED + 30 * MINUTE,
});

let closeStore: () => void;
let page: PanelPage;

beforeEach(async () => {
  indexedDB.deleteDatabase('plazo');
  vi.useFakeTimers({ toFake: ['Date'] });
  // Half a minute past the hour, so minute-rounded times left do not depend on the milliseconds.
  vi.setSystemTime(BREACH + 60 * MINUTE + 30_000);
  closeStore = await storeAsBackground({ settings, tickets: [record], alerts: [warned] });
});
afterEach(() => {
  page.close();
  closeStore();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const card = (metric: string) => {
  const found = page.root.querySelector<HTMLElement>(`#metric-${metric}`);
  if (!found) throw new Error(`no card for ${metric}`);
  return found;
};

describe('the side panel on the ticket its address names', () => {
  beforeEach(() => useLocale('en'));

  it('shows every metric with business and calendar time left and the deadline in both zones', async () => {
    page = await openPanel(panelQuery({ ticket: KEY }));
    await page.until(() => page.byTestId('metrics'));
    expect(page.root.querySelector('h1')?.textContent).toBe('VPN drops every 20 minutes');
    const first = card('firstResponse');
    expect(first.querySelector('h3')?.textContent).toContain('first response · breached');
    expect(first.textContent).toContain(
      `due ${agent(BREACH)} (your time) · ${madrid(BREACH)} (Madrid office, Europe/Madrid)`,
    );
    expect(first.textContent).toContain('business time left: -1 h');
    expect(first.textContent).toContain('calendar time left: -1 h');
    const resolution = card('resolution');
    expect(resolution.querySelector('h3')?.textContent).toContain('resolution · on track');
    expect(resolution.textContent).toContain('business time left: 12 h 59 min');
    expect(resolution.textContent).toMatch(/calendar time left: /);
    expect(resolution.textContent).toContain('(Madrid office, Europe/Madrid)');
  });

  it('lists the pause, the warning and the breach in the timeline, with the calendar time', async () => {
    page = await openPanel(panelQuery({ ticket: KEY }));
    await page.until(() => page.byTestId('timeline'));
    const entries = [...page.byTestId('timeline').querySelectorAll('li')];
    const kinds = entries.map((entry) => entry.dataset.kind);
    expect(kinds).toEqual(['started', 'paused', 'warned', 'breached', 'escalated']);
    const pause = entries[1] as HTMLElement;
    expect(pause.querySelector('time')?.textContent).toBe(agent(PAUSED));
    expect(pause.textContent).toContain(`Paused ${agent(PAUSED)} until ${agent(RESUMED)}`);
    expect(pause.textContent).toContain(`Calendar's time: ${madrid(PAUSED)} (Madrid office, Europe/Madrid)`);
    expect(pause.textContent).toContain('Applies to: first response and resolution');
    expect(entries[2]?.textContent).toContain('At risk: Plazo sent a warning.');
    expect(entries[3]?.textContent).toContain(`Breached ${agent(BREACH)}.`);
    expect(entries[4]?.textContent).toContain('Notify lead');
  });

  it('offers recovery on the breached metric only', async () => {
    page = await openPanel(panelQuery({ ticket: KEY }));
    await page.until(() => page.byTestId('metrics'));
    expect(card('firstResponse').querySelector('[data-testid="recovery-start"]')).not.toBeNull();
    expect(card('resolution').querySelector('[data-testid="recovery-start"]')).toBeNull();
  });

  it('offers recovery on the metric it was opened to recover, and focuses its card', async () => {
    page = await openPanel(panelQuery({ ticket: KEY, metric: 'resolution', recover: true }));
    await page.until(() => expect(document.activeElement).toBe(card('resolution')));
    expect(card('resolution').querySelector('[data-testid="recovery-start"]')).not.toBeNull();
  });

  it('says so when the named ticket is not stored', async () => {
    page = await openPanel(panelQuery({ ticket: 'https://rt.example.com|999' }));
    await page.until(() => expect(page.text()).toContain('Plazo has no ticket https://rt.example.com|999'));
  });

  it('announces a breach that happens while it is open, once', async () => {
    vi.setSystemTime(BREACH - 1500);
    page = await openPanel(panelQuery({ ticket: KEY }));
    await page.until(() => page.byTestId('metrics'));
    expect(page.byTestId('breach-live').textContent).toBe('');
    expect(page.byTestId('breach-live').getAttribute('aria-live')).toBe('assertive');
    vi.setSystemTime(BREACH + 500);
    await page.until(
      () =>
        expect(page.byTestId('breach-live').textContent).toBe(
          'first response breached on VPN drops every 20 minutes.',
        ),
      5000,
    );
    expect(card('firstResponse').querySelector('h3')?.textContent).toContain('breached');
  });
});

describe('the side panel following the current tab', () => {
  beforeEach(() => useLocale('en'));

  it("shows the tab's ticket, and follows the agent to another tab", async () => {
    activeTab(`${URL_7}&results=abc#txn-3`);
    page = await openPanel('');
    await page.until(() => page.byTestId('metrics'));
    expect(page.root.querySelector('h1')?.textContent).toBe('VPN drops every 20 minutes');

    activeTab('https://news.example.com/');
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 6, windowId: 1 });
    await page.until(() => page.byTestId('panel-empty'));
  });

  it('explains how to start when the tab is no tracked ticket, and links to the settings', async () => {
    activeTab(undefined);
    page = await openPanel('');
    await page.until(() => page.byTestId('panel-empty'));
    expect(page.text()).toContain("This tab isn't a ticket Plazo tracks");
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    const button = page.root.querySelector<HTMLButtonElement>('[data-testid="panel-empty"] button');
    button?.click();
    expect(open).toHaveBeenCalled();
  });

  it('follows a navigation in the active tab to a ticket', async () => {
    activeTab('https://rt.example.com/Search/Results.html');
    page = await openPanel('');
    await page.until(() => page.byTestId('panel-empty'));
    activeTab(URL_7);
    await fakeBrowser.tabs.onUpdated.trigger(5, { url: URL_7 }, { active: true } as never);
    await page.until(() => page.byTestId('metrics'));
  });
});

describe('the side panel in Spanish', () => {
  beforeEach(() => useLocale('es'));

  it('speaks Spanish throughout', async () => {
    page = await openPanel(panelQuery({ ticket: KEY }));
    await page.until(() => page.byTestId('timeline'));
    expect(page.text()).toContain('Métricas del SLA');
    expect(page.text()).toContain('Cronología');
    expect(card('firstResponse').querySelector('h3')?.textContent).toContain(
      'primera respuesta · incumplido',
    );
    expect(card('firstResponse').textContent).toContain(`vence ${agent(BREACH, 'es')} (tu hora)`);
    expect(card('firstResponse').textContent).toContain('tiempo laborable restante');
    expect(page.text()).toContain(`En pausa ${agent(PAUSED, 'es')}`);
    expect(page.text()).toContain(`Hora del calendario: ${madrid(PAUSED, 'es')}`);
    expect(page.text()).toContain('Afecta a: primera respuesta y resolución');
  });
});
