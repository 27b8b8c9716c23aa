/**
 * Properties of mergeObservation over many observations of one ticket. A ground truth (when the RT
 * ticket changed status and priority, when people replied) is generated first; observations sample
 * it at random instants, as tabs and API reads would, so every set of observations is consistent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../core/messaging/protocol';
import { type TicketRecord, ticketRecordSchema } from '../../core/store/records';
import { mergeObservation, SETTLE_MS } from '../../core/tickets/merge';
import { CREATED, HOUR, MIN, merged, RT, RT_DUE, rt, statusAt } from './rt-fixtures';

const STATUSES = ['new', 'open', 'stalled', 'resolved'] as const;
const PRIORITIES = ['Low', 'Medium', 'High'] as const;
const DUE_HOURS = { Low: 48, Medium: 24, High: 8 } as const;
const URLS = [
  `${RT}/Ticket/Display.html?id=42`,
  `${RT}/Ticket/Update.html?id=42`,
  `${RT}/SelfService/?id=42`,
];

interface Change<T> {
  readonly at: number;
  readonly value: T;
}

interface Truth {
  readonly statuses: readonly Change<string>[];
  readonly priorities: readonly Change<(typeof PRIORITIES)[number]>[];
  readonly replies: readonly { readonly at: number; readonly by: 'agent' | 'customer' }[];
}

/** What held at `at`: the last change at or before it (the first one is at creation). */
function heldAt<T>(changes: readonly Change<T>[], at: number): Change<T> {
  return changes.findLast((change) => change.at <= at) as Change<T>;
}

/** Changes sorted, starting at creation, without "changes" to the value already held. */
function changes<T>(first: T, later: readonly Change<T>[]): Change<T>[] {
  const out: Change<T>[] = [{ at: CREATED, value: first }];
  for (const change of [...later].sort((a, b) => a.at - b.at)) {
    if (change.value !== out.at(-1)?.value) out.push(change);
  }
  return out;
}

const instantIn = (span: number) => fc.integer({ min: 1, max: span }).map((ms) => CREATED + ms);

function truthArb(span: number): fc.Arbitrary<Truth> {
  const change = <T>(values: readonly T[]) =>
    fc.record({ at: instantIn(span), value: fc.constantFrom(...values) });
  return fc.record({
    statuses: fc
      // RT tickets mostly go back and forth between open and stalled: short episodes that return.
      .uniqueArray(change(['open', 'stalled', 'open', 'stalled', ...STATUSES]), {
        selector: (c) => c.at,
        maxLength: 8,
      })
      .map((later) => changes<string>('new', later)),
    priorities: fc
      .uniqueArray(change(PRIORITIES), { selector: (c) => c.at, maxLength: 4 })
      .map((later) => changes<(typeof PRIORITIES)[number]>('Medium', later)),
    replies: fc.array(
      fc.record({ at: instantIn(span), by: fc.constantFrom('agent' as const, 'customer' as const) }),
      {
        maxLength: 12,
      },
    ),
  });
}

interface Sample {
  readonly at: number;
  readonly tellsChange: boolean;
  readonly tellsCreation: boolean;
  readonly url: number;
  /** How long after `at` the observation reaches the background. */
  readonly delay: number;
  /** Sort key for an arbitrary arrival order. */
  readonly shuffle: number;
}

/** Observations at random instants, many of them just after a change (a tab refreshed, a reply sent). */
function samplesArb(span: number, truth: Truth): fc.Arbitrary<Sample[]> {
  const nearChange = fc
    .constantFrom(...truth.statuses)
    .chain((change) =>
      fc.integer({ min: 0, max: 30 * MIN }).map((ms) => Math.min(change.at + ms, CREATED + span)),
    );
  const sample = fc.record({
    at: fc.oneof(
      fc.integer({ min: 0, max: span }).map((ms) => CREATED + ms),
      nearChange,
    ),
    tellsChange: fc.boolean(),
    tellsCreation: fc.boolean(),
    url: fc.nat({ max: URLS.length - 1 }),
    delay: fc.integer({ min: 0, max: SETTLE_MS }),
    shuffle: fc.nat(),
  });
  return fc.uniqueArray(sample, { selector: (s) => s.at, minLength: 50, maxLength: 50 });
}

/** A true ticket and fifty observations of it. */
const ticketArb = (span: number) =>
  truthArb(span).chain((truth) => samplesArb(span, truth).map((samples) => ({ truth, samples })));

/** What a tab or API read at `sample.at` reports about the true ticket. */
function observe(truth: Truth, sample: Sample): Observation {
  const status = heldAt(truth.statuses, sample.at);
  const priority = heldAt(truth.priorities, sample.at).value;
  return rt({
    observedAt: sample.at,
    url: URLS[sample.url] as string,
    createdAt: sample.tellsCreation ? CREATED : undefined,
    status: status.value,
    statusChangedAt: sample.tellsChange ? status.at : undefined,
    priority,
    replies: truth.replies.filter((reply) => reply.at <= sample.at),
    deskDeadlines: { resolution: { at: CREATED + DUE_HOURS[priority] * HOUR, source: RT_DUE } },
  });
}

/** Values in time order with repeats collapsed: open, stalled, open. */
function runs(values: readonly string[]): string[] {
  return values.filter((value, i) => value !== values[i - 1]);
}

/** The runs every observation saw, sorted by instant (the tool's exact change instants included). */
function observedRuns(observations: readonly Observation[], read: (o: Observation) => string | undefined) {
  const seen = new Map<number, string>();
  for (const o of observations) {
    seen.set(o.observedAt, read(o) as string);
    if (o.statusChangedAt !== undefined && read === statusOf) seen.set(o.statusChangedAt, read(o) as string);
  }
  return runs([...seen].sort(([a], [b]) => a - b).map(([, value]) => value));
}
const statusOf = (o: Observation) => o.status;
const priorityOf = (o: Observation) => o.priority;

/**
 * Fifty merges per case: a slow machine runs fewer cases rather than time out, and a failure stops
 * shrinking after the limit (fifty-element cases shrink slowly) and is still reported.
 */
const RUN = { interruptAfterTimeLimit: 20_000 };
const TIMEOUT = 60_000;

const inOrder = (samples: readonly Sample[], key: (s: Sample) => number) =>
  [...samples].sort((a, b) => key(a) - key(b) || a.at - b.at);

function mergeAll(truth: Truth, samples: readonly Sample[]): TicketRecord {
  return merged(samples.map((sample) => observe(truth, sample)));
}

/** What must hold whatever the arrival order, even over days. */
function check(truth: Truth, samples: readonly Sample[], arrivals: readonly Sample[], pick: number): void {
  const record = mergeAll(truth, arrivals);
  const latest = Math.max(...samples.map((s) => s.at));
  expect(ticketRecordSchema.parse(record)).toEqual(record);
  const instants = record.history.facts.map((fact) => fact.at);
  expect(instants).toEqual([...instants].sort((a, b) => a - b));
  // Every reply listed by any observation, each once.
  const replies = record.history.facts.filter((fact) => fact.kind === 'reply');
  const listed = new Set(truth.replies.filter((r) => r.at <= latest).map((r) => `${r.at}|${r.by}`));
  expect(replies.map((r) => `${r.at}|${r.by}`).sort()).toEqual([...listed].sort());
  // The status now, and at every observation inside the settling window, is what was observed.
  for (const sample of samples.filter((s) => s.at >= latest - SETTLE_MS)) {
    expect(statusAt(record, sample.at)).toBe(heldAt(truth.statuses, sample.at).value);
  }
  const priority = heldAt(truth.priorities, latest).value;
  expect(record.history.deskDeadlines.resolution?.at).toBe(CREATED + DUE_HOURS[priority] * HOUR);
  expect(record.history.firstSeenAt).toBe(Math.min(...samples.map((s) => s.at)));
  expect(record.history.createdAt).toBe(samples.some((s) => s.tellsCreation) ? CREATED : null);
  // Late arrivals may date a change later than the best (see track.ts), but never lose or invent one.
  const observations = samples.map((sample) => observe(truth, sample));
  const facts = record.history.facts;
  const statuses = facts.flatMap((fact) => (fact.kind === 'status' ? [fact.status] : []));
  expect(runs(statuses)).toEqual(observedRuns(observations, statusOf));
  const priorities = facts.flatMap((fact) => (fact.kind === 'fields' ? (fact.fields.priority ?? []) : []));
  expect(runs(priorities)).toEqual(observedRuns(observations, priorityOf));
  // The same observation merged again, straight away, changes nothing.
  const again = observe(truth, arrivals[pick] as Sample);
  const once = mergeObservation(record, again);
  expect(mergeObservation(once, again)).toEqual(once);
}

describe('mergeObservation over fifty observations', () => {
  it(
    'any arrival order within the settling window gives one identical record',
    () => {
      fc.assert(
        fc.property(ticketArb(SETTLE_MS), ({ truth, samples }) => {
          const expected = mergeAll(
            truth,
            inOrder(samples, (s) => s.at),
          );
          expect(
            mergeAll(
              truth,
              inOrder(samples, (s) => s.shuffle),
            ),
          ).toEqual(expected);
          expect(mergeAll(truth, [...samples].reverse())).toEqual(expected);
        }),
        RUN,
      );
    },
    TIMEOUT,
  );

  it(
    'over days, arriving up to SETTLE_MS late gives the record an in-order arrival gives',
    () => {
      const span = 5 * 24 * HOUR;
      fc.assert(
        fc.property(ticketArb(span), ({ truth, samples }) => {
          const expected = mergeAll(
            truth,
            inOrder(samples, (s) => s.at),
          );
          expect(
            mergeAll(
              truth,
              inOrder(samples, (s) => s.at + s.delay),
            ),
          ).toEqual(expected);
        }),
        RUN,
      );
    },
    TIMEOUT,
  );

  it(
    'in any order over days: nothing lost that decides the present, and repeats change nothing',
    () => {
      const span = 5 * 24 * HOUR;
      fc.assert(
        fc.property(ticketArb(span), fc.nat({ max: 49 }), ({ truth, samples }, pick) => {
          // Any order, and the harder one: a quarter arrives after all the rest (their runs long settled).
          const shuffledArrivals = inOrder(samples, (s) => s.shuffle);
          const straggling = inOrder(samples, (s) => (s.shuffle % 4 === 0 ? s.at + span : s.at));
          for (const arrivals of [shuffledArrivals, straggling]) check(truth, samples, arrivals, pick);
        }),
        RUN,
      );
    },
    TIMEOUT,
  );
});
