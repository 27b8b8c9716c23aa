/**
 * Diagnostic counters in the meta store ("messages dropped" and the like), one value per counter
 * under `counter:<name>` so a damaged one cannot take the others with it, and when each last
 * counted under `counterAt:<name>`, so a view can tell a problem of today from one long gone.
 */
import { z } from 'zod';
import { commitOrAbort } from './atomic';
import { parseStored, type StoreProblem } from './problems';
import type { PlazoDb } from './schema';

const PREFIX = 'counter:';
const AT_PREFIX = 'counterAt:';
const countSchema = z.number().int().nonnegative();
const nameSchema = z.string().min(1).max(200);

export interface CountersRead {
  /** Count by counter name; counters never incremented are absent. */
  readonly counters: Record<string, number>;
  /** When each counter last counted; absent for counts kept before Plazo noted the time. */
  readonly lastAt: Record<string, number>;
  readonly problems: StoreProblem[];
}

/** Adds one to `name` at `now` in a single transaction, so concurrent increments all count. */
export async function incrementCounter(db: PlazoDb, name: string, now: number): Promise<number> {
  const checked = nameSchema.parse(name);
  const key = PREFIX + checked;
  const transaction = db.transaction('meta', 'readwrite');
  return commitOrAbort(transaction, async () => {
    const raw = await transaction.store.get(key);
    // A damaged count restarts from zero: it is a diagnostic, and refusing to count would hide drops.
    const current = raw === undefined ? 0 : (parseStored(countSchema, 'meta', key, raw).value ?? 0);
    const next = current + 1;
    await transaction.store.put(next, key);
    await transaction.store.put(now, AT_PREFIX + checked);
    return next;
  });
}

export async function readCounters(db: PlazoDb): Promise<CountersRead> {
  const counters: Record<string, number> = {};
  const lastAt: Record<string, number> = {};
  const problems: StoreProblem[] = [];
  const transaction = db.transaction('meta');
  // The meta store is small: one walk reads the counts and their times together.
  for (let cursor = await transaction.store.openCursor(); cursor; cursor = await cursor.continue()) {
    const [prefix, into] = cursor.key.startsWith(PREFIX)
      ? [PREFIX, counters]
      : cursor.key.startsWith(AT_PREFIX)
        ? [AT_PREFIX, lastAt]
        : [null, null];
    if (!prefix) continue;
    const parsed = parseStored(countSchema, 'meta', cursor.key, cursor.value);
    if (parsed.problem) problems.push(parsed.problem);
    else into[cursor.key.slice(prefix.length)] = parsed.value;
  }
  await transaction.done;
  return { counters, lastAt, problems };
}
