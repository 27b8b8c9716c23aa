/**
 * UTC offsets of an IANA zone, read from the platform's Intl (the tz database the browser ships),
 * as constant-offset pieces of the timeline. Working in pieces, not "offset of a date", is what makes
 * nonexistent (spring-forward) and repeated (fall-back) local times exact instead of guessed.
 */

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** A stretch of UTC time [from, to) during which local wall time = UTC + offset. */
export interface OffsetPiece {
  readonly from: number;
  readonly to: number;
  readonly offset: number;
}

/** Transitions are searched in chunks of this many days, sampled once a day. */
const CHUNK_DAYS = 64;
const CHUNK = CHUNK_DAYS * DAY;

interface Chunk {
  /** Offset in force at the chunk's start. */
  readonly startOffset: number;
  /** Transitions inside the chunk, ascending: at `at` the offset becomes `offset`. */
  readonly transitions: ReadonlyArray<{ readonly at: number; readonly offset: number }>;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export class ZoneOffsets {
  private readonly format: Intl.DateTimeFormat;
  private readonly chunks = new Map<number, Chunk>();

  constructor(readonly timeZone: string) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  /** Offset (local minus UTC, in ms) at one instant, straight from Intl. */
  offsetAt(instant: number): number {
    const second = Math.floor(instant / 1000) * 1000;
    const parts = this.format.formatToParts(second);
    const field = (type: Intl.DateTimeFormatPartTypes): number => {
      const part = parts.find((p) => p.type === type);
      return part ? Number(part.value) : 0;
    };
    const local = Date.UTC(
      field('year'),
      field('month') - 1,
      field('day'),
      field('hour'),
      field('minute'),
      field('second'),
    );
    return local - second;
  }

  /** The constant-offset pieces that cover [from, to), in order. */
  pieces(from: number, to: number): OffsetPiece[] {
    const result: OffsetPiece[] = [];
    let index = Math.floor(from / CHUNK);
    let pieceStart = from;
    let offset = this.chunk(index).startOffset;
    for (; index * CHUNK < to; index++) {
      const chunk = this.chunk(index);
      const chunkStart = index * CHUNK;
      // A transition exactly at a chunk's start is in neither chunk's list (the previous chunk keeps
      // only transitions before its end); it shows as a change of startOffset. Real cases exist:
      // Asia/Jerusalem 2019-03-29T00:00Z, Europe/Chisinau 2020-10-25T00:00Z.
      if (chunkStart > from && chunk.startOffset !== offset) {
        result.push({ from: pieceStart, to: chunkStart, offset });
        pieceStart = chunkStart;
        offset = chunk.startOffset;
      }
      for (const transition of chunk.transitions) {
        if (transition.at <= from) {
          offset = transition.offset;
          continue;
        }
        if (transition.at >= to) break;
        result.push({ from: pieceStart, to: transition.at, offset });
        pieceStart = transition.at;
        offset = transition.offset;
      }
    }
    result.push({ from: pieceStart, to, offset });
    return result;
  }

  private chunk(index: number): Chunk {
    let chunk = this.chunks.get(index);
    if (!chunk) {
      chunk = this.scanChunk(index);
      this.chunks.set(index, chunk);
    }
    return chunk;
  }

  /** Samples the offset daily and bisects each change down to the millisecond. No zone changes twice a day. */
  private scanChunk(index: number): Chunk {
    const start = index * CHUNK;
    const startOffset = this.offsetAt(start);
    const transitions: Array<{ at: number; offset: number }> = [];
    let previous = startOffset;
    for (let day = 1; day <= CHUNK_DAYS; day++) {
      const sample = start + day * DAY;
      const offset = this.offsetAt(sample);
      if (offset !== previous) {
        transitions.push({ at: this.firstInstantWithOffset(sample - DAY, sample, previous), offset });
        previous = offset;
      }
    }
    // A transition found by the last sample may belong to the next chunk; keep each in its own chunk.
    return { startOffset, transitions: transitions.filter((t) => t.at < start + CHUNK) };
  }

  private firstInstantWithOffset(low: number, high: number, before: number): number {
    // Invariant: offsetAt(low) === before, offsetAt(high) !== before.
    while (high - low > 1000) {
      const middle = low + Math.floor((high - low) / 2000) * 1000;
      if (this.offsetAt(middle) === before) low = middle;
      else high = middle;
    }
    return high;
  }
}
