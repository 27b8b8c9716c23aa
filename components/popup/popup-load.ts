/** What the popup has read: the first screen (from the digest, or the store), then every ticket. */
import type { StoreProblem } from '../../core/store/problems';
import type { UnreadableFields } from '../../core/views/health';
import type { ListRow } from '../../core/views/popup-list';
import type { RowClock } from '../../core/views/row-clock';

export interface PopupLoad {
  /** Sorted at `at`, the instant they were ordered at. */
  readonly rows: ListRow[];
  readonly at: number;
  /** Every stored ticket, and how many are breached or at risk. */
  readonly totals: { readonly tickets: number; readonly breached: number; readonly atRisk: number };
  readonly problems: readonly StoreProblem[];
  readonly unreadable: readonly UnreadableFields[];
  /** false while only the first screen has been read. */
  readonly complete: boolean;
  /** The clock a running row's countdown counts with; null to count wall-clock time to the deadline. */
  clockOf(row: ListRow): RowClock | null;
}
