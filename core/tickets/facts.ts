/**
 * A ticket's facts taken apart into one track per value (status, each field) plus the set of
 * replies, and put back together. Merging works on the parts, where a union is easy to make
 * order-free; the engine reads the sorted facts.
 */
import type { Fact } from '../engine/history';
import type { Observation } from '../messaging/protocol';
import { type Sighting, see, settle, type Track } from './track';

export const FIELD_NAMES = ['queue', 'priority', 'type', 'tags', 'organization', 'assignee'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];
type FieldValue = string | string[];
type Fields = Extract<Fact, { kind: 'fields' }>['fields'];
type Reply = Extract<Fact, { kind: 'reply' }>;

export interface Tracks {
  readonly status: Track<string>;
  readonly fields: Record<FieldName, Track<FieldValue>>;
  /** By "at|by": a reply is the same reply whichever tab or API listed it. */
  readonly replies: Map<string, Reply>;
}

export function emptyTracks(): Tracks {
  return {
    status: new Map(),
    fields: {
      queue: new Map(),
      priority: new Map(),
      type: new Map(),
      tags: new Map(),
      organization: new Map(),
      assignee: new Map(),
    },
    replies: new Map(),
  };
}

/** Tags are a set: sorted (by code unit, not locale) and deduplicated so equal sets compare equal. */
function fieldSighting(name: FieldName, value: FieldValue, at: number, estimated: boolean) {
  if (name === 'tags') {
    const tags = [...new Set(value as string[])].sort();
    return { at, value: tags, id: JSON.stringify(tags), estimated };
  }
  return { at, value, id: value as string, estimated };
}

function addReply(tracks: Tracks, reply: Reply): void {
  const id = `${reply.at}|${reply.by}`;
  const held = tracks.replies.get(id);
  // The same reply seen exactly once and estimated once is exact.
  if (!held || (held.estimated && !reply.estimated)) tracks.replies.set(id, reply);
}

function addFields(tracks: Tracks, fields: Fields, at: number, estimated: boolean): void {
  for (const name of FIELD_NAMES) {
    const value = fields[name];
    if (value !== undefined) see(tracks.fields[name], fieldSighting(name, value, at, estimated));
  }
}

/** Adds stored facts, e.g. the record's current history. */
export function addFacts(tracks: Tracks, facts: readonly Fact[]): void {
  for (const fact of facts) {
    const estimated = fact.estimated === true;
    if (fact.kind === 'status') {
      see(tracks.status, { at: fact.at, value: fact.status, id: fact.status, estimated });
    } else if (fact.kind === 'fields') {
      addFields(tracks, fact.fields, fact.at, estimated);
    } else {
      addReply(tracks, estimated ? { ...fact, estimated } : { kind: 'reply', at: fact.at, by: fact.by });
    }
  }
}

/**
 * What one observation says. Its status and fields held at `observedAt` (an estimate: they may have
 * been set any time before); the tool's `statusChangedAt` dates the status exactly. The tool's clock
 * may run ahead of the browser's: a change cannot come after the observation that saw it.
 */
export function addObservation(tracks: Tracks, observation: Observation): void {
  const { observedAt, status } = observation;
  if (status !== undefined) {
    see(tracks.status, { at: observedAt, value: status, id: status, estimated: true });
    if (observation.statusChangedAt !== undefined) {
      const at = Math.min(observation.statusChangedAt, observedAt);
      see(tracks.status, { at, value: status, id: status, estimated: false });
    }
  }
  addFields(tracks, observation, observedAt, true);
  for (const reply of observation.replies ?? [])
    addReply(tracks, { kind: 'reply', at: reply.at, by: reply.by });
}

/**
 * Facts at the same instant need one order whatever the arrival order. An agent's reply comes
 * before the status it set with it (reply-and-resolve is a response); a customer's reply comes after
 * the status change it caused (a reply that reopens a solved ticket is waiting for an answer).
 */
const RANK = { agent: 0, fields: 1, status: 2, customer: 3 } as const;

function rankOf(fact: Fact): number {
  const base = fact.kind === 'reply' ? RANK[fact.by] : RANK[fact.kind];
  // Exact and estimated field values seen at one instant are two facts: the exact one last.
  return base * 2 + (fact.estimated === true ? 0 : 1);
}

function byTime(a: Fact, b: Fact): number {
  return a.at - b.at || rankOf(a) - rankOf(b);
}

function dated<T extends Fact>(fact: T, estimated: boolean): T {
  return estimated ? { ...fact, estimated: true } : fact;
}

/** The kept facts in time order: each track settled against `horizon` (see `settle`). */
export function factsOf(tracks: Tracks, horizon: number): Fact[] {
  const facts: Fact[] = [...tracks.replies.values()];
  for (const s of settle(tracks.status, horizon)) {
    facts.push(dated({ kind: 'status', at: s.at, status: s.value }, s.estimated));
  }
  // Regroup field sightings into one fields fact per instant (and exactness), in FIELD_NAMES order.
  const grouped = new Map<string, { at: number; estimated: boolean; fields: Record<string, FieldValue> }>();
  for (const name of FIELD_NAMES) {
    for (const s of settle(tracks.fields[name] as Track<FieldValue>, horizon)) {
      const slot = `${s.at}|${s.estimated}`;
      const group = grouped.get(slot) ?? { at: s.at, estimated: s.estimated, fields: {} };
      group.fields[name] = (s as Sighting<FieldValue>).value;
      grouped.set(slot, group);
    }
  }
  for (const group of grouped.values()) {
    facts.push(dated({ kind: 'fields', at: group.at, fields: group.fields as Fields }, group.estimated));
  }
  return facts.sort(byTime);
}

/**
 * Bounds a record against a hostile or broken page (replies at ever new instants, a status that
 * flips on every read). Real tickets stay far below `max`. Past it the oldest replies go first, then
 * the oldest status and fields facts; spared are the first agent reply (the first response) and the
 * first and last status and fields facts (the values assumed since creation and the ones in force).
 * Order-free merging is given up past the cap.
 */
export function capFacts(facts: Fact[], max: number): Fact[] {
  if (facts.length <= max) return facts;
  const state = facts.filter((fact) => fact.kind !== 'reply');
  const spared = new Set<Fact | undefined>([
    facts.find((fact) => fact.kind === 'reply' && fact.by === 'agent'),
    state.find((fact) => fact.kind === 'status'),
    state.findLast((fact) => fact.kind === 'status'),
    state.find((fact) => fact.kind === 'fields'),
    state.findLast((fact) => fact.kind === 'fields'),
  ]);
  const replies = facts.filter((fact) => fact.kind === 'reply');
  const doomed = new Set<Fact>();
  for (const fact of [...replies, ...state]) {
    if (doomed.size === facts.length - max) break;
    if (!spared.has(fact)) doomed.add(fact);
  }
  return facts.filter((fact) => !doomed.has(fact));
}
