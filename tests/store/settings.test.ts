import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsSchema } from '../../core/store/records';
import type { PlazoDb } from '../../core/store/schema';
import type { PlazoStore } from '../../core/store/store';
import { openFreshStore } from './db-helpers';

let db: PlazoDb;
let store: PlazoStore;
beforeEach(async () => ({ db, store } = await openFreshStore()));
afterEach(() => db.close());

const mine = settingsSchema.parse({
  policies: [
    {
      id: 'standard',
      name: 'Standard support',
      match: { tools: ['rt'], queues: ['Network'] },
      targets: { firstResponse: { minutes: 120, calendar: 'office', warnings: [{ percent: 75 }] } },
    },
  ],
  calendars: {
    office: {
      name: 'Madrid office',
      timeZone: 'Europe/Madrid',
      week: { mon: [['09:00', '18:00']], tue: [['09:00', '18:00']] },
      holidays: ['2026-01-06'],
    },
  },
  notifications: {
    repeatBreachMinutes: 15,
    quietHours: { from: 22 * 60, to: 7 * 60, timeZone: 'Europe/Madrid' },
  },
});

describe('settings', () => {
  it('reads the defaults, without a problem, before anything is saved', async () => {
    expect(await store.readSettings()).toEqual({ settings: DEFAULT_SETTINGS, problem: null });
  });

  it('reads back what was saved', async () => {
    expect(await store.saveSettings(mine)).toEqual(mine);
    expect(await store.readSettings()).toEqual({ settings: mine, problem: null });
  });

  it('falls back to the defaults and reports where bad stored settings are wrong, leaving them on disk', async () => {
    const bad = { policies: 'all of them', notifications: { enabled: 'yes' } };
    await db.put('settings', bad, 'settings');

    const { settings, problem } = await store.readSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problem).toEqual({ store: 'settings', key: 'settings', message: expect.any(String) });
    expect(problem?.message).toMatch(/^policies: .*; notifications\.enabled: /);
    expect(await db.get('settings', 'settings')).toEqual(bad);
  });

  it('refuses to save invalid settings and keeps the stored ones', async () => {
    await store.saveSettings(mine);
    const invalid = { ...mine, notifications: { ...mine.notifications, repeatBreachMinutes: -5 } };
    await expect(store.saveSettings(invalid)).rejects.toMatchObject({
      name: 'InvalidRecordError',
      problem: {
        store: 'settings',
        key: 'settings',
        message: expect.stringMatching(/^notifications\.repeatBreachMinutes: /),
      },
    });
    expect((await store.readSettings()).settings).toEqual(mine);
  });
});
