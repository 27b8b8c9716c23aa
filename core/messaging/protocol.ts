/**
 * The one message protocol between Plazo's parts, a zod schema per message. Content scripts only
 * report facts about the pages they read; only Plazo's own extension pages may send commands.
 */
import { z } from 'zod';
import { deskDeadlineSchema, ticketKeySchema } from '../engine/history';
import { METRICS } from '../engine/policy';
import { agentNameSchema, incidentEditSchema } from '../recovery/edits';
import { exportFileSchema } from '../store/export-format';
import { settingsSchema, webUrlSchema } from '../store/records';
import { MAX_OBSERVATIONS } from './replies';

const instant = z.number().int().nonnegative();
const text = (max: number) => z.string().max(max);

/**
 * One snapshot of a ticket as a page or API showed it. Timestamps the tool gives (creation, status
 * change, replies) are exact; without them the background dates a change at the best known time.
 */
export const observationSchema = z
  .strictObject({
    key: ticketKeySchema,
    tool: text(100).min(1),
    url: webUrlSchema,
    observedAt: instant,
    title: text(500).optional(),
    createdAt: instant.optional(),
    status: text(100).min(1).optional(),
    /** When the tool says the status last changed. */
    statusChangedAt: instant.optional(),
    queue: text(500).optional(),
    priority: text(100).optional(),
    type: text(200).optional(),
    tags: z.array(text(200)).max(200).optional(),
    organization: text(500).optional(),
    /** Who the ticket is assigned to, as the desk shows it ("alice (Alice Agent)"). */
    assignee: text(200).optional(),
    /** Replies the page or API lists, with their instants. */
    replies: z
      .array(z.strictObject({ at: instant, by: z.enum(['agent', 'customer']) }))
      .max(5000)
      .optional(),
    /** Deadlines the tool computed itself (RT's Due, Zendesk's breach_at). */
    deskDeadlines: z.partialRecord(z.enum(METRICS), deskDeadlineSchema).optional(),
  })
  .refine(
    (observation) =>
      !URL.canParse(observation.url) || new URL(observation.url).origin === observation.key.desk,
    {
      path: ['url'],
      error: 'the ticket URL is not on its desk',
    },
  );
export type Observation = z.output<typeof observationSchema>;

/** Facts: what content scripts may send. */
export const factMessageSchema = z.discriminatedUnion('type', [
  /** Tickets a page shows (one on a ticket page, every row of a list); the reply carries their timers. */
  z.strictObject({
    type: z.literal('ticketsObserved'),
    observations: z.array(observationSchema).min(1).max(MAX_OBSERVATIONS),
  }),
  /** A page of a desk was opened; the reply says which connected desk it belongs to, if any. */
  z.strictObject({ type: z.literal('pageOpened'), url: webUrlSchema }),
  z.strictObject({
    type: z.literal('pageUnreadable'),
    tool: text(100).min(1),
    url: webUrlSchema,
    /** The fields the adapter could not read, by name ("priority"). */
    fields: z.array(text(100)).min(1).max(50),
  }),
]);
export type FactMessage = z.output<typeof factMessageSchema>;

const ticketRef = z.string().min(1).max(800);

/** Commands: only Plazo's own extension pages may send these. */
export const commandMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('acknowledge'), ticket: ticketRef, metric: z.enum(METRICS) }),
  z.strictObject({
    type: z.literal('snooze'),
    ticket: ticketRef,
    minutes: z
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60),
  }),
  z.strictObject({ type: z.literal('saveSettings'), settings: settingsSchema }),
  z.strictObject({
    type: z.literal('addPersonalTicket'),
    url: webUrlSchema,
    title: text(500).min(1),
    /** Business minutes on `calendar` (or calendar time when null). */
    targetMinutes: z
      .number()
      .int()
      .min(1)
      .max(60 * 24 * 366),
    calendar: z.string().min(1).nullable().default(null),
  }),
  z.strictObject({ type: z.literal('removeTicket'), ticket: ticketRef }),
  z.strictObject({ type: z.literal('reconcileNow') }),
  /** Replaces everything with an export file's contents, in one transaction. */
  z.strictObject({ type: z.literal('importData'), file: exportFileSchema }),
  /** Default settings, tickets and alerts forgotten; incidents kept. */
  z.strictObject({ type: z.literal('resetData') }),
  /**
   * The recovery checklist of a ticket's breached (or at-risk) metric: its open incident, or a new
   * one. The reply (incidentReplySchema) carries the incident's id.
   */
  z.strictObject({
    type: z.literal('openIncident'),
    ticket: ticketRef,
    metric: z.enum(METRICS),
    by: agentNameSchema.optional(),
  }),
  /** One change to an incident, made by `by` (core/recovery/reducer.ts decides whether it applies). */
  z.strictObject({
    type: z.literal('editIncident'),
    id: z.string().min(1).max(200),
    edit: incidentEditSchema,
    by: agentNameSchema,
  }),
  /** The agent's name, remembered for stamping who did what ('' forgets it). */
  z.strictObject({ type: z.literal('setAgentName'), name: z.string().trim().max(100) }),
]);
export type CommandMessage = z.output<typeof commandMessageSchema>;

export const messageSchema = z.union([factMessageSchema, commandMessageSchema]);
export type Message = z.output<typeof messageSchema>;
