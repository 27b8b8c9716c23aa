/**
 * Keeps the desks' content scripts in line with the settings and the browser's permissions: one
 * registered script per granted desk origin, none for anything else. Run on every change that can
 * move either side: settings saved, install or update and browser start (which wipe dynamic scripts
 * of unpacked and updated builds), and a permission granted or taken back.
 */
import { browser } from 'wxt/browser';
import {
  type DeskScript,
  deskPatterns,
  deskScriptFor,
  type PatternOptions,
  planDeskScripts,
} from '../../core/desks';
import type { PlazoStore } from '../../core/store';
import type { Desk } from '../../core/store/records';

/** Must equal the options page's (components/options/patterns.ts): both name the same permission. */
const PATTERN_OPTIONS: PatternOptions = { ports: !import.meta.env.FIREFOX };

// Syncs run one after another: two at once would both see a script missing and both register it,
// and the second registration fails on the duplicate id.
let queue: Promise<void> = Promise.resolve();

/** Registers and unregisters what `desks` need. Never rejects: failures are logged, the next sync retries. */
export function syncDeskScripts(desks: readonly Desk[]): Promise<void> {
  queue = queue.then(() => sync(desks));
  return queue;
}

/** syncDeskScripts with the stored desks; unreadable settings leave the scripts as they are. */
export async function syncStoredDeskScripts(store: () => Promise<PlazoStore>): Promise<void> {
  try {
    const { settings, problem } = await (await store()).readSettings();
    // Defaults stand in for unreadable settings; syncing to their empty list would drop every desk.
    if (problem) {
      console.warn(`Plazo: desk scripts left as they are, settings unreadable: ${problem.message}`);
      return;
    }
    await syncDeskScripts(settings.desks);
  } catch (error) {
    console.error('Plazo: desk scripts not synced', error);
  }
}

async function sync(desks: readonly Desk[]): Promise<void> {
  try {
    const granted = new Set<string>();
    for (const pattern of deskPatterns(desks, PATTERN_OPTIONS)) {
      if (await browser.permissions.contains({ origins: [pattern] })) granted.add(pattern);
    }
    const registered: DeskScript[] = await browser.scripting.getRegisteredContentScripts();
    const plan = planDeskScripts(desks, granted, registered, PATTERN_OPTIONS);
    if (plan.unregister.length > 0)
      await browser.scripting.unregisterContentScripts({ ids: plan.unregister });
    // One call per origin, so one refused pattern does not keep the other desks unread.
    for (const pattern of plan.register) {
      await browser.scripting
        .registerContentScripts([deskScriptFor(pattern)])
        .catch((error: unknown) =>
          console.error(`Plazo: content script for ${pattern} not registered`, error),
        );
    }
  } catch (error) {
    console.error('Plazo: desk scripts not synced', error);
  }
}
