import { describe, expect, it } from 'vitest';
import { incidentRecordSchema } from '../../../core/store/records';
import { incidentRecord, ticketRecord } from '../builders';
import { describeStores, upgradeWithRecords } from '../db-helpers';

const T42 = 'https://rt.example.com|42';

describe('migration 003: incidents take the recovery checklist shape', () => {
  it('upgrades placeholder incidents, copying in their ticket and keeping every other record', async () => {
    const ticket = ticketRecord('42');
    const { db, before, after } = await upgradeWithRecords(2, 3, {
      tickets: [{ value: ticket }],
      incidents: [
        { value: { id: 'open', ticket: T42, metric: 'firstResponse', openedAt: 1_772_446_440_000 } },
        {
          value: {
            id: 'closed',
            ticket: 'https://rt.example.com|7',
            metric: 'resolution',
            openedAt: 1_772_446_440_000,
            closedAt: 1_772_532_840_000,
            checklist: [{ step: 'tell the customer', doneAt: null }],
          },
        },
        { value: { id: 'damaged', ticket: T42 } },
      ],
      meta: [{ key: 'counter:droppedMessages:invalid', value: 3 }],
    });
    expect(db.version).toBe(3);
    // Stores other than incidents are untouched.
    for (const store of ['tickets', 'alerts', 'snoozes', 'schedule', 'settings', 'meta'])
      expect(after[store], store).toEqual(before[store]);

    const byId = Object.fromEntries((after.incidents ?? []).map(([key, value]) => [key, value]));
    const open = incidentRecordSchema.parse(byId.open);
    expect(open).toMatchObject({
      id: 'open',
      ticket: T42,
      metric: 'firstResponse',
      ticketId: '42',
      title: ticket.title,
      url: ticket.url,
      deadline: null,
      openedAt: 1_772_446_440_000,
      openedBy: null,
      closed: null,
      updated: null,
      revision: 0,
    });
    expect(open.steps.alertTeam).toEqual({ done: null, edited: null, restorer: '' });
    expect(open.review.surveySent).toEqual({ answer: null, notes: '', edited: null });
    expect('legacy' in open).toBe(false);

    // Its ticket is gone: no title or link, the id from the key; the closing kept, its own fields too.
    const closed = incidentRecordSchema.parse(byId.closed);
    expect(closed).toMatchObject({
      ticketId: '7',
      title: '',
      url: null,
      closed: { by: '', at: 1_772_532_840_000 },
    });
    expect(closed.legacy).toEqual({ checklist: [{ step: 'tell the customer', doneAt: null }] });

    // A record that was already damaged stays exactly as it was, for reads to report.
    expect(byId.damaged).toEqual({ id: 'damaged', ticket: T42 });
    expect(incidentRecordSchema.safeParse(byId.damaged).success).toBe(false);

    expect(describeStores(db).incidents).toEqual({
      keyPath: 'id',
      autoIncrement: false,
      indexes: [{ name: 'byTicket', keyPath: 'ticket', unique: false, multiEntry: false }],
    });
    db.close();
  });

  it('leaves an incident already in the new shape as it is', async () => {
    const current = incidentRecord(T42);
    const { db, after } = await upgradeWithRecords(2, 3, { incidents: [{ value: current }] });
    expect(after.incidents).toEqual([[current.id, current]]);
    db.close();
  });

  it('upgrades an empty store', async () => {
    const { db, after } = await upgradeWithRecords(2, 3);
    expect(after.incidents).toEqual([]);
    db.close();
  });
});
