// @vitest-environment node
/**
 * Properties of addBusinessTime and businessTimeBetween, checked with fast-check over calendars in
 * DST zones (including 30-minute and midnight transitions), half-hour zones, overnight shifts,
 * holidays and 24/7, with starts spread over years and clustered around transitions and year ends.
 * A brute-force oracle, built only from Intl and the definition, checks `between` minute by minute.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessTime,
  businessTimeBetween,
  CALENDAR_TIME,
  type Calendar,
  parseCalendar,
} from '../../core/engine';
import { at, DAY, everyDay, HOUR, MINUTE, type Week, weekdays } from './calendar-helpers';

interface Definition {
  readonly name: string;
  readonly timeZone: string;
  readonly week: Week | 'always';
  readonly holidays: readonly string[];
}

const definitions: readonly Definition[] = [
  {
    name: 'London office with lunch and UK holidays',
    timeZone: 'Europe/London',
    week: weekdays(['09:00', '12:30'], ['13:30', '17:30']),
    holidays: [
      '2025-12-25',
      '2025-12-26',
      '2026-01-01',
      '2026-04-03',
      '2026-12-25',
      '2026-12-28',
      '2027-01-01',
    ],
  },
  {
    name: 'New York nights, including the repeated hour',
    timeZone: 'America/New_York',
    week: {
      ...weekdays(['00:00', '06:00'], ['22:00', '24:00']),
      sat: [['00:00', '02:00']],
      sun: [['01:00', '02:00']],
    },
    holidays: ['2026-07-03', '2026-11-26', '2026-12-25'],
  },
  {
    name: 'Lord Howe 24/7 with holidays on both transition days',
    timeZone: 'Australia/Lord_Howe',
    week: 'always',
    holidays: ['2026-04-05', '2026-10-04', '2026-12-25'],
  },
  {
    name: 'Santiago office and a Saturday night shift across the midnight transitions',
    timeZone: 'America/Santiago',
    week: { ...weekdays(['09:00', '18:00']), sat: [['20:00', '24:00']], sun: [['00:00', '02:00']] },
    holidays: ['2021-09-17', '2021-09-18', '2026-09-18', '2026-09-19'],
  },
  {
    name: 'Casablanca with a Sunday night over the Ramadan changes',
    timeZone: 'Africa/Casablanca',
    week: {
      ...weekdays(['08:30', '16:30']),
      sun: [
        ['01:00', '04:00'],
        ['08:30', '16:30'],
      ],
    },
    holidays: ['2026-03-20'],
  },
  {
    name: 'Kathmandu office (+05:45)',
    timeZone: 'Asia/Kathmandu',
    week: weekdays(['10:00', '17:00']),
    holidays: ['2026-10-21'],
  },
  {
    name: 'Jerusalem week, changes at 00:00 UTC',
    timeZone: 'Asia/Jerusalem',
    week: {
      sun: [['08:00', '17:00']],
      mon: [['08:00', '17:00']],
      tue: [['08:00', '17:00']],
      wed: [['08:00', '17:00']],
      thu: [['08:00', '17:00']],
      fri: [['00:00', '06:00']],
    },
    holidays: [],
  },
  {
    name: 'Chatham, 45 minutes a week (+12:45/+13:45)',
    timeZone: 'Pacific/Chatham',
    week: { wed: [['13:00', '13:45']] },
    holidays: [],
  },
  {
    name: 'Kolkata round the clock except holidays',
    timeZone: 'Asia/Kolkata',
    week: everyDay(['00:00', '24:00']),
    holidays: ['2026-01-26', '2026-08-15', '2026-12-31', '2027-01-01'],
  },
  { name: 'Sydney 24/7 (plain elapsed time)', timeZone: 'Australia/Sydney', week: 'always', holidays: [] },
];

interface Case {
  readonly definition: Definition;
  readonly calendar: Calendar;
}

/** A case that fast-check prints by name in counterexamples, instead of dumping the calendar's caches. */
function named(definition: Definition, calendar: Calendar): Case {
  return { definition, calendar, [fc.toStringMethod]: () => JSON.stringify(definition.name) } as Case;
}

const calendars: readonly Case[] = [
  ...definitions.map((definition) => named(definition, parseCalendar(definition))),
  named({ name: 'CALENDAR_TIME', timeZone: 'UTC', week: 'always', holidays: [] }, CALENDAR_TIME),
];

/** Instants where something happens: offset changes (hand-listed from the tz rules) and year ends. */
const landmarks = [
  '2026-03-29T01:00:00Z',
  '2026-10-25T01:00:00Z',
  '2026-03-08T07:00:00Z',
  '2026-11-01T06:00:00Z',
  '2026-04-04T15:00:00Z',
  '2026-10-03T15:30:00Z',
  '2026-04-05T03:00:00Z',
  '2026-09-06T04:00:00Z',
  '2021-09-05T04:00:00Z',
  '2026-02-15T02:00:00Z',
  '2026-03-22T02:00:00Z',
  '2019-03-29T00:00:00Z',
  '2019-10-26T23:00:00Z',
  '2026-04-04T14:00:00Z',
  '2026-09-26T14:00:00Z',
  '2026-12-24T00:00:00Z',
  '2026-12-31T12:00:00Z',
].map(at);

const SPREAD_FROM = at('2018-01-01T00:00:00Z');
const SPREAD_TO = at('2032-01-01T00:00:00Z');

/** An instant: anywhere in 2018-2031, or within two days of a landmark, sometimes on a whole minute. */
const instant = fc.oneof(
  fc.integer({ min: SPREAD_FROM, max: SPREAD_TO }),
  fc
    .tuple(fc.constantFrom(...landmarks), fc.integer({ min: -2 * DAY, max: 2 * DAY }))
    .map(([landmark, shift]) => landmark + shift),
  fc
    .tuple(fc.constantFrom(...landmarks), fc.integer({ min: -2 * 24 * 60, max: 2 * 24 * 60 }))
    .map(([landmark, minutes]) => landmark + minutes * MINUTE),
);

/** A duration: up to three days, up to six weeks, whole minutes or hours, or exactly 0. */
const duration = fc.oneof(
  fc.integer({ min: 0, max: 3 * DAY }),
  fc.integer({ min: 0, max: 6 * 7 * DAY }),
  fc.integer({ min: 0, max: 3 * 24 * 60 }).map((minutes) => minutes * MINUTE),
  fc.integer({ min: 1, max: 6 * 7 * 24 }).map((hours) => hours * HOUR),
  fc.constant(0),
);

const calendarUnderTest = fc.constantFrom(...calendars);

const RUNS = { numRuns: 200 };

describe('properties of addBusinessTime and businessTimeBetween', () => {
  it('between(s, add(s, d)) === d, and add(s, d) >= s', () => {
    fc.assert(
      fc.property(calendarUnderTest, instant, duration, ({ calendar }, start, d) => {
        const deadline = addBusinessTime(calendar, start, d);
        expect(deadline).toBeGreaterThanOrEqual(start);
        expect(businessTimeBetween(calendar, start, deadline)).toBe(d);
      }),
      RUNS,
    );
  });

  it('minimality: for d > 0 the deadline is the first instant reaching d', () => {
    fc.assert(
      fc.property(calendarUnderTest, instant, duration, ({ calendar }, start, d) => {
        fc.pre(d > 0);
        const deadline = addBusinessTime(calendar, start, d);
        expect(deadline).toBeGreaterThan(start);
        expect(businessTimeBetween(calendar, start, deadline - 1)).toBeLessThan(d);
        // The last millisecond before the deadline is working time, so exactly one is missing.
        expect(businessTimeBetween(calendar, start, deadline - 1)).toBe(d - 1);
      }),
      RUNS,
    );
  });

  it('additivity: add(add(s, a), b) === add(s, a + b)', () => {
    fc.assert(
      fc.property(calendarUnderTest, instant, duration, duration, ({ calendar }, start, a, b) => {
        expect(addBusinessTime(calendar, addBusinessTime(calendar, start, a), b)).toBe(
          addBusinessTime(calendar, start, a + b),
        );
      }),
      RUNS,
    );
  });

  it('monotonicity in the start: s1 <= s2 implies add(s1, d) <= add(s2, d)', () => {
    fc.assert(
      fc.property(
        calendarUnderTest,
        instant,
        fc.integer({ min: 0, max: 10 * DAY }),
        duration,
        ({ calendar }, s1, gap, d) => {
          const s2 = s1 + gap;
          expect(addBusinessTime(calendar, s1, d)).toBeLessThanOrEqual(addBusinessTime(calendar, s2, d));
        },
      ),
      RUNS,
    );
  });

  it('monotonicity in the duration: d1 <= d2 implies add(s, d1) <= add(s, d2)', () => {
    fc.assert(
      fc.property(calendarUnderTest, instant, duration, duration, ({ calendar }, start, x, y) => {
        const [d1, d2] = x <= y ? [x, y] : [y, x];
        expect(addBusinessTime(calendar, start, d1)).toBeLessThanOrEqual(
          addBusinessTime(calendar, start, d2),
        );
      }),
      RUNS,
    );
  });

  it('additivity of between: between(a, b) + between(b, c) === between(a, c), in any order', () => {
    fc.assert(
      fc.property(calendarUnderTest, instant, instant, instant, ({ calendar }, a, b, c) => {
        expect(businessTimeBetween(calendar, a, b) + businessTimeBetween(calendar, b, c)).toBe(
          businessTimeBetween(calendar, a, c),
        );
      }),
      RUNS,
    );
  });

  it('between is antisymmetric and bounded by elapsed time', () => {
    fc.assert(
      fc.property(calendarUnderTest, instant, instant, ({ calendar }, x, y) => {
        const [from, to] = x <= y ? [x, y] : [y, x];
        const forward = businessTimeBetween(calendar, from, to);
        // toBe compares with Object.is: backwards over nothing is 0, never -0.
        expect(businessTimeBetween(calendar, to, from)).toBe(forward === 0 ? 0 : -forward);
        expect(forward).toBeGreaterThanOrEqual(0);
        expect(forward).toBeLessThanOrEqual(to - from);
      }),
      RUNS,
    );
  });

  it('24/7 without holidays is elapsed time', () => {
    const plain = calendars.filter(
      ({ definition }) => definition.week === 'always' && !definition.holidays.length,
    );
    fc.assert(
      fc.property(fc.constantFrom(...plain), instant, duration, ({ calendar }, start, d) => {
        expect(addBusinessTime(calendar, start, d)).toBe(start + d);
      }),
      RUNS,
    );
  });
});

const DAY_NAMES = {
  Sun: 'sun',
  Mon: 'mon',
  Tue: 'tue',
  Wed: 'wed',
  Thu: 'thu',
  Fri: 'fri',
  Sat: 'sat',
} as const;

/**
 * The definition applied literally: is the minute starting at `ms` working time? The local date,
 * weekday and wall time come from Intl; then the date's intervals and the holiday list decide.
 * (Every offset these zones use today is a whole number of minutes, so a minute is all in or all out.)
 */
function oracle(definition: Definition): (ms: number) => boolean {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: definition.timeZone,
    hourCycle: 'h23',
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  const holidays = new Set(definition.holidays);
  const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  return (ms) => {
    const parts = Object.fromEntries(format.formatToParts(ms).map((part) => [part.type, part.value]));
    if (holidays.has(`${parts.year}-${parts.month}-${parts.day}`)) return false;
    if (definition.week === 'always') return true;
    const day = DAY_NAMES[parts.weekday as keyof typeof DAY_NAMES];
    const minute = Number(parts.hour) * 60 + Number(parts.minute);
    return (definition.week[day] ?? []).some(
      ([start, end]) => toMinutes(start) <= minute && minute < toMinutes(end),
    );
  };
}

describe('between agrees with the definition applied minute by minute', () => {
  it('over windows of up to 30 hours around transitions, holidays and midnights', () => {
    const oracles = new Map(definitions.map((definition) => [definition, oracle(definition)]));
    const minuteNear = fc
      .tuple(fc.constantFrom(...landmarks), fc.integer({ min: -36 * 60, max: 36 * 60 }))
      .map(([landmark, minutes]) => landmark + minutes * MINUTE);
    fc.assert(
      fc.property(
        fc.constantFrom(...definitions),
        minuteNear,
        fc.integer({ min: 0, max: 30 * 60 }),
        (definition, from, minutes) => {
          const isWorking = oracles.get(definition);
          if (!isWorking) throw new Error('no oracle');
          let expected = 0;
          for (let m = 0; m < minutes; m++) if (isWorking(from + m * MINUTE)) expected += MINUTE;
          const calendar = parseCalendar(definition);
          expect(businessTimeBetween(calendar, from, from + minutes * MINUTE)).toBe(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});
