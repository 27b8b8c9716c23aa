/**
 * What a running row's countdown counts with between two evaluations: the instant it was evaluated
 * at and the working stretches from then to its deadline (see overlay/timers.ts), so a view counts
 * business time left second by second without the engine or the calendar.
 */
import * as z from 'zod/mini';
import { businessLeft } from '../overlay/chip-model';
import { MAX_SPANS } from '../overlay/timers';
import type { Urgency } from './urgency';

const instant = z.int();

// zod/mini: the popup parses clocks in its first-screen digest before anything heavier is loaded.
export const rowClockSchema = z.strictObject({
  evaluatedAt: instant,
  spans: z.array(z.tuple([instant, instant])).check(z.maxLength(MAX_SPANS)),
});
export type RowClock = z.output<typeof rowClockSchema>;

/** Business time left at `now` of a running row (negative once late), counted like the in-page chips. */
export function runningLeft(urgency: Urgency, clock: RowClock | null, now: number): number {
  const counted =
    clock &&
    businessLeft(
      { state: 'running', remainingMs: urgency.remainingMs, spans: clock.spans },
      clock.evaluatedAt,
      now,
    );
  return counted ?? (urgency.deadline ?? now) - now;
}
