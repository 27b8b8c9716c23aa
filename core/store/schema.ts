/**
 * The database's shape after every migration has run, as idb types. Values are `unknown` on purpose:
 * what comes back from disk is parsed with the zod schemas in ./records before anything uses it.
 */
import type { DBSchema, IDBPDatabase } from 'idb';

export interface PlazoSchema extends DBSchema {
  /** TicketRecord by ticketKeyString(history.key). */
  tickets: { key: string; value: unknown };
  /** AlertRecord by id. */
  alerts: { key: string; value: unknown; indexes: { byTicket: string } };
  /** SnoozeRecord by ticket key. */
  snoozes: { key: string; value: unknown };
  /** IncidentRecord by id. */
  incidents: { key: string; value: unknown; indexes: { byTicket: string } };
  /** ScheduleEntry by ticket key; byWakeAt finds what is due, byBadge counts for the toolbar badge. */
  schedule: { key: string; value: unknown; indexes: { byWakeAt: number; byBadge: string } };
  /** Settings, the single value under SETTINGS_KEY. */
  settings: { key: typeof SETTINGS_KEY; value: unknown };
  /** Bookkeeping values by name; counters are under `counter:<name>`. */
  meta: { key: string; value: unknown };
}

export type PlazoDb = IDBPDatabase<PlazoSchema>;

export const SETTINGS_KEY = 'settings';

/** Stores whose records carry their own key (keyPath). */
export type RecordStoreName = 'tickets' | 'alerts' | 'snoozes' | 'incidents' | 'schedule';

/** Stores with a byTicket index. */
export type TicketIndexedStoreName = 'alerts' | 'incidents';
