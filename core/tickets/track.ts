/**
 * A value a ticket holds over time (its status, or one of its fields) kept as the dated sightings
 * that tell it. Adding a sighting is a set union, so merging is idempotent and arrival order does
 * not matter; `settle` then forgets the sightings that can no longer change what the history says.
 */

/** `value` was in force at `at`. */
export interface Sighting<V> {
  readonly at: number;
  readonly value: V;
  /** Compares values (tags are arrays): equal ids are the same value. */
  readonly id: string;
  /** `at` is when Plazo saw the value, an upper bound for when it was set; otherwise the tool said so. */
  readonly estimated: boolean;
}

/** At most one sighting per instant. */
export type Track<V> = Map<number, Sighting<V>>;

/**
 * Adds a sighting. Two different values at the same instant cannot both hold (two tabs disagree to
 * the millisecond): the tool's own instant beats an estimate, and between equals the larger id wins.
 * Arbitrary, but a total order, so the same sighting wins whatever the arrival order.
 */
export function see<V>(track: Track<V>, sighting: Sighting<V>): void {
  const held = track.get(sighting.at);
  if (!held || outranks(sighting, held)) track.set(sighting.at, sighting);
}

function outranks(a: Sighting<unknown>, b: Sighting<unknown>): boolean {
  if (a.estimated !== b.estimated) return !a.estimated;
  return a.id > b.id;
}

/**
 * The sightings worth keeping, in time order. Within a run of one value, only the first (when the
 * value was set, at best known) and the last (the value still held then) shape the history; the
 * repeats between them can go. But a late observation landing inside the run needs its nearest
 * repeats to date the return to the value (open@10, open@20, then a late stalled@15 means reopened at
 * 20), so a repeat is dropped only once the sighting after it is older than `horizon` too: nothing
 * that may still arrive can land next to it. Then sightings arriving out of order, but never further
 * behind the newest than the horizon is, give the facts an in-order arrival gives; one further behind
 * can only date a change later, at the next kept sighting. Exact sightings (the tool's own instants)
 * are never dropped.
 */
export function settle<V>(track: Track<V>, horizon: number): Sighting<V>[] {
  const sorted = [...track.values()].sort((a, b) => a.at - b.at);
  // Dropping an inner repeat leaves every kept sighting with the same neighbours' values, and a
  // kept repeat's successor is never dropped (it is not older than the horizon), so one pass is stable.
  return sorted.filter((sighting, index) => {
    const before = sorted[index - 1];
    const after = sorted[index + 1];
    const inner = before?.id === sighting.id && after?.id === sighting.id;
    return !(inner && sighting.estimated && after.at < horizon);
  });
}
