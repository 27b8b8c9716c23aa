// @vitest-environment node
/**
 * DST weekends and unusual offsets, one table per zone. Every expected value is worked out by hand
 * from the tz rules and the definition: a local time that does not exist (spring-forward) counts
 * nothing, a local time that happens twice (fall-back) counts twice, and business time is real
 * elapsed time. The comments give the working; instants are written with the offset in force.
 */
import { describe, expect, it } from 'vitest';
import { addBusinessTime, businessTimeBetween, type Calendar } from '../../core/engine';
import { at, calendar, DAY, expectInstant, HOUR, MINUTE, weekdays } from './calendar-helpers';

interface AddRow {
  readonly start: string;
  readonly duration: number;
  readonly expected: string;
  readonly why: string;
}

interface BetweenRow {
  readonly from: string;
  readonly to: string;
  readonly expected: number;
  readonly why: string;
}

function addTable(name: string, calendarUnderTest: Calendar, rows: readonly AddRow[]): void {
  it.each(rows)(`${name}: add($start, $duration ms) = $expected — $why`, ({ start, duration, expected }) => {
    expectInstant(addBusinessTime(calendarUnderTest, at(start), duration), expected);
  });
}

function betweenTable(name: string, calendarUnderTest: Calendar, rows: readonly BetweenRow[]): void {
  it.each(rows)(`${name}: between($from, $to) = $expected ms — $why`, ({ from, to, expected }) => {
    expect(businessTimeBetween(calendarUnderTest, at(from), at(to))).toBe(expected);
  });
}

/** Sunday 00:00-06:00: a window that contains the transition of every zone below that changes on Sunday. */
const sundayNight = { sun: [['00:00', '06:00'] as const] };
const office = weekdays(['09:00', '17:00']);

describe('Europe/London (GMT +00:00 / BST +01:00; changes at 01:00 UTC)', () => {
  const night = calendar('Europe/London', sundayNight);
  const desk = calendar('Europe/London', office);

  describe('spring forward, Sun 29 Mar 2026: 01:00 GMT becomes 02:00 BST', () => {
    betweenTable('night', night, [
      {
        from: '2026-03-29T00:00:00+00:00',
        to: '2026-03-29T12:00:00+01:00',
        expected: 5 * HOUR,
        why: '00:00-01:00 GMT (1 h) + 02:00-06:00 BST (4 h); 01:00-02:00 never happens',
      },
    ]);
    addTable('night', night, [
      {
        start: '2026-03-29T00:00:00+00:00',
        duration: HOUR,
        expected: '2026-03-29T02:00:00+01:00',
        why: 'the first hour ends at the jump: 01:00 GMT is 02:00 BST',
      },
      {
        start: '2026-03-29T00:00:00+00:00',
        duration: 90 * MINUTE,
        expected: '2026-03-29T02:30:00+01:00',
        why: 'the 30 minutes after the jump are wall-clock 02:00-02:30 BST',
      },
      {
        start: '2026-03-29T00:00:00+00:00',
        duration: 5 * HOUR,
        expected: '2026-03-29T06:00:00+01:00',
        why: 'all 5 h end at the interval end, 06:00 BST',
      },
    ]);
    addTable('desk', desk, [
      {
        start: '2026-03-27T16:00:00+00:00',
        duration: 2 * HOUR,
        expected: '2026-03-30T10:00:00+01:00',
        why: 'Fri 16:00-17:00 GMT, then Mon 09:00-10:00 BST (= 08:00-09:00 UTC)',
      },
    ]);
    betweenTable('desk', desk, [
      {
        from: '2026-03-23T00:00:00+00:00',
        to: '2026-04-06T00:00:00+01:00',
        expected: 80 * HOUR,
        why: 'ten weekdays of 8 h each, whichever offset they fall in',
      },
    ]);
  });

  describe('fall back, Sun 25 Oct 2026: 02:00 BST becomes 01:00 GMT', () => {
    betweenTable('night', night, [
      {
        from: '2026-10-25T00:00:00+01:00',
        to: '2026-10-25T12:00:00+00:00',
        expected: 7 * HOUR,
        why: '00:00-02:00 BST (2 h) + 01:00-06:00 GMT (5 h): 01:00-02:00 counts twice',
      },
    ]);
    addTable('night', night, [
      {
        start: '2026-10-25T00:00:00+01:00',
        duration: 90 * MINUTE,
        expected: '2026-10-25T01:30:00+01:00',
        why: 'the first 01:30 (BST)',
      },
      {
        start: '2026-10-25T00:00:00+01:00',
        duration: 2 * HOUR,
        expected: '2026-10-25T01:00:00+00:00',
        why: 'two hours after midnight the wall clock reads 01:00 again (GMT)',
      },
      {
        start: '2026-10-25T00:00:00+01:00',
        duration: 150 * MINUTE,
        expected: '2026-10-25T01:30:00+00:00',
        why: 'the second 01:30 (GMT), one real hour after the first',
      },
      {
        start: '2026-10-25T00:00:00+01:00',
        duration: 7 * HOUR,
        expected: '2026-10-25T06:00:00+00:00',
        why: 'all 7 h end at 06:00 GMT',
      },
    ]);
    addTable('desk', desk, [
      {
        start: '2026-10-23T16:00:00+01:00',
        duration: 2 * HOUR,
        expected: '2026-10-26T10:00:00+00:00',
        why: 'Fri 16:00-17:00 BST, then Mon 09:00-10:00 GMT',
      },
    ]);
  });
});

describe('America/New_York (EST -05:00 / EDT -04:00; changes at 02:00 local)', () => {
  const night = calendar('America/New_York', sundayNight);
  const desk = calendar('America/New_York', office);

  describe('spring forward, Sun 8 Mar 2026: 02:00 EST becomes 03:00 EDT', () => {
    betweenTable('night', night, [
      {
        from: '2026-03-08T00:00:00-05:00',
        to: '2026-03-08T12:00:00-04:00',
        expected: 5 * HOUR,
        why: '00:00-02:00 EST (2 h) + 03:00-06:00 EDT (3 h)',
      },
    ]);
    addTable('night', night, [
      {
        start: '2026-03-08T00:00:00-05:00',
        duration: 2 * HOUR,
        expected: '2026-03-08T03:00:00-04:00',
        why: 'two hours after midnight it is 03:00 EDT',
      },
      {
        start: '2026-03-08T00:00:00-05:00',
        duration: 2 * HOUR + MINUTE,
        expected: '2026-03-08T03:01:00-04:00',
        why: 'no minute is spent in the missing hour',
      },
      {
        start: '2026-03-08T00:00:00-05:00',
        duration: 5 * HOUR,
        expected: '2026-03-08T06:00:00-04:00',
        why: 'ends at the interval end',
      },
    ]);

    it('an interval starting inside the gap counts from the jump; one inside the gap counts nothing', () => {
      // Sunday 02:30-04:00: on Mar 8 only 03:00-04:00 EDT exists (1 h); on Mar 1 it is 1.5 h.
      const halfInGap = calendar('America/New_York', { sun: [['02:30', '04:00']] });
      expect(
        businessTimeBetween(halfInGap, at('2026-03-08T00:00:00-05:00'), at('2026-03-09T00:00:00-04:00')),
      ).toBe(HOUR);
      expect(
        businessTimeBetween(halfInGap, at('2026-03-01T00:00:00-05:00'), at('2026-03-02T00:00:00-05:00')),
      ).toBe(90 * MINUTE);
      expectInstant(
        addBusinessTime(halfInGap, at('2026-03-08T00:00:00-05:00'), 30 * MINUTE),
        '2026-03-08T03:30:00-04:00',
      );
      // Sunday 02:00-03:00 does not exist on Mar 8: the first hour is the whole of it on Mar 15.
      const inGap = calendar('America/New_York', { sun: [['02:00', '03:00']] });
      expect(
        businessTimeBetween(inGap, at('2026-03-08T00:00:00-05:00'), at('2026-03-09T00:00:00-04:00')),
      ).toBe(0);
      expectInstant(
        addBusinessTime(inGap, at('2026-03-08T00:00:00-05:00'), HOUR),
        '2026-03-15T03:00:00-04:00',
      );
    });

    addTable('desk', desk, [
      {
        start: '2026-03-06T16:00:00-05:00',
        duration: 2 * HOUR,
        expected: '2026-03-09T10:00:00-04:00',
        why: 'Fri 16:00-17:00 EST, then Mon 09:00-10:00 EDT (13:00-14:00 UTC)',
      },
      {
        start: '2026-03-02T09:00:00-05:00',
        duration: 80 * HOUR,
        expected: '2026-03-13T17:00:00-04:00',
        why: 'two full weeks of 40 h, the second one on EDT',
      },
    ]);
  });

  describe('fall back, Sun 1 Nov 2026: 02:00 EDT becomes 01:00 EST', () => {
    betweenTable('night', night, [
      {
        from: '2026-11-01T00:00:00-04:00',
        to: '2026-11-01T12:00:00-05:00',
        expected: 7 * HOUR,
        why: '00:00-02:00 EDT (2 h) + 01:00-06:00 EST (5 h)',
      },
    ]);
    addTable('night', night, [
      {
        start: '2026-11-01T00:00:00-04:00',
        duration: HOUR,
        expected: '2026-11-01T01:00:00-04:00',
        why: 'the first 01:00 (EDT)',
      },
      {
        start: '2026-11-01T00:00:00-04:00',
        duration: 2 * HOUR,
        expected: '2026-11-01T01:00:00-05:00',
        why: 'the second 01:00 (EST)',
      },
      {
        start: '2026-11-01T00:00:00-04:00',
        duration: 7 * HOUR,
        expected: '2026-11-01T06:00:00-05:00',
        why: 'ends at 06:00 EST',
      },
    ]);
    addTable('desk', desk, [
      {
        start: '2026-10-30T16:00:00-04:00',
        duration: 2 * HOUR,
        expected: '2026-11-02T10:00:00-05:00',
        why: 'Fri 16:00-17:00 EDT, then Mon 09:00-10:00 EST (14:00-15:00 UTC)',
      },
    ]);
  });
});

describe('Australia/Sydney (AEST +10:00 / AEDT +11:00; changes at 16:00 UTC on Saturday)', () => {
  const night = calendar('Australia/Sydney', sundayNight);
  // Labour Day, Mon 5 Oct 2026, is a NSW public holiday. Only listed holidays close the desk, so
  // Good Friday (Apr 3) is an ordinary working day here.
  const desk = calendar('Australia/Sydney', office, ['2026-10-05']);

  describe('fall back, Sun 5 Apr 2026: 03:00 AEDT becomes 02:00 AEST', () => {
    betweenTable('night', night, [
      {
        from: '2026-04-05T00:00:00+11:00',
        to: '2026-04-05T12:00:00+10:00',
        expected: 7 * HOUR,
        why: '00:00-03:00 AEDT (3 h) + 02:00-06:00 AEST (4 h): 02:00-03:00 counts twice',
      },
    ]);
    addTable('night', night, [
      {
        start: '2026-04-05T00:00:00+11:00',
        duration: 2 * HOUR,
        expected: '2026-04-05T02:00:00+11:00',
        why: 'the first 02:00 (AEDT)',
      },
      {
        start: '2026-04-05T00:00:00+11:00',
        duration: 3 * HOUR,
        expected: '2026-04-05T02:00:00+10:00',
        why: 'the second 02:00 (AEST)',
      },
      {
        start: '2026-04-05T00:00:00+11:00',
        duration: 7 * HOUR,
        expected: '2026-04-05T06:00:00+10:00',
        why: 'ends at 06:00 AEST',
      },
    ]);
    addTable('desk', desk, [
      {
        start: '2026-04-03T16:00:00+11:00',
        duration: 2 * HOUR,
        expected: '2026-04-06T10:00:00+10:00',
        why: 'Fri 16:00-17:00 AEDT, then Mon 09:00-10:00 AEST (Apr 5 23:00-Apr 6 00:00 UTC)',
      },
    ]);
  });

  describe('spring forward, Sun 4 Oct 2026: 02:00 AEST becomes 03:00 AEDT', () => {
    betweenTable('night', night, [
      {
        from: '2026-10-04T00:00:00+10:00',
        to: '2026-10-04T12:00:00+11:00',
        expected: 5 * HOUR,
        why: '00:00-02:00 AEST (2 h) + 03:00-06:00 AEDT (3 h)',
      },
    ]);
    addTable('night', night, [
      {
        start: '2026-10-04T00:00:00+10:00',
        duration: 2 * HOUR,
        expected: '2026-10-04T03:00:00+11:00',
        why: 'two hours after midnight it is 03:00 AEDT',
      },
      {
        start: '2026-10-04T00:00:00+10:00',
        duration: 5 * HOUR,
        expected: '2026-10-04T06:00:00+11:00',
        why: 'ends at 06:00 AEDT',
      },
    ]);
    addTable('desk', desk, [
      {
        start: '2026-10-02T16:00:00+10:00',
        duration: 2 * HOUR,
        expected: '2026-10-06T10:00:00+11:00',
        why: 'Fri 16:00-17:00 AEST, Mon 5 Oct is Labour Day, then Tue 09:00-10:00 AEDT',
      },
    ]);
  });
});

describe('Australia/Lord_Howe (+10:30 / +11:00: a 30-minute shift)', () => {
  const night = calendar('Australia/Lord_Howe', sundayNight);
  const allDays = calendar('Australia/Lord_Howe', 'always', ['2026-04-05', '2026-10-04']);

  describe('fall back, Sun 5 Apr 2026: 02:00 (+11:00) becomes 01:30 (+10:30)', () => {
    betweenTable('night', night, [
      {
        from: '2026-04-05T00:00:00+11:00',
        to: '2026-04-05T12:00:00+10:30',
        expected: 6 * HOUR + 30 * MINUTE,
        why: '00:00-02:00 at +11 (2 h) + 01:30-06:00 at +10:30 (4.5 h): 01:30-02:00 counts twice',
      },
    ]);
    addTable('night', night, [
      {
        start: '2026-04-05T00:00:00+11:00',
        duration: 105 * MINUTE,
        expected: '2026-04-05T01:45:00+11:00',
        why: 'the first 01:45',
      },
      {
        start: '2026-04-05T00:00:00+11:00',
        duration: 2 * HOUR,
        expected: '2026-04-05T01:30:00+10:30',
        why: 'after 2 h the clock reads 01:30 again',
      },
      {
        start: '2026-04-05T00:00:00+11:00',
        duration: 135 * MINUTE,
        expected: '2026-04-05T01:45:00+10:30',
        why: 'the second 01:45, half an hour after the first',
      },
      {
        start: '2026-04-05T00:00:00+11:00',
        duration: 6 * HOUR + 30 * MINUTE,
        expected: '2026-04-05T06:00:00+10:30',
        why: 'ends at 06:00 (+10:30)',
      },
    ]);
    it('a holiday on that Sunday closes its 24.5 hours', () => {
      // Apr 4 00:00 (+11) to Apr 7 00:00 (+10:30) is 72.5 h; Apr 5 lasts 24.5 h and is closed.
      expect(
        businessTimeBetween(allDays, at('2026-04-04T00:00:00+11:00'), at('2026-04-07T00:00:00+10:30')),
      ).toBe(48 * HOUR);
      expectInstant(
        addBusinessTime(allDays, at('2026-04-04T00:00:00+11:00'), DAY + MINUTE),
        '2026-04-06T00:01:00+10:30',
      );
    });
  });

  describe('spring forward, Sun 4 Oct 2026: 02:00 (+10:30) becomes 02:30 (+11:00)', () => {
    betweenTable('night', night, [
      {
        from: '2026-10-04T00:00:00+10:30',
        to: '2026-10-04T12:00:00+11:00',
        expected: 5 * HOUR + 30 * MINUTE,
        why: '00:00-02:00 at +10:30 (2 h) + 02:30-06:00 at +11 (3.5 h)',
      },
    ]);
    addTable('night', night, [
      {
        start: '2026-10-04T00:00:00+10:30',
        duration: 2 * HOUR,
        expected: '2026-10-04T02:30:00+11:00',
        why: 'two hours after midnight it is 02:30',
      },
      {
        start: '2026-10-04T00:00:00+10:30',
        duration: 2 * HOUR + 15 * MINUTE,
        expected: '2026-10-04T02:45:00+11:00',
        why: '02:00-02:30 does not exist',
      },
    ]);
    it('a holiday on that Sunday closes its 23.5 hours', () => {
      // Oct 3 00:00 (+10:30) to Oct 6 00:00 (+11) is 71.5 h; Oct 4 lasts 23.5 h and is closed.
      expect(
        businessTimeBetween(allDays, at('2026-10-03T00:00:00+10:30'), at('2026-10-06T00:00:00+11:00')),
      ).toBe(48 * HOUR);
    });
  });
});

describe('America/Santiago (-04:00 / -03:00; the clocks change at local midnight)', () => {
  // An overnight shift Saturday 22:00-24:00 + Sunday 00:00-02:00.
  const shift = calendar('America/Santiago', { sat: [['22:00', '24:00']], sun: [['00:00', '02:00']] });
  const allDays = calendar('America/Santiago', 'always', ['2026-04-04', '2026-09-06']);

  describe('fall back: Sat 4 Apr 2026 24:00 (-03:00) becomes Sat 23:00 (-04:00)', () => {
    betweenTable('shift', shift, [
      {
        from: '2026-04-04T12:00:00-03:00',
        to: '2026-04-05T12:00:00-04:00',
        expected: 5 * HOUR,
        why: 'Saturday 22:00-24:00 at -03 (2 h) + 23:00-24:00 at -04 (1 h) + Sunday 00:00-02:00 at -04 (2 h)',
      },
    ]);
    addTable('shift', shift, [
      {
        start: '2026-04-04T22:00:00-03:00',
        duration: 2 * HOUR,
        expected: '2026-04-04T23:00:00-04:00',
        why: 'Saturday never reaches 24:00 at -03: after 2 h the clock reads 23:00 again',
      },
      {
        start: '2026-04-04T22:00:00-03:00',
        duration: 3 * HOUR,
        expected: '2026-04-05T00:00:00-04:00',
        why: 'the deadline is the real midnight, the end of the 25-hour Saturday',
      },
      {
        start: '2026-04-04T22:00:00-03:00',
        duration: 5 * HOUR,
        expected: '2026-04-05T02:00:00-04:00',
        why: 'ends at Sunday 02:00 (-04)',
      },
    ]);
    it('a holiday on that Saturday closes all of its 25 hours', () => {
      // Sat Apr 4 runs from 00:00 -03 (03:00 UTC) to Sun 00:00 -04 (04:00 UTC on Apr 5).
      expect(businessTimeBetween(allDays, at('2026-04-04T03:00:00Z'), at('2026-04-05T04:00:00Z'))).toBe(0);
      expectInstant(
        addBusinessTime(allDays, at('2026-04-03T00:00:00-03:00'), DAY),
        '2026-04-04T00:00:00-03:00',
      );
      expectInstant(
        addBusinessTime(allDays, at('2026-04-03T00:00:00-03:00'), DAY + MINUTE),
        '2026-04-05T00:01:00-04:00',
      );
    });
  });

  describe('spring forward: Sat 5 Sep 2026 24:00 (-04:00) becomes Sun 01:00 (-03:00)', () => {
    betweenTable('shift', shift, [
      {
        from: '2026-09-05T12:00:00-04:00',
        to: '2026-09-06T12:00:00-03:00',
        expected: 3 * HOUR,
        why: 'Saturday 22:00-24:00 at -04 (2 h) + Sunday 01:00-02:00 at -03 (1 h); 00:00-01:00 never happens',
      },
    ]);
    addTable('shift', shift, [
      {
        start: '2026-09-05T22:00:00-04:00',
        duration: 2 * HOUR,
        expected: '2026-09-06T01:00:00-03:00',
        why: 'Sunday has no midnight: the end of Saturday is Sunday 01:00',
      },
      {
        start: '2026-09-05T22:00:00-04:00',
        duration: 3 * HOUR,
        expected: '2026-09-06T02:00:00-03:00',
        why: 'ends at Sunday 02:00 (-03)',
      },
      {
        start: '2026-09-05T22:00:00-04:00',
        duration: 3 * HOUR + MINUTE,
        expected: '2026-09-12T22:01:00-03:00',
        why: 'the next shift is the following Saturday',
      },
    ]);
    it('a holiday on that Sunday closes its 23 hours', () => {
      // Sun Sep 6 runs from 01:00 -03 (04:00 UTC) to Mon 00:00 -03 (03:00 UTC on Sep 7).
      expect(businessTimeBetween(allDays, at('2026-09-06T04:00:00Z'), at('2026-09-07T03:00:00Z'))).toBe(0);
      expect(
        businessTimeBetween(allDays, at('2026-09-05T00:00:00-04:00'), at('2026-09-08T00:00:00-03:00')),
      ).toBe(48 * HOUR);
    });
  });
});

describe('Africa/Casablanca (+01:00, +00:00 during Ramadan; changes at 02:00 UTC)', () => {
  // Sunday 01:00-04:00; both 2026 changes fall on a Sunday.
  const night = calendar('Africa/Casablanca', { sun: [['01:00', '04:00']] });
  const desk = calendar('Africa/Casablanca', office);

  describe('Sun 15 Feb 2026: 03:00 (+01:00) becomes 02:00 (+00:00)', () => {
    betweenTable('night', night, [
      {
        from: '2026-02-15T00:00:00+01:00',
        to: '2026-02-15T12:00:00+00:00',
        expected: 4 * HOUR,
        why: '01:00-03:00 at +01 (2 h) + 02:00-04:00 at +00 (2 h): 02:00-03:00 counts twice',
      },
    ]);
    addTable('night', night, [
      {
        start: '2026-02-15T01:00:00+01:00',
        duration: 90 * MINUTE,
        expected: '2026-02-15T02:30:00+01:00',
        why: 'the first 02:30 is the one with the greater offset',
      },
      {
        start: '2026-02-15T01:00:00+01:00',
        duration: 150 * MINUTE,
        expected: '2026-02-15T02:30:00+00:00',
        why: 'the second 02:30, one real hour later',
      },
      {
        start: '2026-02-15T01:00:00+01:00',
        duration: 4 * HOUR,
        expected: '2026-02-15T04:00:00+00:00',
        why: 'ends at 04:00 (+00)',
      },
    ]);
    addTable('desk', desk, [
      {
        start: '2026-02-13T16:00:00+01:00',
        duration: 2 * HOUR,
        expected: '2026-02-16T10:00:00+00:00',
        why: 'Fri 16:00-17:00 at +01, then Mon 09:00-10:00 at +00',
      },
    ]);
  });

  describe('Sun 22 Mar 2026: 02:00 (+00:00) becomes 03:00 (+01:00)', () => {
    betweenTable('night', night, [
      {
        from: '2026-03-22T00:00:00+00:00',
        to: '2026-03-22T12:00:00+01:00',
        expected: 2 * HOUR,
        why: '01:00-02:00 at +00 (1 h) + 03:00-04:00 at +01 (1 h)',
      },
    ]);
    addTable('night', night, [
      {
        start: '2026-03-22T01:00:00+00:00',
        duration: HOUR,
        expected: '2026-03-22T03:00:00+01:00',
        why: 'an hour after 01:00 it is 03:00',
      },
      {
        start: '2026-03-22T01:00:00+00:00',
        duration: 2 * HOUR,
        expected: '2026-03-22T04:00:00+01:00',
        why: 'ends at 04:00 (+01)',
      },
    ]);
    addTable('desk', desk, [
      {
        start: '2026-03-20T16:00:00+00:00',
        duration: 2 * HOUR,
        expected: '2026-03-23T10:00:00+01:00',
        why: 'Fri 16:00-17:00 at +00, then Mon 09:00-10:00 at +01',
      },
    ]);
  });
});

describe('half-hour and quarter-hour zones', () => {
  describe('Asia/Kolkata (+05:30, no DST), Mon-Fri 09:00-17:00', () => {
    const kolkata = calendar('Asia/Kolkata', office);
    addTable('Kolkata', kolkata, [
      {
        start: '2026-01-05T09:00:00+05:30',
        duration: 8 * HOUR,
        expected: '2026-01-05T17:00:00+05:30',
        why: 'a full day: 03:30-11:30 UTC',
      },
      {
        start: '2026-01-05T16:00:00+05:30',
        duration: 2 * HOUR,
        expected: '2026-01-06T10:00:00+05:30',
        why: 'Mon 16:00-17:00, Tue 09:00-10:00',
      },
    ]);
    betweenTable('Kolkata', kolkata, [
      {
        from: '2026-01-05T00:00:00Z',
        to: '2026-01-05T06:00:00Z',
        expected: 150 * MINUTE,
        why: '06:00 UTC is 11:30 local: 09:00-11:30',
      },
      {
        from: '2026-01-05T00:00:00+05:30',
        to: '2026-01-10T00:00:00+05:30',
        expected: 40 * HOUR,
        why: 'Monday to Friday',
      },
    ]);
  });

  describe('Asia/Kathmandu (+05:45, no DST), Mon-Fri 10:00-17:00', () => {
    const kathmandu = calendar('Asia/Kathmandu', weekdays(['10:00', '17:00']));
    addTable('Kathmandu', kathmandu, [
      {
        start: '2026-01-05T10:00:00+05:45',
        duration: 7 * HOUR,
        expected: '2026-01-05T17:00:00+05:45',
        why: 'a full day: 04:15-11:15 UTC',
      },
      {
        start: '2026-01-05T16:30:00+05:45',
        duration: HOUR,
        expected: '2026-01-06T10:30:00+05:45',
        why: 'Mon 16:30-17:00, Tue 10:00-10:30',
      },
    ]);
    betweenTable('Kathmandu', kathmandu, [
      {
        from: '2026-01-05T00:00:00Z',
        to: '2026-01-05T05:00:00Z',
        expected: 45 * MINUTE,
        why: '05:00 UTC is 10:45 local: 10:00-10:45',
      },
    ]);
  });
});

describe('transitions that fall exactly on a UTC midnight', () => {
  describe('Asia/Jerusalem, Fri 29 Mar 2019: 02:00 (+02:00) becomes 03:00 (+03:00), at 00:00 UTC', () => {
    // Israeli week: Sunday to Thursday 08:00-17:00, and Friday 00:00-06:00.
    const desk = calendar('Asia/Jerusalem', {
      sun: [['08:00', '17:00']],
      mon: [['08:00', '17:00']],
      tue: [['08:00', '17:00']],
      wed: [['08:00', '17:00']],
      thu: [['08:00', '17:00']],
      fri: [['00:00', '06:00']],
    });
    addTable('desk', desk, [
      {
        start: '2019-03-24T00:00:00+02:00',
        duration: HOUR,
        expected: '2019-03-24T09:00:00+02:00',
        why: 'the Sunday before is on +02:00: 08:00-09:00 is 06:00-07:00 UTC',
      },
      {
        start: '2019-03-28T00:00:00+02:00',
        duration: HOUR,
        expected: '2019-03-28T09:00:00+02:00',
        why: 'the Thursday before is on +02:00 too',
      },
      {
        start: '2019-03-28T16:00:00+02:00',
        duration: 2 * HOUR,
        expected: '2019-03-29T01:00:00+02:00',
        why: 'Thu 16:00-17:00, then Friday 00:00-01:00 (+02)',
      },
      {
        start: '2019-03-29T00:00:00+02:00',
        duration: 3 * HOUR,
        expected: '2019-03-29T04:00:00+03:00',
        why: 'Friday 00:00-02:00 (+02), 02:00-03:00 does not exist, 03:00-04:00 (+03)',
      },
      {
        start: '2019-03-31T00:00:00+03:00',
        duration: HOUR,
        expected: '2019-03-31T09:00:00+03:00',
        why: 'the Sunday after is on +03:00',
      },
    ]);
    betweenTable('desk', desk, [
      {
        from: '2019-03-29T00:00:00+02:00',
        to: '2019-03-29T12:00:00+03:00',
        expected: 5 * HOUR,
        why: 'Friday 00:00-02:00 (+02) and 03:00-06:00 (+03)',
      },
      {
        from: '2019-03-24T00:00:00+02:00',
        to: '2019-03-31T00:00:00+03:00',
        expected: 5 * 9 * HOUR + 5 * HOUR,
        why: 'five 9-hour days and the 5-hour Friday',
      },
    ]);
  });

  describe('Europe/Chisinau, Sun 25 Oct 2020: 03:00 (+03:00) becomes 02:00 (+02:00), at 00:00 UTC', () => {
    const night = calendar('Europe/Chisinau', { ...office, ...sundayNight });
    addTable('Chisinau', night, [
      {
        start: '2020-10-19T00:00:00+03:00',
        duration: HOUR,
        expected: '2020-10-19T10:00:00+03:00',
        why: 'the Monday before is on +03:00: 09:00-10:00 is 06:00-07:00 UTC',
      },
      {
        start: '2020-10-25T00:00:00+03:00',
        duration: 3 * HOUR,
        expected: '2020-10-25T02:00:00+02:00',
        why: 'Sunday 00:00-03:00 (+03), then the clock reads 02:00 again',
      },
    ]);
    betweenTable('Chisinau', night, [
      {
        from: '2020-10-25T00:00:00+03:00',
        to: '2020-10-25T12:00:00+02:00',
        expected: 7 * HOUR,
        why: '00:00-03:00 (+03) + 02:00-06:00 (+02): 02:00-03:00 counts twice',
      },
    ]);
  });
});
