/**
 * Marking tickets due: every write that changes what a ticket's evaluation depends on marks its
 * schedule entry due in the same transaction, so the next reconcile evaluates it.
 */
import { commitOrAbort } from './atomic';
import { parseStored } from './problems';
import { type ScheduleEntry, scheduleEntrySchema } from './records';
import type { PlazoDb } from './schema';

/** The part of an object store that marking needs, so any readwrite transaction with 'schedule' can. */
interface ScheduleWriter {
  get(key: string): Promise<unknown>;
  put(value: ScheduleEntry): Promise<unknown>;
}

/**
 * Marks tickets due now, inside the caller's readwrite transaction: call it in the same transaction
 * as the write that changed what their evaluation depends on, so the two land together.
 */
export async function markDue(schedule: ScheduleWriter, tickets: Iterable<string>): Promise<void> {
  for (const ticket of tickets) {
    const current = parseStored(scheduleEntrySchema, 'schedule', ticket, await schedule.get(ticket)).value;
    await schedule.put({
      ticket,
      wakeAt: 0,
      badge: current?.badge ?? 'clear',
      revision: (current?.revision ?? 0) + 1,
    });
  }
}

/**
 * Marks every stored ticket due, in one transaction: after a settings change or an update of Plazo,
 * when any evaluation may have changed. Tickets that somehow lack an entry get one.
 */
export async function markEveryTicketDue(db: PlazoDb): Promise<void> {
  const transaction = db.transaction(['tickets', 'schedule'], 'readwrite');
  await commitOrAbort(transaction, async () => {
    const keys = await transaction.objectStore('tickets').getAllKeys();
    await markDue(transaction.objectStore('schedule'), keys);
  });
}
