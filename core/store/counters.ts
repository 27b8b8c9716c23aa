/**
 * Diagnostic counters in the meta store ("messages dropped" and the like), one value per counter
 * under `counter:<name>` so a damaged one cannot take the others with it.
 */
import { z } from 'zod';
import { commitOrAbort } from './atomic';
import { parseStored, type StoreProblem } from './problems';
import type { PlazoDb } from './schema';

const PREFIX = 'counter:';
const countSchema = z.number().int().nonnegative();
const nameSchema = z.string().min(1).max(200);

export interface CountersRead {
  /** Count by counter name; counters never incremented are absent. */
  readonly counters: Record<string, number>;
  readonly problems: StoreProblem[];
}

/** Adds one to `name` in a single transaction, so concurrent increments all count. */
export async function incrementCounter(db: PlazoDb, name: string): Promise<number> {
  const key = PREFIX + nameSchema.parse(name);
  const transaction = db.transaction('meta', 'readwrite');
  return commitOrAbort(transaction, async () => {
    const raw = await transaction.store.get(key);
    // A damaged count restarts from zero: it is a diagnostic, and refusing to count would hide drops.
    const current = raw === undefined ? 0 : (parseStored(countSchema, 'meta', key, raw).value ?? 0);
    const next = current + 1;
    await transaction.store.put(next, key);
    return next;
  });
}

export async function readCounters(db: PlazoDb): Promise<CountersRead> {
  const counters: Record<string, number> = {};
  const problems: StoreProblem[] = [];
  const transaction = db.transaction('meta');
  // The meta store is small; walking it avoids naming the IDBKeyRange global for a prefix range.
  for (let cursor = await transaction.store.openCursor(); cursor; cursor = await cursor.continue()) {
    if (!cursor.key.startsWith(PREFIX)) continue;
    const parsed = parseStored(countSchema, 'meta', cursor.key, cursor.value);
    if (parsed.problem) problems.push(parsed.problem);
    else counters[cursor.key.slice(PREFIX.length)] = parsed.value;
  }
  await transaction.done;
  return { counters, problems };
}
