/** What every row shares: the one clock, the load's row clocks, the snooze time format, and the actions. */
import type { Metric } from '../../core/engine/metrics';
import type { ListRow } from '../../core/views/popup-list';
import type { RowClock } from '../../core/views/row-clock';

export interface RowContext {
  readonly now: number;
  /** "15:40" for snoozes, in the user's language and zone. */
  readonly timeFormat: Intl.DateTimeFormat;
  clockOf(row: ListRow): RowClock | null;
  open(row: ListRow): void;
  acknowledge(row: ListRow, metric: Metric): void;
  snooze(row: ListRow): void;
  recover(row: ListRow, metric: Metric): void;
}
