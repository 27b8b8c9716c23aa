import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CalendarsSection } from '../../components/options/calendars/CalendarsSection';
import type { CalendarDefinition, Policy } from '../../core/engine';
import { policySchema } from '../../core/engine/policy';
import type { Background } from './options-page';
import { useLocale } from './options-page';
import { openSection, type Section, startWithSettings, storedSettings } from './options-sections';

const NOW = Date.UTC(2026, 11, 1, 8, 0); // Tue 1 Dec 2026
const madrid: CalendarDefinition = {
  name: 'Madrid office',
  timeZone: 'Europe/Madrid',
  week: { mon: [['09:00', '18:00']], tue: [['09:00', '18:00']] },
  holidays: ['2026-12-08'],
  holidayNames: { '2026-12-08': 'Inmaculada' },
};
const urgent: Policy = policySchema.parse({
  id: 'urgent',
  name: 'Urgent',
  match: { priorities: ['High'] },
  targets: { firstResponse: { minutes: 240, calendar: 'madrid' } },
});

let background: Background;
let page: Section;

beforeEach(() => {
  useLocale('en');
  indexedDB.deleteDatabase('plazo');
});
afterEach(() => {
  page.close();
  background.close();
  vi.restoreAllMocks();
});

async function open(calendars: Record<string, CalendarDefinition>, policies: Policy[] = []) {
  background = await startWithSettings({ calendars, policies });
  page = await openSection(<CalendarsSection clock={() => NOW} />);
  await page.until(() => page.byTestId('calendar-add'));
}

const input = (id: string) => page.byTestId<HTMLInputElement>(id);

describe('the calendars section', () => {
  it('edits the weekly grid with the keyboard and saves it', async () => {
    await open({ madrid });
    expect(page.root.textContent).toContain('Madrid office');
    const save = page.byTestId('calendar-save');
    expect(save.getAttribute('aria-disabled')).toBe('true');

    await page.type(input('calendar-mon-0-end'), '13:00');
    await page.click(page.byTestId('calendar-mon-add'));
    await page.type(input('calendar-mon-1-start'), '14:00');
    await page.type(input('calendar-mon-1-end'), '00:00');
    await page.click(page.byTestId('calendar-fri-add'));
    expect(page.byTestId('calendar-reason').textContent).toBe('Unsaved changes.');
    expect(save.getAttribute('aria-disabled')).toBeNull();

    await page.click(save);
    await page.until(() => expect(page.byTestId('calendar-reason').textContent).toBe('Saved.'));
    const stored = (await storedSettings()).calendars.madrid;
    expect(stored?.week).toMatchObject({
      mon: [
        ['09:00', '13:00'],
        ['14:00', '24:00'],
      ],
      tue: [['09:00', '18:00']],
      fri: [['09:00', '17:00']],
    });
    // What the grid does not show is kept.
    expect(stored?.holidayNames).toEqual({ '2026-12-08': 'Inmaculada' });
    expect(background.received).toContainEqual(expect.objectContaining({ type: 'saveSettings' }));
  });

  it('shows an invalid interval next to it and refuses to save', async () => {
    await open({ madrid });
    await page.type(input('calendar-tue-0-end'), '08:00');
    expect(page.errorFor('week.tue[0]')).toContain('ends before it starts');
    const end = input('calendar-tue-0-end');
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(end.getAttribute('aria-describedby')).toContain(
      page.root.querySelector('[data-error-for="week.tue[0]"]')?.id,
    );
    const save = page.byTestId('calendar-save');
    expect(save.getAttribute('aria-disabled')).toBe('true');
    expect(page.byTestId('calendar-reason').textContent).toBe('Cannot save yet: 1 problem(s) marked below.');
    expect(save.getAttribute('aria-describedby')).toBe(page.byTestId('calendar-reason').id);

    await page.click(save);
    expect(background.received).toEqual([]);
    expect((await storedSettings()).calendars.madrid?.week).toEqual(madrid.week);

    await page.click(page.byTestId('calendar-mon-add'));
    await page.type(input('calendar-mon-1-start'), '10:00');
    await page.type(input('calendar-mon-1-end'), '11:00');
    expect(page.errorFor('week.mon[1]')).toBe('This interval overlaps another one of the same day.');
    await page.type(page.byTestId('calendar-timezone'), 'Mars/Olympus');
    expect(page.errorFor('timeZone')).toContain('"Mars/Olympus" is not a time zone');
  });

  it('imports holidays from an .ics file, saying what it skipped and where', async () => {
    await open({ madrid });
    const ics = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20261208',
      'SUMMARY:Immaculate Conception',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20261225',
      'SUMMARY:Christmas Day',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART:20261231T100000Z',
      'SUMMARY:Party',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const file = new File([ics], 'holidays.ics', { type: 'text/calendar' });
    const picker = input('calendar-ical');
    Object.defineProperty(picker, 'files', { value: [file], configurable: true });
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    await page.until(() =>
      expect(page.byTestId('calendar-ical-result').textContent).toContain('1 holiday(s) added'),
    );
    expect(page.byTestId('calendar-ical-result').textContent).toContain(
      'Line 11: this event has a time of day; only all-day events are taken as holidays.',
    );
    const names = page.allByTestId<HTMLInputElement>('calendar-holiday-name').map((each) => each.value);
    expect(names).toEqual(['Inmaculada', 'Christmas Day']);

    await page.click(page.byTestId('calendar-save'));
    await page.until(() => expect(page.byTestId('calendar-reason').textContent).toBe('Saved.'));
    const stored = (await storedSettings()).calendars.madrid;
    expect(stored?.holidays).toEqual(['2026-12-08', '2026-12-25']);
    expect(stored?.holidayNames).toEqual({ '2026-12-08': 'Inmaculada', '2026-12-25': 'Christmas Day' });
  });

  it('asks before deleting a calendar a policy uses, and sends its targets round the clock', async () => {
    await open({ madrid }, [urgent]);
    await page.click(page.byTestId('calendar-delete'));
    expect(page.byTestId('calendar-delete-question').textContent).toBe(
      'Delete Madrid office? It is used by Urgent: their targets will count round the clock.',
    );
    expect(document.activeElement).toBe(page.byTestId('calendar-delete-confirm'));
    page
      .byTestId('calendar-delete-confirm')
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await page.until(() => expect(document.activeElement).toBe(page.byTestId('calendar-delete')));

    await page.click(page.byTestId('calendar-delete'));
    await page.click(page.byTestId('calendar-delete-confirm'));
    expect(page.byTestId('calendar-empty')).toBeTruthy();
    expect(document.activeElement?.id).toBe('calendars-heading');
    await page.click(page.byTestId('calendar-save'));
    await page.until(() => expect(page.byTestId('calendar-reason').textContent).toBe('Saved.'));
    const stored = await storedSettings();
    expect(stored.calendars).toEqual({});
    expect(stored.policies[0]?.targets.firstResponse?.calendar).toBeNull();
  });

  it('adds a calendar, and keeps unsaved edits while warning before the page closes', async () => {
    await open({});
    await page.click(page.byTestId('calendar-add'));
    expect(input('calendar-name').value).toBe('Office hours');
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(true);
    await page.click(page.byTestId('calendar-save'));
    await page.until(() => expect(page.byTestId('calendar-reason').textContent).toBe('Saved.'));
    const [stored] = Object.values((await storedSettings()).calendars);
    expect(stored?.week).toMatchObject({ mon: [['09:00', '17:00']], sat: [] });
    // Effects run after the render that showed "Saved.": wait for the warning to be taken down.
    await page.until(() => {
      const after = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(after);
      expect(after.defaultPrevented).toBe(false);
    });
  });

  it('speaks Spanish: weekdays, hints and errors', async () => {
    useLocale('es');
    await open({ madrid });
    expect(page.root.querySelector('h2')?.textContent).toBe('Calendarios');
    const legends = [...page.byTestId('calendar-week').querySelectorAll('legend')].map(
      (legend) => legend.textContent,
    );
    expect(legends).toEqual(['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo']);
    expect(page.byTestId('calendar-day-wed').textContent).toContain('Cerrado');
    await page.type(input('calendar-mon-0-start'), '');
    expect(page.errorFor('week.mon[0][0]')).toBe('Introduce una hora (HH:MM).');
    expect(input('calendar-mon-0-start').getAttribute('aria-label')).toBe('De (lunes, tramo 1)');
    expect(page.byTestId('calendar-reason').textContent).toBe(
      'Aún no se puede guardar: hay 1 problema(s) marcado(s) abajo.',
    );
  });

  it('keeps the edits when the background refuses the save, and says why', async () => {
    await open({ madrid });
    await page.type(input('calendar-name'), 'Madrid HQ');
    background.failNextSave('disk full');
    await page.click(page.byTestId('calendar-save'));
    await page.until(() =>
      expect(page.byTestId('calendar-error').textContent).toBe('Could not save the change: disk full'),
    );
    expect(input('calendar-name').value).toBe('Madrid HQ');
    expect(page.byTestId('calendar-reason').textContent).toBe('Unsaved changes.');
    await page.click(page.byTestId('calendar-save'));
    await page.until(async () => expect((await storedSettings()).calendars.madrid?.name).toBe('Madrid HQ'));
  });
});
