/**
 * An incident: one breach (or at-risk ticket) and its recovery, as stored and exported. The ticket's
 * title, link and deadline are copied in when it opens: the incident outlives the ticket (forgetting a
 * ticket keeps its incidents) and the postmortem must say what the breach was about.
 */
import { z } from 'zod';
import { METRICS, type Metric } from '../engine/metrics';
import {
  ANSWERS,
  LIMITS,
  MESSAGE_LANGUAGES,
  type MessageLanguage,
  REVIEW_QUESTION_IDS,
  ROOT_CAUSES,
} from './checklist';
import { DEFAULT_TEMPLATE } from './templates';

const instant = z.number().int().nonnegative();
const text = (max: number) => z.string().max(max);

/** Who did something and when. `by` is '' only on incidents from before Plazo recorded who. */
export const stampSchema = z.strictObject({ by: text(LIMITS.name), at: instant });
export type Stamp = z.output<typeof stampSchema>;

/** What every step records: when it was marked done and its last change, each with who. */
const stepBase = { done: stampSchema.nullable(), edited: stampSchema.nullable() };

const messageStepSchema = z.strictObject({
  ...stepBase,
  language: z.enum(MESSAGE_LANGUAGES),
  template: z.string().min(1).max(100),
});

export const restoreActionSchema = z.strictObject({
  text: text(LIMITS.action).min(1),
  by: text(LIMITS.name),
  at: instant,
});
export type RestoreAction = z.output<typeof restoreActionSchema>;

export const stepsSchema = z.strictObject({
  alertTeam: z.strictObject({ ...stepBase, restorer: text(LIMITS.restorer) }),
  rootCause: z.strictObject({
    ...stepBase,
    category: z.enum(ROOT_CAUSES).nullable(),
    text: text(LIMITS.rootCause),
  }),
  tellCustomer: messageStepSchema,
  restore: z.strictObject({ ...stepBase, actions: z.array(restoreActionSchema).max(LIMITS.actions) }),
  informResolved: messageStepSchema,
});
export type Steps = z.output<typeof stepsSchema>;

export const reviewAnswerSchema = z.strictObject({
  answer: z.enum(ANSWERS).nullable(),
  notes: text(LIMITS.notes),
  edited: stampSchema.nullable(),
});
export type ReviewAnswer = z.output<typeof reviewAnswerSchema>;

export const reviewSchema = z.strictObject(
  Object.fromEntries(REVIEW_QUESTION_IDS.map((id) => [id, reviewAnswerSchema])) as Record<
    (typeof REVIEW_QUESTION_IDS)[number],
    typeof reviewAnswerSchema
  >,
);
export type Review = z.output<typeof reviewSchema>;

export const incidentSchema = z.strictObject({
  id: z.string().min(1).max(200),
  /** The ticket's store key, "origin|id". */
  ticket: z.string().min(1).max(800),
  metric: z.enum(METRICS),
  /** The id the help desk shows ("42"), for messages and the postmortem. */
  ticketId: text(200),
  title: text(LIMITS.title),
  url: z.string().max(2048).nullable(),
  /** The metric's deadline when the incident opened; null when Plazo did not know it. */
  deadline: instant.nullable(),
  openedAt: instant,
  /** Who opened it; null when it was opened from a notification before the agent gave a name. */
  openedBy: text(LIMITS.name).nullable(),
  steps: stepsSchema,
  review: reviewSchema,
  closed: stampSchema.nullable(),
  /** The last change, whatever it was. */
  updated: stampSchema.nullable(),
  /** How many edits have been applied: pages tell a newer stored incident from the one they show. */
  revision: z.number().int().nonnegative(),
  /** Fields a placeholder incident of versions 1 and 2 carried, kept by migration 003 as they were. */
  legacy: z.record(z.string(), z.unknown()).optional(),
});
export type Incident = z.output<typeof incidentSchema>;

export interface NewIncident {
  readonly id: string;
  readonly ticket: string;
  readonly metric: Metric;
  readonly ticketId: string;
  readonly title: string;
  readonly url: string | null;
  readonly deadline: number | null;
  readonly openedAt: number;
  readonly openedBy: string | null;
  /** The language customer messages start in (the agent can switch per message). */
  readonly language: MessageLanguage;
}

/** A fresh incident: nothing done, nothing answered. */
export function newIncident(fields: NewIncident): Incident {
  const { language, title, ...rest } = fields;
  const unanswered = { answer: null, notes: '', edited: null };
  return incidentSchema.parse({
    ...rest,
    title: title.slice(0, LIMITS.title),
    steps: {
      alertTeam: { done: null, edited: null, restorer: '' },
      rootCause: { done: null, edited: null, category: null, text: '' },
      tellCustomer: { done: null, edited: null, language, template: DEFAULT_TEMPLATE.tellCustomer },
      restore: { done: null, edited: null, actions: [] },
      informResolved: { done: null, edited: null, language, template: DEFAULT_TEMPLATE.informResolved },
    },
    review: Object.fromEntries(REVIEW_QUESTION_IDS.map((id) => [id, unanswered])),
    closed: null,
    updated: null,
    revision: 0,
  });
}
