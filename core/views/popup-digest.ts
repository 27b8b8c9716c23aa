/**
 * The popup's first screen, ready to show: the most urgent rows with their clocks and the totals,
 * as of the background's last reconcile. The background keeps it in session storage (a cache it
 * rewrites after every reconcile, gone when the browser closes); the popup paints it before it
 * loads the engine and reads every ticket, which then replaces it. Parsed with zod/mini, the only
 * schema library the popup loads before its first paint.
 */
import * as z from 'zod/mini';
import { METRICS } from '../engine/metrics';
import { rowClockSchema } from './row-clock';
import { ROW_STATES } from './urgency';

export const POPUP_DIGEST_KEY = 'popupDigest';

/** The first screen (five rows in view) and the rows the list renders below it. */
export const DIGEST_ROWS = 12;

const instant = z.int();
const count = z.int().check(z.minimum(0));
const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));

const urgencySchema = z.strictObject({
  metric: z.nullable(z.enum(METRICS)),
  state: z.enum(ROW_STATES),
  deadline: z.nullable(instant),
  atRiskAt: z.nullable(instant),
  remainingMs: z.nullable(z.number()),
});

const digestRowSchema = z.strictObject({
  key: text(1, 800),
  id: text(1, 200),
  title: text(0, 500),
  // Opened in a tab from the popup: a web page, nothing else.
  url: z.string().check(z.maxLength(2_000), z.regex(/^https?:\/\//)),
  tool: text(1, 100),
  assignee: z.nullable(text(0, 200)),
  urgency: urgencySchema,
  snoozedUntil: z.nullable(instant),
  clock: z.nullable(rowClockSchema),
});
export type DigestRow = z.output<typeof digestRowSchema>;

export const popupDigestSchema = z.strictObject({
  version: z.literal(1),
  /** When the rows were evaluated. */
  at: instant,
  /** Every stored ticket, and those the reconcile counted breached or at risk. */
  totals: z.strictObject({ tickets: count, breached: count, atRisk: count }),
  rows: z.array(digestRowSchema).check(z.maxLength(DIGEST_ROWS)),
});
export type PopupDigest = z.output<typeof popupDigestSchema>;

/** The digest as stored, or null when there is none or it cannot be read (the popup then reads the store). */
export function parsePopupDigest(raw: unknown): PopupDigest | null {
  const parsed = popupDigestSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
