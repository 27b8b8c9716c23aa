/**
 * One policy in the ordered list: its name and place, its editor, moves up and down (the first
 * match wins, so order is precedence), and Delete after a confirmation.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { CalendarDefinition, Policy } from '../../../core/engine';
import { t } from '../../shared/i18n';
import { ConfirmDelete } from '../ConfirmDelete';
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
        <ConfirmDelete
          testId="policy"
          name={t('policyDeleteFor', label)}
          question={t('policyDeleteConfirm', label)}
          onDelete={onDelete}
        />
      </div>
    </li>
  );
}
