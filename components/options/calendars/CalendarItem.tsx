/**
 * One calendar in the list: its name and zone (with how many problems it has while closed), its
 * editor, and Delete. Deleting a calendar that policies use asks first and says what happens to them.
 */
import { t } from '../../shared/i18n';
import { ConfirmDelete } from '../ConfirmDelete';
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
        <ConfirmDelete
          testId="calendar"
          name={t('calendarDeleteFor', label)}
          // Only a calendar policies count on needs asking about.
          question={usedBy.length > 0 ? t('calendarDeleteUsed', label, usedBy.join(', ')) : null}
          onDelete={onDelete}
        />
      </div>
    </li>
  );
}
