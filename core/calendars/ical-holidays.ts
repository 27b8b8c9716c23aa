/**
 * Holidays from an iCalendar file (a public-holiday feed, an exported team calendar). The file is
 * hostile input: it is size-limited, read one VEVENT at a time so that one broken event costs only
 * itself, and every problem names the line it sits on so the user can find it in the file.
 *
 * Holidays are local dates (the calendar's own zone decides when they begin), so only all-day events
 * are taken; an event with a time of day is reported, not guessed into a date.
 */
import ICAL from 'ical.js';

/** Holiday files are a few kilobytes; anything near this is not one. */
export const MAX_ICAL_BYTES = 1_000_000;
/** More holidays than any calendar needs, few enough that the options page stays responsive. */
export const MAX_IMPORTED_HOLIDAYS = 2000;
/** A "holiday" longer than this is a mistake in the file (a season, a whole year). */
const MAX_EVENT_DAYS = 31;
const MAX_NAME = 200;

export interface ImportedHoliday {
  /** YYYY-MM-DD */
  readonly date: string;
  readonly name: string;
  /** The line of the event's BEGIN:VEVENT: where the holiday came from. */
  readonly line: number;
}

export type IcalProblem =
  | 'tooLarge'
  | 'notCalendar'
  | 'badLine'
  | 'unclosedEvent'
  | 'badEvent'
  | 'noStart'
  | 'notAllDay'
  | 'tooLong'
  | 'tooMany';

export interface IcalError {
  readonly line: number;
  readonly problem: IcalProblem;
  /** What the parser said, for the curious; the problem code is what the user reads. */
  readonly detail: string;
}

export interface IcalImport {
  /** Sorted by date; one entry per date (the first name wins). */
  readonly holidays: readonly ImportedHoliday[];
  readonly errors: readonly IcalError[];
}

export interface IcalRange {
  /** Recurring events are expanded over these years (inclusive). */
  readonly fromYear: number;
  readonly toYear: number;
}

interface Line {
  readonly line: number;
  readonly text: string;
}

interface Block {
  readonly line: number;
  readonly lines: readonly Line[];
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
const dateOf = (time: ICAL.Time) => `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`;

/** Splits the text into its VEVENT blocks, checking every line's shape on the way. */
function blocksOf(text: string, errors: IcalError[]): Block[] | null {
  const physical = text.split(/\r\n|\n|\r/);
  const blocks: Block[] = [];
  let sawCalendar = false;
  let current: { line: number; lines: Line[] } | null = null;
  // Folded lines (RFC 5545 §3.1) continue the previous one; their number is the first line's.
  const logical: Array<{ line: number; text: string }> = [];
  physical.forEach((raw, index) => {
    const last = logical[logical.length - 1];
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && last) last.text += raw.slice(1);
    else if (raw.trim() !== '') logical.push({ line: index + 1, text: raw });
  });
  for (const { line, text: content } of logical) {
    if (!/^[A-Za-z0-9-]+(?:;[^:]*)?:/.test(content)) {
      errors.push({ line, problem: 'badLine', detail: content.slice(0, 80) });
      continue;
    }
    const upper = content.toUpperCase();
    if (upper === 'BEGIN:VCALENDAR') sawCalendar = true;
    if (upper === 'BEGIN:VEVENT') {
      if (current) errors.push({ line: current.line, problem: 'unclosedEvent', detail: 'BEGIN:VEVENT' });
      current = { line, lines: [{ line, text: content }] };
      continue;
    }
    if (!current) continue;
    current.lines.push({ line, text: content });
    if (upper === 'END:VEVENT') {
      blocks.push(current);
      current = null;
    }
  }
  if (current) errors.push({ line: current.line, problem: 'unclosedEvent', detail: 'BEGIN:VEVENT' });
  if (!sawCalendar) {
    errors.unshift({ line: 1, problem: 'notCalendar', detail: 'no BEGIN:VCALENDAR' });
    return null;
  }
  return blocks;
}

/** The dates one event covers: each day of an all-day event, each occurrence of a recurring one. */
function datesOf(event: ICAL.Event, range: IcalRange): string[] {
  const start = event.startDate;
  const end = event.endDate;
  // DTEND is exclusive; an all-day event without one lasts its start day.
  const days = Math.max(1, end ? Math.round(end.subtractDate(start).toSeconds() / 86_400) : 1);
  if (days > MAX_EVENT_DAYS) throw new RangeError(`${days} days`);
  const starts: ICAL.Time[] = [];
  if (event.isRecurring()) {
    const iterator = event.iterator();
    // Bounded twice: by the range's last year and by a count, so an endless rule ends.
    for (let next = iterator.next(), count = 0; next && count < 1000; next = iterator.next(), count++) {
      if (next.year > range.toYear) break;
      if (next.year >= range.fromYear) starts.push(next);
    }
  } else {
    starts.push(start);
  }
  return starts.flatMap((first) =>
    Array.from({ length: days }, (_, offset) => {
      const day = first.clone();
      day.adjust(offset, 0, 0, 0);
      return dateOf(day);
    }),
  );
}

function readBlock(block: Block, range: IcalRange): ImportedHoliday[] | IcalError {
  const at = (name: string) =>
    block.lines.find(({ text }) => text.toUpperCase().startsWith(name))?.line ?? block.line;
  let event: ICAL.Event;
  try {
    const parsed = ICAL.parse(
      ['BEGIN:VCALENDAR', ...block.lines.map(({ text }) => text), 'END:VCALENDAR'].join('\r\n'),
    );
    const component = new ICAL.Component(parsed).getFirstSubcomponent('vevent');
    if (!component) return { line: block.line, problem: 'badEvent', detail: 'empty event' };
    if (!component.hasProperty('dtstart')) return { line: block.line, problem: 'noStart', detail: 'DTSTART' };
    event = new ICAL.Event(component);
  } catch (error) {
    return { line: at('DTSTART'), problem: 'badEvent', detail: String(error) };
  }
  try {
    if (!event.startDate.isDate)
      return { line: at('DTSTART'), problem: 'notAllDay', detail: event.startDate.toString() };
    const name = (event.summary ?? '').trim().slice(0, MAX_NAME);
    return datesOf(event, range).map((date) => ({ date, name, line: block.line }));
  } catch (error) {
    const problem = error instanceof RangeError ? 'tooLong' : 'badEvent';
    // Values are read lazily, so a malformed date surfaces here; DTSTART is the likeliest culprit.
    return { line: at(problem === 'tooLong' ? 'DTEND' : 'DTSTART'), problem, detail: String(error) };
  }
}

/**
 * Reads the holidays of an iCalendar text. Never throws: what cannot be read is an error with its
 * line, and what can be read is kept.
 */
export function parseIcalHolidays(text: string, range: IcalRange): IcalImport {
  if (text.length > MAX_ICAL_BYTES)
    return { holidays: [], errors: [{ line: 1, problem: 'tooLarge', detail: `${text.length}` }] };
  const errors: IcalError[] = [];
  const blocks = blocksOf(text, errors);
  if (!blocks) return { holidays: [], errors };
  const byDate = new Map<string, ImportedHoliday>();
  for (const block of blocks) {
    const read = readBlock(block, range);
    if (!Array.isArray(read)) {
      errors.push(read);
      continue;
    }
    for (const holiday of read) {
      if (byDate.has(holiday.date)) continue;
      if (byDate.size >= MAX_IMPORTED_HOLIDAYS) {
        errors.push({ line: block.line, problem: 'tooMany', detail: `${MAX_IMPORTED_HOLIDAYS}` });
        return { holidays: sorted(byDate), errors: sortedErrors(errors) };
      }
      byDate.set(holiday.date, holiday);
    }
  }
  return { holidays: sorted(byDate), errors: sortedErrors(errors) };
}

const sorted = (byDate: Map<string, ImportedHoliday>) =>
  [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
const sortedErrors = (errors: IcalError[]) => errors.sort((a, b) => a.line - b.line);
