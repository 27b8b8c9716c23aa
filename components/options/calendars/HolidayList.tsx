/** The calendar's holidays, one row each (date and what it is), with room to add, remove and import. */
import { t } from '../../shared/i18n';
import { FieldError, invalid, pathId } from '../field-problems';
import type { HolidayDraft, Problems } from './calendar-draft';
import { IcalImport } from './IcalImport';

interface Props {
  readonly base: string;
  readonly holidays: readonly HolidayDraft[];
  readonly problems: Problems;
  /** Now, for the years a recurring imported holiday is expanded over. */
  readonly now: number;
  readonly onChange: (holidays: readonly HolidayDraft[]) => void;
}

export function HolidayList({ base, holidays, problems, now, onChange }: Props) {
  const set = (index: number, change: Partial<HolidayDraft>) =>
    onChange(holidays.map((holiday, at) => (at === index ? { ...holiday, ...change } : holiday)));
  return (
    <fieldset class="holidays" data-testid="calendar-holidays">
      <legend>{t('calendarHolidaysHeading')}</legend>
      <p class="hint">{t('calendarHolidaysHint')}</p>
      {holidays.length === 0 ? (
        <p class="hint">{t('calendarHolidaysEmpty')}</p>
      ) : (
        <ol class="holiday-list">
          {holidays.map((holiday, index) => {
            const path = `holidays[${index}]`;
            const position = String(index + 1);
            return (
              <li key={index} class="holiday" data-testid="calendar-holiday">
                <input
                  type="date"
                  id={pathId(base, path)}
                  data-testid="calendar-holiday-date"
                  aria-label={t('calendarHolidayDateOf', position)}
                  value={holiday.date}
                  {...invalid(base, path, problems)}
                  onInput={(event) => set(index, { date: event.currentTarget.value })}
                />
                <input
                  type="text"
                  maxLength={200}
                  data-testid="calendar-holiday-name"
                  aria-label={t('calendarHolidayNameOf', position)}
                  placeholder={t('calendarHolidayNamePlaceholder')}
                  value={holiday.name}
                  onInput={(event) => set(index, { name: event.currentTarget.value })}
                />
                <button
                  type="button"
                  data-testid="calendar-holiday-remove"
                  aria-label={t('calendarHolidayRemoveOf', holiday.name || holiday.date || position)}
                  onClick={() => onChange(holidays.filter((_, at) => at !== index))}
                >
                  {t('calendarRemoveInterval')}
                </button>
                <FieldError base={base} path={path} problems={problems} />
              </li>
            );
          })}
        </ol>
      )}
      <div class="actions">
        <button
          type="button"
          data-testid="calendar-holiday-add"
          onClick={() => onChange([...holidays, { date: '', name: '' }])}
        >
          {t('calendarHolidayAdd')}
        </button>
      </div>
      <IcalImport
        base={base}
        now={now}
        onImport={(imported) => {
          const known = new Set(holidays.map((holiday) => holiday.date));
          const added = imported.filter((holiday) => !known.has(holiday.date));
          onChange([...holidays, ...added].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)));
          return added.length;
        }}
      />
    </fieldset>
  );
}
