/**
 * The two peers, set up with the workload's calendar. Both compute in the process's local zone (they
 * call Date#setHours, format 'YYYY-MM-DD' in local time, ...), so TZ is forced to UTC before they
 * load, and checked afterwards rather than trusted.
 */
import type { Implementation, Workload, WorkloadCalendar } from './workload';
import { WEEKDAYS } from './workload';

declare module 'moment' {
  interface Moment {
    /** Added by moment-business-time; mutates and returns the moment. */
    addWorkingTime(amount: number, unit: 'minutes'): Moment;
  }
}

const MINUTE = 60_000;

export async function loadPeers(calendar: WorkloadCalendar): Promise<readonly Implementation[]> {
  process.env.TZ = 'UTC';
  assertUtc('Date', new Date(Date.UTC(2026, 6, 1)).getTimezoneOffset() * -1);
  const peers = [await loadMomentBusinessTime(calendar), await loadDayjsBusinessTime(calendar)];
  for (const peer of peers) assertSetUp(peer);
  return peers;
}

/**
 * moment-business-time reads `workinghours` and `holidays` from the current moment locale.
 * - workinghours: weekday number (0 = Sunday) to a flat list open, close, open, close, ...; a closed
 *   day must be null, not [] (it tests `!!hours[day]`, and [] is truthy).
 * - holidays: minimatch patterns matched against 'YYYY-MM-DD', so plain dates match themselves.
 * At a close: it jumps min(remaining, minutes to close); landing on the close with nothing left returns
 * the close (13:00, 18:00) as ours does; with minutes left it spends one minute past the close and moves
 * it to the next opening (13:00 + 1 min = 14:01), so the answer is still right.
 */
async function loadMomentBusinessTime(calendar: WorkloadCalendar): Promise<Implementation> {
  const { default: moment } = await import('moment-business-time');
  const workinghours = Object.fromEntries(
    WEEKDAYS.map((day, index) => [
      index,
      nonEmpty(calendar.week[day])?.flatMap((i) => i.map(withSeconds)) ?? null,
    ]),
  );
  moment.updateLocale(moment.locale(), { workinghours, holidays: [...calendar.holidays] });
  assertUtc('moment', moment(Date.UTC(2026, 6, 1)).utcOffset());
  return {
    name: 'moment-business-time',
    deadlines({ size, startsMs, durationsMs }, out) {
      for (let i = 0; i < size; i++) {
        const minutes = (durationsMs[i] as number) / MINUTE;
        out[i] = moment(startsMs[i]).addWorkingTime(minutes, 'minutes').valueOf();
      }
    },
  };
}

/**
 * dayjs-business-time reads `businessHours` and `holidays` from the current dayjs locale, set through
 * dayjs.setBusinessTime and dayjs.setHolidays (there is no setWorkingHours).
 * - businessHours: weekday name to [{ start, end }]; closed days null, for the same `!!` reason.
 *   Times need seconds: it calls .second(undefined) otherwise, which is a getter, and breaks.
 * - holidays: exact 'YYYY-MM-DD' strings (Array#includes).
 * At a close it behaves like moment-business-time: nothing left returns the close; minutes left step
 * one uncounted minute past it, which is not business time, so it resumes at the next opening.
 * It counts whole minutes only: the part-minute before a close is lost (12:59:30 + 2 min gives 14:02,
 * not 14:01:30), which is why the workload's starts are whole minutes.
 */
async function loadDayjsBusinessTime(calendar: WorkloadCalendar): Promise<Implementation> {
  const { default: dayjs } = await import('dayjs');
  const { default: businessTime } = await import('dayjs-business-time');
  dayjs.extend(businessTime);
  const day = (name: (typeof WEEKDAYS)[number]) =>
    nonEmpty(calendar.week[name])?.map(([start, end]) => ({
      start: withSeconds(start),
      end: withSeconds(end),
    })) ?? null;
  dayjs.setBusinessTime({
    sunday: day('sun'),
    monday: day('mon'),
    tuesday: day('tue'),
    wednesday: day('wed'),
    thursday: day('thu'),
    friday: day('fri'),
    saturday: day('sat'),
  });
  dayjs.setHolidays([...calendar.holidays]);
  assertUtc('dayjs', dayjs(Date.UTC(2026, 6, 1)).utcOffset());
  return {
    name: 'dayjs-business-time',
    deadlines({ size, startsMs, durationsMs }, out) {
      for (let i = 0; i < size; i++) {
        const minutes = (durationsMs[i] as number) / MINUTE;
        out[i] = dayjs(startsMs[i]).addBusinessMinutes(minutes).valueOf();
      }
    },
  };
}

function nonEmpty<T>(list: readonly T[] | undefined): readonly T[] | undefined {
  return list && list.length > 0 ? list : undefined;
}

function withSeconds(time: string): string {
  return `${time}:00`;
}

function assertUtc(what: string, offsetMinutes: number): void {
  if (offsetMinutes !== 0) {
    throw new Error(`${what} computes at UTC${offsetMinutes >= 0 ? '+' : ''}${offsetMinutes / 60}, not UTC`);
  }
}

/**
 * A known answer, written in UTC by hand, proves the calendar and the zone took effect. Tuesday
 * 2026-12-22 at 16:00 plus 5 business hours: 2 h to 18:00, then Wednesday 09:00 + 3 h = 12:00
 * (had the holidays or the lunch break been ignored, or the zone not been UTC, it would differ).
 * And Wednesday 10:00 + 8 h crosses the lunch break, the 24th and 25th and the weekend: 7 h by 18:00,
 * then Monday the 28th at 10:00. Neither ends on a closing time, where the peers' answers are at issue.
 */
function assertSetUp(peer: Implementation): void {
  const cases = [
    { start: Date.UTC(2026, 11, 22, 16), minutes: 5 * 60, expected: Date.UTC(2026, 11, 23, 12) },
    { start: Date.UTC(2026, 11, 23, 10), minutes: 8 * 60, expected: Date.UTC(2026, 11, 28, 10) },
  ];
  const workload: Workload = {
    size: cases.length,
    startsMs: Float64Array.from(cases, (c) => c.start),
    durationsMs: Float64Array.from(cases, (c) => c.minutes * MINUTE),
  };
  const out = new Float64Array(cases.length);
  peer.deadlines(workload, out);
  cases.forEach((c, i) => {
    if (out[i] !== c.expected) {
      throw new Error(
        `${peer.name} is not set up like our calendar: ${new Date(c.start).toISOString()} + ${c.minutes} min gave ${new Date(out[i] as number).toISOString()}, expected ${new Date(c.expected).toISOString()}`,
      );
    }
  });
}
