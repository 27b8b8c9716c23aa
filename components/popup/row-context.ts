/** What every row shares: the one clock, the words' language and zone, and the actions. */
import type { Calendar } from '../../core/engine/calendar';
import type { Language } from '../../core/engine/explain';
import type { Metric } from '../../core/engine/policy';
import type { PopupRow } from '../../core/views/popup-list';

export interface RowContext {
  readonly now: number;
  readonly language: Language;
  readonly timeZone: string;
  /** "15:40" for snoozes, in the user's language and zone. */
  readonly timeFormat: Intl.DateTimeFormat;
  readonly calendars: Readonly<Record<string, Calendar>>;
  open(row: PopupRow): void;
  acknowledge(row: PopupRow, metric: Metric): void;
  snooze(row: PopupRow): void;
  recover(row: PopupRow, metric: Metric): void;
}
