/**
 * The one workload the business-time figures are measured on: a split-shift calendar with holidays
 * and 20,000 deadlines drawn from a seeded PRNG, so every run (and every machine) measures the
 * same inputs.
 */

const MINUTE = 60_000;

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export type Interval = readonly [start: string, end: string];

/** The calendar as our engine reads it. The peers are configured from this same object (peers.ts). */
export interface WorkloadCalendar {
  readonly timeZone: 'UTC';
  readonly week: Readonly<Partial<Record<Weekday, readonly Interval[]>>>;
  readonly holidays: readonly string[];
}

const SPLIT_SHIFT: readonly Interval[] = [
  ['09:00', '13:00'],
  ['14:00', '18:00'],
];

/**
 * UTC, because the peers compute in the process's local zone: UTC is the one zone all three can be
 * given equivalently. Ten holidays, all on weekdays (a holiday on a weekend would change nothing),
 * including a Thursday-to-Monday Easter run and Christmas Eve plus Christmas Day.
 */
export const CALENDAR: WorkloadCalendar = {
  timeZone: 'UTC',
  week: { mon: SPLIT_SHIFT, tue: SPLIT_SHIFT, wed: SPLIT_SHIFT, thu: SPLIT_SHIFT, fri: SPLIT_SHIFT },
  holidays: [
    '2026-01-01',
    '2026-01-06',
    '2026-04-02',
    '2026-04-03',
    '2026-04-06',
    '2026-05-01',
    '2026-10-12',
    '2026-12-08',
    '2026-12-24',
    '2026-12-25',
  ],
};

export interface Workload {
  readonly size: number;
  readonly startsMs: Float64Array;
  readonly durationsMs: Float64Array;
}

/** Ours or a peer, behind the same call so each is timed doing the same thing. */
export interface Implementation {
  readonly name: string;
  /** Writes the deadline of input i to out[i]: from epoch ms to epoch ms, every conversion included. */
  deadlines(workload: Workload, out: Float64Array): void;
}

const SEED = 20_260_101;
const YEAR_START = Date.UTC(2026, 0, 1);
const YEAR_MINUTES = 365 * 24 * 60;
const MAX_DURATION_MINUTES = 40 * 60;

/**
 * Starts spread uniformly over 2026, so they fall in working hours, lunch breaks, nights, weekends
 * and holidays in proportion to the calendar; durations from 1 minute to 40 business hours.
 *
 * Both are whole minutes: the peers take durations in minutes, and dayjs-business-time loses the
 * part-minute before a close (10:00:30 + 5 h gives 16:01, not 16:00:30), so sub-minute starts would
 * measure that rounding, not calendar logic.
 */
export function generateWorkload(size: number): Workload {
  const random = mulberry32(SEED);
  const startsMs = new Float64Array(size);
  const durationsMs = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    startsMs[i] = YEAR_START + Math.floor(random() * YEAR_MINUTES) * MINUTE;
    durationsMs[i] = (1 + Math.floor(random() * MAX_DURATION_MINUTES)) * MINUTE;
  }
  return { size, startsMs, durationsMs };
}

/** Mulberry32: a tiny, well-known 32-bit PRNG; plenty for spreading inputs, and stable everywhere. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
