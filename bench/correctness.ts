/**
 * Judges each peer deadline by the definition of a deadline, not by comparing it with ours: t is
 * the answer for (start, d) when businessTimeBetween(start, t) === d ("valid") and no earlier instant
 * is ("minimal"). A peer that answers 09:00 the next morning instead of 18:00 is valid but not
 * minimal, which is a different thing from a deadline that holds the wrong amount of business time.
 */
import { businessTimeBetween, type Calendar } from '../core/engine';
import type { Workload } from './workload';

const MINUTE = 60_000;
const EXAMPLES_PER_KIND = 3;

export const VERDICTS = ['identical', 'valid-not-minimal', 'wrong', 'correct-but-differs'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface Example {
  readonly startMs: number;
  readonly durationMs: number;
  readonly oursMs: number;
  readonly theirsMs: number;
  /** Business time from the start to their deadline: the duration itself unless 'wrong'. */
  readonly theirsReachedMs: number;
}

export interface Comparison {
  readonly counts: Record<Verdict, number>;
  readonly examples: Record<Verdict, Example[]>;
}

/**
 * Business time between start and t never decreases as t grows, so a valid t is minimal exactly when
 * one millisecond earlier falls short (or t is the start itself, for a zero duration).
 */
export function isValidAndMinimal(
  calendar: Calendar,
  startMs: number,
  durationMs: number,
  t: number,
): boolean {
  if (businessTimeBetween(calendar, startMs, t) !== durationMs) return false;
  return t === startMs || businessTimeBetween(calendar, startMs, t - 1) < durationMs;
}

export function compare(
  calendar: Calendar,
  workload: Workload,
  ours: Float64Array,
  theirs: Float64Array,
): Comparison {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  const examples = Object.fromEntries(VERDICTS.map((v) => [v, []])) as unknown as Record<Verdict, Example[]>;
  for (let i = 0; i < workload.size; i++) {
    const startMs = workload.startsMs[i] as number;
    const durationMs = workload.durationsMs[i] as number;
    const oursMs = ours[i] as number;
    const theirsMs = theirs[i] as number;
    const theirsReachedMs = businessTimeBetween(calendar, startMs, theirsMs);
    const verdict: Verdict =
      theirsMs === oursMs
        ? 'identical'
        : theirsReachedMs !== durationMs
          ? 'wrong'
          : isValidAndMinimal(calendar, startMs, durationMs, theirsMs)
            ? 'correct-but-differs'
            : 'valid-not-minimal';
    counts[verdict]++;
    if (verdict !== 'identical' && examples[verdict].length < EXAMPLES_PER_KIND) {
      examples[verdict].push({ startMs, durationMs, oursMs, theirsMs, theirsReachedMs });
    }
  }
  return { counts, examples };
}

/** One line per example, in the calendar's zone (UTC): `Tue 2026-03-03 16:12 + 348 min: ...`. */
export function describeExample(example: Example): string {
  const { startMs, durationMs, oursMs, theirsMs, theirsReachedMs } = example;
  const reached =
    theirsReachedMs === durationMs ? '' : ` (holds ${formatMinutes(theirsReachedMs)} of business time)`;
  return `${formatInstant(startMs)} + ${formatMinutes(durationMs)}: ours ${formatInstant(oursMs)}, theirs ${formatInstant(theirsMs)}${reached}`;
}

function formatMinutes(ms: number): string {
  return `${ms / MINUTE} min`;
}

function formatInstant(ms: number): string {
  const weekday = new Date(ms).toLocaleDateString('en-US', { weekday: 'short', timeZone: 'UTC' });
  return `${weekday} ${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')}`;
}
