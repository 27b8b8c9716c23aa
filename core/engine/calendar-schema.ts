/**
 * The business calendar as users write it (JSON), validated with zod so that every mistake is
 * reported with the field it sits in: `week.mon[1][0]: "25:00" is not a time of day (HH:MM, 00:00-24:00)`.
 */
import { z } from 'zod';
import type { IssueReason } from './issue-reason';
import { isValidTimeZone } from './time-zone';

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;

/** Minutes since local midnight of "HH:MM" (24:00 gives 1440). Assumes the string passed TIME. */
export function minutesOfDay(time: string): number {
  const match = TIME.exec(time);
  if (!match) throw new RangeError(`not a time of day: ${time}`);
  return Number(match[1] ?? match[3]) * 60 + Number(match[2] ?? match[4]);
}

// Every check of Plazo's own names its reason (see ./issue-reason.ts), so pages can word it.
const because = (reason: IssueReason) => ({ params: reason });

const timeOfDay = z.string().superRefine((value, context) => {
  if (TIME.test(value)) return;
  context.addIssue({
    code: 'custom',
    message: `${JSON.stringify(value)} is not a time of day (HH:MM, 00:00-24:00)`,
    ...because({ reason: 'notTime', value }),
  });
});

const interval = z
  .tuple([timeOfDay, timeOfDay], { error: 'an interval is a pair ["HH:MM", "HH:MM"]' })
  .superRefine(([start, end], context) => {
    if (!TIME.test(start) || !TIME.test(end)) return;
    if (start === '24:00') {
      context.addIssue({
        code: 'custom',
        path: [0],
        message: '24:00 can only end an interval',
        ...because({ reason: 'startsAtMidnight' }),
      });
    } else if (start === end) {
      context.addIssue({
        code: 'custom',
        message: `${start}-${end} is empty: it ends when it starts`,
        ...because({ reason: 'emptyInterval', value: `${start}-${end}` }),
      });
    } else if (minutesOfDay(start) > minutesOfDay(end)) {
      context.addIssue({
        code: 'custom',
        message: `${start}-${end} ends before it starts; an overnight shift is two intervals, one ending at 24:00 and one starting at 00:00 the next day`,
        ...because({ reason: 'reversedInterval', value: `${start}-${end}` }),
      });
    }
  });

const day = z.array(interval).superRefine((intervals, context) => {
  const sorted = intervals
    .filter(([start, end]) => TIME.test(start) && TIME.test(end))
    .map(([start, end], index) => ({ index, start: minutesOfDay(start), end: minutesOfDay(end) }))
    .filter((entry) => entry.start < entry.end)
    .sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1];
    const current = sorted[i];
    if (previous && current && current.start < previous.end) {
      context.addIssue({
        code: 'custom',
        path: [current.index],
        message: `overlaps interval ${previous.index} of the same day`,
        ...because({ reason: 'overlap', value: String(previous.index) }),
      });
    }
  }
});

const week = z.union(
  [
    z.literal('always'),
    z.strictObject(
      Object.fromEntries(WEEKDAYS.map((name) => [name, day.optional()])) as Record<
        Weekday,
        z.ZodOptional<typeof day>
      >,
    ),
  ],
  { error: 'expected "always" or an object with the days mon, tue, wed, thu, fri, sat, sun' },
);

function isLocalDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, dayOfMonth] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, dayOfMonth));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === dayOfMonth
  );
}

const localDate = z.string().superRefine((value, context) => {
  if (isLocalDate(value)) return;
  context.addIssue({
    code: 'custom',
    message: `${JSON.stringify(value)} is not a date (YYYY-MM-DD)`,
    ...because({ reason: 'notDate', value }),
  });
});

export const calendarDefinitionSchema = z
  .strictObject({
    name: z.string().min(1).max(200).optional(),
    timeZone: z.string().superRefine((value, context) => {
      if (isValidTimeZone(value)) return;
      context.addIssue({
        code: 'custom',
        message: `${JSON.stringify(value)} is not an IANA time zone (for example "Europe/Madrid")`,
        ...because({ reason: 'notTimeZone', value }),
      });
    }),
    week,
    holidays: z.array(localDate).default([]),
    /** What each holiday is ("Christmas Day"), for the people who keep the list; the engine ignores it. */
    holidayNames: z.record(z.string(), z.string().max(200)).optional(),
  })
  .superRefine((calendar, context) => {
    if (calendar.week === 'always') return;
    const open = Object.values(calendar.week).some((intervals) => intervals && intervals.length > 0);
    if (!open) {
      context.addIssue({
        code: 'custom',
        path: ['week'],
        message: 'no working time: every day is closed, so no deadline could ever be reached',
        ...because({ reason: 'noWorkingTime' }),
      });
    }
  });

export type CalendarDefinition = z.output<typeof calendarDefinitionSchema>;

/** One problem in a calendar, located by a path such as `week.mon[1][0]`. */
export interface CalendarIssue {
  readonly path: string;
  readonly message: string;
}

export class CalendarError extends Error {
  constructor(readonly issues: readonly CalendarIssue[]) {
    super(
      `Invalid calendar: ${issues.map((issue) => `${issue.path || '(calendar)'}: ${issue.message}`).join('; ')}`,
    );
    this.name = 'CalendarError';
  }
}

/** `["week", "mon", 1, 0]` becomes `week.mon[1][0]`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, '');
}

const DAY_LIST = 'mon, tue, wed, thu, fri, sat, sun';
const FIELD_LIST = 'name, timeZone, week, holidays, holidayNames';

/** One zod issue as the issues a user can act on, each at the exact field it concerns. */
function calendarIssues(issue: z.core.$ZodIssue, prefix: ReadonlyArray<PropertyKey>): CalendarIssue[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union') {
    // `week` is "always" or an object. When the object branch fails on something nested (an interval
    // that is not a pair), zod reports only a generic issue at `week`; if exactly one branch matched
    // the input's shape, its own issues say where the mistake is.
    const shaped = issue.errors.filter(
      (branch) =>
        branch.length > 0 &&
        !branch.some(
          (inner) =>
            inner.path.length === 0 && (inner.code === 'invalid_type' || inner.code === 'invalid_value'),
        ),
    );
    const [branch] = shaped;
    if (shaped.length === 1 && branch) return branch.flatMap((inner) => calendarIssues(inner, path));
  }
  if (issue.code === 'unrecognized_keys') {
    const inWeek = path.length === 1 && path[0] === 'week';
    return issue.keys.map((key) => ({
      path: formatPath([...path, key]),
      message: inWeek
        ? `${JSON.stringify(key)} is not a day; the days are ${DAY_LIST}`
        : `unknown field ${JSON.stringify(key)}; the fields are ${FIELD_LIST}`,
    }));
  }
  return [{ path: formatPath(path), message: issue.message }];
}

export function parseCalendarDefinition(input: unknown): CalendarDefinition {
  const result = calendarDefinitionSchema.safeParse(input);
  if (result.success) return result.data;
  throw new CalendarError(result.error.issues.flatMap((issue) => calendarIssues(issue, [])));
}
