/**
 * A calendar as its editor holds it (every input a string), turned back into the stored definition
 * by the engine's own validator, whose problems are put next to the inputs they concern by path and
 * worded in the user's language.
 */
import { type CalendarDefinition, CalendarError, parseCalendar } from '../../../core/engine';
import { WEEKDAYS, type Weekday } from '../../../core/engine/calendar-schema';
import { t } from '../../shared/i18n';

export interface IntervalDraft {
  readonly start: string;
  /** As the time input shows it: 00:00 ends the day (stored as 24:00, which time inputs cannot show). */
  readonly end: string;
}

export interface HolidayDraft {
  readonly date: string;
  readonly name: string;
}

export interface CalendarDraft {
  readonly id: string;
  readonly name: string;
  readonly timeZone: string;
  /** Open round the clock (the stored week "always"); the grid is kept but not used. */
  readonly always: boolean;
  readonly week: { readonly [day in Weekday]: readonly IntervalDraft[] };
  readonly holidays: readonly HolidayDraft[];
}

/** Path (as parseCalendar writes it: `week.mon[1][0]`) → what is wrong, in the user's language. */
export type Problems = ReadonlyMap<string, string>;

export type CalendarCheck =
  | { readonly ok: true; readonly definition: CalendarDefinition }
  | { readonly ok: false; readonly problems: Problems };

/** Weekdays in the order the grid shows them: the working week first. */
export const GRID_DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const OFFICE: readonly IntervalDraft[] = [{ start: '09:00', end: '17:00' }];

export function newCalendarDraft(id: string, name: string, timeZone: string): CalendarDraft {
  return {
    id,
    name,
    timeZone,
    always: false,
    week: { sun: [], mon: OFFICE, tue: OFFICE, wed: OFFICE, thu: OFFICE, fri: OFFICE, sat: [] },
    holidays: [],
  };
}

export function calendarToDraft(id: string, definition: CalendarDefinition): CalendarDraft {
  const { week } = definition;
  const days = Object.fromEntries(
    WEEKDAYS.map((day) => [
      day,
      week === 'always'
        ? []
        : (week[day] ?? []).map(([start, end]) => ({ start, end: end === '24:00' ? '00:00' : end })),
    ]),
  ) as Record<Weekday, IntervalDraft[]>;
  return {
    id,
    name: definition.name ?? '',
    timeZone: definition.timeZone,
    always: week === 'always',
    week: days,
    holidays: definition.holidays.map((date) => ({ date, name: definition.holidayNames?.[date] ?? '' })),
  };
}

/** The definition as the schema reads it; indexes match the draft's, so issue paths point at inputs. */
function definitionInput(draft: CalendarDraft) {
  const names = draft.holidays.filter((holiday) => holiday.name.trim() !== '');
  return {
    name: draft.name.trim() || undefined,
    timeZone: draft.timeZone.trim(),
    week: draft.always
      ? 'always'
      : Object.fromEntries(
          WEEKDAYS.map((day) => [
            day,
            // An interval cannot end at 00:00 of its own day, so 00:00 as an end means midnight after it.
            draft.week[day].map(({ start, end }) => [start, end === '00:00' ? '24:00' : end]),
          ]),
        ),
    holidays: draft.holidays.map((holiday) => holiday.date),
    ...(names.length > 0
      ? { holidayNames: Object.fromEntries(names.map((holiday) => [holiday.date, holiday.name.trim()])) }
      : {}),
  };
}

/** The user's words for one of parseCalendar's issues, chosen from the path and the draft's values. */
function problemText(draft: CalendarDraft, path: string, fallback: string): string {
  if (path === 'name') return t('calendarErrorName');
  if (path === 'timeZone') return t('calendarErrorTimeZone', draft.timeZone);
  if (path === 'week') return t('calendarErrorNoWorkingTime');
  if (path.startsWith('holidays')) return t('calendarErrorHolidayDate');
  const time = /^week\.(\w+)\[(\d+)\]\[([01])\]$/.exec(path);
  if (time) {
    const interval = draft.week[time[1] as Weekday]?.[Number(time[2])];
    const value = time[3] === '0' ? interval?.start : interval?.end;
    if (!value) return t('calendarErrorTimeMissing');
    return value === '24:00' ? t('calendarErrorStartMidnight') : t('calendarErrorTime', value);
  }
  const whole = /^week\.(\w+)\[(\d+)\]$/.exec(path);
  if (whole) {
    const interval = draft.week[whole[1] as Weekday]?.[Number(whole[2])];
    if (interval && interval.start === interval.end && interval.end !== '00:00')
      return t('calendarErrorEmptyInterval');
    if (fallback.startsWith('overlaps')) return t('calendarErrorOverlap');
    return t('calendarErrorReversed');
  }
  return t('calendarErrorOther', fallback);
}

export function checkCalendar(draft: CalendarDraft): CalendarCheck {
  const problems = new Map<string, string>();
  if (draft.name.trim() === '') problems.set('name', t('calendarErrorName'));
  const seen = new Set<string>();
  draft.holidays.forEach((holiday, index) => {
    if (holiday.date && seen.has(holiday.date))
      problems.set(`holidays[${index}]`, t('calendarErrorHolidayDuplicate'));
    seen.add(holiday.date);
  });
  let definition: CalendarDefinition | null = null;
  try {
    definition = parseCalendar(definitionInput(draft)).definition;
  } catch (error) {
    if (!(error instanceof CalendarError)) throw error;
    for (const issue of error.issues)
      if (!problems.has(issue.path)) problems.set(issue.path, problemText(draft, issue.path, issue.message));
  }
  return definition && problems.size === 0 ? { ok: true, definition } : { ok: false, problems };
}

/** The definition as stored: holidays in date order, so the list reads as a calendar. */
export function storedDefinition(definition: CalendarDefinition): CalendarDefinition {
  return { ...definition, holidays: [...definition.holidays].sort() };
}
