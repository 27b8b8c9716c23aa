import { describe, expect, it } from 'vitest';
import { applyIncidentEdit } from '../../core/recovery';
import { readIncident, readIncidentsOfTicket } from '../../core/store/incidents';
import { openFreshStore } from '../store/db-helpers';
import { incident, OPENED, TICKET } from './builders';

describe('incidents in the store', () => {
  it('pages read one incident, and a ticket’s incidents newest first; a damaged one is reported', async () => {
    const { db, store } = await openFreshStore();
    const older = incident({ id: 'a-older', openedAt: OPENED });
    const newer = incident({ id: 'b-newer', openedAt: OPENED + 60_000, metric: 'resolution' });
    await store.putIncident(older);
    await store.putIncident(newer);
    await store.putIncident(incident({ id: 'other', ticket: 'https://rt.example.com|7' }));
    await db.put('incidents', { id: 'c-damaged', ticket: TICKET, steps: 'none' });

    expect(await readIncident(db, 'a-older')).toEqual({ record: older, problem: null });
    expect(await readIncident(db, 'absent')).toEqual({ record: undefined, problem: null });
    const damaged = await readIncident(db, 'c-damaged');
    expect(damaged.record).toBeUndefined();
    expect(damaged.problem).toMatchObject({ store: 'incidents', key: 'c-damaged' });

    const listed = await readIncidentsOfTicket(db, TICKET);
    expect(listed.records.map((record) => record.id)).toEqual(['b-newer', 'a-older']);
    expect(listed.problems.map((problem) => problem.key)).toEqual(['c-damaged']);
    db.close();
  });

  it('an edit writes nothing when the state machine refuses it, or the stored incident is damaged', async () => {
    const { db, store } = await openFreshStore();
    await store.putIncident(incident());
    const refused = await store.editIncident('inc-1', (current) => {
      const result = applyIncidentEdit(current, { kind: 'close' }, 'Alice', OPENED + 1);
      return result.ok ? { incident: result.incident } : { error: result.problem.code };
    });
    expect(refused).toEqual({ ok: false, reason: 'refused', error: 'missing' });
    expect((await store.getIncident('inc-1')).incident).toEqual(incident());

    await db.put('incidents', { id: 'broken', ticket: TICKET });
    const damaged = await store.editIncident('broken', (current) => ({ incident: current }));
    expect(damaged).toMatchObject({ ok: false, reason: 'damaged', problem: { key: 'broken' } });
    expect(await db.get('incidents', 'broken')).toEqual({ id: 'broken', ticket: TICKET });
    db.close();
  });
});
