import { describe, expect, it } from 'vitest';
import { openPlazoDb } from '../../core/store/db';
import { MIGRATIONS } from '../../core/store/migrations';
import { openPlazoDbForReading, StoreNotReadyError } from '../../core/store/reader';
import { PlazoStore } from '../../core/store/store';
import { ticketRecord } from './builders';
import { freshDbName, openAtVersion } from './db-helpers';

describe('reading the store from an extension page', () => {
  it('reads what the background wrote', async () => {
    const name = freshDbName();
    const background = await openPlazoDb(name);
    await new PlazoStore(background).putTicket(ticketRecord('42'));
    const page = new PlazoStore(await openPlazoDbForReading(name));
    expect((await page.listTickets()).tickets).toEqual([ticketRecord('42')]);
    background.close();
  });

  it('never creates the database: the background must migrate it first', async () => {
    const name = freshDbName();
    await expect(openPlazoDbForReading(name)).rejects.toBeInstanceOf(StoreNotReadyError);
    // The refused open left nothing behind, so the background still runs every migration.
    const background = await openPlazoDb(name);
    expect([...background.objectStoreNames]).toContain('schedule');
    background.close();
  });

  it('never upgrades an older database, and leaves it as it was', async () => {
    const name = freshDbName();
    const old = await openAtVersion(name, MIGRATIONS.length - 1);
    old.close();
    await expect(openPlazoDbForReading(name)).rejects.toBeInstanceOf(StoreNotReadyError);
    const again = await openAtVersion(name, MIGRATIONS.length - 1);
    expect(again.version).toBe(MIGRATIONS.length - 1);
    again.close();
  });
});
