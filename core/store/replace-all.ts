/**
 * Import and reset: each replaces what Plazo keeps in ONE transaction, so a worker stopped half-way,
 * or a record refused, leaves everything as it was. Every ticket left is marked due, so the next
 * reconcile re-evaluates it under the new settings (and the badge follows).
 */
import { commitOrAbort } from './atomic';
import { type ExportFile, exportFileSchema } from './export-format';
import { markDue } from './mark-due';
import { validateForWrite } from './problems';
import { DEFAULT_SETTINGS, type Settings } from './records';
import { type PlazoDb, SETTINGS_KEY } from './schema';

/** The stores an import replaces; `meta` (counters, bookkeeping) is Plazo's own and stays. */
const REPLACED = ['settings', 'tickets', 'alerts', 'snoozes', 'incidents', 'schedule'] as const;

/**
 * Replaces the settings, tickets, incidents, alerts and snoozes with the file's. The file is parsed
 * again here: whoever sent it, nothing unvalidated reaches the disk. Throws, changing nothing, on
 * any bad record. Returns the settings as stored.
 */
export async function importData(db: PlazoDb, file: ExportFile): Promise<Settings> {
  const data = validateForWrite(exportFileSchema, 'import', 'file', file);
  const transaction = db.transaction(REPLACED, 'readwrite');
  await commitOrAbort(transaction, async () => {
    await Promise.all(REPLACED.map((name) => transaction.objectStore(name).clear()));
    await Promise.all([
      transaction.objectStore('settings').put(data.settings, SETTINGS_KEY),
      ...data.tickets.map((ticket) => transaction.objectStore('tickets').put(ticket)),
      ...data.incidents.map((incident) => transaction.objectStore('incidents').put(incident)),
      ...data.alerts.map((alert) => transaction.objectStore('alerts').put(alert)),
      ...data.snoozes.map((snooze) => transaction.objectStore('snoozes').put(snooze)),
    ]);
    await markDue(
      transaction.objectStore('schedule'),
      data.tickets.map((ticket) => ticket.key),
    );
  });
  return data.settings;
}

/**
 * Back to a fresh install, in one transaction: default settings, no tickets, alerts, snoozes or
 * schedule. Incidents stay: they are the team's record of breaches and their recovery.
 */
export async function resetData(db: PlazoDb): Promise<Settings> {
  const cleared = ['tickets', 'alerts', 'snoozes', 'schedule'] as const;
  const transaction = db.transaction([...cleared, 'settings'], 'readwrite');
  await commitOrAbort(transaction, async () => {
    await Promise.all([
      ...cleared.map((name) => transaction.objectStore(name).clear()),
      transaction.objectStore('settings').put(DEFAULT_SETTINGS, SETTINGS_KEY),
    ]);
  });
  return DEFAULT_SETTINGS;
}
