/** The Notifications form: validated as a whole on save; each problem is shown beside its field. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { NotificationSettings } from '../../../core/store/records';
import { type MessageKey, t } from '../../shared/i18n';
import {
  ALERT_KINDS,
  type AlertKind,
  fromDraft,
  type NotifyDraft,
  type NotifyErrors,
  timeZones,
} from './notify-draft';
import { QuietHoursFields } from './QuietHoursFields';
import { browserZone } from './use-notifications';

const KIND_LABELS: Record<AlertKind, MessageKey> = {
  warning: 'notifyKindWarning',
  breach: 'notifyKindBreach',
  escalation: 'notifyKindEscalation',
};

type Outcome = { readonly kind: 'status' | 'error'; readonly text: string } | null;

interface Props {
  readonly draft: NotifyDraft;
  readonly onEdit: (change: Partial<NotifyDraft>) => void;
  readonly onSave: (settings: NotificationSettings) => Promise<string | null>;
}

export function NotificationsForm({ draft, onEdit, onSave }: Props) {
  const [errors, setErrors] = useState<NotifyErrors>({});
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const focusError = useRef(false);
  // Once the fields show their problems, the first field to correct gets the keyboard.
  useEffect(() => {
    if (!focusError.current) return;
    focusError.current = false;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);
  const zones = useMemo(() => timeZones(browserZone(), draft.timeZone), [draft.timeZone]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const result = fromDraft(draft, new Set(zones));
    setErrors(result.ok ? {} : result.errors);
    if (!result.ok) {
      setOutcome({ kind: 'error', text: t('notifyFixErrors') });
      focusError.current = true;
      return;
    }
    setBusy(true);
    setOutcome(null);
    const error = await onSave(result.settings);
    setBusy(false);
    setOutcome(error ? { kind: 'error', text: error } : { kind: 'status', text: t('notifySaved') });
  };

  return (
    <form ref={form} onSubmit={submit} noValidate data-testid="notify-form">
      <div class="check">
        <input
          id="notify-enabled"
          type="checkbox"
          checked={draft.enabled}
          onChange={(event) => onEdit({ enabled: event.currentTarget.checked })}
          data-testid="notify-enabled"
        />
        <label for="notify-enabled">{t('notifyEnabled')}</label>
      </div>
      <fieldset class="notify-group">
        <legend>{t('notifyKindsLegend')}</legend>
        {ALERT_KINDS.map((kind) => (
          <div class="check" key={kind}>
            <input
              id={`notify-kind-${kind}`}
              type="checkbox"
              checked={draft.kinds[kind]}
              onChange={(event) => onEdit({ kinds: { ...draft.kinds, [kind]: event.currentTarget.checked } })}
              data-testid={`notify-kind-${kind}`}
            />
            <label for={`notify-kind-${kind}`}>{t(KIND_LABELS[kind])}</label>
          </div>
        ))}
        <p class="hint">{t('notifyKindsHint')}</p>
      </fieldset>
      <div class="field">
        <label for="notify-repeat">{t('notifyRepeatLabel')}</label>
        <p class="hint" id="notify-repeat-hint">
          {t('notifyRepeatHint')}
        </p>
        <input
          id="notify-repeat"
          type="number"
          inputMode="numeric"
          min={0}
          max={1440}
          step={1}
          value={draft.repeat}
          onInput={(event) => onEdit({ repeat: event.currentTarget.value })}
          aria-invalid={errors.repeat ? 'true' : undefined}
          aria-describedby={errors.repeat ? 'notify-repeat-hint notify-repeat-error' : 'notify-repeat-hint'}
          data-testid="notify-repeat"
        />
        {errors.repeat && (
          <p class="error" id="notify-repeat-error" data-testid="notify-repeat-error">
            {t(errors.repeat)}
          </p>
        )}
      </div>
      <QuietHoursFields draft={draft} zones={zones} errors={errors} onEdit={onEdit} />
      <p class="status" role="status" data-testid="notify-status">
        {outcome?.kind === 'status' ? outcome.text : null}
      </p>
      {outcome?.kind === 'error' && (
        <p class="error" role="alert" data-testid="notify-error">
          {outcome.text}
        </p>
      )}
      <button type="submit" aria-busy={busy ? 'true' : undefined} data-testid="notify-save">
        {t('notifySave')}
      </button>
    </form>
  );
}
