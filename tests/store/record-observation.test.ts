import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MergeObservation } from '../../core/store/observations';
import type { PlazoDb } from '../../core/store/schema';
import type { PlazoStore } from '../../core/store/store';
import { appendStatus, at, observation, ticketRecord } from './builders';
import { openFreshStore } from './db-helpers';

let db: PlazoDb;
let store: PlazoStore;
beforeEach(async () => ({ db, store } = await openFreshStore()));
afterEach(() => db.close());

const KEY = 'https://rt.example.com|42';
const MINUTE = 60_000;
/** 50 observations of ticket 42, a minute apart, each with its own status so each one is traceable. */
const burst = Array.from({ length: 50 }, (_, n) =>
  observation('42', { observedAt: at('2026-03-02T09:00:00Z') + n * MINUTE, status: `seen-${n}` }),
);

describe('recordObservation', () => {
  it('creates the record from the first observation and merges later ones into it', async () => {
    const first = await store.recordObservation(observation('42'), appendStatus);
    expect(first.ticket?.history.facts).toEqual([
      { kind: 'status', at: at('2026-03-02T09:00:00Z'), status: 'open' },
    ]);

    const later = observation('42', { observedAt: at('2026-03-02T09:30:00Z'), status: 'stalled' });
    await store.recordObservation(later, appendStatus);
    const { ticket } = await store.getTicket(KEY);
    expect(ticket?.history.facts.map((fact) => fact.kind === 'status' && fact.status)).toEqual([
      'open',
      'stalled',
    ]);
    expect(ticket?.observedAt).toBe(at('2026-03-02T09:30:00Z'));
  });

  it('loses nothing when 50 observations of one ticket arrive at once, and applies them in order', async () => {
    const results = await Promise.all(burst.map((seen) => store.recordObservation(seen, appendStatus)));

    const { ticket } = await store.getTicket(KEY);
    expect(ticket?.history.facts.map((fact) => fact.kind === 'status' && fact.status)).toEqual(
      burst.map((seen) => seen.status),
    );
    // Each merge saw every earlier observation: the transactions ran one after another.
    expect(results.map((result) => result.ticket?.history.facts.length)).toEqual(burst.map((_, n) => n + 1));
  });

  it('catches lost updates: the same burst through separate read and write transactions loses facts', async () => {
    // Guards the test above: it would fail if the store read and wrote in two transactions.
    await Promise.all(
      burst.map(async (seen) => {
        const { ticket } = await store.getTicket(KEY);
        await store.putTicket(appendStatus(ticket, seen));
      }),
    );
    const { ticket } = await store.getTicket(KEY);
    expect(ticket?.history.facts.length).toBeLessThan(burst.length);
  });

  it('writes nothing and rethrows when the merge throws', async () => {
    const existing = ticketRecord('42');
    await store.putTicket(existing);
    const failing: MergeObservation = () => {
      throw new Error('merge bug');
    };
    await expect(store.recordObservation(observation('42'), failing)).rejects.toThrow('merge bug');
    expect((await store.getTicket(KEY)).ticket).toEqual(existing);
  });

  it('refuses a merge result that fails the schema or belongs to another ticket', async () => {
    const invalid: MergeObservation = (existing, seen) => ({ ...appendStatus(existing, seen), url: 'nope' });
    await expect(store.recordObservation(observation('42'), invalid)).rejects.toMatchObject({
      name: 'InvalidRecordError',
    });
    const elsewhere: MergeObservation = () => ticketRecord('7');
    await expect(store.recordObservation(observation('42'), elsewhere)).rejects.toMatchObject({
      problem: { key: KEY, message: 'merge returned the record of https://rt.example.com|7' },
    });
    expect(await db.count('tickets')).toBe(0);
  });

  it('reports an unreadable stored record instead of merging over it', async () => {
    const damaged = { ...ticketRecord('42'), observedAt: -1 };
    await db.put('tickets', damaged);

    const result = await store.recordObservation(observation('42'), appendStatus);
    expect(result).toEqual({
      ticket: null,
      problem: { store: 'tickets', key: KEY, message: expect.stringMatching(/^observedAt: /) },
    });
    expect(await db.get('tickets', KEY)).toEqual(damaged);
  });
});
