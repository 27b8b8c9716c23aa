import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { MigrationError, openMigratedDb, openPlazoDb } from '../../core/store/db';
import { MIGRATIONS, type Migration, type UpgradeDatabase } from '../../core/store/migrations';
import { describeStores, freshDbName, openAtVersion, snapshot, writeRaw } from './db-helpers';

// Synthetic steps exercise the runner itself: a store, an async data rewrite, then an index on the
// rewritten field, all of which must happen in order inside one upgrade transaction.
const createNotes: Migration = (db) => {
  db.createObjectStore('notes', { keyPath: 'id' });
};
const renameBodyToText: Migration = async (_db, transaction) => {
  const store = transaction.objectStore('notes');
  for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
    const { body, ...rest } = cursor.value as { id: string; body: string };
    await cursor.update({ ...rest, text: body });
  }
};
const indexText: Migration = (_db, transaction) => {
  transaction.objectStore('notes').createIndex('byText', 'text');
};

describe('openMigratedDb', () => {
  it('runs only the migrations the stored version has not seen, in order, across async steps', async () => {
    const name = freshDbName();
    const first = vi.fn(createNotes);
    const old = await openMigratedDb(name, [first]);
    await writeRaw(old, {
      notes: [{ value: { id: 'n1', body: 'call back' } }, { value: { id: 'n2', body: 'vpn' } }],
    });
    old.close();

    const db = await openMigratedDb(name, [first, renameBodyToText, indexText]);
    expect(first).toHaveBeenCalledTimes(1);
    expect(db.version).toBe(3);
    expect(await db.getAll('notes')).toEqual([
      { id: 'n1', text: 'call back' },
      { id: 'n2', text: 'vpn' },
    ]);
    expect(await db.getAllKeysFromIndex('notes', 'byText', 'vpn')).toEqual(['n2']);
    db.close();
  });

  it('rolls the whole upgrade back when a step fails, and names the step', async () => {
    const name = freshDbName();
    const old = await openMigratedDb(name, [createNotes]);
    await writeRaw(old, { notes: [{ value: { id: 'n1', body: 'call back' } }] });
    old.close();
    const explode: Migration = () => {
      throw new Error('disk on fire');
    };

    const upgrade = openMigratedDb(name, [createNotes, renameBodyToText, explode]);
    await expect(upgrade).rejects.toThrow(MigrationError);
    await expect(upgrade).rejects.toMatchObject({ version: 3, message: 'Migration 3 failed: disk on fire' });

    // Step 2 had already rewritten the note; the rollback undid it along with the version bump.
    const again = await openMigratedDb(name, [createNotes]);
    expect(again.version).toBe(1);
    expect(await snapshot(again)).toEqual({ notes: [['n1', { id: 'n1', body: 'call back' }]] });
    again.close();
  });

  it('closes an open connection when a newer version asks, so the upgrade is not blocked', async () => {
    const name = freshDbName();
    const onClosed = vi.fn();
    const onBlocked = vi.fn();
    const old = await openMigratedDb(name, [createNotes], { onClosed });

    const newer = await openMigratedDb(name, [createNotes, indexText], { onBlocked });
    expect(newer.version).toBe(2);
    expect(onClosed).toHaveBeenCalledWith('versionchange');
    expect(onBlocked).not.toHaveBeenCalled();
    // The old connection is closed: using it fails instead of writing with an outdated schema.
    expect(() => old.transaction('notes')).toThrow();
    newer.close();
  });

  it('reports a connection that does not close (an older Plazo) and upgrades once it does', async () => {
    const name = freshDbName();
    (await openMigratedDb(name, [createNotes])).close();
    // A connection without Plazo's versionchange handling, as a page from an older release might hold.
    const stubborn = await openDB(name, 1);
    const onBlocked = vi.fn(() => stubborn.close());

    const newer = await openMigratedDb(name, [createNotes, indexText], { onBlocked });
    expect(onBlocked).toHaveBeenCalledWith(1, 2);
    expect(newer.version).toBe(2);
    newer.close();
  });
});

describe('openPlazoDb', () => {
  it('opens at one version per migration with the stores PlazoSchema describes', async () => {
    const db = await openPlazoDb(freshDbName());
    expect(db.version).toBe(MIGRATIONS.length);
    expect([...db.objectStoreNames]).toEqual([
      'alerts',
      'incidents',
      'meta',
      'schedule',
      'settings',
      'snoozes',
      'tickets',
    ]);
    expect([...db.transaction('alerts').store.indexNames]).toEqual(['byTicket']);
    expect([...db.transaction('incidents').store.indexNames]).toEqual(['byTicket']);
    expect([...db.transaction('schedule').store.indexNames]).toEqual(['byBadge', 'byWakeAt']);
    db.close();
  });

  it('gives a user who upgraded release by release the same schema as a new install', async () => {
    const name = freshDbName();
    for (let version = 1; version <= MIGRATIONS.length; version++)
      (await openAtVersion(name, version)).close();
    const stepwise = await openAtVersion(name, MIGRATIONS.length);
    const fresh = await openPlazoDb(freshDbName());
    expect(describeStores(stepwise)).toEqual(describeStores(fresh as unknown as UpgradeDatabase));
    stepwise.close();
    fresh.close();
  });
});
