/** Quiet hours: a switch, then from and to (inputs type=time) and the zone they are read in. */
import { t } from '../../shared/i18n';
import type { NotifyDraft, NotifyErrors, NotifyField } from './notify-draft';

interface Props {
  readonly draft: NotifyDraft;
  readonly zones: readonly string[];
  readonly errors: NotifyErrors;
  readonly onEdit: (change: Partial<NotifyDraft>) => void;
}

/** aria attributes tying a field to its error, when it has one. */
function invalid(errors: NotifyErrors, field: NotifyField) {
  return errors[field]
    ? { 'aria-invalid': 'true' as const, 'aria-describedby': `notify-${field}-error` }
    : {};
}

function FieldError({ errors, field }: { errors: NotifyErrors; field: NotifyField }) {
  const key = errors[field];
  return key ? (
    <p class="error" id={`notify-${field}-error`} data-testid={`notify-${field}-error`}>
      {t(key)}
    </p>
  ) : null;
}

export function QuietHoursFields({ draft, zones, errors, onEdit }: Props) {
  return (
    <fieldset class="notify-group">
      <legend>{t('notifyQuietEnabled')}</legend>
      <div class="check">
        <input
          id="notify-quiet"
          type="checkbox"
          checked={draft.quiet}
          onChange={(event) => onEdit({ quiet: event.currentTarget.checked })}
          aria-describedby="notify-quiet-hint"
          data-testid="notify-quiet"
        />
        <label for="notify-quiet">{t('notifyQuietOn')}</label>
      </div>
      <p class="hint" id="notify-quiet-hint">
        {t('notifyQuietHint')}
      </p>
      {draft.quiet && (
        <div class="quiet-hours">
          <div class="field">
            <label for="notify-from">{t('notifyQuietFrom')}</label>
            <input
              id="notify-from"
              type="time"
              value={draft.from}
              onInput={(event) => onEdit({ from: event.currentTarget.value })}
              {...invalid(errors, 'from')}
              data-testid="notify-from"
            />
            <FieldError errors={errors} field="from" />
          </div>
          <div class="field">
            <label for="notify-to">{t('notifyQuietTo')}</label>
            <input
              id="notify-to"
              type="time"
              value={draft.to}
              onInput={(event) => onEdit({ to: event.currentTarget.value })}
              {...invalid(errors, 'to')}
              data-testid="notify-to"
            />
            <FieldError errors={errors} field="to" />
          </div>
          <div class="field">
            <label for="notify-timeZone">{t('notifyQuietZone')}</label>
            <select
              id="notify-timeZone"
              value={draft.timeZone}
              onChange={(event) => onEdit({ timeZone: event.currentTarget.value })}
              {...invalid(errors, 'timeZone')}
              data-testid="notify-timeZone"
            >
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </select>
            <FieldError errors={errors} field="timeZone" />
          </div>
        </div>
      )}
    </fieldset>
  );
}
