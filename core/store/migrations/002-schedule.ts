/**
 * 002: the schedule store. Reconciles used to read and evaluate every ticket; now each ticket has an
 * entry saying when it next needs a look, and a reconcile reads only the due ones. Existing tickets
 * get an entry that is due at once, so the first reconcile after the upgrade evaluates them all.
 */
import type { UpgradeDatabase, UpgradeTransaction } from './migration';

export async function schedule(database: UpgradeDatabase, transaction: UpgradeTransaction): Promise<void> {
  const store = database.createObjectStore('schedule', { keyPath: 'ticket' });
  // A null wakeAt is not a valid key, so tickets with nothing ahead simply stay out of this index.
  store.createIndex('byWakeAt', 'wakeAt');
  store.createIndex('byBadge', 'badge');
  const keys = await transaction.objectStore('tickets').getAllKeys();
  for (const ticket of keys) {
    if (typeof ticket !== 'string') continue;
    await store.put({ ticket, wakeAt: 0, badge: 'clear', revision: 1 });
  }
}
