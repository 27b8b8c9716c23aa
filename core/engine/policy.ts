/**
 * SLA policies: which tickets a policy covers, the target per metric, and the clock rules
 * (after ServiceNow's start/pause/resume/stop/reset). Validated with zod because policies come
 * from the options page and from imported files.
 */
import { z } from 'zod';
import { METRICS, type Metric } from './metrics';

export { METRICS, type Metric };

const names = z.array(z.string().trim().min(1)).default([]);

/** Every listed criterion must hold; an empty list means "any". A policy with no criteria is a fallback. */
export const policyMatchSchema = z.strictObject({
  tools: names,
  queues: names,
  priorities: names,
  types: names,
  /** At least one of these tags. */
  tags: names,
  organizations: names,
});
export type PolicyMatch = z.output<typeof policyMatchSchema>;

export const warningSchema = z.union([
  z.strictObject({ percent: z.number().gt(0).lt(100) }),
  z.strictObject({ minutesBefore: z.number().int().positive() }),
]);
export type Warning = z.output<typeof warningSchema>;

export const escalationSchema = z.strictObject({
  minutesAfter: z.number().int().nonnegative(),
  name: z.string().trim().min(1).max(200),
});
export type Escalation = z.output<typeof escalationSchema>;

export const targetSchema = z.strictObject({
  /** Business minutes on the target's calendar. */
  minutes: z
    .number()
    .int()
    .positive()
    .max(60 * 24 * 366),
  /** Id of a calendar in settings; null counts plain calendar time (24/7). */
  calendar: z.string().min(1).nullable().default(null),
  warnings: z.array(warningSchema).default([]),
  escalations: z.array(escalationSchema).default([]),
});
export type Target = z.output<typeof targetSchema>;

export const clockRulesSchema = z.strictObject({
  /** Statuses during which the clocks pause (waiting on the customer, stalled, on hold). */
  pauseStatuses: names,
  /** Statuses that stop the clocks: resolution is met; open response clocks end. */
  stopStatuses: names,
  /** Leaving a stop status: continue the old clock, or start a new one from zero. */
  reopen: z.enum(['resume', 'restart']).default('resume'),
  /** A pause freezes the clock (no business time counts), or pushes the deadline out by the pause's wall-clock length. */
  pause: z.enum(['freeze', 'extend']).default('freeze'),
  /** When the matching policy changes (usually the priority): keep elapsed time and swap the target, or restart. */
  policyChange: z.enum(['swap', 'restart']).default('swap'),
});
export type ClockRules = z.output<typeof clockRulesSchema>;

export const policySchema = z.strictObject({
  id: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(200),
  match: policyMatchSchema.default(policyMatchSchema.parse({})),
  targets: z.partialRecord(z.enum(METRICS), targetSchema),
  clock: clockRulesSchema.default(clockRulesSchema.parse({})),
});
export type Policy = z.output<typeof policySchema>;

/** Clock rules used when no policy matches, so a help desk's own deadlines still pause and stop sensibly. */
export const DEFAULT_CLOCK: ClockRules = clockRulesSchema.parse({
  pauseStatuses: ['pending', 'stalled', 'on hold', 'on-hold', 'waiting on customer'],
  stopStatuses: ['solved', 'resolved', 'closed', 'rejected', 'deleted'],
});

/** The ticket attributes policies select on, as the help desk names them. */
export interface TicketFields {
  readonly queue?: string | undefined;
  readonly priority?: string | undefined;
  readonly type?: string | undefined;
  readonly tags?: readonly string[] | undefined;
  readonly organization?: string | undefined;
}

/**
 * Help desks differ in capitalisation ("Open", "open"): names compare without case. Each list is
 * lower-cased once and kept beside the policy it belongs to, because matching runs for every
 * ticket on every evaluation.
 */
const lowered = new WeakMap<readonly string[], ReadonlySet<string>>();
function lowerSet(list: readonly string[]): ReadonlySet<string> {
  let set = lowered.get(list);
  if (!set) {
    set = new Set(list.map((entry) => entry.toLowerCase()));
    lowered.set(list, set);
  }
  return set;
}

const oneOf = (list: readonly string[], value: string | undefined) =>
  list.length === 0 || (value !== undefined && lowerSet(list).has(value.toLowerCase()));

export function policyMatches(policy: Policy, tool: string, fields: TicketFields): boolean {
  const { match } = policy;
  return (
    oneOf(match.tools, tool) &&
    oneOf(match.queues, fields.queue) &&
    oneOf(match.priorities, fields.priority) &&
    oneOf(match.types, fields.type) &&
    oneOf(match.organizations, fields.organization) &&
    (match.tags.length === 0 || (fields.tags ?? []).some((tag) => oneOf(match.tags, tag)))
  );
}

/** Policies are ordered: the first that matches wins (put the fallback, with no criteria, last). */
export function selectPolicy(
  policies: readonly Policy[],
  tool: string,
  fields: TicketFields,
): Policy | undefined {
  return policies.find((policy) => policyMatches(policy, tool, fields));
}

export function statusIn(list: readonly string[], status: string): boolean {
  return list.length > 0 && lowerSet(list).has(status.toLowerCase());
}
