/**
 * The worker tap's log (see worker-tap.ts): one entry per browser call the worker made, kept in
 * storage.session under TAP_PREFIX. Pure helpers to read it, shared by the suite and the benchmark.
 * The entry type lives with the e2e page that reads the log, so entrypoints/ never imports tests/.
 */
import type { TapEntry } from '../../entrypoints/e2e-page/api';

export { TAP_PREFIX, type TapEntry } from '../../entrypoints/e2e-page/api';

/** The entries in the order they were made (by life, then sequence). */
export function ordered(entries: readonly TapEntry[]): TapEntry[] {
  return [...entries].sort((a, b) => a.life - b.life || a.sequence - b.sequence);
}

/** The distinct worker lives seen, oldest first. */
export function lives(entries: readonly TapEntry[]): number[] {
  return [...new Set(entries.map((entry) => entry.life))].sort((a, b) => a - b);
}

/** Calls of `call` whose first argument (a notification id, an alarm name) is `id`. */
export function callsFor(entries: readonly TapEntry[], call: string, id: string): TapEntry[] {
  return ordered(entries).filter((entry) => entry.call === call && entry.args[0] === id);
}
