/**
 * One policy in the ordered list: its name and place, its editor, moves up and down (the first
 * match wins, so order is precedence), and Delete after a confirmation.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CalendarDefinition, Policy } from '../../../core/engine';
import { t } from '../../shared/i18n';
import type { Problems } from '../calendars/calendar-draft';
import { PolicyEditor } from './PolicyEditor';
import type { PolicyDraft } from './policy-draft';

interface Props {
  readonly draft: PolicyDraft;
  readonly index: number;
  readonly count: number;
  readonly problems: Problems;
  readonly policy: Policy | null;
  readonly policies: readonly Policy[];
  readonly calendars: Readonly<Record<string, CalendarDefinition>>;
  readonly open: boolean;
  readonly now: number;
  readonly timeZone: string;
  readonly onChange: (change: (draft: PolicyDraft) => PolicyDraft) => void;
  readonly onMove: (by: -1 | 1) => void;
  readonly onDelete: () => void;
}

export function PolicyItem(props: Props) {
  const { draft, index, count, problems, onMove, onDelete } = props;
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  // Keyboard focus follows the question: onto "Yes, delete" when asked, back onto Delete when cancelled.
  useEffect(() => {
    if (!moved.current) return;
    (confirming ? confirmButton : deleteButton).current?.focus();
  }, [confirming]);
  // Moving re-inserts the item elsewhere in the list; focus stays on the button that moved it.
  const upButton = useRef<HTMLButtonElement>(null);
  const downButton = useRef<HTMLButtonElement>(null);
  const movedBy = useRef<-1 | 1 | null>(null);
  useEffect(() => {
    if (movedBy.current === null) return;
    (movedBy.current === -1 ? upButton : downButton).current?.focus();
    movedBy.current = null;
  }, [index]);
  const move = (by: -1 | 1) => {
    movedBy.current = by;
    onMove(by);
  };
  const ask = (yes: boolean) => {
    moved.current = true;
    setConfirming(yes);
  };
  const label = draft.name.trim() || t('policyUnnamed');

  return (
    <li class="item" data-testid="policy-item">
      <details open={props.open}>
        <summary>
          <strong>{label}</strong>{' '}
          <span class="hint">{t('policyPosition', String(index + 1), String(count))}</span>
          {problems.size > 0 && (
            <span class="error"> {t('calendarProblemCount', String(problems.size))}</span>
          )}
        </summary>
        <PolicyEditor
          draft={draft}
          problems={problems}
          policy={props.policy}
          policies={props.policies}
          calendars={props.calendars}
          now={props.now}
          timeZone={props.timeZone}
          onChange={props.onChange}
        />
      </details>
      <div class="actions">
        <button
          type="button"
          ref={upButton}
          data-testid="policy-up"
          aria-label={t('policyMoveUpFor', label)}
          aria-disabled={index === 0 ? 'true' : undefined}
          onClick={index === 0 ? undefined : () => move(-1)}
        >
          {t('policyMoveUp')}
        </button>
        <button
          type="button"
          ref={downButton}
          data-testid="policy-down"
          aria-label={t('policyMoveDownFor', label)}
          aria-disabled={index === count - 1 ? 'true' : undefined}
          onClick={index === count - 1 ? undefined : () => move(1)}
        >
          {t('policyMoveDown')}
        </button>
        {!confirming ? (
          <button
            type="button"
            ref={deleteButton}
            data-testid="policy-delete"
            aria-label={t('policyDeleteFor', label)}
            onClick={() => ask(true)}
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
            <legend>{t('policyDeleteConfirm', label)}</legend>
            <button
              type="button"
              class="danger"
              ref={confirmButton}
              data-testid="policy-delete-confirm"
              onClick={onDelete}
            >
              {t('calendarDeleteYes')}
            </button>
            <button type="button" data-testid="policy-delete-cancel" onClick={() => ask(false)}>
              {t('calendarDeleteCancel')}
            </button>
          </fieldset>
        )}
      </div>
    </li>
  );
}
