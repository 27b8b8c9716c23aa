/** A ticket's fields as they stand now: the latest value the desk showed for each. */
import type { Fact, TicketHistory } from '../engine/history';

export type TicketFieldValues = Extract<Fact, { kind: 'fields' }>['fields'];

export function currentFields(history: TicketHistory): TicketFieldValues {
  const fields: TicketFieldValues = {};
  // Facts are kept in time order, so later values overwrite earlier ones.
  for (const fact of history.facts) if (fact.kind === 'fields') Object.assign(fields, fact.fields);
  return fields;
}
