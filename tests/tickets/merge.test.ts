import { describe, expect, it } from 'vitest';
import { evaluate } from '../../core/engine/evaluate';
import type { Fact } from '../../core/engine/history';
import { type Policy, policySchema } from '../../core/engine/policy';
import type { Observation } from '../../core/messaging/protocol';
import { ticketRecordSchema } from '../../core/store/records';
import { capFacts } from '../../core/tickets/facts';
import { MAX_FACTS, mergeObservation, SETTLE_MS } from '../../core/tickets/merge';
import {
  CREATED,
  HOUR,
  MIN,
  merged,
  RT,
  RT_DUE,
  rt,
  shuffled,
  statusAt,
  statusFacts,
  TICKET_URL,
} from './rt-fixtures';

const T0 = CREATED + 10 * MIN;

describe('mergeObservation: the first observation', () => {
  it('creates the record, its facts dated at the observation and estimated', () => {
    const record = mergeObservation(
      undefined,
      rt({ observedAt: T0, status: 'new', replies: [{ at: CREATED, by: 'customer' }] }),
    );
    expect(record).toEqual({
      key: `${RT}|42`,
      url: TICKET_URL,
      title: 'Printer on the 3rd floor jams',
      personal: false,
      observedAt: T0,
      history: {
        key: { desk: RT, id: '42' },
        tool: 'rt',
        createdAt: CREATED,
        firstSeenAt: T0,
        facts: [
          { kind: 'reply', at: CREATED, by: 'customer' },
          { kind: 'fields', at: T0, fields: { queue: 'Support', priority: 'Medium' }, estimated: true },
          { kind: 'status', at: T0, status: 'new', estimated: true },
        ],
        deskDeadlines: {},
      },
    });
    // What the background stores must read back unchanged.
    expect(ticketRecordSchema.parse(record)).toEqual(record);
  });

  it('leaves createdAt null when the tool does not say, and keeps a personal flag it finds', () => {
    const record = mergeObservation(undefined, rt({ observedAt: T0, createdAt: undefined }));
    expect(record.history.createdAt).toBeNull();
    const personal = mergeObservation({ ...record, personal: true }, rt({ observedAt: T0 + MIN }));
    expect(personal.personal).toBe(true);
  });

  it('refuses to merge one ticket into another ticket’s record', () => {
    const record = mergeObservation(undefined, rt({ observedAt: T0 }));
    const other = rt({ observedAt: T0, key: { desk: RT, id: '43' } });
    expect(() => mergeObservation(record, other)).toThrow(/42/);
  });
});

describe('mergeObservation: repeats and several tabs', () => {
  const first = rt({ observedAt: T0, status: 'open', replies: [{ at: CREATED + 5 * MIN, by: 'agent' }] });

  it('merging the same observation twice equals merging it once', () => {
    const once = mergeObservation(undefined, first);
    expect(mergeObservation(once, first)).toEqual(once);
  });

  it('two tabs reporting the same state at the same instant leave one set of facts', () => {
    const tabA = mergeObservation(undefined, first);
    const tabB = rt({ ...first, url: `${RT}/Ticket/Display.html?id=42#txn-7` });
    const both = mergeObservation(tabA, tabB);
    expect(both.history.facts).toEqual(tabA.history.facts);
  });

  it('an unchanged status adds no change: repeats stay while a late observation may land among them', () => {
    let record = merged([
      rt({ observedAt: T0, status: 'open' }),
      rt({ observedAt: T0 + MIN, status: 'open' }),
      rt({ observedAt: T0 + 2 * MIN, status: 'open' }),
    ]);
    // Recent repeats are kept: a late observation may still land between them (see track.ts).
    expect(statusFacts(record).map((fact) => fact.at)).toEqual([T0, T0 + MIN, T0 + 2 * MIN]);
    record = merged([
      ...[0, 1, 2].map((minutes) => rt({ observedAt: T0 + minutes * MIN, status: 'open' })),
      rt({ observedAt: T0 + 2 * HOUR, status: 'open' }),
      rt({ observedAt: T0 + 4 * HOUR, status: 'open' }),
    ]);
    // Settled: when open was first seen, and the last two sightings (the gap between them is recent).
    expect(statusFacts(record)).toEqual([
      { kind: 'status', at: T0, status: 'open', estimated: true },
      { kind: 'status', at: T0 + 2 * HOUR, status: 'open', estimated: true },
      { kind: 'status', at: T0 + 4 * HOUR, status: 'open', estimated: true },
    ]);
  });

  it('a run that ended settles to its first and last sightings', () => {
    const record = merged(
      [0, 1, 2, 3, 4, 5, 6, 7]
        .map((hours) => rt({ observedAt: T0 + hours * HOUR, status: 'open' }))
        .concat(rt({ observedAt: T0 + 10 * HOUR, status: 'stalled' })),
    );
    expect(statusFacts(record).map((fact) => [(fact.at - T0) / HOUR, fact.status])).toEqual([
      [0, 'open'],
      [7, 'open'],
      [10, 'stalled'],
    ]);
  });

  it('once settled, a fields fact holds only the fields that changed', () => {
    const record = merged([
      rt({ observedAt: T0, priority: 'Medium' }),
      rt({ observedAt: T0 + 2 * HOUR, priority: 'High' }),
      rt({ observedAt: T0 + 4 * HOUR, priority: 'High' }),
      rt({ observedAt: T0 + 6 * HOUR, priority: 'High' }),
    ]);
    const fieldsAt = (at: number) =>
      record.history.facts.find((fact) => fact.kind === 'fields' && fact.at === at);
    expect(fieldsAt(T0)).toEqual({
      kind: 'fields',
      at: T0,
      fields: { queue: 'Support', priority: 'Medium' },
      estimated: true,
    });
    expect(fieldsAt(T0 + 2 * HOUR)).toEqual({
      kind: 'fields',
      at: T0 + 2 * HOUR,
      fields: { priority: 'High' },
      estimated: true,
    });
  });

  it('tags compare as a set: another order or a duplicate is not a change', () => {
    const record = merged([
      rt({ observedAt: T0, tags: ['vip', 'hardware', 'vip'] }),
      rt({ observedAt: T0 + MIN, tags: ['hardware', 'vip'] }),
      rt({ observedAt: T0 + 2 * MIN, tags: ['vip', 'hardware'] }),
    ]);
    const tags = record.history.facts.flatMap((fact) => (fact.kind === 'fields' ? [fact.fields.tags] : []));
    expect(tags).toEqual([
      ['hardware', 'vip'],
      ['hardware', 'vip'],
      ['hardware', 'vip'],
    ]);
  });
});

describe('mergeObservation: when a status changed', () => {
  it('a change seen between two observations is dated at the one that saw it, estimated', () => {
    const record = merged([
      rt({ observedAt: T0, status: 'open' }),
      rt({ observedAt: T0 + 3 * HOUR, status: 'stalled' }),
    ]);
    expect(statusFacts(record)).toEqual([
      { kind: 'status', at: T0, status: 'open', estimated: true },
      { kind: 'status', at: T0 + 3 * HOUR, status: 'stalled', estimated: true },
    ]);
  });

  it('the tool’s own statusChangedAt dates it exactly', () => {
    const changed = T0 + 2 * HOUR + 17 * MIN;
    const record = merged([
      rt({ observedAt: T0, status: 'open' }),
      rt({ observedAt: T0 + 3 * HOUR, status: 'stalled', statusChangedAt: changed }),
    ]);
    expect(statusFacts(record)).toEqual([
      { kind: 'status', at: T0, status: 'open', estimated: true },
      { kind: 'status', at: changed, status: 'stalled' },
      { kind: 'status', at: T0 + 3 * HOUR, status: 'stalled', estimated: true },
    ]);
  });

  it('a statusChangedAt ahead of the browser’s clock is held to the observation', () => {
    const record = mergeObservation(
      undefined,
      rt({ observedAt: T0, status: 'open', statusChangedAt: T0 + 4000 }),
    );
    expect(statusFacts(record)).toEqual([{ kind: 'status', at: T0, status: 'open' }]);
  });

  it('a late observation is dated at its own time and does not override later facts', () => {
    const a = rt({ observedAt: 10 * MIN + T0, status: 'open' });
    const b = rt({ observedAt: 20 * MIN + T0, status: 'stalled' });
    const c = rt({ observedAt: 30 * MIN + T0, status: 'stalled' });
    const late = merged([a, c, b]);
    expect(late).toEqual(merged([a, b, c]));
    expect(statusFacts(late)).toEqual([
      { kind: 'status', at: a.observedAt, status: 'open', estimated: true },
      { kind: 'status', at: b.observedAt, status: 'stalled', estimated: true },
      { kind: 'status', at: c.observedAt, status: 'stalled', estimated: true },
    ]);
  });

  it('a late observation inside a run keeps what the later ones saw (open, stalled, open)', () => {
    // Only adding a fact when the status differs would leave "stalled" in force after 20, though the
    // observation at 30 saw the ticket open again: the record must remember the sighting at 30.
    const a = rt({ observedAt: T0 + 10 * MIN, status: 'open' });
    const b = rt({ observedAt: T0 + 20 * MIN, status: 'stalled' });
    const c = rt({ observedAt: T0 + 30 * MIN, status: 'open' });
    const record = merged([a, c, b]);
    expect(statusFacts(record).map((fact) => [fact.at - T0, fact.status])).toEqual([
      [10 * MIN, 'open'],
      [20 * MIN, 'stalled'],
      [30 * MIN, 'open'],
    ]);
    expect(statusAt(record, T0 + HOUR)).toBe('open');
  });

  it('an observation later than the settling window dates the return at the next kept sighting', () => {
    // open seen at 0h, 2h, 4h, 6h; the 2h repeat is settled away before a stalled@1h arrives. The
    // reopen is dated at 4h, the best the record still knows (2h had it arrived in time); open holds.
    const record = merged([
      ...[0, 2, 4, 6].map((hours) => rt({ observedAt: T0 + hours * HOUR, status: 'open' })),
      rt({ observedAt: T0 + HOUR, status: 'stalled' }),
    ]);
    expect(statusFacts(record).map((fact) => [(fact.at - T0) / HOUR, fact.status])).toEqual([
      [0, 'open'],
      [1, 'stalled'],
      [4, 'open'],
      [6, 'open'],
    ]);
    expect(SETTLE_MS).toBeLessThan(2 * HOUR);
  });

  it('a very late observation does not erase a later run: each run keeps its last sighting', () => {
    // open 0h-3h, stalled 4h-8h, open from 10h. A stalled@1h arriving days late must not stretch the
    // pause over 3h, where open was still seen.
    const record = merged([
      rt({ observedAt: T0, status: 'open' }),
      rt({ observedAt: T0 + 2 * HOUR, status: 'open' }),
      rt({ observedAt: T0 + 3 * HOUR, status: 'open' }),
      rt({ observedAt: T0 + 4 * HOUR, status: 'stalled' }),
      rt({ observedAt: T0 + 8 * HOUR, status: 'stalled' }),
      rt({ observedAt: T0 + 48 * HOUR, status: 'open' }),
      rt({ observedAt: T0 + HOUR, status: 'stalled' }),
    ]);
    expect(statusFacts(record).map((fact) => [(fact.at - T0) / HOUR, fact.status])).toEqual([
      [0, 'open'],
      [1, 'stalled'],
      [3, 'open'],
      [4, 'stalled'],
      [8, 'stalled'],
      [48, 'open'],
    ]);
  });
});

describe('mergeObservation: replies, creation and the desk’s deadlines', () => {
  it('replies are the union of what every tab listed, each once', () => {
    const r1 = { at: CREATED, by: 'customer' as const };
    const r2 = { at: CREATED + 20 * MIN, by: 'agent' as const };
    const r3 = { at: CREATED + 50 * MIN, by: 'customer' as const };
    const record = merged([
      rt({ observedAt: T0 + HOUR, replies: [r2, r3] }),
      rt({ observedAt: T0, replies: [r1, r2] }),
      rt({ observedAt: T0 + 2 * HOUR, replies: [r3, r3] }),
    ]);
    const replies = record.history.facts.filter((fact) => fact.kind === 'reply');
    expect(replies).toEqual([
      { kind: 'reply', ...r1 },
      { kind: 'reply', ...r2 },
      { kind: 'reply', ...r3 },
    ]);
  });

  it('keeps the earliest creation the tool reported and the earliest sighting', () => {
    const record = merged([
      rt({ observedAt: T0 + HOUR, createdAt: CREATED + MIN }),
      rt({ observedAt: T0, createdAt: CREATED }),
      rt({ observedAt: T0 + 2 * HOUR, createdAt: undefined }),
    ]);
    expect(record.history.createdAt).toBe(CREATED);
    expect(record.history.firstSeenAt).toBe(T0);
    expect(record.observedAt).toBe(T0 + 2 * HOUR);
  });

  it('the latest observation’s deadlines win per metric, whatever the arrival order', () => {
    const due = (hours: number) => ({ resolution: { at: CREATED + hours * HOUR, source: RT_DUE } });
    const observations = [
      rt({ observedAt: T0, deskDeadlines: due(24) }),
      rt({ observedAt: T0 + HOUR, deskDeadlines: due(8) }),
      rt({ observedAt: T0 + 2 * HOUR, deskDeadlines: due(4) }),
    ];
    for (const order of [
      [0, 1, 2],
      [2, 1, 0],
      [1, 2, 0],
      [2, 0, 1],
    ]) {
      const record = merged(order.map((i) => observations[i] as Observation));
      expect(record.history.deskDeadlines).toEqual(due(4));
    }
  });

  it('an older observation only fills a metric the record lacks', () => {
    const first = { at: CREATED + HOUR, source: 'Zendesk (first reply)' };
    const record = merged([
      rt({
        observedAt: T0 + HOUR,
        deskDeadlines: { resolution: { at: CREATED + 8 * HOUR, source: RT_DUE } },
      }),
      rt({
        observedAt: T0,
        deskDeadlines: { resolution: { at: CREATED + 24 * HOUR, source: RT_DUE }, firstResponse: first },
      }),
    ]);
    expect(record.history.deskDeadlines).toEqual({
      resolution: { at: CREATED + 8 * HOUR, source: RT_DUE },
      firstResponse: first,
    });
  });

  it('url and title come from the latest observation; a missing title keeps the one read before', () => {
    const record = merged([
      rt({ observedAt: T0 + HOUR, url: `${RT}/Ticket/Update.html?id=42`, title: 'Printer jams (3rd floor)' }),
      rt({ observedAt: T0, title: 'Printer jams' }),
      rt({ observedAt: T0 + 2 * HOUR, url: `${RT}/Ticket/History.html?id=42`, title: undefined }),
    ]);
    expect(record.url).toBe(`${RT}/Ticket/History.html?id=42`);
    expect(record.title).toBe('Printer jams (3rd floor)');
  });
});

describe('mergeObservation: facts at one instant', () => {
  const at = T0 + HOUR;

  it('an agent’s reply comes before the status set with it', () => {
    const record = mergeObservation(
      undefined,
      rt({ observedAt: at + MIN, status: 'resolved', statusChangedAt: at, replies: [{ at, by: 'agent' }] }),
    );
    expect(record.history.facts.filter((fact) => fact.at === at).map((fact) => fact.kind)).toEqual([
      'reply',
      'status',
    ]);
  });

  it('a customer’s reply comes after the reopening it caused', () => {
    const record = mergeObservation(
      undefined,
      rt({ observedAt: at + MIN, status: 'open', statusChangedAt: at, replies: [{ at, by: 'customer' }] }),
    );
    expect(record.history.facts.filter((fact) => fact.at === at).map((fact) => fact.kind)).toEqual([
      'status',
      'reply',
    ]);
  });
});

describe('mergeObservation: bounds', () => {
  it('a page listing ever new replies cannot grow a record past MAX_FACTS', () => {
    // Each observation lists up to 5000 replies (the schema's cap), each time at new instants.
    const flood = (offset: number, length = 5000) =>
      Array.from({ length }, (_, i) => ({ at: CREATED + offset + i * 1000, by: 'customer' as const }));
    const record = merged([
      rt({ observedAt: T0, status: 'new', replies: [{ at: CREATED + 1, by: 'agent' }, ...flood(2, 4999)] }),
      rt({ observedAt: T0 + MIN, status: 'open', replies: flood(3) }),
      rt({ observedAt: T0 + 2 * MIN, status: 'open', replies: flood(4) }),
    ]);
    expect(record.history.facts.length).toBe(MAX_FACTS);
    // The first agent reply (first response) and the current status survive.
    expect(record.history.facts).toContainEqual({ kind: 'reply', at: CREATED + 1, by: 'agent' });
    expect(statusAt(record, T0 + HOUR)).toBe('open');
    expect(ticketRecordSchema.safeParse(record).success).toBe(true);
  });
});

describe('capFacts', () => {
  it('drops replies first, then the oldest status and fields facts, sparing what the clocks start from', () => {
    const status = (at: number, value: string): Fact => ({
      kind: 'status',
      at,
      status: value,
      estimated: true,
    });
    const fields = (at: number, priority: string): Fact => ({ kind: 'fields', at, fields: { priority } });
    const facts: Fact[] = [
      status(0, 'new'),
      fields(0, 'Low'),
      { kind: 'reply', at: 1, by: 'customer' },
      { kind: 'reply', at: 2, by: 'agent' },
      status(3, 'open'),
      fields(4, 'High'),
      status(5, 'stalled'),
      { kind: 'reply', at: 6, by: 'customer' },
      status(7, 'open'),
      fields(8, 'Medium'),
      status(9, 'stalled'),
    ];
    expect(capFacts(facts, 20)).toBe(facts);
    expect(capFacts(facts, 6).map((fact) => fact.at)).toEqual([0, 0, 2, 7, 8, 9]);
  });
});

describe('mergeObservation feeds the engine', () => {
  const policies: Policy[] = [
    policySchema.parse({
      id: 'rt-support',
      name: 'Support',
      match: { tools: ['rt'], queues: ['Support'] },
      targets: { firstResponse: { minutes: 60 }, resolution: { minutes: 8 * 60 } },
      clock: { pauseStatuses: ['stalled'], stopStatuses: ['resolved', 'rejected'] },
    }),
  ];
  const observations = [
    rt({ observedAt: CREATED + 2 * MIN, status: 'new' }),
    rt({
      observedAt: CREATED + 40 * MIN,
      status: 'open',
      replies: [{ at: CREATED + 30 * MIN, by: 'agent' }],
    }),
    rt({
      observedAt: CREATED + 3 * HOUR,
      status: 'stalled',
      replies: [{ at: CREATED + 30 * MIN, by: 'agent' }],
    }),
    rt({ observedAt: CREATED + 2 * HOUR, status: 'open' }),
  ];

  it('a stalled RT ticket is paused, first response met, in any arrival order', () => {
    const now = CREATED + 5 * HOUR;
    for (const seed of [1, 2, 3, 4, 5]) {
      const record = merged(shuffled(observations, seed));
      const result = evaluate(record.history, policies, {}, now);
      const state = Object.fromEntries(result.metrics.map((m) => [m.metric, m.state]));
      expect(state).toEqual({ firstResponse: 'met', resolution: 'paused' });
      const resolution = result.metrics.find((m) => m.metric === 'resolution');
      // Counted from creation to the stalled sighting at 3h, the best known time of the pause.
      expect(resolution?.elapsedMs).toBe(3 * HOUR);
    }
  });

  it('resolving it with an exact instant stops the resolution clock there', () => {
    const resolvedAt = CREATED + 4 * HOUR;
    const record = merged([
      ...observations,
      rt({ observedAt: CREATED + 4 * HOUR + 5 * MIN, status: 'resolved', statusChangedAt: resolvedAt }),
    ]);
    const resolution = evaluate(record.history, policies, {}, CREATED + 6 * HOUR).metrics.find(
      (m) => m.metric === 'resolution',
    );
    expect(resolution).toMatchObject({ state: 'met', metAt: resolvedAt });
  });
});
