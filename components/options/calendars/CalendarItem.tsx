/**
 * One calendar in the list: its name and zone (with how many problems it has while closed), its
 * editor, and Delete. Deleting a calendar that policies use asks first and says what happens to them.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { CalendarEditor } from './CalendarEditor';
import type { CalendarDraft, Problems } from './calendar-draft';

interface Props {
  readonly draft: CalendarDraft;
  readonly problems: Problems;
  /** Names of the stored policies with a target on this calendar. */
  readonly usedBy: readonly string[];
  /** Opened at first (a calendar just added). */
  readonly open: boolean;
  readonly now: number;
  readonly onChange: (change: (draft: CalendarDraft) => CalendarDraft) => void;
  readonly onDelete: () => void;
}

export function CalendarItem({ draft, problems, usedBy, open, now, onChange, onDelete }: Props) {
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  // Keyboard focus follows the question: onto "Yes, delete" when asked, back onto Delete when cancelled.
  useEffect(() => {
    if (!moved.current) return;
    (confirming ? confirmButton : deleteButton).current?.focus();
  }, [confirming]);
  const ask = (yes: boolean) => {
    moved.current = true;
    setConfirming(yes);
  };
  const label = draft.name.trim() || t('calendarUnnamed');

  return (
    <li class="item" data-testid="calendar-item">
      <details open={open}>
        <summary>
          <strong>{label}</strong>{' '}
          <span class="hint">{draft.always ? t('calendarAlwaysShort') : draft.timeZone}</span>
          {problems.size > 0 && (
            <span class="error"> {t('calendarProblemCount', String(problems.size))}</span>
          )}
        </summary>
        <CalendarEditor draft={draft} problems={problems} now={now} onChange={onChange} />
      </details>
      <div class="actions">
        {!confirming ? (
          <button
            type="button"
            ref={deleteButton}
            data-testid="calendar-delete"
            aria-label={t('calendarDeleteFor', label)}
            onClick={() => (usedBy.length > 0 ? ask(true) : onDelete())}
          >
            {t('calendarDelete')}
          </button>
        ) : (
          // Escape backs out, as it would from a dialog.
          <fieldset
            class="confirm"
            onKeyDown={(event) => {
              if (event.key === 'Escape') ask(false);
            }}
          >
            <legend data-testid="calendar-delete-question">
              {t('calendarDeleteUsed', label, usedBy.join(', '))}
            </legend>
            <button
              type="button"
              class="danger"
              ref={confirmButton}
              data-testid="calendar-delete-confirm"
              onClick={onDelete}
            >
              {t('calendarDeleteYes')}
            </button>
            <button type="button" data-testid="calendar-delete-cancel" onClick={() => ask(false)}>
              {t('calendarDeleteCancel')}
            </button>
          </fieldset>
        )}
      </div>
    </li>
  );
}
