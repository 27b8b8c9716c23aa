/**
 * RT's Due as the deadline of one of Plazo's metrics. RT's SLA keeps one Due per ticket: the
 * response deadline while the last message from outside (the customer) is unanswered, the resolve
 * deadline once staff answered it (rt-testbed.md §3, tickets 1 and 4). Which one it is shows in the
 * replies, so the metric follows them.
 *
 * Known limit: an SLA level without a Response target (RT's `low` here) has only a resolve
 * deadline, which is filed under first response before anyone replied; the instant is still RT's.
 * Due is kept exactly as RT stores it: a deadline falling at closing time is stored as the next
 * opening (Business::Hours), and counting that in business time is the calendar's job, not this.
 */
import type { DeskDeadline } from '../../engine/history';
import type { Metric } from '../../engine/policy';
import type { Reply } from './history';

export const RT_DUE_SOURCE = 'Request Tracker SLA (Due)';

/** The deadlines of an observation whose Due is `at`, filed under `metric`. */
export function dueDeadlines(metric: Metric, at: number): Partial<Record<Metric, DeskDeadline>> {
  return { [metric]: { at, source: RT_DUE_SOURCE } };
}

/** From the ticket's replies: the first response, the next one, or (all answered) the resolution. */
export function dueMetricFromReplies(replies: readonly Reply[]): Metric {
  const lastAgentReply = replies.reduce<number | null>(
    (last, reply) => (reply.by === 'agent' && (last === null || reply.at > last) ? reply.at : last),
    null,
  );
  if (lastAgentReply === null) return 'firstResponse';
  return replies.some((reply) => reply.by === 'customer' && reply.at > lastAgentReply)
    ? 'nextResponse'
    : 'resolution';
}

/**
 * From a search row, which has no replies: RT's Last Contact (Told) is set when someone other than
 * a requestor corresponds, so unset means nobody answered yet. Once set, whether the customer wrote
 * again since is not in the row: that Due is filed under resolution until the ticket page, with its
 * history, files it under next response.
 */
export function dueMetricFromLastContact(lastContact: number | null): Metric {
  return lastContact === null ? 'firstResponse' : 'resolution';
}
