import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlazoDb } from '../../core/store/schema';
import type { PlazoStore } from '../../core/store/store';
import { openFreshStore } from './db-helpers';

const NOW = Date.parse('2026-11-27T10:00:00Z');

let db: PlazoDb;
let store: PlazoStore;
beforeEach(async () => ({ db, store } = await openFreshStore()));
afterEach(() => db.close());

describe('counters', () => {
  it('starts empty and counts every increment, even concurrent ones, noting when each last counted', async () => {
    expect(await store.readCounters()).toEqual({ counters: {}, lastAt: {}, problems: [] });
    expect(await store.incrementCounter('droppedMessages', NOW)).toBe(1);
    await Promise.all(
      Array.from({ length: 20 }, (_, index) => store.incrementCounter('droppedMessages', NOW + index)),
    );
    await store.incrementCounter('unknownSender', NOW - 1);

    const read = await store.readCounters();
    expect(read).toMatchObject({ counters: { droppedMessages: 21, unknownSender: 1 }, problems: [] });
    expect(read.lastAt.unknownSender).toBe(NOW - 1);
    // The increments ran one after another, each writing its own instant: the last one's stays.
    expect(read.lastAt.droppedMessages).toBeGreaterThanOrEqual(NOW);
  });

  it('ignores other meta values, reports a damaged counter and restarts it on the next increment', async () => {
    await db.put('meta', 'not a counter', 'lastReconcile');
    await db.put('meta', 'lots', 'counter:droppedMessages');

    expect(await store.readCounters()).toEqual({
      counters: {},
      lastAt: {},
      problems: [
        {
          store: 'meta',
          key: 'counter:droppedMessages',
          message: expect.stringMatching(/^\(whole record\): /),
        },
      ],
    });
    expect(await store.incrementCounter('droppedMessages', NOW)).toBe(1);
    expect(await store.readCounters()).toEqual({
      counters: { droppedMessages: 1 },
      lastAt: { droppedMessages: NOW },
      problems: [],
    });
  });

  it('reads counts kept before the time was noted, without a time', async () => {
    await db.put('meta', 4, 'counter:unreadable:rt:priority');
    expect(await store.readCounters()).toEqual({
      counters: { 'unreadable:rt:priority': 4 },
      lastAt: {},
      problems: [],
    });
  });

  it('refuses an empty counter name', async () => {
    await expect(store.incrementCounter('', NOW)).rejects.toThrow();
  });
});
