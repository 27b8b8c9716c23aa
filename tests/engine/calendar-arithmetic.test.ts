// @vitest-environment node
/**
 * Business-time arithmetic on ordinary days: interval ends, lunch breaks, 24:00, overnight shifts,
 * year-end holidays and targets of several weeks. Every expected value is worked out by hand from
 * the definition (business time = real time whose local wall time lies in that local date's
 * intervals, on a local date that is not a holiday); the comments show the working.
 */
import { describe, expect, it } from 'vitest';
import { addBusinessTime, businessTimeBetween, CALENDAR_TIME } from '../../core/engine';
import { at, calendar, DAY, everyDay, expectInstant, HOUR, MINUTE, weekdays } from './calendar-helpers';

// Madrid, Mon-Fri 09:00-13:00 and 14:00-18:00 (8 h a day). March 2026 before the 29th is CET, +01:00.
const madrid = calendar('Europe/Madrid', weekdays(['09:00', '13:00'], ['14:00', '18:00']));

describe('duration 0', () => {
  it.each([
    ['inside working time', '2026-03-02T10:00:00+01:00'],
    ['exactly at an interval end', '2026-03-02T13:00:00+01:00'],
    ['in the lunch break', '2026-03-02T13:30:00+01:00'],
    ['on a Saturday', '2026-03-07T11:11:11.111+01:00'],
  ])('returns the start itself, %s', (_, start) => {
    expectInstant(addBusinessTime(madrid, at(start), 0), start);
  });

  it('returns the start on a holiday, in 24/7 calendars and in CALENDAR_TIME', () => {
    const start = '2026-12-25T12:00:00+01:00';
    const withHoliday = calendar('Europe/Madrid', 'always', ['2026-12-25']);
    expectInstant(addBusinessTime(withHoliday, at(start), 0), start);
    expectInstant(addBusinessTime(calendar('Europe/Madrid', 'always'), at(start), 0), start);
    expectInstant(addBusinessTime(CALENDAR_TIME, at(start), 0), start);
  });

  it('between backwards over closed time is 0, not -0', () => {
    // Saturday 12:00 back to Saturday 10:00: nothing counts. -0 would print as "-0" in Intl.NumberFormat.
    const backwards = businessTimeBetween(
      madrid,
      at('2026-03-07T12:00:00+01:00'),
      at('2026-03-07T10:00:00+01:00'),
    );
    expect(Object.is(backwards, 0)).toBe(true);
  });

  it('between an instant and itself is 0', () => {
    expect(
      businessTimeBetween(madrid, at('2026-03-02T10:00:00+01:00'), at('2026-03-02T10:00:00+01:00')),
    ).toBe(0);
  });
});

describe('deadline landing on the end of an interval returns that end, not the next opening', () => {
  it.each([
    // 09:00-13:00 is 4 h: the 4th hour ends at 13:00, the lunch break is not entered.
    ['2026-03-02T09:00:00+01:00', 4 * HOUR, '2026-03-02T13:00:00+01:00'],
    // 4 h morning + 4 h afternoon = 8 h, reached at 18:00 on Monday, not 09:00 on Tuesday.
    ['2026-03-02T09:00:00+01:00', 8 * HOUR, '2026-03-02T18:00:00+01:00'],
    ['2026-03-02T12:00:00+01:00', 1 * HOUR, '2026-03-02T13:00:00+01:00'],
    // One minute more than the morning: the minute is taken after lunch.
    ['2026-03-02T09:00:00+01:00', 4 * HOUR + MINUTE, '2026-03-02T14:01:00+01:00'],
    // Starting in the lunch break counts from 14:00.
    ['2026-03-02T13:00:00+01:00', MINUTE, '2026-03-02T14:01:00+01:00'],
    // Starting at the close counts from the next morning.
    ['2026-03-02T18:00:00+01:00', MINUTE, '2026-03-03T09:01:00+01:00'],
    // Friday 17:00 + 1 h ends at Friday 18:00; one minute more goes to Monday.
    ['2026-03-06T17:00:00+01:00', HOUR, '2026-03-06T18:00:00+01:00'],
    ['2026-03-06T17:00:00+01:00', HOUR + MINUTE, '2026-03-09T09:01:00+01:00'],
    // From a Saturday the first hour is Monday 09:00-10:00.
    ['2026-03-07T10:00:00+01:00', HOUR, '2026-03-09T10:00:00+01:00'],
  ])('add(%s, %d ms) = %s', (start, duration, expected) => {
    expectInstant(addBusinessTime(madrid, at(start), duration), expected);
  });

  it.each([
    ['2026-03-02T09:00:00+01:00', '2026-03-02T18:00:00+01:00', 8 * HOUR],
    // 12:30-13:00 and 14:00-14:30.
    ['2026-03-02T12:30:00+01:00', '2026-03-02T14:30:00+01:00', HOUR],
    ['2026-03-07T00:00:00+01:00', '2026-03-09T00:00:00+01:00', 0],
    ['2026-03-02T18:00:00+01:00', '2026-03-02T09:00:00+01:00', -8 * HOUR],
  ])('between(%s, %s) = %d ms', (from, to, expected) => {
    expect(businessTimeBetween(madrid, at(from), at(to))).toBe(expected);
  });
});

describe('"24:00" as an end', () => {
  // Friday 18:00-24:00 and Saturday 10:00-12:00 in Madrid (CET).
  const evenings = calendar('Europe/Madrid', { fri: [['18:00', '24:00']], sat: [['10:00', '12:00']] });

  it('a deadline reaching 24:00 is the following midnight', () => {
    expectInstant(
      addBusinessTime(evenings, at('2026-03-06T18:00:00+01:00'), 6 * HOUR),
      '2026-03-07T00:00:00+01:00',
    );
  });

  it('one minute more continues at the next opening', () => {
    expectInstant(
      addBusinessTime(evenings, at('2026-03-06T18:00:00+01:00'), 6 * HOUR + MINUTE),
      '2026-03-07T10:01:00+01:00',
    );
  });

  it('the interval runs to midnight and not a minute longer', () => {
    // Friday 23:00-24:00 counts, Saturday 00:00-01:00 does not.
    expect(
      businessTimeBetween(evenings, at('2026-03-06T23:00:00+01:00'), at('2026-03-07T01:00:00+01:00')),
    ).toBe(HOUR);
    expect(
      businessTimeBetween(evenings, at('2026-03-06T00:00:00+01:00'), at('2026-03-07T00:00:00+01:00')),
    ).toBe(6 * HOUR);
  });
});

describe('intervals that meet at midnight (overnight shift)', () => {
  // Monday 22:00-24:00 + Tuesday 00:00-06:00 is one 8 h shift.
  const nights = calendar('Europe/Madrid', { mon: [['22:00', '24:00']], tue: [['00:00', '06:00']] });

  it.each([
    // The first 2 h end exactly at midnight: the deadline is that midnight.
    ['2026-03-02T22:00:00+01:00', 2 * HOUR, '2026-03-03T00:00:00+01:00'],
    // 30 min before midnight + 30 min after.
    ['2026-03-02T23:30:00+01:00', HOUR, '2026-03-03T00:30:00+01:00'],
    ['2026-03-02T22:00:00+01:00', 8 * HOUR, '2026-03-03T06:00:00+01:00'],
    // The shift is used up; the next one starts on the following Monday at 22:00.
    ['2026-03-02T22:00:00+01:00', 8 * HOUR + MINUTE, '2026-03-09T22:01:00+01:00'],
  ])('add(%s, %d ms) = %s', (start, duration, expected) => {
    expectInstant(addBusinessTime(nights, at(start), duration), expected);
  });

  it('counts across midnight without a gap or a lost millisecond', () => {
    expect(
      businessTimeBetween(nights, at('2026-03-02T23:00:00+01:00'), at('2026-03-03T01:00:00+01:00')),
    ).toBe(2 * HOUR);
    expect(
      businessTimeBetween(nights, at('2026-03-02T23:59:59.999+01:00'), at('2026-03-03T00:00:00.001+01:00')),
    ).toBe(2);
  });

  it('a shift from Wednesday to Thursday in UTC and from Sunday to Monday are just as seamless', () => {
    const utcNights = calendar('UTC', {
      wed: [['22:00', '24:00']],
      thu: [['00:00', '02:00']],
      sun: [['23:00', '24:00']],
      mon: [['00:00', '01:00']],
    });
    expectInstant(addBusinessTime(utcNights, at('2026-03-04T22:00:00Z'), 3 * HOUR), '2026-03-05T01:00:00Z');
    expect(businessTimeBetween(utcNights, at('2026-03-04T23:00:00Z'), at('2026-03-05T01:00:00Z'))).toBe(
      2 * HOUR,
    );
    expectInstant(addBusinessTime(utcNights, at('2026-03-08T23:30:00Z'), HOUR), '2026-03-09T00:30:00Z');
  });
});

describe('targets of several weeks', () => {
  it('3 weeks of 40 h from Monday 09:00 end on the third Friday at 18:00', () => {
    // 120 h = 3 x 5 days x 8 h: Mar 2-6, 9-13, 16-20.
    expectInstant(
      addBusinessTime(madrid, at('2026-03-02T09:00:00+01:00'), 120 * HOUR),
      '2026-03-20T18:00:00+01:00',
    );
  });

  it('6 weeks across the spring DST change and Good Friday', () => {
    const withGoodFriday = calendar('Europe/Madrid', weekdays(['09:00', '13:00'], ['14:00', '18:00']), [
      '2026-04-03',
    ]);
    // Mar 2-27: 4 weeks = 160 h. Mar 30-Apr 2 (Apr 3 is a holiday): 32 h -> 192 h. Apr 6-10: 40 h -> 232 h.
    // Mon Apr 13 supplies the last 8 h, ending 18:00 CEST (+02:00, DST began Mar 29).
    expectInstant(
      addBusinessTime(withGoodFriday, at('2026-03-02T09:00:00+01:00'), 240 * HOUR),
      '2026-04-13T18:00:00+02:00',
    );
    expect(
      businessTimeBetween(withGoodFriday, at('2026-03-02T00:00:00+01:00'), at('2026-04-13T00:00:00+02:00')),
    ).toBe(232 * HOUR);
  });

  it('10 weeks in a 24/7 calendar with two holidays end two days later', () => {
    const london = calendar('Europe/London', 'always', ['2026-12-25', '2026-12-26']);
    // 70 days of elapsed time + the 2 holiday days (London is on GMT, +00:00, all winter):
    // Dec 1 + 72 days = Feb 11.
    expectInstant(addBusinessTime(london, at('2026-12-01T00:00:00Z'), 70 * DAY), '2027-02-11T00:00:00Z');
  });
});

describe('holidays near the end of the year', () => {
  // Thu Dec 24, Fri Dec 25, Thu Dec 31 2026 and Fri Jan 1 2027 closed; Madrid is on CET (+01:00).
  const yearEnd = calendar('Europe/Madrid', weekdays(['09:00', '13:00'], ['14:00', '18:00']), [
    '2026-12-24',
    '2026-12-25',
    '2026-12-31',
    '2027-01-01',
  ]);

  it('a day of work from Wed Dec 23 17:00 lands on Mon Dec 28 17:00', () => {
    // Wed 17:00-18:00 = 1 h; Thu 24 and Fri 25 closed; weekend; Mon 28: 09-13 brings the total
    // to 5 h and 14-17 to 8 h.
    expectInstant(
      addBusinessTime(yearEnd, at('2026-12-23T17:00:00+01:00'), 8 * HOUR),
      '2026-12-28T17:00:00+01:00',
    );
  });

  it('four days of work cross the year boundary and land on Mon Jan 4 2027', () => {
    // Wed 23: 1 h; Mon 28, Tue 29, Wed 30: 24 h -> 25 h; Dec 31, Jan 1 closed; weekend;
    // Mon Jan 4: 09-13 brings the total to 29 h, 14-17 to 32 h.
    expectInstant(
      addBusinessTime(yearEnd, at('2026-12-23T17:00:00+01:00'), 32 * HOUR),
      '2027-01-04T17:00:00+01:00',
    );
  });

  it('three weeks around new year hold 11 working days', () => {
    // Dec 21-23 (3 days), Dec 28-30 (3 days), Jan 4-8 (5 days) = 11 x 8 h.
    expect(
      businessTimeBetween(yearEnd, at('2026-12-21T00:00:00+01:00'), at('2027-01-11T00:00:00+01:00')),
    ).toBe(88 * HOUR);
    expect(
      businessTimeBetween(yearEnd, at('2026-12-24T00:00:00+01:00'), at('2026-12-26T00:00:00+01:00')),
    ).toBe(0);
    expect(
      businessTimeBetween(yearEnd, at('2026-12-31T00:00:00+01:00'), at('2027-01-04T00:00:00+01:00')),
    ).toBe(0);
  });

  it('New York: Wed Dec 30 16:00 + 2 h skips Dec 31 and Jan 1 and lands on Mon Jan 4 10:00', () => {
    const newYork = calendar('America/New_York', weekdays(['09:00', '17:00']), ['2026-12-31', '2027-01-01']);
    // Wed 16:00-17:00 EST = 1 h; Thu and Fri closed; weekend; Mon 09:00-10:00 EST.
    expectInstant(
      addBusinessTime(newYork, at('2026-12-30T16:00:00-05:00'), 2 * HOUR),
      '2027-01-04T10:00:00-05:00',
    );
  });

  it('Auckland (+13:00) closes Dec 31 and Jan 1 while UTC is still on Dec 30', () => {
    const auckland = calendar('Pacific/Auckland', 'always', ['2026-12-31', '2027-01-01']);
    // Closed from Dec 31 00:00 NZDT (= Dec 30 11:00 UTC) to Jan 2 00:00 NZDT (= Jan 1 11:00 UTC).
    expect(businessTimeBetween(auckland, at('2026-12-30T11:00:00Z'), at('2027-01-01T11:00:00Z'))).toBe(0);
    // Dec 30 and Jan 2 remain: 48 h of the 96 h from Dec 30 00:00 to Jan 3 00:00 local.
    expect(
      businessTimeBetween(auckland, at('2026-12-30T00:00:00+13:00'), at('2027-01-03T00:00:00+13:00')),
    ).toBe(48 * HOUR);
    expectInstant(
      addBusinessTime(auckland, at('2026-12-30T00:00:00+13:00'), DAY),
      '2026-12-31T00:00:00+13:00',
    );
    expectInstant(
      addBusinessTime(auckland, at('2026-12-30T00:00:00+13:00'), DAY + MINUTE),
      '2027-01-02T00:01:00+13:00',
    );
  });

  it('an overnight shift into a holiday counts its evening, not the holiday morning', () => {
    // Every night 22:00-24:00 + 00:00-06:00 in London (GMT); Christmas Day closed.
    const nights = calendar('Europe/London', everyDay(['00:00', '06:00'], ['22:00', '24:00']), [
      '2026-12-25',
    ]);
    // Dec 24 22:00-24:00 (2 h) counts; all of Dec 25 is closed; Dec 26 00:00-06:00 (6 h) counts.
    expect(businessTimeBetween(nights, at('2026-12-24T12:00:00Z'), at('2026-12-26T12:00:00Z'))).toBe(
      8 * HOUR,
    );
    expectInstant(addBusinessTime(nights, at('2026-12-24T22:00:00Z'), 2 * HOUR), '2026-12-25T00:00:00Z');
    expectInstant(
      addBusinessTime(nights, at('2026-12-24T22:00:00Z'), 2 * HOUR + MINUTE),
      '2026-12-26T00:01:00Z',
    );
  });

  it('an overnight shift out of a holiday counts its morning, not the holiday evening', () => {
    const nights = calendar('Europe/London', everyDay(['00:00', '06:00'], ['22:00', '24:00']), [
      '2026-12-24',
    ]);
    // Dec 24 22:00-24:00 is on the holiday; Dec 25 00:00-06:00 is not.
    expect(businessTimeBetween(nights, at('2026-12-24T12:00:00Z'), at('2026-12-25T12:00:00Z'))).toBe(
      6 * HOUR,
    );
  });

  it('a holiday listed twice closes its day once; a holiday on a closed day changes nothing', () => {
    const twice = calendar('Europe/Madrid', weekdays(['09:00', '13:00'], ['14:00', '18:00']), [
      '2026-12-25',
      '2026-12-25',
      '2026-12-26',
    ]);
    // Mon Dec 21 - Sun Dec 27: five weekdays minus Friday Dec 25; Saturday Dec 26 was closed anyway.
    expect(businessTimeBetween(twice, at('2026-12-21T00:00:00+01:00'), at('2026-12-28T00:00:00+01:00'))).toBe(
      32 * HOUR,
    );
  });
});

describe('working spans: what a page counts business time down with', () => {
  const office = calendar('Europe/Madrid', weekdays(['09:00', '17:00']), ['2026-12-08']);

  it('lists the stretches between two instants, clipped to them, across a holiday', () => {
    // Mon 7 Dec 2026 15:00 Madrid (14:00 UTC) to Wed 9 Dec 11:00 Madrid (10:00 UTC); Tue 8 is a holiday.
    const from = Date.parse('2026-12-07T14:00:00Z');
    const to = Date.parse('2026-12-09T10:00:00Z');
    expect(office.workingSpans(from, to, 10)).toEqual([
      [from, Date.parse('2026-12-07T16:00:00Z')],
      [Date.parse('2026-12-09T08:00:00Z'), to],
    ]);
  });

  it('their lengths add up to the business time between the instants', () => {
    const from = Date.parse('2026-03-20T12:34:00Z');
    const to = Date.parse('2026-04-10T07:00:00Z');
    // Spans the change to summer time on 29 March.
    const spans = office.workingSpans(from, to, 100);
    const total = spans.reduce((sum, [start, end]) => sum + end - start, 0);
    expect(total).toBe(office.between(from, to));
    expect(
      spans.every(
        ([start, end], i) => start < end && (i === 0 || ((spans[i - 1] as number[])[1] as number) < start),
      ),
    ).toBe(true);
  });

  it('stops at the limit, and calendar time is one stretch', () => {
    const from = Date.parse('2026-12-01T00:00:00Z');
    expect(office.workingSpans(from, from + 30 * 24 * HOUR, 3)).toHaveLength(3);
    expect(CALENDAR_TIME.workingSpans(from, from + HOUR, 3)).toEqual([[from, from + HOUR]]);
    expect(office.workingSpans(from + HOUR, from, 3)).toEqual([]);
  });
});
