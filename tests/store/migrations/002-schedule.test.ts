import { describe, expect, it } from 'vitest';
import { ticketRecord } from '../builders';
import { describeStores, expectEveryRecordSurvives, upgradeWithRecords } from '../db-helpers';

describe('migration 002: the schedule store', () => {
  it('keeps every record and schedules every existing ticket for the first reconcile', async () => {
    const t42 = ticketRecord('42');
    const t7 = ticketRecord('7');
    const { db, before, after } = await upgradeWithRecords(1, 2, {
      tickets: [{ value: t42 }, { value: t7 }, { value: { key: 'https://rt.example.com|9', damaged: true } }],
      alerts: [{ value: { id: 'a1', ticket: t42.key, kind: 'warning' } }],
      snoozes: [{ value: { ticket: t7.key, until: 1_800_000_000_000 } }],
      incidents: [{ value: { id: 'i1', ticket: t42.key } }],
      settings: [{ key: 'settings', value: { policies: [] } }],
      meta: [{ key: 'counter:droppedMessages:invalid', value: 3 }],
    });
    expect(db.version).toBe(2);
    expectEveryRecordSurvives({ before, after });
    // Damaged tickets are scheduled too: the reconcile reports them rather than the upgrade hiding them.
    expect(after.schedule).toEqual([
      [t42.key, { ticket: t42.key, wakeAt: 0, badge: 'clear', revision: 1 }],
      [t7.key, { ticket: t7.key, wakeAt: 0, badge: 'clear', revision: 1 }],
      [
        'https://rt.example.com|9',
        { ticket: 'https://rt.example.com|9', wakeAt: 0, badge: 'clear', revision: 1 },
      ],
    ]);
    expect(describeStores(db).schedule).toEqual({
      keyPath: 'ticket',
      autoIncrement: false,
      indexes: [
        { name: 'byBadge', keyPath: 'badge', unique: false, multiEntry: false },
        { name: 'byWakeAt', keyPath: 'wakeAt', unique: false, multiEntry: false },
      ],
    });
    db.close();
  });

  it('from an empty version-1 database creates an empty schedule', async () => {
    const { db, after } = await upgradeWithRecords(1, 2);
    expect(after.schedule).toEqual([]);
    db.close();
  });
});
