/**
 * Validated reads and writes for the stores whose records carry their own key. Reads parse every
 * value and report the bad ones (never delete them: a later version may know how to repair them);
 * writes parse before putting and refuse a bad value.
 */
import type { z } from 'zod';
import { parseStored, type StoreProblem, validateForWrite } from './problems';
import type { PlazoDb, RecordStoreName, TicketIndexedStoreName } from './schema';

export interface Found<T> {
  /** undefined when there is no record, or when the stored one failed its schema (see problem). */
  readonly record: T | undefined;
  readonly problem: StoreProblem | null;
}

export interface Listed<T> {
  readonly records: T[];
  readonly problems: StoreProblem[];
}

/** One record by key. */
export async function readOne<T>(
  db: PlazoDb,
  store: RecordStoreName,
  schema: z.ZodType<T>,
  key: string,
): Promise<Found<T>> {
  const raw = await db.get(store, key);
  if (raw === undefined) return { record: undefined, problem: null };
  const { value, problem } = parseStored(schema, store, key, raw);
  return { record: value, problem };
}

/** Every record in the store (or in `range` of its keys), in key order. */
export async function readAll<T>(
  db: PlazoDb,
  store: RecordStoreName,
  schema: z.ZodType<T>,
  range?: IDBKeyRange,
): Promise<Listed<T>> {
  // Keys and values from one transaction line up one to one, both in key order.
  const transaction = db.transaction(store);
  const [keys, values] = await Promise.all([
    transaction.store.getAllKeys(range),
    transaction.store.getAll(range),
    transaction.done,
  ]);
  return parseEach(schema, store, keys, values);
}

/** Every record whose `ticket` is `ticket`, through the byTicket index. */
export async function readByTicket<T>(
  db: PlazoDb,
  store: TicketIndexedStoreName,
  schema: z.ZodType<T>,
  ticket: string,
): Promise<Listed<T>> {
  const index = db.transaction(store).store.index('byTicket');
  // Both lists are in index order (ticket, then primary key), so they line up one to one.
  const [keys, values] = await Promise.all([index.getAllKeys(ticket), index.getAll(ticket)]);
  return parseEach(schema, store, keys, values);
}

/** Validates `record` and puts it; resolves once committed. Returns the stored (parsed) value. */
export async function writeOne<T>(
  db: PlazoDb,
  store: RecordStoreName,
  schema: z.ZodType<T>,
  key: string,
  record: T,
): Promise<T> {
  const value = validateForWrite(schema, store, key, record);
  await db.put(store, value);
  return value;
}

/**
 * Validates every record, then puts them all in one transaction: all are stored or none is, and a
 * reconcile that records thousands of alerts pays for one commit instead of thousands.
 */
export async function writeMany<T>(
  db: PlazoDb,
  store: RecordStoreName,
  schema: z.ZodType<T>,
  keyOf: (record: T) => string,
  records: readonly T[],
): Promise<void> {
  if (records.length === 0) return;
  const values = records.map((record) => validateForWrite(schema, store, keyOf(record), record));
  const transaction = db.transaction(store, 'readwrite');
  await Promise.all([...values.map((value) => transaction.store.put(value)), transaction.done]);
}

function parseEach<T>(
  schema: z.ZodType<T>,
  store: string,
  keys: readonly string[],
  values: readonly unknown[],
): Listed<T> {
  const records: T[] = [];
  const problems: StoreProblem[] = [];
  values.forEach((raw, position) => {
    const parsed = parseStored(schema, store, keys[position] ?? '', raw);
    if (parsed.problem) problems.push(parsed.problem);
    else records.push(parsed.value);
  });
  return { records, problems };
}
