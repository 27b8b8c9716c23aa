/**
 * Opens Plazo's IndexedDB database and brings it to the current version. Only the background worker
 * opens it for writing, so only the background runs migrations. idb reaches the global indexedDB
 * itself; nothing here names a browser global.
 */
import { openDB } from 'idb';
import { MIGRATIONS, type Migration, type UpgradeDatabase, type UpgradeTransaction } from './migrations';
import type { PlazoDb } from './schema';

export const DEFAULT_DB_NAME = 'plazo';

/** Why a connection stopped being usable; the owner should drop it and open a new one when needed. */
export type ClosedReason = 'versionchange' | 'terminated';

/** Lifecycle hooks for whoever holds the connection (the background keeps one per worker life). */
export interface ConnectionEvents {
  /** An older connection (an old worker or page) has not closed yet, so the upgrade waits. */
  onBlocked?(currentVersion: number, requestedVersion: number | null): void;
  /** The connection was closed: a newer version or a deletion asked for it, or the browser dropped it. */
  onClosed?(reason: ClosedReason): void;
}

/** A migration threw: the whole upgrade was rolled back and the database stays at its previous version. */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';
  constructor(
    readonly version: number,
    cause: unknown,
  ) {
    super(`Migration ${version} failed: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
  }
}

/** Opens Plazo's database at the current version (the number of migrations), migrating it if needed. */
export async function openPlazoDb(name = DEFAULT_DB_NAME, events: ConnectionEvents = {}): Promise<PlazoDb> {
  // The cast is the one place the untyped migrations meet the typed schema; tests/store/db.test.ts
  // checks that the migrated stores and indexes are exactly the ones PlazoSchema describes.
  return (await openMigratedDb(name, MIGRATIONS, events)) as unknown as PlazoDb;
}

/**
 * Opens `name` at version `migrations.length`, running the migrations the stored version has not
 * seen, in order, in the one upgrade transaction. Tests use it with a prefix of MIGRATIONS to build a
 * database as an older Plazo left it.
 */
export async function openMigratedDb(
  name: string,
  migrations: readonly Migration[],
  events: ConnectionEvents = {},
): Promise<UpgradeDatabase> {
  if (migrations.length === 0) {
    throw new RangeError('IndexedDB versions start at 1: give at least one migration');
  }
  // Set from inside the upgrade callback, which TypeScript's flow analysis cannot see.
  let failure = null as MigrationError | null;
  let connection: UpgradeDatabase | undefined;
  try {
    connection = await openDB(name, migrations.length, {
      upgrade(database, oldVersion, _newVersion, transaction) {
        // A failed upgrade rejects openDB below; that is where the error is reported.
        transaction.done.catch(() => {});
        runMigrations(migrations, oldVersion, database, transaction).catch((error: MigrationError) => {
          failure = error;
          abortQuietly(transaction);
        });
      },
      blocked(currentVersion, requestedVersion) {
        events.onBlocked?.(currentVersion, requestedVersion);
      },
      blocking() {
        // A newer worker is waiting to upgrade (or the database is being deleted). Closing is the only
        // way to let it proceed; this worker must reopen, and will get the new version.
        connection?.close();
        events.onClosed?.('versionchange');
      },
      terminated() {
        events.onClosed?.('terminated');
      },
    });
  } catch (error) {
    throw failure ?? error;
  }
  if (failure) {
    // Only reachable if a migration broke the rules in ./migrations/migration.ts and the upgrade
    // committed before it failed: refuse the half-migrated connection rather than use it.
    connection.close();
    throw failure;
  }
  return connection;
}

async function runMigrations(
  migrations: readonly Migration[],
  oldVersion: number,
  database: UpgradeDatabase,
  transaction: UpgradeTransaction,
): Promise<void> {
  for (let version = oldVersion + 1; version <= migrations.length; version++) {
    const migrate = migrations[version - 1] as Migration;
    try {
      // Synchronous steps run back to back; only a step that returns a promise is awaited.
      const pending = migrate(database, transaction);
      if (pending) await pending;
    } catch (error) {
      throw new MigrationError(version, error);
    }
  }
}

function abortQuietly(transaction: UpgradeTransaction): void {
  try {
    transaction.abort();
  } catch {
    // Already finished: openMigratedDb reports the failure either way.
  }
}
