/**
 * A row's countdown at the ticker's instant, in words: how late a breach is, what a pause keeps,
 * or the business time left, counted like the in-page chips (core/views/row-clock.ts).
 */
import { formatDuration } from '../../core/engine/explain';
import type { ListRow } from '../../core/views/popup-list';
import { runningLeft } from '../../core/views/row-clock';
import type { RowState } from '../../core/views/urgency';
import { t } from '../shared/i18n';
import type { RowContext } from './row-context';

export function countdownWords(row: ListRow, state: RowState, context: RowContext): string {
  const { now } = context;
  const { deadline, remainingMs } = row.urgency;
  if (state === 'breached') return t('popupOverdue', formatDuration(now - (deadline ?? now)));
  if (state === 'paused')
    return remainingMs === null ? '' : t('popupPausedLeft', formatDuration(remainingMs));
  if (state !== 'onTrack' && state !== 'atRisk') return '';
  return t('popupLeft', formatDuration(runningLeft(row.urgency, context.clockOf(row), now)));
}
