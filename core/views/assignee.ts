/** Who a ticket is assigned to: the last `assignee` its help desk showed, from the ticket's field facts. */
import type { TicketHistory } from '../engine/history';

/** null when no desk has shown an assignee (or it was cleared): the ticket counts as unassigned. */
export function assigneeOf(history: TicketHistory): string | null {
  // Field facts carry only what changed, so the latest one naming the assignee is the current value.
  for (let index = history.facts.length - 1; index >= 0; index--) {
    const fact = history.facts[index];
    if (fact?.kind !== 'fields' || fact.fields.assignee === undefined) continue;
    return fact.fields.assignee.trim() || null;
  }
  return null;
}
