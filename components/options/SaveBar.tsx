/**
 * Save and Discard for a section's draft. While the draft has problems Save stays focusable but
 * refuses (aria-disabled), and says why right beside it.
 */
import { useId, useState } from 'preact/hooks';
import { t } from '../shared/i18n';

interface Props {
  /** Prefix of the buttons' data-testid: `${testId}-save`, `${testId}-discard`. */
  readonly testId: string;
  readonly dirty: boolean;
  readonly problemCount: number;
  /** Resolves to an error text, or null once saved. */
  readonly onSave: () => Promise<string | null>;
  readonly onDiscard: () => void;
}

export function SaveBar({ testId, dirty, problemCount, onSave, onDiscard }: Props) {
  const id = useId();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const blocked = problemCount > 0;
  const reason = blocked
    ? t('policySaveBlocked', String(problemCount))
    : dirty
      ? t('policyUnsaved')
      : saved
        ? t('policySaved')
        : '';

  const save = async () => {
    if (blocked || saving || !dirty) return;
    setSaving(true);
    setError(null);
    const failure = await onSave();
    setSaving(false);
    setError(failure);
    setSaved(failure === null);
  };

  return (
    <div class="actions save-bar">
      <button
        type="button"
        class="primary"
        data-testid={`${testId}-save`}
        aria-disabled={blocked || !dirty || saving ? 'true' : undefined}
        aria-busy={saving}
        aria-describedby={`${id}-reason`}
        onClick={() => void save()}
      >
        {saving ? t('policySaving') : t('policySave')}
      </button>
      <button
        type="button"
        data-testid={`${testId}-discard`}
        aria-disabled={!dirty || saving ? 'true' : undefined}
        onClick={dirty && !saving ? onDiscard : undefined}
      >
        {t('policyDiscard')}
      </button>
      <p
        id={`${id}-reason`}
        class={blocked ? 'error' : 'status'}
        role="status"
        data-testid={`${testId}-reason`}
      >
        {reason}
      </p>
      {error && (
        <p class="error" role="alert" data-testid={`${testId}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
