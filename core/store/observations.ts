/**
 * Folding observations into their tickets' records. The reads, the merges and the writes share one
 * readwrite transaction: IndexedDB runs readwrite transactions on the same store one after another,
 * in the order they were created, so observations arriving together are applied in turn and none is
 * lost, and a page of a thousand rows costs one commit.
 */
import type { Observation } from '../messaging/protocol';
import { commitOrAbort } from './atomic';
import { markDue } from './mark-due';
import { InvalidRecordError, parseStored, type StoreProblem, validateForWrite } from './problems';
import { type TicketRecord, ticketKeyString, ticketRecordSchema } from './records';
import type { PlazoDb } from './schema';

/** Folds an observation into the ticket's record (core/tickets/merge.ts). Pure and synchronous. */
export type MergeObservation = (existing: TicketRecord | undefined, observation: Observation) => TicketRecord;

export type ObservationRecorded =
  | { readonly ticket: TicketRecord; readonly problem: null }
  /** The stored record failed its schema: nothing was written, the stored record is kept as it was. */
  | { readonly ticket: null; readonly problem: StoreProblem };

export async function recordObservations(
  db: PlazoDb,
  observations: readonly Observation[],
  merge: MergeObservation,
): Promise<ObservationRecorded[]> {
  const transaction = db.transaction(['tickets', 'schedule'], 'readwrite');
  const tickets = transaction.objectStore('tickets');
  return commitOrAbort(transaction, async () => {
    const results: ObservationRecorded[] = [];
    // One after another: two observations of the same ticket in one batch must merge in turn.
    for (const observation of observations) {
      const key = ticketKeyString(observation.key);
      const raw = await tickets.get(key);
      // Between the get above and the put below only synchronous code may run: awaiting anything that
      // is not a request of this transaction would let it commit and reopen the lost-update window.
      const existing = raw === undefined ? undefined : parseStored(ticketRecordSchema, 'tickets', key, raw);
      if (existing?.problem) {
        // Merging into nothing would overwrite the stored history; keep it for a later repair instead.
        results.push({ ticket: null, problem: existing.problem });
        continue;
      }
      const merged = validateForWrite(
        ticketRecordSchema,
        'tickets',
        key,
        merge(existing?.value, observation),
      );
      if (merged.key !== key) {
        throw new InvalidRecordError({
          store: 'tickets',
          key,
          message: `merge returned the record of ${merged.key}`,
        });
      }
      await tickets.put(merged);
      await markDue(transaction.objectStore('schedule'), [key]);
      results.push({ ticket: merged, problem: null });
    }
    return results;
  });
}
