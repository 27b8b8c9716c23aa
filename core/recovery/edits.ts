/**
 * What a page may ask to change in an incident, one variant per gesture. Pages send these in the
 * `editIncident` command; the background applies them with applyIncidentEdit. Text fields are sent
 * whole (the page debounces typing), so a lost or repeated message can never garble a text.
 */
import { z } from 'zod';
import {
  ANSWERS,
  LIMITS,
  MESSAGE_LANGUAGES,
  MESSAGE_STEPS,
  REVIEW_QUESTION_IDS,
  ROOT_CAUSES,
  STEPS,
} from './checklist';

/** Who makes an edit: the agent's name as they gave it. */
export const agentNameSchema = z.string().trim().min(1).max(LIMITS.name);

export const incidentEditSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('setRestorer'), restorer: z.string().max(LIMITS.restorer) }),
  z.strictObject({ kind: z.literal('setRootCauseCategory'), category: z.enum(ROOT_CAUSES).nullable() }),
  z.strictObject({ kind: z.literal('setRootCauseText'), text: z.string().max(LIMITS.rootCause) }),
  z.strictObject({
    kind: z.literal('chooseTemplate'),
    step: z.enum(MESSAGE_STEPS),
    language: z.enum(MESSAGE_LANGUAGES),
    template: z.string().min(1).max(100),
  }),
  z.strictObject({ kind: z.literal('addAction'), text: z.string().trim().min(1).max(LIMITS.action) }),
  z.strictObject({ kind: z.literal('completeStep'), step: z.enum(STEPS) }),
  z.strictObject({ kind: z.literal('undoStep'), step: z.enum(STEPS) }),
  z.strictObject({
    kind: z.literal('answerReview'),
    question: z.enum(REVIEW_QUESTION_IDS),
    answer: z.enum(ANSWERS).nullable(),
  }),
  z.strictObject({
    kind: z.literal('setReviewNotes'),
    question: z.enum(REVIEW_QUESTION_IDS),
    notes: z.string().max(LIMITS.notes),
  }),
  z.strictObject({ kind: z.literal('close') }),
  z.strictObject({ kind: z.literal('reopen') }),
]);
export type IncidentEdit = z.output<typeof incidentEditSchema>;
