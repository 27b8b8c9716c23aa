import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlazoDb } from '../../core/store/schema';
import type { PlazoStore } from '../../core/store/store';
import { alertRecord, appendStatus, at, incidentRecord, observation, ticketRecord } from './builders';
import { openFreshStore } from './db-helpers';

let db: PlazoDb;
let store: PlazoStore;
beforeEach(async () => ({ db, store } = await openFreshStore()));
afterEach(() => db.close());

const NOW = at('2026-03-02T10:00:00Z');
const T42 = 'https://rt.example.com|42';
const T7 = 'https://rt.example.com|7';

const dueKeys = async (now = NOW) => (await store.readReconcileInput(now)).due.map((due) => due.key);

/** Writes what a reconcile of every due ticket would: each gets `wakeAt` and `badge`. */
async function settle(wakeAt: number | null, badge: 'breached' | 'atRisk' | 'clear' = 'clear') {
  const { due } = await store.readReconcileInput(NOW);
  return store.writeReconcileOutput({
    updates: due.map(({ key, revision }) => ({ ticket: key, revision, next: { wakeAt, badge } })),
    alerts: [],
    expiredSnoozes: [],
  });
}

describe('the schedule', () => {
  it('every write a ticket depends on makes it due, and only it', async () => {
    await store.putTicket(ticketRecord('42'));
    await store.putTicket(ticketRecord('7'));
    expect(await dueKeys()).toEqual([T42, T7]);
    await settle(NOW + 3_600_000);
    expect(await dueKeys()).toEqual([]);

    await store.recordObservation(observation('7'), appendStatus);
    expect(await dueKeys()).toEqual([T7]);
    await settle(NOW + 3_600_000);
    await store.putSnooze({ ticket: T42, until: NOW + 60_000 });
    expect(await dueKeys()).toEqual([T42]);
    await settle(NOW + 3_600_000);
    await store.acknowledgeAlerts(T7, null, NOW);
    expect(await dueKeys()).toEqual([T7]);
    await settle(NOW + 3_600_000);
    await store.saveSettings((await store.readSettings()).settings);
    expect(await dueKeys()).toEqual([T42, T7]);
  });

  it('reads each due ticket with its alerts and snooze, and when the others wake', async () => {
    await store.putTicket(ticketRecord('42'));
    await store.putTicket(ticketRecord('7'));
    await settle(NOW + 5_000);
    await store.putAlert(alertRecord(T42));
    await store.putSnooze({ ticket: T42, until: NOW + 60_000 });
    const input = await store.readReconcileInput(NOW);
    expect(input.due).toEqual([
      {
        key: T42,
        revision: 2,
        ticket: ticketRecord('42'),
        alerts: [alertRecord(T42)],
        snooze: { ticket: T42, until: NOW + 60_000 },
      },
    ]);
    expect(input.nextWakeOfOthers).toBe(NOW + 5_000);
    expect(input.problems).toEqual([]);
    // At the wake instant both are due.
    expect(await dueKeys(NOW + 5_000)).toEqual([T42, T7]);
  });

  it('keeps a ticket due when it changed while the reconcile ran', async () => {
    await store.putTicket(ticketRecord('42'));
    const { due } = await store.readReconcileInput(NOW);
    // An observation lands between the reconcile's read and its write.
    await store.recordObservation(observation('42'), appendStatus);
    await store.writeReconcileOutput({
      updates: due.map(({ key, revision }) => ({
        ticket: key,
        revision,
        next: { wakeAt: null, badge: 'clear' },
      })),
      alerts: [],
      expiredSnoozes: [],
    });
    expect(await dueKeys()).toEqual([T42]);
  });

  it('counts breached and at-risk tickets for the badge across the whole store', async () => {
    await store.putTicket(ticketRecord('42'));
    expect(await settle(NOW + 1, 'breached')).toEqual({ breached: 1, atRisk: 0 });
    await store.putTicket(ticketRecord('7'));
    expect(await settle(NOW + 1, 'atRisk')).toEqual({ breached: 1, atRisk: 1 });
    await store.putTicket(ticketRecord('8'));
    expect(await settle(null, 'atRisk')).toEqual({ breached: 1, atRisk: 2 });
  });

  it('a ticket with nothing ahead is never due again until something changes', async () => {
    await store.putTicket(ticketRecord('42'));
    await settle(null);
    expect(await dueKeys(Number.MAX_SAFE_INTEGER)).toEqual([]);
    expect((await store.readReconcileInput(NOW)).nextWakeOfOthers).toBeNull();
  });

  it('removes the entry of a ticket that is gone and deletes ended snoozes', async () => {
    await store.putTicket(ticketRecord('42'));
    await store.putSnooze({ ticket: T42, until: NOW - 1 });
    const { due } = await store.readReconcileInput(NOW);
    await store.writeReconcileOutput({
      updates: due.map(({ key, revision }) => ({ ticket: key, revision, next: null })),
      alerts: [alertRecord(T42)],
      expiredSnoozes: [T42],
    });
    expect(await db.get('schedule', T42)).toBeUndefined();
    expect(await store.getSnooze(T42)).toEqual({ snooze: undefined, problem: null });
    expect((await store.listAlertsByTicket(T42)).alerts).toEqual([alertRecord(T42)]);
  });

  it('reports a damaged entry and reads the others', async () => {
    await store.putTicket(ticketRecord('42'));
    await db.put('schedule', { ticket: T7, wakeAt: 0, badge: 'on fire', revision: 1 });
    const input = await store.readReconcileInput(NOW);
    expect(input.due.map((due) => due.key)).toEqual([T42]);
    expect(input.problems).toEqual([
      { store: 'schedule', key: T7, message: expect.stringMatching(/^badge: /) },
    ]);
  });
});

describe('forgetting a ticket', () => {
  it('removes its record, schedule entry, alerts and snooze, and keeps its incidents', async () => {
    await store.putTicket(ticketRecord('42'));
    await store.putTicket(ticketRecord('7'));
    await store.putAlert(alertRecord(T42));
    await store.putAlert(alertRecord(T7));
    await store.putSnooze({ ticket: T42, until: NOW });
    await store.putIncident(incidentRecord(T42));
    await store.deleteTicket(T42);
    expect((await store.listTickets()).tickets.map((ticket) => ticket.key)).toEqual([T7]);
    expect(await dueKeys()).toEqual([T7]);
    expect((await store.listAlerts()).alerts.map((alert) => alert.ticket)).toEqual([T7]);
    expect((await store.listSnoozes()).snoozes).toEqual([]);
    expect((await store.listIncidentsByTicket(T42)).incidents).toEqual([incidentRecord(T42)]);
  });
});

describe('acknowledging', () => {
  it("acknowledges the ticket's open alerts of that metric only, once", async () => {
    await store.putTicket(ticketRecord('42'));
    await store.putAlert(alertRecord(T42, { kind: 'breach' }));
    await store.putAlert(alertRecord(T42, { metric: 'resolution', id: `${T42}|resolution|1|breach|0` }));
    expect(await store.acknowledgeAlerts(T42, 'firstResponse', NOW)).toBe(1);
    expect(await store.acknowledgeAlerts(T42, 'firstResponse', NOW + 1)).toBe(0);
    const { alerts } = await store.listAlertsByTicket(T42);
    expect(alerts.map((alert) => [alert.metric, alert.acknowledgedAt])).toEqual([
      ['firstResponse', NOW],
      ['resolution', null],
    ]);
  });
});
