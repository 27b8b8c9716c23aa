/**
 * Shared helpers for the calendar tests. Instants are written as ISO strings with an explicit
 * offset (the local wall time a person would read), and compared as UTC ISO strings so a failure
 * shows both sides readably. Nothing here reads the machine's zone.
 */
import { expect } from 'vitest';
import { type Calendar, CalendarError, parseCalendar } from '../../core/engine';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** An instant from an ISO string that must carry its offset ("Z" or "+05:45"). */
export function at(text: string): number {
  if (!/(Z|[+-]\d\d:\d\d)$/.test(text)) throw new Error(`give the offset explicitly: ${text}`);
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new Error(`not an instant: ${text}`);
  return ms;
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Asserts that `actual` is the instant written as `expected` (any offset notation). */
export function expectInstant(actual: number, expected: string): void {
  expect(iso(actual)).toBe(iso(at(expected)));
}

export type Interval = readonly [string, string];
export type Week = Partial<Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', Interval[]>>;

/** The same intervals Monday to Friday. */
export function weekdays(...intervals: Interval[]): Week {
  return { mon: intervals, tue: intervals, wed: intervals, thu: intervals, fri: intervals };
}

/** The same intervals on all seven days. */
export function everyDay(...intervals: Interval[]): Week {
  return { ...weekdays(...intervals), sat: intervals, sun: intervals };
}

export function calendar(timeZone: string, week: Week | 'always', holidays: string[] = []): Calendar {
  return parseCalendar({ timeZone, week, holidays });
}

/** The CalendarError thrown for `input`; fails the test if parsing succeeds or throws anything else. */
export function calendarError(input: unknown): CalendarError {
  try {
    parseCalendar(input);
  } catch (error) {
    expect(error).toBeInstanceOf(CalendarError);
    return error as CalendarError;
  }
  throw new Error(`expected a CalendarError for ${JSON.stringify(input)}`);
}

/** Every date from `first` to `last` inclusive, as YYYY-MM-DD. */
export function datesFrom(first: string, last: string): string[] {
  const dates: string[] = [];
  for (let ms = Date.parse(`${first}T00:00:00Z`); ms <= Date.parse(`${last}T00:00:00Z`); ms += DAY) {
    dates.push(new Date(ms).toISOString().slice(0, 10));
  }
  return dates;
}
