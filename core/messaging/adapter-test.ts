/**
 * "Test on this page": the options page sends a custom definition to a desk tab's content script,
 * which reads the page with it and answers field by field. zod/mini: the content script parses the
 * request. Kept out of protocol.ts: it goes to a tab, never to the background.
 */
import * as z from 'zod/mini';
import { CUSTOM_FIELDS, customAdapterSchema } from '../adapters/custom/definition';

export const adapterTestRequestSchema = z.strictObject({
  type: z.literal('testAdapter'),
  definition: customAdapterSchema,
});

/** Why a field has no value (core/adapters/custom/reader.ts). */
export const ADAPTER_TEST_PROBLEMS = [
  'selectorInvalid',
  'notFound',
  'empty',
  'noMatch',
  'notDate',
  'needsZone',
  'notId',
  'urlNoMatch',
] as const;

const fieldResultSchema = z.union([
  z.strictObject({
    field: z.enum(CUSTOM_FIELDS),
    ok: z.literal(true),
    value: z.string().check(z.maxLength(2000)),
    /** created: the instant the value means. */
    at: z.optional(z.number()),
  }),
  z.strictObject({
    field: z.enum(CUSTOM_FIELDS),
    ok: z.literal(false),
    problem: z.enum(ADAPTER_TEST_PROBLEMS),
  }),
]);

export const adapterTestReplySchema = z.union([
  z.strictObject({
    ok: z.literal(true),
    url: z.string().check(z.maxLength(4096)),
    fields: z.array(fieldResultSchema).check(z.maxLength(CUSTOM_FIELDS.length)),
  }),
  z.strictObject({ ok: z.literal(false), error: z.string().check(z.maxLength(2000)) }),
]);
export type AdapterTestReply = z.output<typeof adapterTestReplySchema>;
