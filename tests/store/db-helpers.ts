/**
 * Helpers for tests that need a database as a given Plazo version left it. A migration test for step
 * N seeds a database at version N-1 with raw records (shaped as that version stored them), upgrades
 * it to N and compares what every store holds before and after.
 */
import { expect } from 'vitest';
import { openMigratedDb, openPlazoDb } from '../../core/store/db';
import { MIGRATIONS, type UpgradeDatabase } from '../../core/store/migrations';
import type { PlazoDb } from '../../core/store/schema';
import { PlazoStore } from '../../core/store/store';

/** A database name no other test uses, so tests never see each other's data. */
export function freshDbName(): string {
  return `plazo-test-${crypto.randomUUID()}`;
}

/** Opens `name` at `version` by running the first `version` real migrations. */
export function openAtVersion(name: string, version: number): Promise<UpgradeDatabase> {
  if (version < 1 || version > MIGRATIONS.length) throw new RangeError(`No Plazo version ${version}`);
  return openMigratedDb(name, MIGRATIONS.slice(0, version));
}

/** One raw record; `key` only for stores with out-of-line keys (settings, meta). */
export interface SeedRecord {
  readonly key?: IDBValidKey;
  readonly value: unknown;
}

/** Raw records by store name, written as they are, without validation. */
export type Seed = Readonly<Record<string, readonly SeedRecord[]>>;

export async function writeRaw(db: UpgradeDatabase, seed: Seed): Promise<void> {
  const stores = Object.keys(seed);
  if (stores.length === 0) return;
  const transaction = db.transaction(stores, 'readwrite');
  const puts = stores.flatMap((store) =>
    (seed[store] ?? []).map(({ key, value }) => transaction.objectStore(store).put(value, key)),
  );
  await Promise.all([...puts, transaction.done]);
}

/** Everything in every store, as [key, value] pairs in key order. */
export type Snapshot = Record<string, [IDBValidKey, unknown][]>;

export async function snapshot(db: UpgradeDatabase): Promise<Snapshot> {
  const stores = [...db.objectStoreNames];
  const result: Snapshot = {};
  if (stores.length === 0) return result;
  const transaction = db.transaction(stores);
  for (const store of stores) {
    const [keys, values] = await Promise.all([
      transaction.objectStore(store).getAllKeys(),
      transaction.objectStore(store).getAll(),
    ]);
    result[store] = keys.map((key, position) => [key, values[position]]);
  }
  await transaction.done;
  return result;
}

/** Each store's key path, key generator and indexes: what a migration's schema change should show. */
export function describeStores(db: UpgradeDatabase): Record<string, unknown> {
  const stores = [...db.objectStoreNames];
  if (stores.length === 0) return {};
  const transaction = db.transaction(stores);
  return Object.fromEntries(
    stores.map((name) => {
      const store = transaction.objectStore(name);
      const indexes = [...store.indexNames].map((indexName) => {
        const index = store.index(indexName);
        return {
          name: indexName,
          keyPath: index.keyPath,
          unique: index.unique,
          multiEntry: index.multiEntry,
        };
      });
      return [name, { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes }];
    }),
  );
}

export interface Upgraded {
  /** Open at `to`; close it when done. */
  readonly db: UpgradeDatabase;
  /** What the stores held at `from` (empty when from is 0: no database yet). */
  readonly before: Snapshot;
  readonly after: Snapshot;
}

/**
 * Builds a database at version `from` holding `seed` (from 0: no database at all), closes it as an
 * old worker would, then opens it at `to` so migrations from+1..to run.
 */
export async function upgradeWithRecords(from: number, to: number, seed: Seed = {}): Promise<Upgraded> {
  const name = freshDbName();
  let before: Snapshot = {};
  if (from > 0) {
    const old = await openAtVersion(name, from);
    await writeRaw(old, seed);
    before = await snapshot(old);
    old.close();
  }
  const db = await openAtVersion(name, to);
  return { db, before, after: await snapshot(db) };
}

/** Every record present before is still present, unchanged, under the same store and key. */
export function expectEveryRecordSurvives({ before, after }: Pick<Upgraded, 'before' | 'after'>): void {
  for (const [store, entries] of Object.entries(before)) {
    expect(after[store], `store ${store}`).toEqual(expect.arrayContaining(entries));
    expect(after[store]?.length, `records in ${store}`).toBe(entries.length);
  }
}

/** A PlazoStore over a new, fully migrated database; `db` for raw writes that bypass validation. */
export async function openFreshStore(): Promise<{ db: PlazoDb; store: PlazoStore }> {
  const db = await openPlazoDb(freshDbName());
  return { db, store: new PlazoStore(db) };
}
