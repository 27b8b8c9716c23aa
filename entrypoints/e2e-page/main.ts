/** The e2e page's script: puts the E2eApi on window for Playwright to call (see ./api.ts). */
import { openDB } from 'idb';
import { browser } from 'wxt/browser';
import { DEFAULT_DB_NAME } from '../../core/store/db';
import { type E2eApi, type FiredAlarm, type StoreName, TAP_PREFIX, type TapEntry } from './api';

/**
 * Opens the database at whatever version the worker left it: no version, no upgrade callback, so
 * this page can never migrate or create it (only the background does). Closed after each read so a
 * later upgrade by the worker is never blocked by this page.
 */
async function withDb<T>(read: (db: Awaited<ReturnType<typeof openDB>>) => Promise<T>): Promise<T> {
  const databases = await indexedDB.databases();
  if (!databases.some((database) => database.name === DEFAULT_DB_NAME)) {
    throw new Error(`no "${DEFAULT_DB_NAME}" database yet: the worker has not opened it`);
  }
  const db = await openDB(DEFAULT_DB_NAME);
  try {
    return await read(db);
  } finally {
    db.close();
  }
}

const fired: FiredAlarm[] = [];
browser.alarms.onAlarm.addListener(({ name, scheduledTime }) => {
  fired.push({ name, scheduledTime, at: performance.timeOrigin + performance.now() });
});

const api: E2eApi = {
  send: (message) => browser.runtime.sendMessage(message),
  readStore: (store: StoreName) => withDb((db) => db.getAll(store)),
  readMeta: (key) => withDb((db) => db.get('meta', key)),
  notifications: async () => Object.keys(await browser.notifications.getAll()),
  badge: async () => ({
    text: await browser.action.getBadgeText({}),
    title: await browser.action.getTitle({}),
    color: await browser.action.getBadgeBackgroundColor({}),
  }),
  alarm: async (name) => (await browser.alarms.get(name))?.scheduledTime ?? null,
  firedAlarms: async () => [...fired],
  tap: async () => {
    const all = await browser.storage.session.get(null);
    return Object.entries(all)
      .filter(([key]) => key.startsWith(TAP_PREFIX))
      .map(([, entry]) => entry as TapEntry);
  },
  now: () => performance.timeOrigin + performance.now(),
};

Object.assign(window, { plazoE2e: api });
