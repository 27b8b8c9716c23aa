/**
 * Holidays from an .ics file chosen by the user. The file is hostile input: its size is checked
 * before it is read, and it is parsed by the pure parser in core, which names each bad line.
 */
import { useState } from 'preact/hooks';
import {
  type IcalError,
  type IcalProblem,
  MAX_ICAL_BYTES,
  parseIcalHolidays,
} from '../../../core/calendars/ical-holidays';
import { errorText, type MessageKey, t } from '../../shared/i18n';
import type { HolidayDraft } from './calendar-draft';

/** Recurring holidays are expanded over this year and the next ones. */
const YEARS_AHEAD = 2;

const PROBLEM_MESSAGES = {
  tooLarge: 'calendarIcalTooLarge',
  notCalendar: 'calendarIcalNotCalendar',
  badLine: 'calendarIcalBadLine',
  unclosedEvent: 'calendarIcalUnclosed',
  badEvent: 'calendarIcalBadEvent',
  noStart: 'calendarIcalNoStart',
  notAllDay: 'calendarIcalNotAllDay',
  tooLong: 'calendarIcalTooLong',
  tooMany: 'calendarIcalTooMany',
} as const satisfies Record<IcalProblem, MessageKey>;

interface Props {
  readonly base: string;
  readonly now: number;
  /** Adds the holidays not listed yet; returns how many were added. */
  readonly onImport: (holidays: readonly HolidayDraft[]) => number;
}

type Outcome = { readonly summary: string; readonly errors: readonly IcalError[] } | null;

export function IcalImport({ base, now, onImport }: Props) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const id = `${base}-ical`;

  const read = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared, so choosing the same file again (after fixing it) reads it again.
    input.value = '';
    if (!file) return;
    if (file.size > MAX_ICAL_BYTES) {
      setOutcome({ summary: t('calendarIcalTooLarge'), errors: [] });
      return;
    }
    try {
      const year = new Date(now).getUTCFullYear();
      const result = parseIcalHolidays(await file.text(), { fromYear: year, toYear: year + YEARS_AHEAD });
      const added = onImport(result.holidays.map(({ date, name }) => ({ date, name })));
      setOutcome({
        summary: t('calendarIcalImported', String(added), String(result.holidays.length - added), file.name),
        errors: result.errors,
      });
    } catch (error) {
      setOutcome({ summary: t('calendarIcalUnreadable', errorText(error)), errors: [] });
    }
  };

  return (
    <div class="field ical-import">
      <label for={id}>{t('calendarIcalLabel')}</label>
      <p class="hint" id={`${id}-hint`}>
        {t('calendarIcalHint')}
      </p>
      <input
        id={id}
        type="file"
        accept=".ics,text/calendar"
        data-testid="calendar-ical"
        aria-describedby={`${id}-hint`}
        onChange={(event) => void read(event.currentTarget)}
      />
      <div role="status" data-testid="calendar-ical-result">
        {outcome && <p>{outcome.summary}</p>}
        {outcome && outcome.errors.length > 0 && (
          <ul class="ical-errors">
            {outcome.errors.map((error) => (
              <li key={`${error.line}-${error.problem}`} class="error">
                {t('calendarIcalLine', String(error.line), t(PROBLEM_MESSAGES[error.problem]))}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
