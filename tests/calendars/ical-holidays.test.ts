import { describe, expect, it } from 'vitest';
import { MAX_ICAL_BYTES, parseIcalHolidays } from '../../core/calendars/ical-holidays';

const RANGE = { fromYear: 2026, toYear: 2027 };

/** As a public-holiday feed writes it: CRLF, a folded SUMMARY, a time zone block, one timed meeting. */
const FEED = [
  'BEGIN:VCALENDAR', // 1
  'VERSION:2.0',
  'PRODID:-//Example//Holidays ES//EN',
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Madrid',
  'END:VTIMEZONE',
  'BEGIN:VEVENT', // 7
  'UID:new-year@example.com',
  'DTSTART;VALUE=DATE:20260101',
  'DTEND;VALUE=DATE:20260102',
  'SUMMARY:New Year',
  " 's Day",
  'END:VEVENT',
  'BEGIN:VEVENT', // 14
  'UID:christmas@example.com',
  'DTSTART;VALUE=DATE:20261224',
  'DTEND;VALUE=DATE:20261227',
  'SUMMARY:Christmas break',
  'END:VEVENT',
  'BEGIN:VEVENT', // 20
  'UID:labour@example.com',
  'DTSTART;VALUE=DATE:20250501',
  'RRULE:FREQ=YEARLY',
  'SUMMARY:Día del Trabajo',
  'END:VEVENT',
  'BEGIN:VEVENT', // 26
  'UID:meeting@example.com',
  'DTSTART;TZID=Europe/Madrid:20260310T100000',
  'DTEND;TZID=Europe/Madrid:20260310T110000',
  'SUMMARY:Team meeting',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

describe('parseIcalHolidays', () => {
  it('reads all-day events, multi-day ones day by day, and yearly rules within the range', () => {
    const { holidays, errors } = parseIcalHolidays(FEED, RANGE);
    expect(holidays.map(({ date, name }) => [date, name])).toEqual([
      ['2026-01-01', "New Year's Day"],
      ['2026-05-01', 'Día del Trabajo'],
      ['2026-12-24', 'Christmas break'],
      ['2026-12-25', 'Christmas break'],
      ['2026-12-26', 'Christmas break'],
      ['2027-05-01', 'Día del Trabajo'],
    ]);
    expect(holidays[0]?.line).toBe(7);
    expect(errors).toEqual([expect.objectContaining({ line: 28, problem: 'notAllDay' })]);
  });

  it('keeps the good events of a broken file and names the lines of the bad ones', () => {
    const broken = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:2026xx25',
      'SUMMARY:Broken date',
      'END:VEVENT',
      'this line is not a property',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20261208',
      'SUMMARY:Immaculate Conception',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'SUMMARY:No start',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20260801',
      'DTEND;VALUE=DATE:20261001',
      'SUMMARY:Whole summer',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20261231',
      'END:VCALENDAR',
    ].join('\n');
    const { holidays, errors } = parseIcalHolidays(broken, RANGE);
    expect(holidays.map((holiday) => holiday.date)).toEqual(['2026-12-08']);
    expect(errors.map(({ line, problem }) => [line, problem])).toEqual([
      [3, 'badEvent'],
      [6, 'badLine'],
      [11, 'noStart'],
      [16, 'tooLong'],
      [19, 'unclosedEvent'],
    ]);
  });

  it('refuses what is not a calendar, and files too large to be one', () => {
    expect(parseIcalHolidays('name,date\nXmas,2026-12-25', RANGE)).toEqual({
      holidays: [],
      errors: [
        expect.objectContaining({ line: 1, problem: 'notCalendar' }),
        expect.objectContaining({ line: 1, problem: 'badLine' }),
        expect.objectContaining({ line: 2, problem: 'badLine' }),
      ],
    });
    const huge = `BEGIN:VCALENDAR\n${'X-PAD:x\n'.repeat(MAX_ICAL_BYTES / 8)}END:VCALENDAR`;
    expect(parseIcalHolidays(huge, RANGE).errors).toEqual([expect.objectContaining({ problem: 'tooLarge' })]);
  });
});
