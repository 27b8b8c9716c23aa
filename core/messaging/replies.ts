/**
 * What the background answers, a zod/mini schema per reply: the content script parses these, and
 * it must stay small (see core/store/desk.ts). Failures say why in words.
 */
import * as z from 'zod/mini';
import { ticketTimersSchema } from '../overlay/timers';
import { deskSchema } from '../store/desk';

/** A result list of RT shows at most a thousand rows per page by default; room for a few more. */
export const MAX_OBSERVATIONS = 2000;

export const failureReplySchema = z.strictObject({ ok: z.literal(false), error: z.string() });
export const doneReplySchema = z.strictObject({ ok: z.literal(true) });
/** To `pageOpened`: the connected desk the page belongs to, if any. */
export const deskReplySchema = z.strictObject({ ok: z.literal(true), desk: z.nullable(deskSchema) });
/** To `ticketsObserved`: the timers of the tickets reported. */
export const timersReplySchema = z.strictObject({
  ok: z.literal(true),
  timers: z.array(ticketTimersSchema).check(z.maxLength(MAX_OBSERVATIONS)),
});
/** To `openIncident`: the id of the ticket's open incident for that metric (new or reused). */
export const incidentReplySchema = z.strictObject({
  ok: z.literal(true),
  incident: z.string().check(z.minLength(1), z.maxLength(200)),
});
export type Reply =
  | z.output<typeof doneReplySchema>
  | z.output<typeof incidentReplySchema>
  | z.output<typeof deskReplySchema>
  | z.output<typeof timersReplySchema>
  | z.output<typeof failureReplySchema>;
