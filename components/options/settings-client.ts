/**
 * The options page's side of the one-writer rule: it reads settings straight from IndexedDB (never
 * migrating it) and changes them only by asking the background with a saveSettings command.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { doneReplySchema, failureReplySchema } from '../../core/messaging/replies';
import { openPlazoDbForReading, StoreNotReadyError } from '../../core/store';
import type { Settings } from '../../core/store/records';
import { readSettings, type SettingsRead } from '../../core/store/settings';

/** The background migrates before it answers a command, so one wake-up is normally enough. */
const ATTEMPTS = 3;

export async function loadSettings(): Promise<SettingsRead> {
  for (let attempt = 1; ; attempt++) {
    try {
      const db = await openPlazoDbForReading();
      try {
        return await readSettings(db);
      } finally {
        // Closed at once, so this page never holds up an upgrade by a newer background.
        db.close();
      }
    } catch (error) {
      if (!(error instanceof StoreNotReadyError) || attempt >= ATTEMPTS) throw error;
      // Any command wakes the background, which opens (and migrates) the store before replying.
      await browser.runtime.sendMessage({ type: 'reconcileNow' }).catch(() => undefined);
    }
  }
}

const replySchema = z.union([doneReplySchema, failureReplySchema]);
export type SaveReply = z.output<typeof replySchema>;

export async function saveSettings(settings: Settings): Promise<SaveReply> {
  try {
    const reply = replySchema.safeParse(
      await browser.runtime.sendMessage({ type: 'saveSettings', settings }),
    );
    return reply.success ? reply.data : { ok: false, error: 'the background gave no answer' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
