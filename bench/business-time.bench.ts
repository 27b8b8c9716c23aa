/**
 * addBusinessTime against the faster of moment-business-time and dayjs-business-time: the same
 * 20,000 deadlines, the same calendar, one process. Figures:
 * - add-business-time-speedup: fastest peer's time / ours (goal >= 20);
 * - add-business-time-mismatches-where-peer-correct: inputs where a peer's deadline is valid and
 *   minimal yet differs from ours (goal 0: where a peer is right, we must agree with it);
 * - the raw time of each implementation, for context.
 */
import { addBusinessTime, businessTimeBetween, type Calendar, parseCalendar } from '../core/engine';
import { type Comparison, compare, describeExample, isValidAndMinimal, VERDICTS } from './correctness';
import { loadPeers } from './peers';
import type { Figure, Note } from './registry';
import { formatNumber, round } from './report';
import { CALENDAR, generateWorkload, type Implementation, type Workload } from './workload';

const SIZE = 20_000;
/**
 * Every implementation first runs the same untimed warm-up (the first 2,000 inputs: enough for the JIT;
 * all 20,000 would add ~20 s of peer time for nothing), then the same number of timed passes over all
 * inputs, interleaved so a noisy moment of the machine does not fall on one implementation only.
 * The median pass counts.
 */
const WARM_UP_SIZE = 2_000;
const TIMED_PASSES = 3;

/** Ours parses the calendar inside the timed pass, so building its week-block cache is paid each time. */
const ours: Implementation = {
  name: 'ours',
  deadlines({ size, startsMs, durationsMs }, out) {
    const calendar = parseCalendar(CALENDAR);
    for (let i = 0; i < size; i++)
      out[i] = addBusinessTime(calendar, startsMs[i] as number, durationsMs[i] as number);
  },
};

export async function run(note: Note): Promise<readonly Figure[]> {
  const workload = generateWorkload(SIZE);
  const peers = await loadPeers(CALENDAR);
  const implementations = [ours, ...peers];

  note(
    `${formatNumber(SIZE)} deadlines, 1 min to 40 business hours, starts over 2026; calendar 09:00-13:00 + 14:00-18:00 Mon-Fri, ${CALENDAR.holidays.length} holidays, UTC`,
  );
  note(
    `warm-up on the first ${formatNumber(WARM_UP_SIZE)}, then ${TIMED_PASSES} timed passes each, interleaved; median:`,
  );
  const { results, medians } = measure(implementations, workload);
  for (const [i, implementation] of implementations.entries()) {
    note(`  ${implementation.name.padEnd(24)} ${formatNumber(medians[i] as number).padStart(10)} ms`);
  }
  const oursMs = medians[0] as number;
  const peerMs = medians.slice(1);
  const fastestPeerMs = Math.min(...peerMs);
  const fastestPeer = peers[peerMs.indexOf(fastestPeerMs)]?.name;
  note(`  speedup vs the fastest peer (${fastestPeer}): ${formatNumber(fastestPeerMs / oursMs)}x`);

  const oursResults = results[0] as Float64Array;
  const comparisons = peers.map((_, i) =>
    compare(parseCalendar(CALENDAR), workload, oursResults, results[i + 1] as Float64Array),
  );
  reportCorrectness(note, workload, oursResults, peers, comparisons);
  const mismatches = comparisons.reduce((sum, c) => sum + c.counts['correct-but-differs'], 0);

  return [
    { name: 'add-business-time-speedup', value: round(fastestPeerMs / oursMs, 1), unit: 'x', goal: '>= 20' },
    { name: 'add-business-time-mismatches-where-peer-correct', value: mismatches, unit: 'inputs', goal: '0' },
    ...implementations.map((implementation, i) => ({
      name: `add-business-time-${implementation.name}-ms`,
      value: round(medians[i] as number),
      unit: 'ms',
      goal: '',
    })),
  ];
}

function measure(implementations: readonly Implementation[], workload: Workload) {
  const warmUp: Workload = {
    size: WARM_UP_SIZE,
    startsMs: workload.startsMs.subarray(0, WARM_UP_SIZE),
    durationsMs: workload.durationsMs.subarray(0, WARM_UP_SIZE),
  };
  for (const implementation of implementations)
    implementation.deadlines(warmUp, new Float64Array(WARM_UP_SIZE));

  // The first timed pass's output is kept as the results; every later pass must reproduce it, since a
  // pass that answers differently (say, from a stale cache) would make its time meaningless.
  const results = implementations.map(() => new Float64Array(workload.size));
  const times = implementations.map((): number[] => []);
  const scratch = new Float64Array(workload.size);
  for (let pass = 0; pass < TIMED_PASSES; pass++) {
    for (const [i, implementation] of implementations.entries()) {
      const reference = results[i] as Float64Array;
      const out = pass === 0 ? reference : scratch.fill(Number.NaN);
      const begin = performance.now();
      implementation.deadlines(workload, out);
      times[i]?.push(performance.now() - begin);
      if (out.some((value, k) => value !== reference[k])) {
        throw new Error(`${implementation.name} gave different deadlines in timed pass ${pass + 1}`);
      }
    }
  }
  return { results, medians: times.map(median) };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function reportCorrectness(
  note: Note,
  workload: Workload,
  oursResults: Float64Array,
  peers: readonly Implementation[],
  comparisons: readonly Comparison[],
): void {
  const calendar = parseCalendar(CALENDAR);
  let oursCorrect = 0;
  for (let i = 0; i < workload.size; i++) {
    const start = workload.startsMs[i] as number;
    const duration = workload.durationsMs[i] as number;
    if (isValidAndMinimal(calendar, start, duration, oursResults[i] as number)) oursCorrect++;
  }
  note('');
  note(
    'correctness, judged by businessTimeBetween (valid: holds the duration; minimal: nothing earlier does)',
  );
  note(`  ours: ${formatNumber(oursCorrect)} of ${formatNumber(workload.size)} valid and minimal`);
  // The cases where implementations tend to disagree, counted so a clean result is seen to cover them.
  let atClose = 0;
  let offHours = 0;
  for (let i = 0; i < workload.size; i++) {
    const start = workload.startsMs[i] as number;
    const deadline = oursResults[i] as number;
    if (isClosingTime(calendar, deadline)) atClose++;
    if (businessTimeBetween(calendar, start, start + 1) === 0) offHours++;
  }
  note(
    `  edges covered: ${formatNumber(offHours)} starts outside working time, ${atClose} deadlines at a close`,
  );
  for (const [i, peer] of peers.entries()) {
    const { counts, examples } = comparisons[i] as Comparison;
    note(
      `  ${peer.name}: ${formatNumber(counts.identical)} identical to ours, ${formatNumber(workload.size - counts.identical)} different`,
    );
    for (const verdict of VERDICTS) {
      if (verdict === 'identical') continue;
      note(`    ${verdict.padEnd(20)} ${formatNumber(counts[verdict]).padStart(6)}`);
      for (const example of examples[verdict]) note(`      e.g. ${describeExample(example)}`);
    }
  }
}

/** The last working millisecond ends at t and the next one is not working: 13:00 or 18:00 here. */
function isClosingTime(calendar: Calendar, t: number): boolean {
  return businessTimeBetween(calendar, t - 1, t) === 1 && businessTimeBetween(calendar, t, t + 1) === 0;
}
