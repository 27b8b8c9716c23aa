/**
 * Notices: what the background tells Plazo's own pages, never content scripts. Pages read the store
 * themselves; a notice only says it changed, so open views refresh without polling.
 */
// zod/mini: the popup listens for notices before anything heavier is loaded.
import * as z from 'zod/mini';

export const STORE_CHANGED = 'storeChanged';

export const noticeSchema = z.strictObject({ type: z.literal(STORE_CHANGED) });
export type Notice = z.output<typeof noticeSchema>;

/** True for a message that announces a store change (validated; anything else is not one). */
export function isStoreChanged(message: unknown): boolean {
  return noticeSchema.safeParse(message).success;
}
