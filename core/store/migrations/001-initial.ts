/**
 * 001: the first schema. Records live in stores keyed by their own fields; settings and meta are
 * single values under fixed keys, so they use out-of-line keys.
 */
import type { UpgradeDatabase } from './migration';

export function initial(database: UpgradeDatabase): void {
  // Key: ticketKeyString(history.key), "origin|id".
  database.createObjectStore('tickets', { keyPath: 'key' });
  // byTicket: the views and the scheduler ask "which alerts does this ticket have".
  database.createObjectStore('alerts', { keyPath: 'id' }).createIndex('byTicket', 'ticket');
  // One snooze per ticket at most, so the ticket key is the record's key.
  database.createObjectStore('snoozes', { keyPath: 'ticket' });
  database.createObjectStore('incidents', { keyPath: 'id' }).createIndex('byTicket', 'ticket');
  // One record under the key 'settings'.
  database.createObjectStore('settings');
  // Small bookkeeping values under their own keys, e.g. counters of dropped messages.
  database.createObjectStore('meta');
}
