/** Data › Reset: back to defaults after a second, explicit click; incidents are kept. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { errorText, t } from '../../shared/i18n';
import { loadSettings } from '../settings-client';
import { resetData } from './data-client';
import { releaseUnusedAccess } from './release-access';

type Step = 'idle' | 'confirming' | 'resetting';
type Outcome =
  | { readonly kind: 'done'; readonly warning: string | null }
  | { readonly kind: 'failed'; readonly error: string }
  | null;

export function ResetData() {
  const [step, setStep] = useState<Step>('idle');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);

  const shown = useRef<Step>('idle');

  // The keyboard lands on Cancel, so a stray Enter never resets; back on the first button afterwards.
  useEffect(() => {
    if (step === 'confirming') cancel.current?.focus();
    if (step === 'idle' && shown.current !== 'idle') start.current?.focus();
    shown.current = step;
  }, [step]);

  const confirm = async () => {
    setStep('resetting');
    try {
      const { settings } = await loadSettings();
      const reply = await resetData();
      setOutcome(
        reply.ok
          ? { kind: 'done', warning: await releaseUnusedAccess(settings.desks, []) }
          : { kind: 'failed', error: reply.error },
      );
    } catch (error) {
      setOutcome({ kind: 'failed', error: errorText(error) });
    }
    setStep('idle');
  };

  return (
    <div class="data-part">
      <h3>{t('dataResetHeading')}</h3>
      <p class="hint" id="data-reset-hint">
        {t('dataResetHint')}
      </p>
      {step === 'idle' ? (
        <button
          ref={start}
          type="button"
          onClick={() => {
            setOutcome(null);
            setStep('confirming');
          }}
          aria-describedby="data-reset-hint"
          data-testid="data-reset"
        >
          {t('dataResetButton')}
        </button>
      ) : (
        <div class="data-confirm">
          <p id="data-reset-confirm-text">
            <strong>{t('dataResetConfirmText')}</strong>
          </p>
          <button
            type="button"
            class="danger"
            onClick={() => void confirm()}
            aria-busy={step === 'resetting' ? 'true' : undefined}
            disabled={step === 'resetting'}
            data-testid="data-reset-confirm"
          >
            {t('dataResetConfirm')}
          </button>{' '}
          <button
            ref={cancel}
            type="button"
            onClick={() => setStep('idle')}
            disabled={step === 'resetting'}
            data-testid="data-reset-cancel"
          >
            {t('dataCancel')}
          </button>
        </div>
      )}
      <p class="status" role="status" data-testid="data-reset-status">
        {outcome?.kind === 'done' ? t('dataResetDone') : null}
      </p>
      {outcome?.kind === 'done' && outcome.warning && <p class="warning">{outcome.warning}</p>}
      {outcome?.kind === 'failed' && (
        <p class="error" role="alert" data-testid="data-reset-error">
          {t('dataResetFailed', outcome.error)}
        </p>
      )}
    </div>
  );
}
