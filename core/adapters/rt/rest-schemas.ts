/**
 * The REST 2.0 answers Plazo reads, as RT 5.0.3 sends them (tests/fixtures/rt/rest-*.json). Answers
 * are parsed before use: a body of another shape changes nothing. A field Plazo does not need to
 * trust its neighbours (a title, a priority) drops out alone when garbled; the ticket's id, and
 * whatever says whether it has an SLA, fail the whole answer.
 */
import * as z from 'zod/mini';

// zod/mini: these ship in the content script, which must stay small (see core/store/desk.ts).

/** A reference to a user: RT writes the user's Name as its id ("alice", "frank@example.com"). */
const userReference = z.looseObject({ id: z.string().check(z.minLength(1)) });

const optionalText = z.catch(z.optional(z.string()), undefined);
const digits = z.string().check(z.regex(/^\d+$/));

/**
 * A ticket, from `GET /ticket/N` (id a number; no SLA key when there is none) or from a
 * `/tickets` search (id a string; SLA "" when there is none). Dates stay text: see dates.ts.
 */
export const restTicketSchema = z.looseObject({
  id: z.pipe(
    z.union([z.int().check(z.positive()), digits]),
    z.transform((id) => String(id)),
  ),
  Subject: optionalText,
  Status: optionalText,
  /** A number as a string: "50". */
  Priority: z.catch(
    z.optional(
      z.pipe(
        z.union([z.string().check(z.regex(/^-?\d+$/)), z.int()]),
        z.transform((priority) => Number(priority)),
      ),
    ),
    undefined,
  ),
  /** With `fields[Queue]=Name`. */
  Queue: z.catch(z.optional(z.looseObject({ Name: optionalText })), undefined),
  Created: optionalText,
  Due: optionalText,
  /** Last Contact: only in searches (`fields=Told`); the single ticket has no such key. */
  Told: optionalText,
  SLA: z.optional(z.string()),
  Requestor: z.optional(z.array(userReference)),
});
export type RestTicket = z.output<typeof restTicketSchema>;

/** A `/tickets` search: items are checked one by one, so one odd ticket spoils only itself. */
export const restTicketSearchSchema = z.looseObject({ items: z.array(z.unknown()) });

export const restTransactionSchema = z.looseObject({
  id: digits,
  /** Create, Correspond, Comment, Status, Set, EmailRecord… */
  Type: z.string(),
  Created: z.string(),
  Creator: userReference,
  /** The new status of a Status transaction. */
  NewValue: z.optional(z.nullable(z.string())),
});
export type RestTransaction = z.output<typeof restTransactionSchema>;

/** A ticket's history: all of it must parse, as a skipped message would change who replied last. */
export const restHistorySchema = z.looseObject({ items: z.array(restTransactionSchema) });

/** `GET /user/<name>`, as a staff member sees any user (also another user's summary). */
export const restUserSchema = z.looseObject({
  Name: z.string().check(z.minLength(1)),
  /** 1 for staff, 0 for everyone else (requestors, RT_System). */
  Privileged: z.union([z.literal(0), z.literal(1)]),
});
