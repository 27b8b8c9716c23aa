/**
 * Delete for an item of a draft list, asking first when deleting has consequences: the question takes
 * the keyboard focus on "Yes, delete", Escape or Cancel backs out and gives it back to Delete.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';

interface Props {
  /** Test ids: `${testId}-delete`, `-delete-question`, `-delete-confirm`, `-delete-cancel`. */
  readonly testId: string;
  /** Delete's accessible name, naming the item. */
  readonly name: string;
  /** The question, or null to delete at once. */
  readonly question: string | null;
  readonly onDelete: () => void;
}

export function ConfirmDelete({ testId, name, question, onDelete }: Props) {
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // Keyboard focus follows the question: onto "Yes, delete" when asked, back onto Delete when cancelled.
  useEffect(() => {
    if (!asked.current) return;
    (confirming ? confirmButton : deleteButton).current?.focus();
  }, [confirming]);
  const ask = (yes: boolean) => {
    asked.current = true;
    setConfirming(yes);
  };
  if (!confirming || question === null) {
    return (
      <button
        type="button"
        ref={deleteButton}
        data-testid={`${testId}-delete`}
        aria-label={name}
        onClick={() => (question === null ? onDelete() : ask(true))}
      >
        {t('calendarDelete')}
      </button>
    );
  }
  return (
    // Escape backs out, as it would from a dialog.
    <fieldset
      class="confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') ask(false);
      }}
    >
      <legend data-testid={`${testId}-delete-question`}>{question}</legend>
      <button
        type="button"
        class="danger"
        ref={confirmButton}
        data-testid={`${testId}-delete-confirm`}
        onClick={onDelete}
      >
        {t('calendarDeleteYes')}
      </button>
      <button type="button" data-testid={`${testId}-delete-cancel`} onClick={() => ask(false)}>
        {t('calendarDeleteCancel')}
      </button>
    </fieldset>
  );
}
