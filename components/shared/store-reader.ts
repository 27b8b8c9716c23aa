/**
 * Pages' side of the one-writer rule: they read IndexedDB directly (never creating or migrating it)
 * and ask the background for every change. A store not made yet is made by waking the background.
 */
import { browser } from 'wxt/browser';
import { openPlazoDbForReading, StoreNotReadyError } from '../../core/store';
import type { PlazoDb } from '../../core/store/schema';

/** The background migrates before it answers a command, so one wake-up is normally enough. */
const ATTEMPTS = 3;

/** Runs `read` on a freshly opened store and closes it, so a page never holds up an upgrade. */
export async function readStore<T>(read: (db: PlazoDb) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      const db = await openPlazoDbForReading();
      try {
        return await read(db);
      } finally {
        db.close();
      }
    } catch (error) {
      if (!(error instanceof StoreNotReadyError) || attempt >= ATTEMPTS) throw error;
      // Any command wakes the background, which opens (and migrates) the store before replying.
      await browser.runtime.sendMessage({ type: 'reconcileNow' }).catch(() => undefined);
    }
  }
}
