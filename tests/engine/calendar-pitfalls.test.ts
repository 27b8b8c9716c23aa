// @vitest-environment node
/**
 * One named test per public bug report in sla-models.md §4b (and the osTicket reports of §3b) that
 * concerns calendars or business time. Each test name cites the report; the body rebuilds the
 * situation the report describes and checks the value the definition gives, worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  addBusinessTime,
  businessTimeBetween,
  CALENDAR_TIME,
  CalendarError,
  NoWorkingTimeError,
  parseCalendar,
} from '../../core/engine';
import {
  at,
  calendar,
  calendarError,
  DAY,
  datesFrom,
  everyDay,
  expectInstant,
  HOUR,
  MINUTE,
  weekdays,
} from './calendar-helpers';

/** Local wall time "HH:MM" of an instant in a zone, read straight from Intl. */
function wallTime(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(ms);
}

/** Runs `work` and returns how long it took, in ms. */
function timed(work: () => void): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

describe('DST fall-back / spring-forward', () => {
  it('moment-business-time #58: adding 1h across the NL fall-back moves time forward', () => {
    // The report's setup: Europe/Amsterdam, every day 00:00-10:00, start 2022-10-30 02:00 +02:00.
    // At 03:00 CEST (01:00 UTC) the clock goes back to 02:00 CET, so one real hour later it reads
    // 02:00 again, at +01:00. The library returned the start itself.
    const amsterdam = calendar('Europe/Amsterdam', everyDay(['00:00', '10:00']));
    const start = at('2022-10-30T02:00:00+02:00');
    const deadline = addBusinessTime(amsterdam, start, HOUR);
    expectInstant(deadline, '2022-10-30T02:00:00+01:00');
    expect(deadline - start).toBe(HOUR);
    expect(wallTime(deadline, 'Europe/Amsterdam')).toBe(wallTime(start, 'Europe/Amsterdam'));
    // The same with a 24/7 calendar, with and without a holiday somewhere else.
    for (const allDay of [
      calendar('Europe/Amsterdam', 'always'),
      calendar('Europe/Amsterdam', 'always', ['2022-12-25']),
    ]) {
      expectInstant(addBusinessTime(allDay, start, HOUR), '2022-10-30T02:00:00+01:00');
    }
  });

  it('working_hours #26: after the fall-back both 01:00s are working time, and 02:00 is the one after them', () => {
    // New York, Sunday 01:00-02:00. On 1 Nov 2026 the hour 01:00-02:00 happens at -04:00 and again
    // at -05:00; 02:00 (-04:00) never shows, 02:00 (-05:00) ends the second run.
    const newYork = calendar('America/New_York', { sun: [['01:00', '02:00']] });
    expect(
      businessTimeBetween(newYork, at('2026-11-01T00:00:00-04:00'), at('2026-11-01T12:00:00-05:00')),
    ).toBe(2 * HOUR);
    expectInstant(
      addBusinessTime(newYork, at('2026-11-01T00:00:00-04:00'), HOUR),
      '2026-11-01T01:00:00-05:00',
    );
    expectInstant(
      addBusinessTime(newYork, at('2026-11-01T00:00:00-04:00'), 2 * HOUR),
      '2026-11-01T02:00:00-05:00',
    );
    // An ordinary Sunday has one hour.
    expect(
      businessTimeBetween(newYork, at('2026-11-08T00:00:00-05:00'), at('2026-11-08T12:00:00-05:00')),
    ).toBe(HOUR);
  });

  it('biz PR #37 ("endnight DST"): an interval ending at 24:00 on a transition night lasts its real length', () => {
    // Santiago changes its clocks at midnight. Saturday 20:00-24:00:
    const santiago = calendar('America/Santiago', { sat: [['20:00', '24:00']] });
    // 4 Apr 2026: 20:00-24:00 at -03 (4 h), then the clock goes back to 23:00 (-04) and
    // 23:00-24:00 repeats (1 h).
    expect(
      businessTimeBetween(santiago, at('2026-04-04T00:00:00-03:00'), at('2026-04-05T12:00:00-04:00')),
    ).toBe(5 * HOUR);
    expectInstant(
      addBusinessTime(santiago, at('2026-04-04T20:00:00-03:00'), 5 * HOUR),
      '2026-04-05T00:00:00-04:00',
    );
    // 5 Sep 2026: 20:00-24:00 at -04, then 24:00 becomes Sunday 01:00 (-03): 4 h, ending at that jump.
    expect(
      businessTimeBetween(santiago, at('2026-09-05T00:00:00-04:00'), at('2026-09-06T12:00:00-03:00')),
    ).toBe(4 * HOUR);
    expectInstant(
      addBusinessTime(santiago, at('2026-09-05T20:00:00-04:00'), 4 * HOUR),
      '2026-09-06T01:00:00-03:00',
    );
    // An ordinary Saturday: 4 h.
    expect(
      businessTimeBetween(santiago, at('2026-04-11T00:00:00-04:00'), at('2026-04-12T00:00:00-04:00')),
    ).toBe(4 * HOUR);
  });

  it('biz PR #160: ambiguous local times (Casablanca) count at both offsets, the greater offset first', () => {
    // Casablanca, Sunday 02:00-03:00. On 15 Feb 2026 the clock goes from 03:00 (+01) back to
    // 02:00 (+00): 02:00-03:00 happens at +01 (01:00-02:00 UTC) and again at +00 (02:00-03:00 UTC).
    const casablanca = calendar('Africa/Casablanca', { sun: [['02:00', '03:00']] });
    const sundayStart = at('2026-02-15T00:00:00+01:00');
    expect(businessTimeBetween(casablanca, sundayStart, at('2026-02-15T12:00:00+00:00'))).toBe(2 * HOUR);
    // The first working minute is 02:00-02:01 at the greater offset, +01.
    expectInstant(addBusinessTime(casablanca, sundayStart, MINUTE), '2026-02-15T02:01:00+01:00');
    // One hour in, the wall clock reads 02:00 again (+00); two hours in it reads 03:00 (+00).
    expectInstant(addBusinessTime(casablanca, sundayStart, HOUR), '2026-02-15T02:00:00+00:00');
    expectInstant(addBusinessTime(casablanca, sundayStart, 2 * HOUR), '2026-02-15T03:00:00+00:00');
    // On 22 Mar 2026 02:00 (+00) becomes 03:00 (+01): the interval does not exist that day.
    expect(
      businessTimeBetween(casablanca, at('2026-03-22T00:00:00+00:00'), at('2026-03-22T12:00:00+01:00')),
    ).toBe(0);
  });

  it('chatwoot #2882: the offset comes from each date, not from the zone', () => {
    // New York 09:00-17:00: Monday 5 Jan 2026 opens at 14:00 UTC (EST), Monday 6 Jul 2026 at 13:00 UTC (EDT).
    const newYork = calendar('America/New_York', weekdays(['09:00', '17:00']));
    expectInstant(addBusinessTime(newYork, at('2026-01-05T00:00:00Z'), MINUTE), '2026-01-05T14:01:00Z');
    expectInstant(addBusinessTime(newYork, at('2026-07-06T00:00:00Z'), MINUTE), '2026-07-06T13:01:00Z');
  });

  it('azure-devops-docs #8675: business hours follow DST instead of a fixed UTC offset', () => {
    // Chicago 09:00-17:00 is 14:00-22:00 UTC in June (CDT, -05) and 15:00-23:00 UTC in December (CST, -06).
    const chicago = calendar('America/Chicago', weekdays(['09:00', '17:00']));
    expect(businessTimeBetween(chicago, at('2026-06-15T14:00:00Z'), at('2026-06-15T22:00:00Z'))).toBe(
      8 * HOUR,
    );
    expect(businessTimeBetween(chicago, at('2026-12-14T15:00:00Z'), at('2026-12-14T23:00:00Z'))).toBe(
      8 * HOUR,
    );
    // 14:00-15:00 UTC in December is 08:00-09:00 CST: closed.
    expect(businessTimeBetween(chicago, at('2026-12-14T14:00:00Z'), at('2026-12-14T15:00:00Z'))).toBe(0);
  });

  it('grafana oncall #3261: working hours do not shift by an hour after a DST change', () => {
    // Sydney 09:00-17:00 opens at 09:00 local on both sides of 5 Apr 2026 (AEDT +11 -> AEST +10).
    const sydney = calendar('Australia/Sydney', weekdays(['09:00', '17:00']));
    const friday = addBusinessTime(sydney, at('2026-04-03T00:00:00+11:00'), MINUTE);
    const monday = addBusinessTime(sydney, at('2026-04-06T00:00:00+10:00'), MINUTE);
    expectInstant(friday, '2026-04-03T09:01:00+11:00');
    expectInstant(monday, '2026-04-06T09:01:00+10:00');
    expect(wallTime(friday, 'Australia/Sydney')).toBe('09:01');
    expect(wallTime(monday, 'Australia/Sydney')).toBe('09:01');
  });

  it('support-shift-scheduler #224: UK and US desks overlap 4 h instead of 3 h in the weeks their DST differs', () => {
    const london = calendar('Europe/London', weekdays(['09:00', '17:00']));
    const newYork = calendar('America/New_York', weekdays(['09:00', '17:00']));
    /** New York business time inside London's opening hours of one day. */
    const overlap = (londonOpen: string, londonClose: string) => {
      expect(businessTimeBetween(london, at(londonOpen), at(londonClose))).toBe(8 * HOUR);
      return businessTimeBetween(newYork, at(londonOpen), at(londonClose));
    };
    // Mon 2 Mar: GMT and EST. London 09:00-17:00 UTC, New York 14:00-22:00 UTC: 3 h.
    expect(overlap('2026-03-02T09:00:00Z', '2026-03-02T17:00:00Z')).toBe(3 * HOUR);
    // Mon 16 Mar: GMT and EDT. New York 13:00-21:00 UTC: 4 h.
    expect(overlap('2026-03-16T09:00:00Z', '2026-03-16T17:00:00Z')).toBe(4 * HOUR);
    // Mon 30 Mar: BST and EDT. London 08:00-16:00 UTC: 3 h again.
    expect(overlap('2026-03-30T08:00:00Z', '2026-03-30T16:00:00Z')).toBe(3 * HOUR);
    // Mon 26 Oct: GMT (since the 25th) and EDT (until 1 Nov): 4 h.
    expect(overlap('2026-10-26T09:00:00Z', '2026-10-26T17:00:00Z')).toBe(4 * HOUR);
  });

  it('JSM 2016 (Adaptavist): one calendar covers summer and winter, no seasonal copies', () => {
    // London Mon-Fri 09:00-17:00 over 2026: 261 weekdays (52 weeks + Thursday 31 Dec) x 8 h.
    const london = calendar('Europe/London', weekdays(['09:00', '17:00']));
    expect(businessTimeBetween(london, at('2026-01-01T00:00:00Z'), at('2027-01-01T00:00:00Z'))).toBe(
      261 * 8 * HOUR,
    );
  });
});

describe('Midnight / 24:00', () => {
  it('zammad #3180: 24/7 entered as 00:00-24:00 loses no minute at midnight', () => {
    // Berlin, every day 00:00-24:00. March 2-9 2026 is an ordinary week (CET): 168 h.
    const allDay = calendar('Europe/Berlin', everyDay(['00:00', '24:00']));
    expect(
      businessTimeBetween(allDay, at('2026-03-02T00:00:00+01:00'), at('2026-03-09T00:00:00+01:00')),
    ).toBe(168 * HOUR);
    expectInstant(
      addBusinessTime(allDay, at('2026-03-02T23:59:00+01:00'), 2 * MINUTE),
      '2026-03-03T00:01:00+01:00',
    );
    // The DST week (Mon 23 - Mon 30 March, clocks forward on the 29th) holds 167 real hours.
    expect(
      businessTimeBetween(allDay, at('2026-03-23T00:00:00+01:00'), at('2026-03-30T00:00:00+02:00')),
    ).toBe(167 * HOUR);
    // It behaves exactly like "always".
    const always = calendar('Europe/Berlin', 'always');
    for (const [from, to] of [
      ['2026-03-23T00:00:00+01:00', '2026-03-30T00:00:00+02:00'],
      ['2026-10-24T23:00:00+02:00', '2026-10-25T05:00:00+01:00'],
    ] as const) {
      expect(businessTimeBetween(allDay, at(from), at(to))).toBe(
        businessTimeBetween(always, at(from), at(to)),
      );
    }
    // What is written is what counts: 00:00-23:59 leaves out the last minute of each day.
    const almost = calendar('Europe/Berlin', everyDay(['00:00', '23:59']));
    expect(
      businessTimeBetween(almost, at('2026-03-02T00:00:00+01:00'), at('2026-03-09T00:00:00+01:00')),
    ).toBe(168 * HOUR - 7 * MINUTE);
  });

  it('moment-business-time #52/#59: an end at 24:00 neither crashes nor loops', () => {
    // London (GMT in early March), Mon-Fri 18:00-24:00.
    const evenings = calendar('Europe/London', weekdays(['18:00', '24:00']));
    // #59 (workingDiff): Mon 17:00 to Wed 01:00 holds Mon 18-24 and Tue 18-24.
    expect(businessTimeBetween(evenings, at('2026-03-02T17:00:00Z'), at('2026-03-04T01:00:00Z'))).toBe(
      12 * HOUR,
    );
    // #52 (add): the evening ends exactly at midnight; one more millisecond is on the next evening.
    expectInstant(addBusinessTime(evenings, at('2026-03-02T18:00:00Z'), 6 * HOUR), '2026-03-03T00:00:00Z');
    expectInstant(
      addBusinessTime(evenings, at('2026-03-02T18:00:00Z'), 6 * HOUR + 1),
      '2026-03-03T18:00:00.001Z',
    );
    // Five evenings: Friday's ends at Saturday 00:00.
    expectInstant(addBusinessTime(evenings, at('2026-03-02T18:00:00Z'), 30 * HOUR), '2026-03-07T00:00:00Z');
  });

  it('Business::Hours (00:00-23:59 only): 24:00 is accepted as an end and 23:59 means 23:59', () => {
    expect(() => parseCalendar({ timeZone: 'UTC', week: { mon: [['12:00', '24:00']] } })).not.toThrow();
    const beforeMidnight = calendar('UTC', { mon: [['23:00', '23:59']] });
    const toMidnight = calendar('UTC', { mon: [['23:00', '24:00']] });
    expect(businessTimeBetween(beforeMidnight, at('2026-03-02T00:00:00Z'), at('2026-03-03T00:00:00Z'))).toBe(
      59 * MINUTE,
    );
    expect(businessTimeBetween(toMidnight, at('2026-03-02T00:00:00Z'), at('2026-03-03T00:00:00Z'))).toBe(
      HOUR,
    );
  });

  it('24/7 without holidays is plain elapsed time, whatever the zone does (CALENDAR_TIME too)', () => {
    const sydney = calendar('Australia/Sydney', 'always');
    // 3 Apr 00:00 AEDT to 6 Apr 00:00 AEST: 72 h on the wall, 73 h of real time.
    expect(
      businessTimeBetween(sydney, at('2026-04-03T00:00:00+11:00'), at('2026-04-06T00:00:00+10:00')),
    ).toBe(73 * HOUR);
    expect(
      businessTimeBetween(CALENDAR_TIME, at('2026-04-03T00:00:00+11:00'), at('2026-04-06T00:00:00+10:00')),
    ).toBe(73 * HOUR);
    expectInstant(
      addBusinessTime(CALENDAR_TIME, at('2026-10-25T00:30:00+01:00'), HOUR),
      '2026-10-25T01:30:00+01:00',
    );
  });
});

describe('Holidays and time zones', () => {
  it('zammad #3706: Chile holidays are not a day early', () => {
    // The report's dates: 17, 18 and 19 Sep 2021 (Fri-Sun). Santiago is on -03 (DST since 5 Sep).
    const holidays = ['2021-09-17', '2021-09-18', '2021-09-19'];
    const desk = calendar('America/Santiago', weekdays(['09:00', '18:00']), holidays);
    // Thursday 16 Sep is a full working day, Friday 17 Sep is closed.
    expect(businessTimeBetween(desk, at('2021-09-16T00:00:00-03:00'), at('2021-09-17T00:00:00-03:00'))).toBe(
      9 * HOUR,
    );
    expect(businessTimeBetween(desk, at('2021-09-17T00:00:00-03:00'), at('2021-09-20T00:00:00-03:00'))).toBe(
      0,
    );
    // Thu 17:00-18:00, then Mon 20 Sep 09:00-10:00.
    expectInstant(
      addBusinessTime(desk, at('2021-09-16T17:00:00-03:00'), 2 * HOUR),
      '2021-09-20T10:00:00-03:00',
    );
    // 24/7: the evening of the 16th is open, the closure starts at local midnight and ends at local midnight.
    const allDay = calendar('America/Santiago', 'always', holidays);
    expect(
      businessTimeBetween(allDay, at('2021-09-16T21:00:00-03:00'), at('2021-09-17T00:00:00-03:00')),
    ).toBe(3 * HOUR);
    expect(
      businessTimeBetween(allDay, at('2021-09-17T00:00:00-03:00'), at('2021-09-20T00:00:00-03:00')),
    ).toBe(0);
    expect(
      businessTimeBetween(allDay, at('2021-09-19T21:00:00-03:00'), at('2021-09-20T03:00:00-03:00')),
    ).toBe(3 * HOUR);
  });

  it('zammad #390: exactly the listed holidays close the desk (4 listed, 4 days closed, not 6)', () => {
    // London Mon-Fri 09:00-17:00 from Mon 21 Dec 2026 to Sun 3 Jan 2027: 10 weekdays, 4 of them listed.
    const london = calendar('Europe/London', weekdays(['09:00', '17:00']), [
      '2026-12-24',
      '2026-12-25',
      '2026-12-28',
      '2027-01-01',
    ]);
    expect(businessTimeBetween(london, at('2026-12-21T00:00:00Z'), at('2027-01-04T00:00:00Z'))).toBe(
      6 * 8 * HOUR,
    );
    // Days not listed (Tue 29, Wed 30, Thu 31 Dec) stay open.
    expect(businessTimeBetween(london, at('2026-12-29T00:00:00Z'), at('2027-01-01T00:00:00Z'))).toBe(
      3 * 8 * HOUR,
    );
  });

  it("bokmann/business_time #36: holidays follow the calendar's zone, also after the zone is changed", () => {
    // The report: Mon-Fri 08:00-13:00, holidays including 27 May 2013, zone America/Los_Angeles.
    const definition = {
      timeZone: 'America/Los_Angeles',
      week: weekdays(['08:00', '13:00']),
      holidays: ['2013-05-27', '2013-07-04'],
    };
    const losAngeles = parseCalendar(definition);
    // From Tue 21 May 14:57 PDT, four days of 5 h: Wed, Thu, Fri, (Mon 27 closed), Tue 28 May 13:00.
    expectInstant(
      addBusinessTime(losAngeles, at('2013-05-21T14:57:00-07:00'), 20 * HOUR),
      '2013-05-28T13:00:00-07:00',
    );
    // The same definition moved to Tokyo closes Tokyo's 27 May, and Tokyo's 28 May is open.
    const tokyo = parseCalendar({ ...definition, timeZone: 'Asia/Tokyo' });
    expect(businessTimeBetween(tokyo, at('2013-05-27T00:00:00+09:00'), at('2013-05-28T00:00:00+09:00'))).toBe(
      0,
    );
    expect(businessTimeBetween(tokyo, at('2013-05-28T00:00:00+09:00'), at('2013-05-29T00:00:00+09:00'))).toBe(
      5 * HOUR,
    );
    // Creating the Tokyo calendar changed nothing for Los Angeles.
    expectInstant(
      addBusinessTime(losAngeles, at('2013-05-21T14:57:00-07:00'), 20 * HOUR),
      '2013-05-28T13:00:00-07:00',
    );
    expect(
      businessTimeBetween(losAngeles, at('2013-07-04T00:00:00-07:00'), at('2013-07-05T00:00:00-07:00')),
    ).toBe(0);
  });

  it('dbt_zendesk #117: holiday bounds are local dates, not UTC days', () => {
    // The report: a 09:00-20:00 US/Eastern schedule kept working on holidays, because 20:00 EDT is
    // already the next day in UTC. Fri 3 Jul 2026 (Independence Day observed) closed:
    const eastern = calendar('America/New_York', weekdays(['09:00', '20:00']), ['2026-07-03']);
    expect(
      businessTimeBetween(eastern, at('2026-07-03T00:00:00-04:00'), at('2026-07-04T00:00:00-04:00')),
    ).toBe(0);
    // Thursday keeps all 11 h, including 19:00-20:00 EDT (23:00-24:00 UTC).
    expect(
      businessTimeBetween(eastern, at('2026-07-02T00:00:00-04:00'), at('2026-07-03T00:00:00-04:00')),
    ).toBe(11 * HOUR);
    // Kolkata 24/7 with Republic Day (Mon 26 Jan 2026): closed 25 Jan 18:30 UTC to 26 Jan 18:30 UTC.
    const kolkata = calendar('Asia/Kolkata', 'always', ['2026-01-26']);
    expect(businessTimeBetween(kolkata, at('2026-01-25T18:00:00Z'), at('2026-01-25T18:30:00Z'))).toBe(
      30 * MINUTE,
    );
    expect(businessTimeBetween(kolkata, at('2026-01-25T18:30:00Z'), at('2026-01-26T18:30:00Z'))).toBe(0);
    expect(businessTimeBetween(kolkata, at('2026-01-26T18:30:00Z'), at('2026-01-26T19:00:00Z'))).toBe(
      30 * MINUTE,
    );
  });

  it('dbt_zendesk PR #114: a holiday on a DST day closes exactly that local day, and DST-split periods stay apart', () => {
    const london = calendar('Europe/London', 'always', ['2026-03-29', '2026-10-25']);
    // 29 Mar lasts 23 h: 00:00 GMT (00:00 UTC) to 30 Mar 00:00 BST (29 Mar 23:00 UTC).
    expectInstant(addBusinessTime(london, at('2026-03-28T00:00:00Z'), DAY), '2026-03-29T00:00:00Z');
    // Not "+24 h - 1 s": the first second after the holiday is the first second of 30 Mar.
    expectInstant(
      addBusinessTime(london, at('2026-03-28T00:00:00Z'), DAY + 1000),
      '2026-03-30T00:00:01+01:00',
    );
    // 28 Mar 00:00 GMT to 31 Mar 00:00 BST is 71 h, of which 23 h closed.
    expect(businessTimeBetween(london, at('2026-03-28T00:00:00Z'), at('2026-03-31T00:00:00+01:00'))).toBe(
      48 * HOUR,
    );
    // 25 Oct lasts 25 h: 00:00 BST (24 Oct 23:00 UTC) to 26 Oct 00:00 GMT.
    expectInstant(
      addBusinessTime(london, at('2026-10-24T00:00:00+01:00'), DAY + 1000),
      '2026-10-26T00:00:01+00:00',
    );
    // Weekly 09:00-17:00 periods on each side of the change keep their own offsets:
    // Friday 27 Mar is 09:00-17:00 UTC, Monday 30 Mar 08:00-16:00 UTC.
    const desk = calendar('Europe/London', weekdays(['09:00', '17:00']));
    expect(businessTimeBetween(desk, at('2026-03-27T09:00:00Z'), at('2026-03-30T08:00:00Z'))).toBe(8 * HOUR);
    expect(businessTimeBetween(desk, at('2026-03-30T08:00:00Z'), at('2026-03-30T16:00:00Z'))).toBe(8 * HOUR);
  });

  it("luxon-business-days #35: a result is an instant in the calendar's zone, and chaining keeps it", () => {
    const kolkata = calendar('Asia/Kolkata', weekdays(['09:00', '17:00']));
    const start = at('2026-01-05T09:00:00+05:30');
    const once = addBusinessTime(kolkata, start, 8 * HOUR);
    const chained = addBusinessTime(kolkata, addBusinessTime(kolkata, start, 4 * HOUR), 4 * HOUR);
    expectInstant(once, '2026-01-05T17:00:00+05:30');
    expect(chained).toBe(once);
    // Read in the calendar's zone, the deadline is 17:00, whatever the machine's zone is.
    expect(wallTime(once, 'Asia/Kolkata')).toBe('17:00');
  });

  it('businesstimedelta #9: a tz-aware calendar with holidays terminates', () => {
    // The report: Los Angeles Mon-Fri 08:00-17:00 with US holidays, 2021-11-10 17:00 minus 4 h looped.
    const holidays = ['2021-11-11', '2021-11-25', '2021-11-26', '2021-12-24', '2021-12-31'];
    const losAngeles = calendar('America/Los_Angeles', weekdays(['08:00', '17:00']), holidays);
    // The 4 business hours before Wed 10 Nov 17:00 PST are 13:00-17:00.
    expect(
      businessTimeBetween(losAngeles, at('2021-11-10T13:00:00-08:00'), at('2021-11-10T17:00:00-08:00')),
    ).toBe(4 * HOUR);
    // Forward: Thu 11 Nov is Veterans Day, so Fri 12 Nov 08:00-12:00.
    expectInstant(
      addBusinessTime(losAngeles, at('2021-11-10T17:00:00-08:00'), 4 * HOUR),
      '2021-11-12T12:00:00-08:00',
    );
    // Every hour of Fri 24 (holiday) and Sat 25 Dec: 4 h later is Mon 27 Dec 12:00 PST.
    for (let hour = 0; hour < 48; hour++) {
      const start = at('2021-12-24T00:00:00-08:00') + hour * HOUR;
      expectInstant(addBusinessTime(losAngeles, start, 4 * HOUR), '2021-12-27T12:00:00-08:00');
    }
  });

  it('biz (from its code): an overnight shift into a holiday is judged by each local date, not by its start', () => {
    // New York, every night 00:00-06:00 and 22:00-24:00.
    const nights = everyDay(['00:00', '06:00'], ['22:00', '24:00']);
    // Sat 4 Jul closed: of the shift Fri 22:00 - Sat 06:00 only Friday's 2 h count;
    // Sunday's 00:00-06:00 counts.
    const july4 = calendar('America/New_York', nights, ['2026-07-04']);
    expect(businessTimeBetween(july4, at('2026-07-03T12:00:00-04:00'), at('2026-07-05T12:00:00-04:00'))).toBe(
      8 * HOUR,
    );
    // Fri 3 Jul closed instead: the shift starting on the holiday still counts its Saturday half.
    const july3 = calendar('America/New_York', nights, ['2026-07-03']);
    expect(businessTimeBetween(july3, at('2026-07-03T12:00:00-04:00'), at('2026-07-04T12:00:00-04:00'))).toBe(
      6 * HOUR,
    );
    expectInstant(addBusinessTime(july3, at('2026-07-03T12:00:00-04:00'), HOUR), '2026-07-04T01:00:00-04:00');
  });
});

describe('Infinite loops and guards', () => {
  it('moment-business-time #17: a stretch entirely outside working hours is 0, and returns', () => {
    // The report: workingDiff between 03:00 and 07:00 +08:00 on Sunday 16 Oct 2016 never returned.
    const shanghai = calendar('Asia/Shanghai', weekdays(['09:00', '17:00']));
    expect(
      businessTimeBetween(shanghai, at('2016-10-16T03:00:00+08:00'), at('2016-10-16T07:00:00+08:00')),
    ).toBe(0);
    expect(
      businessTimeBetween(shanghai, at('2016-10-15T18:00:00+08:00'), at('2016-10-17T09:00:00+08:00')),
    ).toBe(0);
  });

  it('moment-business-time #17 / dayjs-business-time #6: a calendar with every day closed is rejected at parse time', () => {
    for (const week of [{}, { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }]) {
      const error = calendarError({ timeZone: 'Europe/London', week });
      expect(error.issues).toEqual([{ path: 'week', message: expect.stringContaining('no working time') }]);
    }
    expect(() => parseCalendar({ timeZone: 'Europe/London', week: {} })).toThrow(CalendarError);
  });

  it('businesstimedelta #9 / freeitsm 4000-day guard: years of holidays throw NoWorkingTimeError promptly', () => {
    // Every date of 2027-2033 is a holiday: from the end of 2026 there is no working time for 7 years.
    const closed = calendar(
      'Europe/London',
      weekdays(['09:00', '17:00']),
      datesFrom('2027-01-01', '2033-12-31'),
    );
    const elapsed = timed(() => {
      expect(() => addBusinessTime(closed, at('2026-12-31T17:00:00Z'), HOUR)).toThrow(NoWorkingTimeError);
    });
    expect(elapsed).toBeLessThan(3000);
    // Time already on the clock before the closure is still found.
    expectInstant(addBusinessTime(closed, at('2026-12-31T16:00:00Z'), HOUR), '2026-12-31T17:00:00Z');
  });

  it('a closure of four years is bridged: the deadline lands on the first working day after it', () => {
    const closed = calendar(
      'Europe/London',
      weekdays(['09:00', '17:00']),
      datesFrom('2027-01-01', '2030-12-31'),
    );
    // Thu 31 Dec 2026 16:00-17:00, then Wed 1 Jan 2031 09:00-10:00 (GMT).
    expectInstant(addBusinessTime(closed, at('2026-12-31T16:00:00Z'), 2 * HOUR), '2031-01-01T10:00:00Z');
  });

  it('invalid durations throw RangeError instead of looping', () => {
    const desk = calendar('Europe/London', weekdays(['09:00', '17:00']));
    const start = at('2026-03-02T09:00:00Z');
    for (const duration of [-1, -HOUR, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER]) {
      expect(() => addBusinessTime(desk, start, duration)).toThrow(RangeError);
    }
  });

  it('instants that are not finite throw RangeError instead of walking to the end of time', () => {
    const desk = calendar('Europe/London', weekdays(['09:00', '17:00']));
    const start = at('2026-03-02T09:00:00Z');
    const elapsed = timed(() => {
      for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
        expect(() => businessTimeBetween(desk, start, bad)).toThrow(RangeError);
        expect(() => businessTimeBetween(desk, bad, start)).toThrow(RangeError);
        expect(() => addBusinessTime(desk, bad, HOUR)).toThrow(RangeError);
      }
    });
    expect(elapsed).toBeLessThan(1000);
  });

  it('between over an absurd span (a thousand years) throws RangeError promptly', () => {
    const desk = calendar('Europe/London', weekdays(['09:00', '17:00']));
    const elapsed = timed(() => {
      expect(() => businessTimeBetween(desk, at('2026-01-01T00:00:00Z'), at('3026-01-01T00:00:00Z'))).toThrow(
        RangeError,
      );
    });
    expect(elapsed).toBeLessThan(3000);
  });

  it('a huge duration on a sparse calendar throws promptly instead of walking for hours', () => {
    // One minute a week: 100 years of business time would lie a million years away.
    const sparse = calendar('Europe/London', { mon: [['09:00', '09:01']] });
    const elapsed = timed(() => {
      expect(() => addBusinessTime(sparse, at('2026-01-05T00:00:00Z'), 100 * 366 * DAY)).toThrow(RangeError);
    });
    expect(elapsed).toBeLessThan(5000);
  });

  it('a sparse calendar still reaches a deadline a century away, exactly', () => {
    // One minute every Monday at 09:00 London time. 5200 minutes = the 5200th Monday counting
    // Mon 5 Jan 2026 as the first: 5 Jan 2026 + 5199 weeks (36393 days). 2026-01-05 + 100 years
    // (24 leap days: 2028-2124 without 2100) = 36524 days, so the date is 131 days before
    // 2126-01-05, i.e. 2125-08-27, in BST.
    const sparse = calendar('Europe/London', { mon: [['09:00', '09:01']] });
    const deadline = addBusinessTime(sparse, at('2026-01-05T00:00:00Z'), 5200 * MINUTE);
    expectInstant(deadline, '2125-08-27T09:01:00+01:00');
    expect(businessTimeBetween(sparse, at('2026-01-05T00:00:00Z'), deadline)).toBe(5200 * MINUTE);
  });
});

describe('Schedules in other help desks (sla-models.md §3b)', () => {
  it('osTicket #6847: a lunch break is two intervals, not a holiday', () => {
    // UTC Mon-Fri 09:00-13:00 and 14:00-18:00; Tue 3 Mar 2026 is a (whole-day) holiday.
    const desk = calendar('UTC', weekdays(['09:00', '13:00'], ['14:00', '18:00']), ['2026-03-03']);
    // 12:30-13:00, then 14:00-14:30.
    expectInstant(addBusinessTime(desk, at('2026-03-02T12:30:00Z'), HOUR), '2026-03-02T14:30:00Z');
    // Mon 17:00-18:00, Tuesday closed, Wed 09:00-10:00.
    expectInstant(addBusinessTime(desk, at('2026-03-02T17:00:00Z'), 2 * HOUR), '2026-03-04T10:00:00Z');
    // A holiday is a whole date: a time of day cannot be entered as one.
    expect(
      calendarError({ timeZone: 'UTC', week: weekdays(['09:00', '18:00']), holidays: ['2026-03-02T13:00'] })
        .issues,
    ).toEqual([{ path: 'holidays[0]', message: '"2026-03-02T13:00" is not a date (YYYY-MM-DD)' }]);
  });

  it('osTicket #6739: any subset of weekdays works, with no Monday or Thursday defined', () => {
    // UTC, Tuesday, Wednesday and Friday 10:00-12:00 only.
    const desk = calendar('UTC', {
      tue: [['10:00', '12:00']],
      wed: [['10:00', '12:00']],
      fri: [['10:00', '12:00']],
    });
    // From Mon 2 Mar: Tue 10-12 (2 h), Wed 10-11.
    expectInstant(addBusinessTime(desk, at('2026-03-02T00:00:00Z'), 3 * HOUR), '2026-03-04T11:00:00Z');
    // From Fri 6 Mar 11:00: Fri 11-12, Tue 10 Mar 10-11.
    expectInstant(addBusinessTime(desk, at('2026-03-06T11:00:00Z'), 2 * HOUR), '2026-03-10T11:00:00Z');
    expect(businessTimeBetween(desk, at('2026-03-02T00:00:00Z'), at('2026-03-09T00:00:00Z'))).toBe(6 * HOUR);
  });
});

describe('Process-global time zone (RT switches $ENV{TZ} per calculation)', () => {
  it('results do not depend on the process time zone', () => {
    const compute = () => {
      const london = calendar('Europe/London', weekdays(['09:00', '17:00']), ['2026-12-25']);
      const santiago = calendar('America/Santiago', { sat: [['22:00', '24:00']], sun: [['00:00', '02:00']] });
      return [
        addBusinessTime(london, at('2026-03-27T16:00:00Z'), 2 * HOUR),
        addBusinessTime(london, at('2026-12-24T16:00:00Z'), 2 * HOUR),
        businessTimeBetween(london, at('2026-01-01T00:00:00Z'), at('2027-01-01T00:00:00Z')),
        addBusinessTime(santiago, at('2026-04-04T22:00:00-03:00'), 3 * HOUR),
        businessTimeBetween(santiago, at('2026-09-05T12:00:00-04:00'), at('2026-09-06T12:00:00-03:00')),
      ];
    };
    const original = process.env.TZ;
    expect(original).toBe('Pacific/Chatham');
    const expected = [
      at('2026-03-30T10:00:00+01:00'),
      at('2026-12-28T10:00:00Z'),
      (261 - 1) * 8 * HOUR,
      at('2026-04-05T00:00:00-04:00'),
      3 * HOUR,
    ];
    try {
      for (const zone of ['Pacific/Chatham', 'America/Los_Angeles', 'Asia/Kathmandu', 'UTC']) {
        process.env.TZ = zone;
        expect(compute()).toEqual(expected);
      }
    } finally {
      process.env.TZ = original;
    }
  });
});
