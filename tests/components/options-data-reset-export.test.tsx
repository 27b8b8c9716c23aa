/** Options › Data: export downloads the whole store as one file; reset needs a second, explicit click. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataSection } from '../../components/options/data/DataSection';
import { DEFAULT_SETTINGS, settingsSchema } from '../../core/store/records';
import { hostAccess } from '../fakes/host-access';
import { ticketRecord } from '../store/builders';
import { type DataBackground, openSection, type SectionPage, startDataBackground } from './data-page';
import { useLocale } from './options-page';

let background: DataBackground;
let page: SectionPage;

const mine = settingsSchema.parse({
  desks: [{ base: 'https://rt.example.com/', tool: 'rt', name: 'Support' }],
});

beforeEach(async () => {
  indexedDB.deleteDatabase('plazo');
  useLocale('en');
  background = await startDataBackground(mine);
  await (await background.store()).putTicket(ticketRecord('42'));
  page = await openSection(<DataSection />);
});
afterEach(() => {
  page.close();
  background.close();
  vi.restoreAllMocks();
});

describe('export', () => {
  it('downloads one versioned JSON file with the settings and tickets, sending nothing', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:plazo-test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    await page.click(page.byTestId('data-export'));
    await page.until(() =>
      expect(page.byTestId('data-export-status').textContent).toBe('Exported 1 ticket(s) and 0 incident(s).'),
    );
    expect(downloads).toEqual([expect.stringMatching(/^plazo-export-\d{4}-\d{2}-\d{2}\.json$/)]);
    const file = JSON.parse(await (blobs[0] as Blob).text());
    expect(file).toMatchObject({ format: 'plazo-export', version: 1, settings: mine, incidents: [] });
    expect(file.tickets.map((ticket: { key: string }) => ticket.key)).toEqual([ticketRecord('42').key]);
    expect(background.received).toEqual([]);
  });
});

describe('reset', () => {
  it('asks first, with the keyboard on Cancel; Cancel sends nothing', async () => {
    expect(page.root.textContent).toContain('Incidents are kept');
    await page.click(page.byTestId('data-reset'));
    expect(page.root.textContent).toContain("This can't be undone. Reset Plazo now?");
    await page.until(() => expect(document.activeElement).toBe(page.byTestId('data-reset-cancel')));
    await page.click(page.byTestId('data-reset-cancel'));
    expect(page.allByTestId('data-reset-confirm')).toEqual([]);
    await page.until(() => expect(document.activeElement).toBe(page.byTestId('data-reset')));
    expect(background.received).toEqual([]);
  });

  it('resets on the second click: default settings, no tickets, the desk access given back', async () => {
    hostAccess.grant('https://rt.example.com/*');
    await page.click(page.byTestId('data-reset'));
    await page.click(page.byTestId('data-reset-confirm'));
    await page.until(() =>
      expect(page.byTestId('data-reset-status').textContent).toBe(
        'Plazo is back to its defaults. Incidents were kept.',
      ),
    );
    expect(background.received).toEqual([{ type: 'resetData' }]);
    const store = await background.store();
    expect((await store.readSettings()).settings).toEqual(DEFAULT_SETTINGS);
    expect((await store.listTickets()).tickets).toEqual([]);
    expect(hostAccess.granted()).toEqual([]);
  });
});
