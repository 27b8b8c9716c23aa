/** The connected desks, or what to do when there are none yet. */
import type { Desk } from '../../core/store/records';
import { t } from '../shared/i18n';
import { DeskItem } from './DeskItem';
import { patternOf } from './use-desks';

interface Props {
  readonly desks: readonly Desk[];
  readonly access: ReadonlyMap<string, boolean>;
  readonly onRemove: (desk: Desk) => Promise<string | null>;
}

export function DeskList({ desks, access, onRemove }: Props) {
  if (desks.length === 0) {
    return (
      <p class="empty" data-testid="desk-list">
        {t('optionsDesksEmpty')}
      </p>
    );
  }
  return (
    <ul class="desks" data-testid="desk-list">
      {desks.map((desk) => (
        <DeskItem key={desk.base} desk={desk} granted={access.get(patternOf(desk))} onRemove={onRemove} />
      ))}
    </ul>
  );
}
