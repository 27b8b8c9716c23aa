import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlazoDb } from '../../core/store/schema';
import type { PlazoStore } from '../../core/store/store';
import { alertRecord, at, incidentRecord } from './builders';
import { openFreshStore } from './db-helpers';

let db: PlazoDb;
let store: PlazoStore;
beforeEach(async () => ({ db, store } = await openFreshStore()));
afterEach(() => db.close());

const T42 = 'https://rt.example.com|42';
const T7 = 'https://rt.example.com|7';

describe('alerts', () => {
  it("lists one ticket's alerts through the index, and all alerts", async () => {
    const warning = alertRecord(T42, { kind: 'warning', index: 0 });
    const breach = alertRecord(T42, { kind: 'breach', index: 0, repeats: 2 });
    const other = alertRecord(T7);
    for (const alert of [warning, breach, other]) await store.putAlert(alert);

    expect(await store.listAlertsByTicket(T42)).toEqual({ alerts: [breach, warning], problems: [] });
    expect(await store.listAlertsByTicket('https://rt.example.com|999')).toEqual({
      alerts: [],
      problems: [],
    });
    expect((await store.listAlerts()).alerts).toHaveLength(3);
    expect(await store.getAlert(breach.id)).toEqual({ alert: breach, problem: null });
  });

  it("reports a bad alert in its ticket's list by its id", async () => {
    const good = alertRecord(T42);
    await store.putAlert(good);
    await db.put('alerts', { ...alertRecord(T42, { index: 1 }), id: 'bad', kind: 'panic' });

    const { alerts, problems } = await store.listAlertsByTicket(T42);
    expect(alerts).toEqual([good]);
    expect(problems).toEqual([{ store: 'alerts', key: 'bad', message: expect.stringMatching(/^kind: /) }]);
  });
});

describe('snoozes', () => {
  it('puts, gets, lists and deletes one snooze per ticket', async () => {
    await store.putSnooze({ ticket: T42, until: at('2026-03-02T10:00:00Z') });
    // A second snooze for the same ticket replaces the first.
    await store.putSnooze({ ticket: T42, until: at('2026-03-02T11:00:00Z') });
    await store.putSnooze({ ticket: T7, until: at('2026-03-02T12:00:00Z') });

    expect(await store.getSnooze(T42)).toEqual({
      snooze: { ticket: T42, until: at('2026-03-02T11:00:00Z') },
      problem: null,
    });
    expect((await store.listSnoozes()).snoozes.map((snooze) => snooze.ticket)).toEqual([T42, T7]);
  });
});

describe('incidents', () => {
  it("puts, gets and lists a ticket's incidents", async () => {
    const open = incidentRecord(T42);
    const closed = incidentRecord(T42, {
      id: `${T42}|resolution|1`,
      metric: 'resolution',
      closed: { by: 'Alice', at: at('2026-03-03T09:00:00Z') },
    });
    for (const incident of [open, closed, incidentRecord(T7)]) await store.putIncident(incident);

    expect(await store.getIncident(open.id)).toEqual({ incident: open, problem: null });
    expect(await store.listIncidentsByTicket(T42)).toEqual({ incidents: [open, closed], problems: [] });
  });

  it('refuses to store an incident that fails its schema', async () => {
    const bad = { ...incidentRecord(T42), checklist: [] } as unknown as ReturnType<typeof incidentRecord>;
    await expect(store.putIncident(bad)).rejects.toThrow(/incidents/);
    expect(await store.getIncident(bad.id)).toEqual({ incident: undefined, problem: null });
  });
});
