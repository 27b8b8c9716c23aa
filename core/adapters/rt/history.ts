/**
 * A ticket's REST history as facts: who replied when, and when the status last changed.
 *
 * A message (Create, Correspond) is the customer's when a requestor wrote it, and the agent's when
 * staff (a Privileged user) who is not a requestor did. Comments are internal: no reply. A ticket
 * opened by staff on someone's behalf is no reply to anyone (the clocks start at its creation
 * anyway), and RT_System's messages are the system's. Whether an author is staff is in no
 * transaction, only in the author's user record, so those authors are looked up first.
 */
import { parseRestDate } from './dates';
import type { RestTransaction } from './rest-schemas';

export interface Reply {
  readonly at: number;
  readonly by: 'agent' | 'customer';
}

/** What the history says, for authors whose staff status is known. */
export interface HistoryFacts {
  readonly replies: Reply[];
  /** False when a message's author is not known to be staff or not: its reply is missing. */
  readonly complete: boolean;
  /**
   * Since when the status is what it is: the newest change, or (status null) the ticket's creation
   * when the answer reaches back to it without any change. Undefined when the history cannot say.
   */
  readonly statusChange: { readonly at: number; readonly status: string | null } | undefined;
}

const SYSTEM_USER = 'RT_System';
const MESSAGE_TYPES = new Set(['Create', 'Correspond']);

/** The authors whose user record must say whether they are staff: each once, in order of appearance. */
export function authorsToIdentify(
  transactions: readonly RestTransaction[],
  requestors: ReadonlySet<string>,
): string[] {
  const authors = new Set<string>();
  for (const transaction of transactions) {
    const author = transaction.Creator.id;
    if (transaction.Type === 'Correspond' && author !== SYSTEM_USER && !requestors.has(author)) {
      authors.add(author);
    }
  }
  return [...authors];
}

/** `staff` says, for each author looked up, whether they are Privileged. */
export function historyFacts(
  transactions: readonly RestTransaction[],
  requestors: ReadonlySet<string>,
  staff: ReadonlyMap<string, boolean>,
): HistoryFacts {
  const replies: Reply[] = [];
  let complete = true;
  let statusChange: HistoryFacts['statusChange'];
  let createdAt: number | undefined;
  // Oldest first, by id: transactions in the same second keep the order they happened in.
  const ordered = [...transactions].sort((a, b) => Number(a.id) - Number(b.id));
  for (const transaction of ordered) {
    const newStatus = transaction.Type === 'Status' ? transaction.NewValue : undefined;
    if (!newStatus && !MESSAGE_TYPES.has(transaction.Type)) continue;
    const at = parseRestDate(transaction.Created);
    if (typeof at !== 'number') {
      complete = false;
      continue;
    }
    if (newStatus) {
      statusChange = { at, status: newStatus };
      continue;
    }
    if (transaction.Type === 'Create') createdAt = at;
    const by = authorRole(transaction, requestors, staff);
    if (by === 'unknown') complete = false;
    else if (by !== null) replies.push({ at, by });
  }
  replies.sort((a, b) => a.at - b.at);
  if (!statusChange && createdAt !== undefined) statusChange = { at: createdAt, status: null };
  return { replies, complete, statusChange };
}

function authorRole(
  transaction: RestTransaction,
  requestors: ReadonlySet<string>,
  staff: ReadonlyMap<string, boolean>,
): Reply['by'] | null | 'unknown' {
  const author = transaction.Creator.id;
  if (requestors.has(author)) return 'customer';
  if (transaction.Type === 'Create' || author === SYSTEM_USER) return null;
  const privileged = staff.get(author);
  if (privileged === undefined) return 'unknown';
  // Someone outside the staff who is not a requestor (a Cc writing in) speaks for the customer.
  return privileged ? 'agent' : 'customer';
}
