/**
 * A row's countdown at the ticker's instant, in words: how late a breach is, what a pause keeps,
 * or the business time left, counted like the in-page chips (chip-model's businessLeft).
 */
import { formatDuration } from '../../core/engine/explain';
import { businessLeft } from '../../core/overlay/chip-model';
import type { PopupRow } from '../../core/views/popup-list';
import type { RowState } from '../../core/views/urgency';
import { t } from '../shared/i18n';
import type { RowContext } from './row-context';
import { timersOf } from './row-timers';

export function countdownWords(row: PopupRow, state: RowState, context: RowContext): string {
  const { now } = context;
  const { deadline, remainingMs, metric } = row.urgency;
  if (state === 'breached') return t('popupOverdue', formatDuration(now - (deadline ?? now)));
  if (state === 'paused')
    return remainingMs === null ? '' : t('popupPausedLeft', formatDuration(remainingMs));
  if (state !== 'onTrack' && state !== 'atRisk') return '';
  // Business time left needs the calendar's working stretches, which timers carry: made for the
  // running rows on screen only.
  const timers = timersOf(row, context.calendars, context.language, context.timeZone);
  const timer = timers.metrics.find((candidate) => candidate.metric === metric);
  const left = (timer && businessLeft(timer, timers.evaluatedAt, now)) ?? (deadline ?? now) - now;
  return t('popupLeft', formatDuration(left));
}
