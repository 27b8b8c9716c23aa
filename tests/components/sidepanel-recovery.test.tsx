import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { panelQuery } from '../../core/panel/address';
import { BREACH, KEY, MINUTE, record, settings } from '../sidepanel/scenario';
import { incidentRecord } from '../store/builders';
import { useLocale } from './options-page';
import { openPanel, type PanelPage, storeAsBackground } from './sidepanel-page';

const open = incidentRecord(KEY, { id: 'incident-open', ticket: KEY });
const closed = incidentRecord(KEY, {
  id: 'incident-closed',
  ticket: KEY,
  metric: 'resolution',
  closed: { by: 'Alice', at: BREACH },
});

let closeStore: () => void;
let page: PanelPage;

beforeEach(async () => {
  useLocale('en');
  indexedDB.deleteDatabase('plazo');
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(BREACH + 30 * MINUTE);
  closeStore = await storeAsBackground({ settings, tickets: [record], incidents: [open, closed] });
});
afterEach(() => {
  page.close();
  closeStore();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('recovery in the side panel', () => {
  it("shows the ticket's open incidents' checklists, not closed ones, and no second start", async () => {
    page = await openPanel(panelQuery({ ticket: KEY }));
    await page.until(() => page.byTestId('recovery-checklist'));
    expect(page.byTestId('panel-recovery').textContent).toContain('Breach recovery');
    // First response has its incident open already: its card offers no new one.
    expect(page.root.querySelector('#metric-firstResponse [data-testid="recovery-start"]')).toBeNull();
  });

  it('shows the checklist a notification names with ?incident=', async () => {
    page = await openPanel(panelQuery({ incident: 'incident-open' }));
    await page.until(() => page.byTestId('recovery-checklist'));
    expect(page.root.querySelector('[data-testid="panel-ticket"]')).toBeNull();
  });
});
