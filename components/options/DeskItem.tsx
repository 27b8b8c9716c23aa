/** One connected desk: where it is, whether Plazo may read it (with a way to grant it), and Remove. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DESK_TOOLS } from '../../core/desks';
import type { Desk } from '../../core/store/records';
import { errorText, t } from '../shared/i18n';
import { patternOf } from './use-desks';

interface Props {
  readonly desk: Desk;
  /** Whether the browser grants the desk's origin; undefined while that is being checked. */
  readonly granted: boolean | undefined;
  /** Resolves to an error text when the desk could not be removed (on success this item goes away). */
  readonly onRemove: (desk: Desk) => Promise<string | null>;
}

type Step = 'idle' | 'confirming' | 'removing';

function toolName(id: string): string {
  const tool = DESK_TOOLS.find((candidate) => candidate.id === id);
  return tool ? t(tool.message) : id;
}

export function DeskItem({ desk, granted, onRemove }: Props) {
  const [step, setStep] = useState<Step>('idle');
  const [error, setError] = useState<string | null>(null);
  const [granting, setGranting] = useState(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  // Keyboard focus follows the step: onto "Yes, remove" when asked, back onto Remove when cancelled.
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    if (step === 'confirming') confirmButton.current?.focus();
    if (step === 'idle') removeButton.current?.focus();
  }, [step]);
  const go = (next: Step) => {
    moved.current = true;
    setStep(next);
  };

  const grant = () => {
    setError(null);
    // First asynchronous call of the click handler: the browser asks only during the user's gesture.
    const asked = browser.permissions.request({ origins: [patternOf(desk)] });
    setGranting(true);
    // The background registers the content script when the permission arrives (permissions.onAdded),
    // and the list refreshes on that same event.
    void asked
      .then((yes) => {
        if (!yes) setError(t('optionsGrantDenied'));
      })
      .catch((reason: unknown) =>
        setError(t('optionsAccessRequestFailed', patternOf(desk), errorText(reason))),
      )
      .finally(() => setGranting(false));
  };

  const remove = async () => {
    setError(null);
    setStep('removing');
    const failure = await onRemove(desk);
    if (failure) {
      setError(failure);
      go('idle');
    }
  };

  const status =
    granted === undefined
      ? t('optionsAccessChecking')
      : granted
        ? t('optionsAccessGranted')
        : t('optionsAccessMissing');
  return (
    <li class="desk" data-testid="desk-item">
      <div class="desk-what">
        <strong class="desk-name">{desk.name}</strong>
        <span class="desk-where">{t('optionsDeskWhere', toolName(desk.tool), desk.base)}</span>
        <span class={`desk-status ${granted === false ? 'missing' : ''}`} data-testid="desk-status">
          {status}
        </span>
      </div>
      {error && (
        <p class="error" role="alert" data-testid="desk-error">
          {error}
        </p>
      )}
      <div class="actions">
        {granted === false && step === 'idle' && (
          <button
            type="button"
            data-testid="desk-grant"
            aria-label={t('optionsGrantButtonFor', desk.name)}
            aria-busy={granting}
            onClick={granting ? undefined : grant}
          >
            {t('optionsGrantButton')}
          </button>
        )}
        {step === 'idle' ? (
          <button
            type="button"
            ref={removeButton}
            data-testid="desk-remove"
            aria-label={t('optionsRemoveButtonFor', desk.name)}
            onClick={() => go('confirming')}
          >
            {t('optionsRemoveButton')}
          </button>
        ) : (
          // Escape backs out, as it would from a dialog.
          <fieldset
            class="confirm"
            onKeyDown={(event) => {
              if (event.key === 'Escape' && step === 'confirming') go('idle');
            }}
          >
            <legend>{t('optionsRemoveConfirm', desk.name)}</legend>
            <button
              type="button"
              class="danger"
              ref={confirmButton}
              data-testid="desk-remove-confirm"
              aria-busy={step === 'removing'}
              onClick={step === 'confirming' ? () => void remove() : undefined}
            >
              {step === 'removing' ? t('optionsRemoving') : t('optionsRemoveYes')}
            </button>
            <button
              type="button"
              data-testid="desk-remove-cancel"
              aria-disabled={step === 'removing'}
              onClick={step === 'confirming' ? () => go('idle') : undefined}
            >
              {t('optionsRemoveCancel')}
            </button>
          </fieldset>
        )}
      </div>
    </li>
  );
}
