/**
 * Every record Plazo keeps in IndexedDB, as zod schemas. Whatever is read back is parsed with
 * these before use: a bad value falls back to a default and is reported, never trusted.
 */
import { z } from 'zod';
import { calendarDefinitionSchema } from '../engine/calendar-schema';
import { ticketHistorySchema, ticketKeySchema } from '../engine/history';
import { METRICS, policySchema } from '../engine/policy';
import { type Incident, incidentSchema } from '../recovery/incident';
import { type Desk, deskSchema, webUrlSchema } from './desk';

export { type Desk, deskSchema, webUrlSchema };

/** "origin|id": the store's key for a ticket. */
export function ticketKeyString(key: { readonly desk: string; readonly id: string }): string {
  return `${key.desk}|${key.id}`;
}

export const ticketRecordSchema = z.strictObject({
  /** ticketKeyString(history.key): the object store's key path. */
  key: z.string().min(1),
  /** Where the agent opens the ticket. */
  url: webUrlSchema,
  title: z.string().max(500).default(''),
  /** Set for tickets the user added by hand (personal SLAs). */
  personal: z.boolean().default(false),
  history: ticketHistorySchema,
  /** When the last observation arrived; the views show how fresh a timer is. */
  observedAt: z.number().int().nonnegative(),
});
export type TicketRecord = z.output<typeof ticketRecordSchema>;

export const alertKindSchema = z.enum(['warning', 'breach', 'escalation']);

/** One alert Plazo has dealt with (shown, or passed over for a later one), so no restart repeats it. */
export const alertRecordSchema = z.strictObject({
  /** ticket key | metric | cycle start | kind | index: the same threshold always has the same id. */
  id: z.string().min(1),
  ticket: z.string().min(1),
  metric: z.enum(METRICS),
  cycleStartedAt: z.number().int().nonnegative(),
  kind: alertKindSchema,
  index: z.number().int().nonnegative(),
  /** When the browser notification was shown; null when a later threshold superseded it. */
  shownAt: z.number().int().nonnegative().nullable(),
  /** Breach alerts repeat until acknowledged. */
  repeats: z.number().int().nonnegative().default(0),
  acknowledgedAt: z.number().int().nonnegative().nullable().default(null),
});
export type AlertRecord = z.output<typeof alertRecordSchema>;

/** Snoozes silence one ticket's alerts until a given instant. */
export const snoozeRecordSchema = z.strictObject({
  ticket: z.string().min(1),
  until: z.number().int().nonnegative(),
});
export type SnoozeRecord = z.output<typeof snoozeRecordSchema>;

/** What a ticket counts for on the toolbar badge, as of its last evaluation. */
export const badgeStateSchema = z.enum(['breached', 'atRisk', 'clear']);
export type BadgeState = z.output<typeof badgeStateSchema>;

/**
 * The schedule: one entry per ticket saying when it next needs evaluating. Reconciles evaluate only
 * the entries that are due, so a worker waking with 10,000 tickets stored reads a handful of them.
 * Every write that changes what a ticket's evaluation depends on marks its entry due (wakeAt 0) in
 * the same transaction; `revision` counts those marks, so a reconcile never overwrites one it has
 * not seen.
 */
export const scheduleEntrySchema = z.strictObject({
  ticket: z.string().min(1),
  /** When the ticket next needs evaluating; 0 = now; null = nothing ahead (met, or no target). */
  wakeAt: z.number().int().nonnegative().nullable(),
  badge: badgeStateSchema,
  revision: z.number().int().nonnegative(),
});
export type ScheduleEntry = z.output<typeof scheduleEntrySchema>;

/**
 * A breach and its recovery checklist: the Incident of core/recovery (migration 003 brought the
 * placeholder records of versions 1 and 2 to this shape).
 */
export const incidentRecordSchema = incidentSchema;
export type IncidentRecord = Incident;

const minuteOfDay = z
  .number()
  .int()
  .min(0)
  .max(24 * 60);

export const notificationSettingsSchema = z.strictObject({
  enabled: z.boolean().default(true),
  /** Breach alerts come back every N minutes until acknowledged; 0 turns repeats off. */
  repeatBreachMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(30),
  /** No notifications inside this daily window (in `timeZone`); what falls due is shown when it ends. */
  quietHours: z
    .strictObject({ from: minuteOfDay, to: minuteOfDay, timeZone: z.string().min(1) })
    .nullable()
    .default(null),
  /**
   * Which alerts notify. Added after the first release: settings stored without it read as "all on",
   * so no migration is needed (tests/store/settings.test.ts).
   */
  kinds: z
    .strictObject({
      warning: z.boolean().default(true),
      breach: z.boolean().default(true),
      escalation: z.boolean().default(true),
    })
    .default({ warning: true, breach: true, escalation: true }),
});
export type NotificationSettings = z.output<typeof notificationSettingsSchema>;

export const settingsSchema = z.strictObject({
  /** Connected desks; each origin's permission and content script follow this list. */
  desks: z.array(deskSchema).max(100).default([]),
  policies: z.array(policySchema).default([]),
  /** Calendar definitions by id; policies' targets name them. */
  calendars: z.record(z.string().min(1), calendarDefinitionSchema).default({}),
  notifications: notificationSettingsSchema.default(notificationSettingsSchema.parse({})),
  /**
   * The agent's name, which the recovery checklist stamps on who did what. Added after the first
   * release and optional (absent = not given yet), so settings stored without it stay valid and no
   * migration is needed (tests/recovery/agent-name-settings.test.ts).
   */
  agentName: z.string().max(100).optional(),
});
export type Settings = z.output<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

export { ticketKeySchema };
