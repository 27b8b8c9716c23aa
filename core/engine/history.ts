/**
 * What Plazo knows about one ticket: facts observed by content scripts, APIs or the user, each
 * with its instant. Facts, not conclusions: the engine derives every SLA state from these.
 */
import { z } from 'zod';
import { METRICS } from './policy';

const instant = z.number().int().nonnegative();

/** The desk of tickets the user added by hand (personal SLAs, kept on any page). */
export const PERSONAL_DESK = 'personal';

export const ticketKeySchema = z.strictObject({
  /** The help desk's origin, e.g. "https://rt.example.com", or "personal" for hand-added tickets. */
  desk: z.string().min(1).max(500),
  id: z.string().min(1).max(200),
});
export type TicketKey = z.output<typeof ticketKeySchema>;

const fieldsSchema = z.strictObject({
  queue: z.string().max(500).optional(),
  priority: z.string().max(100).optional(),
  type: z.string().max(200).optional(),
  tags: z.array(z.string().max(200)).max(200).optional(),
  organization: z.string().max(500).optional(),
  /** Who the ticket is assigned to, as the help desk shows it. Policies do not select on it. */
  assignee: z.string().max(200).optional(),
});

/** `estimated`: the instant is the best known bound, not the moment itself (seen between two observations). */
export const factSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('status'),
    at: instant,
    status: z.string().min(1).max(100),
    estimated: z.boolean().optional(),
  }),
  z.strictObject({
    kind: z.literal('reply'),
    at: instant,
    by: z.enum(['agent', 'customer']),
    estimated: z.boolean().optional(),
  }),
  z.strictObject({
    kind: z.literal('fields'),
    at: instant,
    fields: fieldsSchema,
    estimated: z.boolean().optional(),
  }),
]);
export type Fact = z.output<typeof factSchema>;

/** A deadline the help desk computed itself (RT's Due, Zendesk's breach_at): where present it is the truth. */
export const deskDeadlineSchema = z.strictObject({
  at: instant,
  /** Where it came from, shown to the user: "Request Tracker SLA (Due)". */
  source: z.string().min(1).max(200),
});
export type DeskDeadline = z.output<typeof deskDeadlineSchema>;

export const ticketHistorySchema = z.strictObject({
  key: ticketKeySchema,
  /** Adapter id ("rt", "zendesk", "custom", "personal"): what policies match as the help desk. */
  tool: z.string().min(1).max(100),
  /** Creation instant when the tool tells it; otherwise the clocks count from the first observation. */
  createdAt: instant.nullable(),
  firstSeenAt: instant,
  /**
   * Ordered by `at`. At the same instant the merge orders by content (agent reply, fields, status,
   * customer reply), so a reply-and-resolve counts as a response and a reopening reply starts a clock.
   */
  facts: z.array(factSchema),
  deskDeadlines: z.partialRecord(z.enum(METRICS), deskDeadlineSchema).default({}),
});
export type TicketHistory = z.output<typeof ticketHistorySchema>;
