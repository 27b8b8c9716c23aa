/** The Notifications form's text fields to settings and back. */
import { describe, expect, it } from 'vitest';
import { fromDraft, timeZones, toDraft } from '../../components/options/notifications/notify-draft';
import { notificationSettingsSchema } from '../../core/store/records';

const zones = new Set(['Europe/Madrid', 'America/Mexico_City']);

describe('the notifications draft', () => {
  it('shows stored quiet hours as times of day; midnight at the end of a day is 00:00', () => {
    const stored = notificationSettingsSchema.parse({
      quietHours: { from: 22 * 60 + 30, to: 24 * 60, timeZone: 'America/Mexico_City' },
    });
    expect(toDraft(stored, 'Europe/Madrid')).toMatchObject({
      quiet: true,
      from: '22:30',
      to: '00:00',
      timeZone: 'America/Mexico_City',
    });
  });

  it('offers 22:00 to 07:00 in the browser zone when there are none', () => {
    expect(toDraft(notificationSettingsSchema.parse({}), 'Europe/Madrid')).toMatchObject({
      quiet: false,
      from: '22:00',
      to: '07:00',
      timeZone: 'Europe/Madrid',
    });
  });

  it('round-trips through the schema', () => {
    const draft = {
      ...toDraft(notificationSettingsSchema.parse({}), 'Europe/Madrid'),
      quiet: true,
      repeat: '0',
    };
    const result = fromDraft(draft, zones);
    expect(result).toEqual({
      ok: true,
      settings: notificationSettingsSchema.parse({
        repeatBreachMinutes: 0,
        quietHours: { from: 22 * 60, to: 7 * 60, timeZone: 'Europe/Madrid' },
      }),
    });
  });

  it('names every bad field at once', () => {
    const draft = {
      ...toDraft(notificationSettingsSchema.parse({}), 'Europe/Madrid'),
      repeat: '1.5',
      quiet: true,
      from: '25:00',
      to: '',
      timeZone: 'Mars/Olympus',
    };
    expect(fromDraft(draft, zones)).toEqual({
      ok: false,
      errors: {
        repeat: 'notifyRepeatError',
        from: 'notifyQuietTimeError',
        to: 'notifyQuietTimeError',
        timeZone: 'notifyQuietZoneError',
      },
    });
  });

  it('ignores the quiet-hours fields while quiet hours are off', () => {
    const draft = { ...toDraft(notificationSettingsSchema.parse({}), 'Mars/Olympus'), from: 'x' };
    expect(fromDraft(draft, zones)).toMatchObject({ ok: true, settings: { quietHours: null } });
  });

  it('lists every zone the browser knows, plus the ones it must show', () => {
    const listed = timeZones('Europe/Madrid', 'Etc/Unknown');
    expect(listed).toContain('Europe/Madrid');
    expect(listed[0]).toBe('Etc/Unknown');
    expect(new Set(listed).size).toBe(listed.length);
  });
});
