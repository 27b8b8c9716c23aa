import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PlazoStore } from '../../core/store';
import { mergeObservation } from '../../core/tickets/merge';
import { ALARM, reconcile } from '../../entrypoints/background/reconcile';
import { CREATED, databaseName, freshBackground, HOUR, MIN, observation, TICKET } from './fixtures';

let store: PlazoStore;
beforeEach(async () => {
  store = await freshBackground();
  await store.recordObservation(observation(), mergeObservation);
});

/** Writes around the store's validation, as a damaged or older record on disk would be. */
async function rawPut(storeName: 'tickets', value: unknown) {
  const request = indexedDB.open(databaseName);
  const db = await new Promise<IDBDatabase>((resolve) => {
    request.onsuccess = () => resolve(request.result);
  });
  db.transaction(storeName, 'readwrite').objectStore(storeName).put(value);
  db.close();
}

const notificationIds = async () => Object.keys(await fakeBrowser.notifications.getAll());

describe('reconcile', () => {
  it('sets the one alarm at the next transition and shows nothing before it', async () => {
    const summary = await reconcile(store, CREATED + 10 * MIN);
    expect(summary.shown).toEqual([]);
    // 50 % of a 2 h first-response target created Mon 10:00: the warning is due at 11:00.
    const alarm = await fakeBrowser.alarms.get(ALARM);
    expect(alarm?.scheduledTime).toBe(CREATED + HOUR);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
  });

  it('shows a due alert once, however often it reconciles (also after a restart)', async () => {
    const first = await reconcile(store, CREATED + HOUR);
    expect(first.shown).toEqual([`${TICKET}|firstResponse|${CREATED}|warning|0`]);
    expect(await notificationIds()).toEqual(first.shown);
    // A restarted worker has nothing in memory: only the store remembers.
    const again = await reconcile(store, CREATED + HOUR + MIN);
    expect(again.shown).toEqual([]);
  });

  it('after a sleep shows what came due exactly once, the breach rather than the warning it passed', async () => {
    const woke = await reconcile(store, CREATED + 2 * HOUR + 20 * MIN);
    expect(woke.shown).toEqual([`${TICKET}|firstResponse|${CREATED}|breach|0`]);
    const { alerts } = await store.listAlerts();
    expect(alerts.map((alert) => [alert.kind, alert.shownAt !== null])).toEqual([
      ['breach', true],
      ['warning', false],
    ]);
    // The next thing due is the repeat of the unacknowledged breach, 30 minutes after it was shown.
    expect((await fakeBrowser.alarms.get(ALARM))?.scheduledTime).toBe(CREATED + 2 * HOUR + 50 * MIN);
  });

  it('paints the badge with the breached count and says what it counts', async () => {
    await reconcile(store, CREATED + 3 * HOUR);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await fakeBrowser.action.getTitle({})).toBe('badgeBreached 1');
  });

  it('clears the alarm when nothing is left to happen', async () => {
    await store.recordObservation(
      observation({
        observedAt: CREATED + 20 * MIN,
        status: 'resolved',
        statusChangedAt: CREATED + 20 * MIN,
      }),
      mergeObservation,
    );
    await reconcile(store, CREATED + 30 * MIN);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('an unreadable stored ticket is reported, and the others still work', async () => {
    await store.recordObservation(
      observation({
        key: { desk: 'https://rt.example.com', id: '43' },
        url: 'https://rt.example.com/Ticket/Display.html?id=43',
      }),
      mergeObservation,
    );
    // Damaged on disk after it was scheduled, as a bad write by an older version would leave it.
    await rawPut('tickets', { key: 'https://rt.example.com|43', history: 'garbage' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const summary = await reconcile(store, CREATED + HOUR);
    expect(summary.evaluated).toBe(1);
    expect(summary.problems).toBe(1);
    expect(summary.shown).toHaveLength(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('https://rt.example.com|43'));
    // Reported once: it is not scheduled again until something writes it anew.
    expect((await reconcile(store, CREATED + HOUR + MIN)).problems).toBe(0);
  });

  it('evaluates only the tickets that are due: changed ones, or at a transition', async () => {
    const later = { desk: 'https://rt.example.com', id: '44' };
    await store.recordObservation(
      observation({
        key: later,
        url: 'https://rt.example.com/Ticket/Display.html?id=44',
        createdAt: CREATED + 30 * MIN,
        observedAt: CREATED + 31 * MIN,
      }),
      mergeObservation,
    );
    expect((await reconcile(store, CREATED + 40 * MIN)).evaluated).toBe(2);
    // Nothing changed and nothing is due: nothing is read again.
    expect((await reconcile(store, CREATED + 41 * MIN)).evaluated).toBe(0);
    // Ticket 42's warning (11:00) is due; ticket 44's (11:30) is not yet.
    const atWarning = await reconcile(store, CREATED + HOUR);
    expect(atWarning.evaluated).toBe(1);
    expect(atWarning.shown).toEqual([`${TICKET}|firstResponse|${CREATED}|warning|0`]);
    expect(atWarning.wakeAt).toBe(CREATED + 90 * MIN);
    // A new observation makes its ticket due at once.
    await store.recordObservation(observation({ observedAt: CREATED + HOUR + 2 * MIN }), mergeObservation);
    expect((await reconcile(store, CREATED + HOUR + 3 * MIN)).evaluated).toBe(1);
  });

  it('the badge counts every ticket, also those not evaluated this time', async () => {
    const other = { desk: 'https://rt.example.com', id: '45' };
    await store.recordObservation(
      observation({
        key: other,
        url: 'https://rt.example.com/Ticket/Display.html?id=45',
        createdAt: CREATED + 4 * HOUR,
        observedAt: CREATED + 4 * HOUR,
      }),
      mergeObservation,
    );
    // 42 is breached (due 12:00), 45 was created at 14:00 and is on track.
    await reconcile(store, CREATED + 4 * HOUR + MIN);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    // Only 45 changes; 42 still counts.
    await store.recordObservation(
      observation({
        key: other,
        url: 'https://rt.example.com/Ticket/Display.html?id=45',
        createdAt: CREATED + 4 * HOUR,
        observedAt: CREATED + 4 * HOUR + 2 * MIN,
      }),
      mergeObservation,
    );
    const summary = await reconcile(store, CREATED + 4 * HOUR + 3 * MIN);
    expect(summary.evaluated).toBe(1);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });
});
