/**
 * How extension pages (popup, side panel, options) read the store. Only the background writes and
 * migrates; a page opens the database at the version this build expects and refuses to upgrade it.
 * If the background has not migrated yet (first run, or just updated), opening fails with
 * StoreNotReadyError and the page asks the background to wake (any command does) and tries again.
 */
import { openDB } from 'idb';
import { DEFAULT_DB_NAME } from './db';
import { MIGRATIONS } from './migrations';
import type { PlazoDb } from './schema';

export class StoreNotReadyError extends Error {
  override readonly name = 'StoreNotReadyError';
  constructor() {
    super('The background has not prepared the database yet');
  }
}

/** Opens the database for reading, at this build's version; never creates or upgrades it. */
export async function openPlazoDbForReading(name = DEFAULT_DB_NAME): Promise<PlazoDb> {
  let upgradeRefused = false;
  let connection: PlazoDb | undefined;
  try {
    connection = (await openDB(name, MIGRATIONS.length, {
      upgrade(_database, _oldVersion, _newVersion, transaction) {
        // Aborting the versionchange transaction leaves the database exactly as it was (or absent).
        upgradeRefused = true;
        transaction.done.catch(() => {});
        transaction.abort();
      },
      blocking() {
        // The background wants to upgrade: let it; this page reopens on its next read.
        connection?.close();
      },
    })) as unknown as PlazoDb;
    return connection;
  } catch (error) {
    if (upgradeRefused) throw new StoreNotReadyError();
    throw error;
  }
}
