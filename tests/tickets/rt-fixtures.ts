/**
 * Observations of one Request Tracker ticket (#42 on rt.example.com) as its content script would
 * send them, parsed by the real protocol schema so every fixture is a message the background accepts.
 */
import type { Fact } from '../../core/engine/history';
import { type Observation, observationSchema } from '../../core/messaging/protocol';
import type { TicketRecord } from '../../core/store/records';
import { mergeObservations } from '../../core/tickets/merge';

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const RT = 'https://rt.example.com';
export const TICKET_URL = `${RT}/Ticket/Display.html?id=42`;
export const RT_DUE = 'Request Tracker (Due)';

/** Monday 2 March 2026, 09:00 UTC. */
export const CREATED = Date.parse('2026-03-02T09:00:00Z');

export function rt(fields: Partial<Observation> & { observedAt: number }): Observation {
  return observationSchema.parse({
    key: { desk: RT, id: '42' },
    tool: 'rt',
    url: TICKET_URL,
    title: 'Printer on the 3rd floor jams',
    createdAt: CREATED,
    queue: 'Support',
    priority: 'Medium',
    ...fields,
  });
}

/** The record the observations make, merged in the order given. */
export function merged(observations: readonly Observation[]): TicketRecord {
  const record = mergeObservations(undefined, observations);
  if (!record) throw new Error('no observations');
  return record;
}

export function statusFacts(record: TicketRecord): Extract<Fact, { kind: 'status' }>[] {
  return record.history.facts.filter((fact) => fact.kind === 'status');
}

/** The status the history says was in force at `at` (facts at one instant apply in order). */
export function statusAt(record: TicketRecord, at: number): string | undefined {
  let status: string | undefined;
  for (const fact of record.history.facts) {
    if (fact.at > at) break;
    if (fact.kind === 'status') status = fact.status;
  }
  return status;
}

/** Deterministic shuffle (Fisher-Yates over a seeded LCG) for example-based tests. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
