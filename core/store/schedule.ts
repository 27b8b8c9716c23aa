/**
 * The schedule store: which tickets a reconcile must evaluate, and what it learnt.
 *
 * A reconcile reads, in one transaction, the settings, the due entries and, for each, the ticket,
 * its alerts and its snooze. It writes back, in one transaction, the alerts it showed and each
 * entry's next wake and badge state. Entries another write marked due meanwhile (a newer revision)
 * are left due, so the next reconcile sees that change.
 */
import { commitOrAbort } from './atomic';
import { parseStored, type StoreProblem, validateForWrite } from './problems';
import {
  type AlertRecord,
  alertRecordSchema,
  type BadgeState,
  type ScheduleEntry,
  type Settings,
  type SnoozeRecord,
  scheduleEntrySchema,
  snoozeRecordSchema,
  type TicketRecord,
  ticketRecordSchema,
} from './records';
import { type PlazoDb, SETTINGS_KEY } from './schema';
import { settingsFromStored } from './settings';

/** One due ticket as read for a reconcile. */
export interface DueTicket {
  readonly key: string;
  /** The entry's revision when read: the reconcile's result is kept only if it is still current. */
  readonly revision: number;
  /** undefined when the ticket is gone, or unreadable (then see the reconcile's problems). */
  readonly ticket: TicketRecord | undefined;
  readonly alerts: readonly AlertRecord[];
  readonly snooze: SnoozeRecord | undefined;
}

export interface ReconcileInput {
  readonly settings: Settings;
  readonly due: readonly DueTicket[];
  /** The earliest wake among the entries not due now (null when there is none). */
  readonly nextWakeOfOthers: number | null;
  readonly problems: readonly StoreProblem[];
}

export async function readReconcileInput(db: PlazoDb, now: number): Promise<ReconcileInput> {
  const transaction = db.transaction(['schedule', 'tickets', 'alerts', 'snoozes', 'settings']);
  const byWakeAt = transaction.objectStore('schedule').index('byWakeAt');
  // IDBKeyRange is IndexedDB's own API, reached like idb reaches indexedDB (fake-indexeddb in tests).
  const [rawSettings, rawDue, nextOther] = await Promise.all([
    transaction.objectStore('settings').get(SETTINGS_KEY),
    byWakeAt.getAll(IDBKeyRange.upperBound(now)),
    byWakeAt.openCursor(IDBKeyRange.lowerBound(now, true)),
  ]);
  const settingsRead = settingsFromStored(rawSettings);
  const problems: StoreProblem[] = settingsRead.problem ? [settingsRead.problem] : [];
  const entries: ScheduleEntry[] = [];
  for (const raw of rawDue) {
    const parsed = parseStored(scheduleEntrySchema, 'schedule', keyOf(raw), raw);
    if (parsed.problem) problems.push(parsed.problem);
    else entries.push(parsed.value);
  }
  const due = await Promise.all(
    entries.map(async (entry): Promise<DueTicket> => {
      const [rawTicket, rawAlerts, rawSnooze] = await Promise.all([
        transaction.objectStore('tickets').get(entry.ticket),
        transaction.objectStore('alerts').index('byTicket').getAll(entry.ticket),
        transaction.objectStore('snoozes').get(entry.ticket),
      ]);
      const ticket =
        rawTicket === undefined
          ? undefined
          : collect(parseStored(ticketRecordSchema, 'tickets', entry.ticket, rawTicket), problems);
      const alerts = rawAlerts.flatMap((raw) => {
        const alert = collect(parseStored(alertRecordSchema, 'alerts', keyOf(raw, 'id'), raw), problems);
        return alert ? [alert] : [];
      });
      const snooze =
        rawSnooze === undefined
          ? undefined
          : collect(parseStored(snoozeRecordSchema, 'snoozes', entry.ticket, rawSnooze), problems);
      return { key: entry.ticket, revision: entry.revision, ticket, alerts, snooze };
    }),
  );
  await transaction.done;
  const nextWakeOfOthers = typeof nextOther?.key === 'number' ? nextOther.key : null;
  return { settings: settingsRead.settings, due, nextWakeOfOthers, problems };
}

/** What one reconcile learnt about one due ticket. */
export interface ScheduleUpdate {
  readonly ticket: string;
  /** The revision the reconcile read (DueTicket.revision). */
  readonly revision: number;
  /** The next wake and badge state; null removes the entry (the ticket is gone or unreadable). */
  readonly next: { readonly wakeAt: number | null; readonly badge: BadgeState } | null;
}

export interface ReconcileOutput {
  readonly updates: readonly ScheduleUpdate[];
  /** Alerts shown or handled by this reconcile. */
  readonly alerts: readonly AlertRecord[];
  /** Tickets whose snooze has ended. */
  readonly expiredSnoozes: readonly string[];
}

/** How many tickets the badge counts, after the output is written. */
export interface BadgeCounts {
  readonly breached: number;
  readonly atRisk: number;
}

export async function writeReconcileOutput(db: PlazoDb, output: ReconcileOutput): Promise<BadgeCounts> {
  const alerts = output.alerts.map((alert) => validateForWrite(alertRecordSchema, 'alerts', alert.id, alert));
  const transaction = db.transaction(['schedule', 'alerts', 'snoozes'], 'readwrite');
  const schedule = transaction.objectStore('schedule');
  return commitOrAbort(transaction, async () => {
    await Promise.all([
      ...alerts.map((alert) => transaction.objectStore('alerts').put(alert)),
      ...output.expiredSnoozes.map((ticket) => transaction.objectStore('snoozes').delete(ticket)),
      ...output.updates.map(async (update) => {
        const current = parseStored(
          scheduleEntrySchema,
          'schedule',
          update.ticket,
          await schedule.get(update.ticket),
        ).value;
        // Marked again while this reconcile ran: leave it due for the next one.
        if (current && current.revision !== update.revision) return;
        if (update.next === null) await schedule.delete(update.ticket);
        else await schedule.put({ ticket: update.ticket, revision: update.revision, ...update.next });
      }),
    ]);
    const byBadge = schedule.index('byBadge');
    const [breached, atRisk] = await Promise.all([byBadge.count('breached'), byBadge.count('atRisk')]);
    return { breached, atRisk };
  });
}

function collect<T>(
  parsed: { value: T; problem: null } | { value: undefined; problem: StoreProblem },
  problems: StoreProblem[],
): T | undefined {
  if (parsed.problem) problems.push(parsed.problem);
  return parsed.value;
}

/** A raw record's key field for problem reports, whatever shape the damage left it in. */
function keyOf(raw: unknown, field = 'ticket'): string {
  const key = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[field] : undefined;
  return typeof key === 'string' ? key : '(unknown)';
}
