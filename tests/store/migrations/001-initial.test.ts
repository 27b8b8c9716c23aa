import { describe, expect, it } from 'vitest';
import { describeStores, expectEveryRecordSurvives, upgradeWithRecords, writeRaw } from '../db-helpers';

describe('migration 001: initial schema', () => {
  it('creates every store and index from no database at all', async () => {
    const { db, before, after } = await upgradeWithRecords(0, 1);
    expect(db.version).toBe(1);
    expect(describeStores(db)).toEqual({
      tickets: { keyPath: 'key', autoIncrement: false, indexes: [] },
      alerts: {
        keyPath: 'id',
        autoIncrement: false,
        indexes: [{ name: 'byTicket', keyPath: 'ticket', unique: false, multiEntry: false }],
      },
      snoozes: { keyPath: 'ticket', autoIncrement: false, indexes: [] },
      incidents: {
        keyPath: 'id',
        autoIncrement: false,
        indexes: [{ name: 'byTicket', keyPath: 'ticket', unique: false, multiEntry: false }],
      },
      settings: { keyPath: null, autoIncrement: false, indexes: [] },
      meta: { keyPath: null, autoIncrement: false, indexes: [] },
    });
    // Nothing existed before, so nothing can be lost; the check still runs so every test has the same shape.
    expectEveryRecordSurvives({ before, after });
    db.close();
  });

  it('finds alerts and incidents by ticket through the byTicket indexes', async () => {
    const { db } = await upgradeWithRecords(0, 1);
    const ticket = 'https://rt.example.com|42';
    await writeRaw(db, {
      alerts: [{ value: { id: 'a1', ticket } }, { value: { id: 'a2', ticket: 'https://rt.example.com|7' } }],
      incidents: [{ value: { id: 'i1', ticket } }],
    });
    expect(await db.getAllKeysFromIndex('alerts', 'byTicket', ticket)).toEqual(['a1']);
    expect(await db.getAllKeysFromIndex('incidents', 'byTicket', ticket)).toEqual(['i1']);
    db.close();
  });
});
