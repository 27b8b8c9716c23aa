/**
 * A parsed business calendar and its business-time arithmetic.
 *
 * Business time is the real elapsed time of the instants whose local wall-clock time, in the
 * calendar's zone, lies inside one of that local date's intervals, on a local date that is not a
 * holiday. The calendar turns that definition into sorted UTC segments, one week-long block at a
 * time, with prefix sums, so both questions ("how much between" and "when is N reached") are a
 * binary search once a block is built.
 */
import { type CalendarDefinition, minutesOfDay, parseCalendarDefinition, WEEKDAYS } from './calendar-schema';
import { DAY, HOUR, MINUTE, ZoneOffsets } from './time-zone';

const BLOCK = 7 * DAY;
/** Real offsets lie within about ±15 h (LMT included); this margin finds every local date a block touches. */
const OFFSET_MARGIN = 16 * HOUR;
/** addBusinessTime gives up after this much consecutive time without any working time. */
const EMPTY_HORIZON_BLOCKS = Math.ceil((5 * 366 * DAY) / BLOCK);
/** Longest duration accepted: far beyond any SLA, short enough that arithmetic stays exact. */
export const MAX_DURATION = 100 * 366 * DAY;
/**
 * addBusinessTime gives up when the deadline would lie further than this after the start, and
 * businessTimeBetween refuses longer spans (except in plain calendar time). Without it a sparse
 * calendar (one minute a week) and a large duration would walk for hours before the dates ran out.
 * 500 years keeps MAX_DURATION reachable on a 40-hour week and is walked in about a second.
 */
export const MAX_SPAN_YEARS = 500;
const MAX_SPAN = MAX_SPAN_YEARS * 366 * DAY;
const BLOCK_CACHE_LIMIT = 4096;

interface Block {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Business time inside the block before segment i. */
  readonly before: Float64Array;
  readonly total: number;
}

export class NoWorkingTimeError extends Error {
  constructor(
    readonly calendar: Calendar,
    readonly fromMs: number,
  ) {
    super(
      `No working time in the ${Math.round((EMPTY_HORIZON_BLOCKS * BLOCK) / DAY)} days after ${new Date(fromMs).toISOString()} in calendar ${calendar.label}`,
    );
    this.name = 'NoWorkingTimeError';
  }
}

export class Calendar {
  /** Working intervals per weekday (0 = Sunday) in ms since local midnight, sorted and merged. */
  private readonly week: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
  /** Holidays as local dates counted in days since 1970-01-01. */
  private readonly holidays: ReadonlySet<number>;
  /** 24/7 with no holidays: business time is plain elapsed time, whatever the zone does. */
  readonly isCalendarTime: boolean;
  /** How evaluations name the calendar: one shared object, since thousands of them carry it. */
  readonly summary: { readonly label: string; readonly timeZone: string };
  private readonly zone: ZoneOffsets;
  private readonly blocks = new Map<number, Block>();

  constructor(readonly definition: CalendarDefinition) {
    this.zone = new ZoneOffsets(definition.timeZone);
    this.week = WEEKDAYS.map((name) => {
      if (definition.week === 'always') return [[0, DAY] as const];
      const intervals = (definition.week[name] ?? [])
        .map(([start, end]) => [minutesOfDay(start) * MINUTE, minutesOfDay(end) * MINUTE] as const)
        .sort((a, b) => a[0] - b[0]);
      return mergeTouching(intervals);
    });
    this.holidays = new Set(definition.holidays.map((date) => Date.parse(`${date}T00:00:00Z`) / DAY));
    this.isCalendarTime = definition.week === 'always' && this.holidays.size === 0;
    this.summary = { label: definition.name ?? definition.timeZone, timeZone: definition.timeZone };
  }

  get timeZone(): string {
    return this.definition.timeZone;
  }

  /** How the calendar is named in explanations. */
  get label(): string {
    return this.summary.label;
  }

  /** Business milliseconds in [fromMs, toMs); negative when toMs < fromMs. */
  between(fromMs: number, toMs: number): number {
    if (!Number.isFinite(fromMs) || !Number.isFinite(toMs)) {
      throw new RangeError(`instants must be finite numbers of ms, got ${fromMs} and ${toMs}`);
    }
    if (toMs < fromMs) {
      // Not -0 when nothing counts: -0 prints as "-0" in Intl.NumberFormat and fails Object.is(x, 0).
      const forward = this.between(toMs, fromMs);
      return forward === 0 ? 0 : -forward;
    }
    if (this.isCalendarTime) return toMs - fromMs;
    if (toMs - fromMs > MAX_SPAN) {
      throw new RangeError(
        `spans longer than ${MAX_SPAN_YEARS} years are not measured (calendar ${this.label})`,
      );
    }
    const first = Math.floor(fromMs / BLOCK);
    const last = Math.floor(toMs / BLOCK);
    if (first === last) return this.elapsedInBlock(last, toMs) - this.elapsedInBlock(first, fromMs);
    let sum = this.block(first).total - this.elapsedInBlock(first, fromMs);
    for (let index = first + 1; index < last; index++) sum += this.block(index).total;
    return sum + this.elapsedInBlock(last, toMs);
  }

  /** The smallest instant t >= startMs with between(startMs, t) === durationMs. */
  add(startMs: number, durationMs: number): number {
    if (!(durationMs >= 0 && durationMs <= MAX_DURATION)) {
      throw new RangeError(`duration must be between 0 and ${MAX_DURATION} ms, got ${durationMs}`);
    }
    if (!Number.isFinite(startMs)) {
      throw new RangeError(`start must be a finite number of ms, got ${startMs}`);
    }
    if (durationMs === 0) return startMs;
    if (this.isCalendarTime) return startMs + durationMs;
    let index = Math.floor(startMs / BLOCK);
    let needed = durationMs;
    let reached = this.elapsedInBlock(index, startMs);
    let emptyBlocks = 0;
    for (;;) {
      const block = this.block(index);
      const available = block.total - reached;
      if (available >= needed) {
        const deadline = instantReaching(block, reached + needed);
        if (deadline - startMs > MAX_SPAN) throw this.beyondHorizon(startMs, durationMs);
        return deadline;
      }
      needed -= available;
      emptyBlocks = available > 0 ? 0 : emptyBlocks + 1;
      if (emptyBlocks > EMPTY_HORIZON_BLOCKS) throw new NoWorkingTimeError(this, startMs);
      index++;
      reached = 0;
      // Build no block that starts beyond the horizon: its deadlines would be refused anyway.
      if (index * BLOCK - startMs > MAX_SPAN) throw this.beyondHorizon(startMs, durationMs);
    }
  }

  private beyondHorizon(startMs: number, durationMs: number): RangeError {
    return new RangeError(
      `${durationMs} ms of business time is not reached within ${MAX_SPAN_YEARS} years after ${new Date(startMs).toISOString()} in calendar ${this.label}`,
    );
  }

  /**
   * The working stretches inside [fromMs, toMs), in order, at most `limit` of them: what a page
   * needs to count business time down by itself, second by second, without the calendar.
   */
  workingSpans(fromMs: number, toMs: number, limit: number): Array<[number, number]> {
    if (this.isCalendarTime) return fromMs < toMs ? [[fromMs, toMs]] : [];
    const spans: Array<[number, number]> = [];
    if (toMs - fromMs > MAX_SPAN) toMs = fromMs + MAX_SPAN;
    for (let index = Math.floor(fromMs / BLOCK); index * BLOCK < toMs && spans.length < limit; index++) {
      const { starts, ends } = this.block(index);
      for (let i = 0; i < starts.length && spans.length < limit; i++) {
        const from = Math.max(starts[i] as number, fromMs);
        const to = Math.min(ends[i] as number, toMs);
        if (from < to) spans.push([from, to]);
      }
    }
    return spans;
  }

  /** Whether the instant falls inside working time. */
  isWorking(instant: number): boolean {
    if (this.isCalendarTime) return true;
    const block = this.block(Math.floor(instant / BLOCK));
    const i = lastStartAtOrBefore(block.starts, instant);
    const end = block.ends[i];
    return i >= 0 && end !== undefined && instant < end;
  }

  /** Business time from the block's start to `instant` (which lies in that block). */
  private elapsedInBlock(index: number, instant: number): number {
    const block = this.block(index);
    const i = lastStartAtOrBefore(block.starts, instant);
    if (i < 0) return 0;
    const start = block.starts[i] as number;
    const end = block.ends[i] as number;
    return (block.before[i] as number) + Math.min(instant, end) - start;
  }

  private block(index: number): Block {
    let block = this.blocks.get(index);
    if (!block) {
      if (this.blocks.size >= BLOCK_CACHE_LIMIT) this.blocks.clear();
      block = this.buildBlock(index);
      this.blocks.set(index, block);
    }
    return block;
  }

  private buildBlock(index: number): Block {
    const blockStart = index * BLOCK;
    const blockEnd = blockStart + BLOCK;
    const pieces = this.zone.pieces(blockStart - OFFSET_MARGIN - DAY, blockEnd + OFFSET_MARGIN + DAY);
    const segments: Array<[number, number]> = [];
    const firstDate = Math.floor((blockStart - OFFSET_MARGIN) / DAY);
    const lastDate = Math.floor((blockEnd + OFFSET_MARGIN) / DAY);
    for (let date = firstDate; date <= lastDate; date++) {
      if (this.holidays.has(date)) continue;
      // 1970-01-01 (date 0) was a Thursday.
      const intervals = this.week[(((date + 4) % 7) + 7) % 7] ?? [];
      for (const [startOfDay, endOfDay] of intervals) {
        const localStart = date * DAY + startOfDay;
        const localEnd = date * DAY + endOfDay;
        // Every instant whose wall time (utc + offset) lies in [localStart, localEnd): a gap yields
        // nothing, a repeated hour yields two stretches.
        for (const piece of pieces) {
          const from = Math.max(piece.from, localStart - piece.offset, blockStart);
          const to = Math.min(piece.to, localEnd - piece.offset, blockEnd);
          if (from < to) segments.push([from, to]);
        }
      }
    }
    segments.sort((a, b) => a[0] - b[0]);
    const merged = mergeTouching(segments);
    const starts = new Float64Array(merged.length);
    const ends = new Float64Array(merged.length);
    const before = new Float64Array(merged.length);
    let total = 0;
    merged.forEach(([from, to], i) => {
      starts[i] = from;
      ends[i] = to;
      before[i] = total;
      total += to - from;
    });
    return { starts, ends, before, total };
  }
}

/** Parses and validates a calendar definition; throws CalendarError naming each bad field. */
export function parseCalendar(input: unknown): Calendar {
  return new Calendar(parseCalendarDefinition(input));
}

/** Plain elapsed time: for targets that run on the clock on the wall, not on business hours. */
export const CALENDAR_TIME = parseCalendar({ name: 'calendar time (24/7)', timeZone: 'UTC', week: 'always' });

function mergeTouching(sorted: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/** Index of the last segment starting at or before `instant`, or -1. */
function lastStartAtOrBefore(starts: Float64Array, instant: number): number {
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if ((starts[middle] as number) <= instant) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** The smallest instant in the block at which `target` business ms have elapsed since its start. */
function instantReaching(block: Block, target: number): number {
  let low = 0;
  let high = block.starts.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const endCum =
      (block.before[middle] as number) + (block.ends[middle] as number) - (block.starts[middle] as number);
    if (endCum >= target) high = middle;
    else low = middle + 1;
  }
  return (block.starts[low] as number) + target - (block.before[low] as number);
}
