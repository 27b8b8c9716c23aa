/** One calendar's fields: its name, zone, weekly hours and holidays. */
import type { Weekday } from '../../../core/engine/calendar-schema';
import { t } from '../../shared/i18n';
import { NameField } from '../NameField';
import type { CalendarDraft, IntervalDraft, Problems } from './calendar-draft';
import { HolidayList } from './HolidayList';
import { TimeZoneField } from './TimeZoneField';
import { WeekGrid } from './WeekGrid';

interface Props {
  readonly draft: CalendarDraft;
  readonly problems: Problems;
  readonly now: number;
  readonly onChange: (change: (draft: CalendarDraft) => CalendarDraft) => void;
}

export function CalendarEditor({ draft, problems, now, onChange }: Props) {
  const base = `calendar-${draft.id}`;
  return (
    <div class="editor">
      <NameField
        base={base}
        label={t('calendarNameLabel')}
        testId="calendar-name"
        value={draft.name}
        problems={problems}
        onChange={(name) => onChange((last) => ({ ...last, name }))}
      />
      <TimeZoneField
        base={base}
        value={draft.timeZone}
        problems={problems}
        onChange={(timeZone) => onChange((last) => ({ ...last, timeZone }))}
      />
      <div class="field checkbox">
        <label>
          <input
            type="checkbox"
            data-testid="calendar-always"
            checked={draft.always}
            onChange={(event) => {
              const always = event.currentTarget.checked;
              onChange((last) => ({ ...last, always }));
            }}
          />{' '}
          {t('calendarAlwaysLabel')}
        </label>
      </div>
      {!draft.always && (
        <WeekGrid
          base={base}
          week={draft.week}
          problems={problems}
          onChange={(day: Weekday, intervals: readonly IntervalDraft[]) =>
            onChange((last) => ({ ...last, week: { ...last.week, [day]: intervals } }))
          }
        />
      )}
      <HolidayList
        base={base}
        holidays={draft.holidays}
        problems={problems}
        now={now}
        onChange={(holidays) => onChange((last) => ({ ...last, holidays }))}
      />
    </div>
  );
}
