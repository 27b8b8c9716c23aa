/** Options › Notifications: the stored settings shown, validated on save, saved through the background. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NotificationsSection } from '../../components/options/notifications/NotificationsSection';
import { DEFAULT_SETTINGS, settingsSchema } from '../../core/store/records';
import { type DataBackground, openSection, type SectionPage, startDataBackground } from './data-page';
import { useLocale } from './options-page';

let background: DataBackground;
let page: SectionPage;

const desk = { base: 'https://rt.example.com/', tool: 'rt', name: 'Support' };
const stored = settingsSchema.parse({ desks: [desk] });

beforeEach(() => {
  indexedDB.deleteDatabase('plazo');
  vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({
    ...new Intl.DateTimeFormat('en', { timeZone: 'Europe/Madrid' }).resolvedOptions(),
  });
});
afterEach(() => {
  page.close();
  background.close();
  vi.restoreAllMocks();
});

async function open(language: 'en' | 'es' = 'en') {
  useLocale(language);
  background = await startDataBackground(stored);
  page = await openSection(<NotificationsSection />);
  await page.until(() => page.byTestId('notify-form'));
}

const notifications = async () => (await (await background.store()).readSettings()).settings.notifications;

describe('the Notifications section', () => {
  it('shows the stored settings: on, every kind, 30-minute repeats, no quiet hours', async () => {
    await open();
    expect(page.byTestId<HTMLInputElement>('notify-enabled').checked).toBe(true);
    for (const kind of ['warning', 'breach', 'escalation'])
      expect(page.byTestId<HTMLInputElement>(`notify-kind-${kind}`).checked).toBe(true);
    expect(page.byTestId<HTMLInputElement>('notify-repeat').value).toBe('30');
    expect(page.byTestId<HTMLInputElement>('notify-quiet').checked).toBe(false);
    expect(page.allByTestId('notify-from')).toEqual([]);
  });

  it('saves kinds, repeats and quiet hours in the browser zone, keeping the rest of the settings', async () => {
    await open();
    await page.check('notify-kind-warning', false);
    await page.type('notify-repeat', '15');
    await page.check('notify-quiet', true);
    expect(page.byTestId<HTMLSelectElement>('notify-timeZone').value).toBe('Europe/Madrid');
    await page.type('notify-from', '21:30');
    await page.type('notify-to', '07:00');
    await page.click(page.byTestId('notify-save'));
    await page.until(() =>
      expect(page.byTestId('notify-status').textContent).toBe('Notification settings saved.'),
    );
    expect(await notifications()).toEqual({
      enabled: true,
      kinds: { warning: false, breach: true, escalation: true },
      repeatBreachMinutes: 15,
      quietHours: { from: 21 * 60 + 30, to: 7 * 60, timeZone: 'Europe/Madrid' },
    });
    expect((await (await background.store()).readSettings()).settings.desks).toEqual([desk]);
  });

  it('marks each bad field, focuses the first and sends nothing', async () => {
    await open();
    await page.type('notify-repeat', '2000');
    await page.check('notify-quiet', true);
    await page.type('notify-from', '07:00');
    await page.type('notify-to', '07:00');
    await page.click(page.byTestId('notify-save'));
    expect(page.byTestId('notify-repeat-error').textContent).toBe(
      'Enter a whole number of minutes from 0 to 1440.',
    );
    expect(page.byTestId('notify-to-error').textContent).toBe(
      'Quiet hours must start and end at different times.',
    );
    expect(page.byTestId('notify-error').textContent).toBe('Not saved: correct the fields marked below.');
    expect(page.byTestId('notify-repeat').getAttribute('aria-invalid')).toBe('true');
    expect(page.byTestId('notify-repeat').getAttribute('aria-describedby')).toContain('notify-repeat-error');
    expect(document.activeElement).toBe(page.byTestId('notify-repeat'));
    expect(background.received).toEqual([]);
    expect(await notifications()).toEqual(DEFAULT_SETTINGS.notifications);
  });

  it('turns notifications off', async () => {
    await open();
    await page.check('notify-enabled', false);
    await page.click(page.byTestId('notify-save'));
    await page.until(() =>
      expect(page.byTestId('notify-status').textContent).toBe('Notification settings saved.'),
    );
    expect((await notifications()).enabled).toBe(false);
  });

  it('sends a test notification from the page, changing nothing', async () => {
    await open();
    await page.click(page.byTestId('notify-test'));
    await page.until(() => expect(page.byTestId('notify-test-status').textContent).toMatch(/^Sent\./));
    const shown = await fakeBrowser.notifications.getAll();
    expect(Object.keys(shown)).toEqual(['plazo-test-notification']);
    expect(background.received).toEqual([]);
  });
});
