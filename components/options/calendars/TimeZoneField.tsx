/**
 * The calendar's IANA zone: typed with suggestions from the browser's own list (the list filters
 * as the user types), checked by the calendar schema.
 */
import { t } from '../../shared/i18n';
import { FieldError, invalid, pathId } from '../field-problems';
import type { Problems } from './calendar-draft';

let zones: readonly string[] | null = null;
/** Read once: the list has about 400 names and does not change while the page is open. */
function knownZones(): readonly string[] {
  zones ??= Intl.supportedValuesOf('timeZone');
  return zones;
}

interface Props {
  readonly base: string;
  readonly value: string;
  readonly problems: Problems;
  readonly onChange: (timeZone: string) => void;
}

export function TimeZoneField({ base, value, problems, onChange }: Props) {
  const id = pathId(base, 'timeZone');
  const hint = `${id}-hint`;
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <div class="field">
      <label for={id}>{t('calendarTimeZoneLabel')}</label>
      <p class="hint" id={hint}>
        {t('calendarTimeZoneHint')}
      </p>
      <div class="inline">
        <input
          id={id}
          type="search"
          list={`${id}-zones`}
          autoComplete="off"
          spellcheck={false}
          data-testid="calendar-timezone"
          value={value}
          {...invalid(base, 'timeZone', problems, hint)}
          onInput={(event) => onChange(event.currentTarget.value)}
        />
        {own && own !== value && (
          <button type="button" data-testid="calendar-timezone-mine" onClick={() => onChange(own)}>
            {t('calendarTimeZoneMine', own)}
          </button>
        )}
      </div>
      <datalist id={`${id}-zones`}>
        {knownZones().map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <FieldError base={base} path="timeZone" problems={problems} />
    </div>
  );
}
