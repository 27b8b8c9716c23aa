/**
 * "A High ticket created now would be due Tue 11:00": the engine itself evaluates a made-up ticket
 * created at `now` with the policy's own criteria, so the preview can never disagree with the timers.
 */
import {
  type CalendarDefinition,
  evaluate,
  type Metric,
  type Policy,
  type TicketHistory,
} from '../../../core/engine';
import { Calendar } from '../../../core/engine/calendar';

export interface PreviewLine {
  readonly metric: Metric;
  readonly deadline: number;
  /** Business time until the deadline, on the target's calendar. */
  readonly remainingMs: number;
  /** The target counts round the clock (no calendar). */
  readonly roundTheClock: boolean;
}

export type Preview =
  | { readonly kind: 'due'; readonly lines: readonly PreviewLine[] }
  /** Another policy earlier in the list takes such a ticket. */
  | { readonly kind: 'shadowed'; readonly by: string }
  | { readonly kind: 'none' }
  | { readonly kind: 'failed'; readonly error: string };

/** The ticket the preview imagines: the first value of each of the policy's criteria. */
export function sampleTicket(policy: Policy, priority: string, now: number): TicketHistory {
  const { match } = policy;
  const fields = {
    ...(priority ? { priority } : {}),
    ...(match.queues[0] ? { queue: match.queues[0] } : {}),
    ...(match.types[0] ? { type: match.types[0] } : {}),
    ...(match.tags[0] ? { tags: [match.tags[0]] } : {}),
    ...(match.organizations[0] ? { organization: match.organizations[0] } : {}),
  };
  return {
    key: { desk: 'preview', id: 'preview' },
    tool: match.tools[0] ?? 'preview',
    createdAt: now,
    firstSeenAt: now,
    facts: [{ kind: 'fields', at: now, fields }],
    deskDeadlines: {},
  };
}

/**
 * @param policies the valid policies in precedence order; `policy` among them
 * @param definitions the stored calendars by id
 */
export function previewPolicy(
  policy: Policy,
  policies: readonly Policy[],
  definitions: Readonly<Record<string, CalendarDefinition>>,
  priority: string,
  now: number,
): Preview {
  try {
    const calendars = Object.fromEntries(
      Object.entries(definitions).map(([id, definition]) => [id, new Calendar(definition)]),
    );
    const evaluation = evaluate(sampleTicket(policy, priority, now), policies, calendars, now);
    if (!evaluation.policy) return { kind: 'none' };
    if (evaluation.policy.id !== policy.id) return { kind: 'shadowed', by: evaluation.policy.name };
    const lines = evaluation.metrics.flatMap((metric) =>
      metric.deadline === null || metric.remainingMs === null
        ? []
        : [
            {
              metric: metric.metric,
              deadline: metric.deadline,
              remainingMs: metric.remainingMs,
              roundTheClock: (policy.targets[metric.metric]?.calendar ?? null) === null,
            },
          ],
    );
    return { kind: 'due', lines };
  } catch (error) {
    // A calendar with no working time within the engine's horizon: said, not thrown.
    return { kind: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}
