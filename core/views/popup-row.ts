/**
 * A list row made from a stored ticket and its evaluation. The row keeps both, so a view can make
 * the working stretches of the rows on screen only (making them for 5,000 tickets would cost more
 * than evaluating them).
 */
import type { Calendar } from '../engine/calendar';
import type { TicketEvaluation } from '../engine/evaluate';
import { workingSpansOf } from '../overlay/timers';
import type { TicketRecord } from '../store/records';
import { assigneeOf } from './assignee';
import type { ListRow } from './popup-list';
import type { RowClock } from './row-clock';
import { urgencyOf } from './urgency-of';

export interface PopupRow extends ListRow {
  readonly record: TicketRecord;
  readonly evaluation: TicketEvaluation;
}

export function rowOf(
  record: TicketRecord,
  evaluation: TicketEvaluation,
  snoozedUntil: number | null,
): PopupRow {
  return {
    key: record.key,
    id: record.history.key.id,
    title: record.title,
    url: record.url,
    tool: record.history.tool,
    assignee: assigneeOf(record.history),
    urgency: urgencyOf(evaluation),
    snoozedUntil,
    record,
    evaluation,
  };
}

/** The clock of the metric the row shows; null when it shows none. */
export function rowClockOf(row: PopupRow, calendars: Readonly<Record<string, Calendar>>): RowClock | null {
  const metric = row.evaluation.metrics.find((candidate) => candidate.metric === row.urgency.metric);
  if (!metric) return null;
  const { evaluatedAt } = row.evaluation;
  return { evaluatedAt, spans: workingSpansOf(metric, evaluatedAt, calendars) };
}
