/**
 * The working hours, one row per weekday with its intervals as pairs of time inputs: typed or
 * stepped with the keyboard, nothing to drag.
 */
import { WEEKDAYS, type Weekday } from '../../../core/engine/calendar-schema';
import { t } from '../../shared/i18n';
import { FieldError, invalid, pathId } from '../field-problems';
import { uiLanguage, weekdayName } from '../ui-language';
import { GRID_DAYS, type IntervalDraft, type Problems } from './calendar-draft';

interface Props {
  readonly base: string;
  readonly week: { readonly [day in Weekday]: readonly IntervalDraft[] };
  readonly problems: Problems;
  readonly onChange: (day: Weekday, intervals: readonly IntervalDraft[]) => void;
}

export function WeekGrid({ base, week, problems, onChange }: Props) {
  const language = uiLanguage();
  const hint = `${base}-week-hint`;
  return (
    <div class="week-grid" data-testid="calendar-week">
      <p class="hint" id={hint}>
        {t('calendarWeekHint')}
      </p>
      <FieldError base={base} path="week" problems={problems} />
      {GRID_DAYS.map((day) => {
        const dayName = weekdayName(WEEKDAYS.indexOf(day), language);
        const intervals = week[day];
        const set = (index: number, change: Partial<IntervalDraft>) =>
          onChange(
            day,
            intervals.map((interval, at) => (at === index ? { ...interval, ...change } : interval)),
          );
        return (
          <fieldset class="week-day" key={day} data-testid={`calendar-day-${day}`}>
            <legend>{dayName}</legend>
            {intervals.length === 0 && <p class="hint">{t('calendarDayClosed')}</p>}
            <ol class="intervals">
              {intervals.map((interval, index) => {
                const path = `week.${day}[${index}]`;
                const position = String(index + 1);
                return (
                  <li key={index} class="interval">
                    <label for={pathId(base, `${path}[0]`)}>{t('calendarFrom')}</label>
                    <input
                      type="time"
                      id={pathId(base, `${path}[0]`)}
                      data-testid={`calendar-${day}-${index}-start`}
                      aria-label={t('calendarStartOf', dayName, position)}
                      value={interval.start}
                      {...invalid(base, [`${path}[0]`, path], problems)}
                      onInput={(event) => set(index, { start: event.currentTarget.value })}
                    />
                    <label for={pathId(base, `${path}[1]`)}>{t('calendarTo')}</label>
                    <input
                      type="time"
                      id={pathId(base, `${path}[1]`)}
                      data-testid={`calendar-${day}-${index}-end`}
                      aria-label={t('calendarEndOf', dayName, position)}
                      value={interval.end}
                      {...invalid(base, [`${path}[1]`, path], problems, hint)}
                      onInput={(event) => set(index, { end: event.currentTarget.value })}
                    />
                    <button
                      type="button"
                      data-testid={`calendar-${day}-${index}-remove`}
                      aria-label={t('calendarRemoveIntervalOf', dayName, position)}
                      onClick={() =>
                        onChange(
                          day,
                          intervals.filter((_, at) => at !== index),
                        )
                      }
                    >
                      {t('calendarRemoveInterval')}
                    </button>
                    <FieldError base={base} path={path} problems={problems} />
                    <FieldError base={base} path={`${path}[0]`} problems={problems} />
                    <FieldError base={base} path={`${path}[1]`} problems={problems} />
                  </li>
                );
              })}
            </ol>
            <button
              type="button"
              data-testid={`calendar-${day}-add`}
              aria-label={t('calendarAddIntervalTo', dayName)}
              onClick={() => onChange(day, [...intervals, nextInterval(intervals)])}
            >
              {t('calendarAddInterval')}
            </button>
          </fieldset>
        );
      })}
    </div>
  );
}

/** A new interval starts where the last one ended, so adding one rarely overlaps. */
function nextInterval(intervals: readonly IntervalDraft[]): IntervalDraft {
  const last = intervals[intervals.length - 1];
  if (!last) return { start: '09:00', end: '17:00' };
  const [hours = 0] = last.end.split(':').map(Number);
  if (last.end === '00:00' || hours >= 23) return { start: '', end: '' };
  return { start: last.end, end: `${String(Math.min(hours + 4, 23)).padStart(2, '0')}:00` };
}
