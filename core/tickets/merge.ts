/**
 * Merges one observation of a ticket into its stored record. Several tabs, repeats and late
 * arrivals must give one history: facts are merged as sets of dated sightings (see track.ts), and
 * every record-level value is chosen by a rule that does not depend on arrival order.
 *
 * Pure and synchronous, so the store can run it between the read and the write of one readwrite
 * transaction (core/store/observations.ts): observations arriving together are all kept.
 */
import type { DeskDeadline, TicketHistory } from '../engine/history';
import type { Metric } from '../engine/policy';
import type { Observation } from '../messaging/protocol';
import { type TicketRecord, ticketKeyString } from '../store/records';
import { addFacts, addObservation, capFacts, emptyTracks, factsOf } from './facts';

/**
 * How late an observation may arrive (behind the newest one merged) and still be merged exactly as
 * if it had come in order. Tabs and API calls report within seconds; an hour is ample. Later ones
 * are still merged, but a status change they reveal may be dated at a later sighting than the best.
 */
export const SETTLE_MS = 60 * 60 * 1000;

/** At most this many facts per ticket: above the 5000 replies one observation may list. */
export const MAX_FACTS = 6000;

type Deadlines = TicketHistory['deskDeadlines'];

export function mergeObservation(existing: TicketRecord | undefined, observation: Observation): TicketRecord {
  const key = ticketKeyString(observation.key);
  if (existing && existing.key !== key) {
    throw new Error(`Observation of ${key} merged into the record of ${existing.key}`);
  }
  const observedAt = existing
    ? Math.max(existing.observedAt, observation.observedAt)
    : observation.observedAt;
  const tracks = emptyTracks();
  if (existing) addFacts(tracks, existing.history.facts);
  addObservation(tracks, observation);
  const facts = capFacts(factsOf(tracks, observedAt - SETTLE_MS), MAX_FACTS);
  const latest = !existing || isLatest(observation, existing);
  const before = existing?.history;

  const history: TicketHistory = {
    key: observation.key,
    tool: latest || !before ? observation.tool : before.tool,
    createdAt: earliest(before?.createdAt ?? null, reportedCreation(observation)),
    firstSeenAt: Math.min(before?.firstSeenAt ?? observation.observedAt, observation.observedAt),
    facts,
    deskDeadlines: mergeDeadlines(before?.deskDeadlines ?? {}, observation, existing?.observedAt),
  };
  return {
    key,
    url: latest || !existing ? observation.url : existing.url,
    title: mergeTitle(existing, observation, latest),
    personal: existing?.personal ?? false,
    history,
    observedAt,
  };
}

/** Several observations, e.g. a queue drained at once: the same as merging them one by one. */
export function mergeObservations(
  existing: TicketRecord | undefined,
  observations: readonly Observation[],
): TicketRecord | undefined {
  return observations.reduce<TicketRecord | undefined>(mergeObservation, existing);
}

/**
 * Whether the observation is the newest seen, so its url, title and tool win. Two at the same
 * instant are ordered by their text, so the same one wins in any arrival order.
 */
function isLatest(observation: Observation, record: TicketRecord): boolean {
  if (observation.observedAt !== record.observedAt) return observation.observedAt > record.observedAt;
  const incoming = [observation.url, observation.title ?? record.title, observation.tool].join('\n');
  return incoming >= [record.url, record.title, record.history.tool].join('\n');
}

/** A ticket cannot have been created after it was seen (the tool's clock may run ahead). */
function reportedCreation(observation: Observation): number | null {
  return observation.createdAt === undefined ? null : Math.min(observation.createdAt, observation.observedAt);
}

function earliest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  return b === null ? a : Math.min(a, b);
}

/** The newest observation's title; an older one only fills a title never read. */
function mergeTitle(existing: TicketRecord | undefined, observation: Observation, latest: boolean): string {
  const title = observation.title;
  if (title === undefined) return existing?.title ?? '';
  return latest || !existing?.title ? title : existing.title;
}

/**
 * The newest observation's deadline wins, per metric; an older one only fills a metric the record
 * lacks. Deadlines carry no instant of their own, so when the newest observation omits a metric that
 * two older ones disagree on, the one merged first stays: adapters that read a deadline at all read
 * it on every observation, which keeps this from mattering in practice.
 */
function mergeDeadlines(held: Deadlines, observation: Observation, heldAt: number | undefined): Deadlines {
  const merged: Deadlines = { ...held };
  for (const [metric, deadline] of Object.entries(observation.deskDeadlines ?? {}) as [
    Metric,
    DeskDeadline | undefined,
  ][]) {
    if (!deadline) continue;
    const current = merged[metric];
    const newer =
      heldAt === undefined ||
      observation.observedAt > heldAt ||
      (observation.observedAt === heldAt && (!current || outranks(deadline, current)));
    if (!current || newer) merged[metric] = { at: deadline.at, source: deadline.source };
  }
  return merged;
}

/** Two deadlines reported at the same instant: the later one, then the larger source, wins. */
function outranks(a: DeskDeadline, b: DeskDeadline): boolean {
  return a.at !== b.at ? a.at > b.at : a.source > b.source;
}
