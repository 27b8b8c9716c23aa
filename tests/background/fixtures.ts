/** Shared setup for the background's unit tests: a fresh database and a Request Tracker-like ticket. */
import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Observation } from '../../core/messaging/protocol';
import { openPlazoDb, PlazoStore } from '../../core/store';
import type { Settings } from '../../core/store/records';
import { handleMessage } from '../../entrypoints/background/messages';
import { MIN, MONDAY_10, office } from '../fixtures/office';

export { HOUR, MIN } from '../fixtures/office';
export const CREATED = MONDAY_10;
export const TICKET = 'https://rt.example.com|42';

export const EXTENSION_ORIGIN = 'chrome-extension://plazo-test-id/';
export const fromPage = { id: 'plazo-test-id', url: `${EXTENSION_ORIGIN}popup.html` };
export const fromContentScript = {
  id: 'plazo-test-id',
  url: 'https://rt.example.com/Ticket/Display.html?id=42',
  tab: { id: 3 },
};

export const settings: Settings = {
  desks: [],
  policies: [
    {
      id: 'standard',
      name: 'Standard',
      match: { tools: [], queues: [], priorities: [], types: [], tags: [], organizations: [] },
      targets: {
        firstResponse: {
          minutes: 120,
          calendar: 'office',
          warnings: [{ percent: 50 }],
          escalations: [],
        },
      },
      clock: {
        pauseStatuses: ['stalled'],
        stopStatuses: ['resolved'],
        reopen: 'resume',
        pause: 'freeze',
        policyChange: 'swap',
      },
    },
  ],
  calendars: {
    office: office.definition,
  },
  notifications: {
    enabled: true,
    repeatBreachMinutes: 30,
    quietHours: null,
    kinds: { warning: true, breach: true, escalation: true },
  },
};

export function observation(overrides: Partial<Observation> = {}): Observation {
  return {
    key: { desk: 'https://rt.example.com', id: '42' },
    tool: 'rt',
    url: 'https://rt.example.com/Ticket/Display.html?id=42',
    observedAt: CREATED + 5 * MIN,
    title: 'Printer on the 3rd floor prints blank pages',
    createdAt: CREATED,
    status: 'open',
    queue: 'General',
    priority: 'normal',
    ...overrides,
  };
}

/** A fresh database with the settings above, and the browser APIs the fake lacks. */
export let databaseName = '';

export async function freshBackground(): Promise<PlazoStore> {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string, subs?: unknown) =>
    [name, ...(Array.isArray(subs) ? subs : [])].join(' '),
  );
  databaseName = `plazo-test-${crypto.randomUUID()}`;
  const store = new PlazoStore(await openPlazoDb(databaseName));
  await store.saveSettings(settings);
  return store;
}

/**
 * The message handler as the message tests drive it: a fresh store before each test, and what it
 * announced (store changes, saved settings) kept on `bg` so a test can check the side effects too.
 */
export function messageBackground() {
  const bg = { store: undefined as unknown as PlazoStore, changes: 0, savedSettings: [] as Settings[] };
  beforeEach(async () => {
    bg.store = await freshBackground();
    bg.changes = 0;
    bg.savedSettings = [];
  });
  const send = (message: unknown, sender: object) =>
    handleMessage(message, sender, {
      store: async () => bg.store,
      extensionId: 'plazo-test-id',
      extensionOrigin: EXTENSION_ORIGIN,
      changed: async () => {
        bg.changes++;
      },
      settingsSaved: async (saved) => {
        bg.savedSettings.push(saved);
      },
      language: 'en',
      timeZone: 'Europe/Madrid',
    });
  return { bg, send };
}
