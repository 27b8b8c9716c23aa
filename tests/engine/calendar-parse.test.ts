// @vitest-environment node
/**
 * parseCalendar: valid calendars are accepted as written, and every kind of mistake is reported as a
 * CalendarError whose issue names the exact field (`week.mon[1][0]`) and says what is wrong.
 */
import { describe, expect, it } from 'vitest';
import { CalendarError, parseCalendar } from '../../core/engine';
import { calendarError, weekdays } from './calendar-helpers';

const valid = {
  name: 'Madrid office',
  timeZone: 'Europe/Madrid',
  week: {
    mon: [
      ['09:00', '13:00'],
      ['14:00', '18:00'],
    ],
    fri: [['09:00', '15:00']],
    sun: [],
  },
  holidays: ['2026-12-25'],
};

/** `valid` with `week.mon` replaced. */
function withMonday(mon: unknown): unknown {
  return { ...valid, week: { ...valid.week, mon } };
}

describe('parseCalendar accepts', () => {
  it('a weekly calendar with holidays and a name, keeping them as written', () => {
    const calendar = parseCalendar(valid);
    expect(calendar.timeZone).toBe('Europe/Madrid');
    expect(calendar.label).toBe('Madrid office');
    expect(calendar.definition.holidays).toEqual(['2026-12-25']);
  });

  it('a calendar without holidays or name (holidays default to none, the label is the zone)', () => {
    const calendar = parseCalendar({ timeZone: 'Asia/Kathmandu', week: weekdays(['10:00', '17:00']) });
    expect(calendar.definition.holidays).toEqual([]);
    expect(calendar.label).toBe('Asia/Kathmandu');
  });

  it('"always" (24/7), with or without holidays', () => {
    expect(() => parseCalendar({ timeZone: 'UTC', week: 'always' })).not.toThrow();
    expect(() => parseCalendar({ timeZone: 'UTC', week: 'always', holidays: ['2026-01-01'] })).not.toThrow();
  });

  it('"24:00" as the end of an interval, and 00:00-24:00 as a whole day', () => {
    expect(() => parseCalendar(withMonday([['18:00', '24:00']]))).not.toThrow();
    expect(() => parseCalendar(withMonday([['00:00', '24:00']]))).not.toThrow();
  });

  it('intervals that touch (13:00 end, 13:00 start) and intervals written out of order', () => {
    expect(() =>
      parseCalendar(
        withMonday([
          ['13:00', '18:00'],
          ['09:00', '13:00'],
        ]),
      ),
    ).not.toThrow();
  });

  it('a leap day', () => {
    expect(() => parseCalendar({ ...valid, holidays: ['2028-02-29'] })).not.toThrow();
  });
});

describe('parseCalendar rejects, naming the field', () => {
  it.each([
    ['null', null],
    ['a string', 'Europe/Madrid'],
    ['a number', 42],
    ['an array', [valid]],
    ['undefined', undefined],
  ])('non-object input (%s): one issue at the root saying an object was expected', (_, input) => {
    const error = calendarError(input);
    expect(error.issues).toEqual([{ path: '', message: expect.stringMatching(/expected object/) }]);
  });

  it('a missing timeZone: issue at timeZone', () => {
    const { timeZone: _, ...withoutZone } = valid;
    const error = calendarError(withoutZone);
    expect(error.issues).toEqual([{ path: 'timeZone', message: expect.stringMatching(/expected string/) }]);
  });

  it.each(['Europe/Madird', 'Mars/Olympus_Mons', '+02:00', 'CEST', ''])(
    'a time zone that is not IANA (%j): issue at timeZone quoting it',
    (timeZone) => {
      const error = calendarError({ ...valid, timeZone });
      expect(error.issues).toEqual([
        {
          path: 'timeZone',
          message: expect.stringContaining(`${JSON.stringify(timeZone)} is not an IANA time zone`),
        },
      ]);
    },
  );

  it('a time zone that is not a string', () => {
    const error = calendarError({ ...valid, timeZone: 1 });
    expect(error.issues).toEqual([{ path: 'timeZone', message: expect.stringMatching(/expected string/) }]);
  });

  it.each([
    ['25:00', 'start', 0],
    ['9:00', 'start', 0],
    ['12:60', 'start', 0],
    ['09:00:00', 'start', 0],
    ['24:01', 'end', 1],
    ['noon', 'end', 1],
  ] as const)(
    'a bad time of day %j (as the %s): issue at week.mon[1][%i] quoting it',
    (time, _, position) => {
      const interval = position === 0 ? [time, '18:00'] : ['14:00', time];
      const error = calendarError(withMonday([['09:00', '13:00'], interval]));
      expect(error.issues).toEqual([
        {
          path: `week.mon[1][${position}]`,
          message: `${JSON.stringify(time)} is not a time of day (HH:MM, 00:00-24:00)`,
        },
      ]);
    },
  );

  it('an interval that ends before it starts (a would-be overnight shift): issue at the interval', () => {
    const error = calendarError({ ...valid, week: { tue: [['22:00', '06:00']] } });
    expect(error.issues).toEqual([
      { path: 'week.tue[0]', message: expect.stringContaining('22:00-06:00 ends before it starts') },
    ]);
    // The message tells how to write an overnight shift instead.
    expect(error.issues[0]?.message).toContain('24:00');
  });

  it('an empty interval (start = end): issue at the interval', () => {
    const error = calendarError(withMonday([['09:00', '09:00']]));
    expect(error.issues).toEqual([
      { path: 'week.mon[0]', message: expect.stringContaining('09:00-09:00 is empty') },
    ]);
  });

  it('"24:00" as a start: issue at the start of that interval', () => {
    const error = calendarError({
      ...valid,
      week: {
        sat: [
          ['09:00', '10:00'],
          ['24:00', '24:00'],
        ],
      },
    });
    expect(error.issues).toEqual([{ path: 'week.sat[1][0]', message: '24:00 can only end an interval' }]);
  });

  it('overlapping intervals: issue at the later one, naming the one it overlaps', () => {
    const error = calendarError(
      withMonday([
        ['09:00', '13:00'],
        ['12:00', '18:00'],
      ]),
    );
    expect(error.issues).toEqual([{ path: 'week.mon[1]', message: 'overlaps interval 0 of the same day' }]);
  });

  it('overlapping intervals written out of order: still found, by position as written', () => {
    const error = calendarError(
      withMonday([
        ['14:00', '18:00'],
        ['20:00', '22:00'],
        ['09:00', '14:30'],
      ]),
    );
    expect(error.issues).toEqual([{ path: 'week.mon[0]', message: 'overlaps interval 2 of the same day' }]);
  });

  it('an interval contained in another overlaps it', () => {
    const error = calendarError(
      withMonday([
        ['09:00', '18:00'],
        ['10:00', '11:00'],
      ]),
    );
    expect(error.issues).toEqual([{ path: 'week.mon[1]', message: 'overlaps interval 0 of the same day' }]);
  });

  it('an unknown day key: issue at week.<key>, listing the real day names', () => {
    const error = calendarError({ ...valid, week: { ...valid.week, monday: [['09:00', '17:00']] } });
    expect(error.issues).toEqual([
      { path: 'week.monday', message: expect.stringContaining('"monday" is not a day') },
    ]);
    expect(error.issues[0]?.message).toContain('mon, tue, wed, thu, fri, sat, sun');
  });

  it('an unknown top-level field: issue at that field', () => {
    const error = calendarError({ ...valid, timezone: 'Europe/Madrid' });
    expect(error.issues).toEqual([{ path: 'timezone', message: expect.stringContaining('"timezone"') }]);
  });

  it('an interval that is not a pair of times: issue at the interval, not at week', () => {
    expect(calendarError(withMonday([['09:00', '10:00', '11:00']])).issues).toEqual([
      { path: 'week.mon[0]', message: expect.stringContaining('pair') },
    ]);
    expect(calendarError(withMonday(['09:00-17:00'])).issues).toEqual([
      { path: 'week.mon[0]', message: expect.stringContaining('pair') },
    ]);
  });

  it('a day that is not a list of intervals: issue at the day', () => {
    const error = calendarError(withMonday('09:00-17:00'));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]?.path).toBe('week.mon');
  });

  it('week neither "always" nor an object: issue at week saying what is expected', () => {
    for (const week of ['sometimes', 'ALWAYS', 7, null, [['09:00', '17:00']]]) {
      const error = calendarError({ ...valid, week });
      expect(error.issues).toEqual([{ path: 'week', message: expect.stringContaining('"always"') }]);
    }
    const { week: _, ...withoutWeek } = valid;
    expect(calendarError(withoutWeek).issues).toEqual([
      { path: 'week', message: expect.stringContaining('"always"') },
    ]);
  });

  it.each([
    ['2026-02-30', 'no 30 February'],
    ['2027-02-29', 'not a leap year'],
    ['2026-13-01', 'no month 13'],
    ['2026-04-31', 'April has 30 days'],
    ['2026-2-3', 'not zero-padded'],
    ['25/12/2026', 'not ISO'],
    ['2026-12-25T00:00', 'a date, not a time'],
  ])('an invalid holiday date %j (%s): issue at holidays[1] quoting it', (date) => {
    const error = calendarError({ ...valid, holidays: ['2026-12-25', date] });
    expect(error.issues).toEqual([
      { path: 'holidays[1]', message: `${JSON.stringify(date)} is not a date (YYYY-MM-DD)` },
    ]);
  });

  it('holidays that are not a list', () => {
    const error = calendarError({ ...valid, holidays: '2026-12-25' });
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]?.path).toBe('holidays');
  });

  it('a calendar with every day closed: issue at week saying there is no working time', () => {
    const closedWeeks = [{}, { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }, { sun: [] }];
    for (const week of closedWeeks) {
      const error = calendarError({ timeZone: 'Europe/London', week, holidays: [] });
      expect(error.issues).toEqual([{ path: 'week', message: expect.stringContaining('no working time') }]);
    }
  });

  it('several mistakes at once: every one is reported, each at its own path', () => {
    const error = calendarError({
      timeZone: 'Mars/Olympus_Mons',
      week: { tue: [['08:00', '07:00']], wed: [['25:00', '26:00']] },
      holidays: ['2026-13-01'],
    });
    expect(error.issues.map((issue) => issue.path).sort()).toEqual(
      ['holidays[0]', 'timeZone', 'week.tue[0]', 'week.wed[0][0]', 'week.wed[0][1]'].sort(),
    );
  });

  it('the error message lists each path with its problem', () => {
    const error = calendarError(withMonday([['25:00', '18:00']]));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('CalendarError');
    expect(error.message).toContain('week.mon[0][0]: "25:00" is not a time of day');
  });

  it('throws CalendarError, not some other error, for garbage of any shape', () => {
    for (const input of [Symbol('x'), () => 1, new Date(), { week: { mon: [[1, 2]] }, timeZone: 'UTC' }]) {
      expect(() => parseCalendar(input)).toThrow(CalendarError);
    }
  });
});
