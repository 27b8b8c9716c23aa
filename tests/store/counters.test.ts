import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlazoDb } from '../../core/store/schema';
import type { PlazoStore } from '../../core/store/store';
import { openFreshStore } from './db-helpers';

let db: PlazoDb;
let store: PlazoStore;
beforeEach(async () => ({ db, store } = await openFreshStore()));
afterEach(() => db.close());

describe('counters', () => {
  it('starts empty and counts every increment, even concurrent ones', async () => {
    expect(await store.readCounters()).toEqual({ counters: {}, problems: [] });
    expect(await store.incrementCounter('droppedMessages')).toBe(1);
    await Promise.all(Array.from({ length: 20 }, () => store.incrementCounter('droppedMessages')));
    await store.incrementCounter('unknownSender');

    expect(await store.readCounters()).toEqual({
      counters: { droppedMessages: 21, unknownSender: 1 },
      problems: [],
    });
  });

  it('ignores other meta values, reports a damaged counter and restarts it on the next increment', async () => {
    await db.put('meta', 'not a counter', 'lastReconcile');
    await db.put('meta', 'lots', 'counter:droppedMessages');

    expect(await store.readCounters()).toEqual({
      counters: {},
      problems: [
        {
          store: 'meta',
          key: 'counter:droppedMessages',
          message: expect.stringMatching(/^\(whole record\): /),
        },
      ],
    });
    expect(await store.incrementCounter('droppedMessages')).toBe(1);
    expect(await store.readCounters()).toEqual({ counters: { droppedMessages: 1 }, problems: [] });
  });

  it('refuses an empty counter name', async () => {
    await expect(store.incrementCounter('')).rejects.toThrow();
  });
});
