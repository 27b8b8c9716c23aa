/**
 * The records the content script also reads (a connected desk, the URLs it names), written with
 * zod/mini: the content script ships to every desk page and must stay small, and zod/mini schemas
 * work inside the full zod schemas the rest of Plazo uses.
 */
import * as z from 'zod/mini';
import { CUSTOM_TOOL_ID, customAdapterSchema } from '../adapters/custom/definition';
import { isWithinBase } from '../adapters/custom/ticket-url';
import type { IssueReason } from '../engine/issue-reason';

/**
 * A link Plazo opens for the agent. zod's plain url() also accepts javascript:, data: and file: URLs,
 * which must never reach a tab; self-hosted desks on http:// and private addresses stay allowed.
 */
export const webUrlSchema = z.url({ protocol: /^https?$/ }).check(z.maxLength(2048));

/**
 * A help desk the user connected: which adapter reads it and where it lives. Self-hosted desks are
 * added by URL (permission for that origin is asked at that moment).
 */
export const deskSchema = z
  .strictObject({
    /** The desk's base URL, origin plus optional path, ending in "/": "https://rt.example.com/". */
    base: webUrlSchema.check(
      z.refine((url) => url.endsWith('/'), {
        error: 'the base URL must end with "/"',
        params: { reason: 'baseWithoutSlash' } satisfies IssueReason,
      }),
    ),
    /** The adapter's id ("rt"). */
    tool: z.string().check(z.minLength(1), z.maxLength(100)),
    name: z.string().check(z.minLength(1), z.maxLength(200)),
    /** The user's own adapter, for a tool Plazo has none for ("custom"). */
    custom: z.optional(customAdapterSchema),
  })
  .check(
    // A definition is what makes a custom desk readable, and only a custom desk is read with one.
    z.refine((desk) => (desk.tool === CUSTOM_TOOL_ID) === (desk.custom !== undefined), {
      path: ['custom'],
      error: 'a custom desk needs its definition, and only a custom desk has one',
      params: { reason: 'customDefinition' } satisfies IssueReason,
    }),
    // Plazo only has (and asks for) the base's origin: ticket pages elsewhere would never be read.
    z.refine((desk) => desk.custom === undefined || isWithinBase(desk.custom.ticketUrl, desk.base), {
      path: ['custom', 'ticketUrl'],
      error: 'urlOutsideBase',
      params: { reason: 'urlOutsideBase' } satisfies IssueReason,
    }),
  );
export type Desk = z.output<typeof deskSchema>;
