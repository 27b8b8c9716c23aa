/**
 * Renders the options page in happy-dom against a stand-in background: it stores what saveSettings
 * sends (in fake-indexeddb, where the page reads it back) and answers like the real one. Messages are
 * the English ones from public/_locales, placeholders filled in, so the tests read what users read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../components/options/OptionsApp';
import { isStoreChanged } from '../../core/messaging/notices';
import { commandMessageSchema } from '../../core/messaging/protocol';
import { DEFAULT_DB_NAME, openPlazoDb, type PlazoDb, PlazoStore } from '../../core/store';
import { DEFAULT_SETTINGS, type Desk } from '../../core/store/records';
import { type Mounted, mounted } from './mounted';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

function locale(language: string): Messages {
  const file = join(import.meta.dirname, '..', '..', 'public', '_locales', language, 'messages.json');
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** chrome.i18n.getMessage over one locale file: "$NAME$" → its placeholder's "$1" → substitutions[0]. */
export function useLocale(language: 'en' | 'es'): void {
  const messages = locale(language);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(language);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, substitutions?: unknown) => {
    const entry = messages[key];
    if (!entry) throw new Error(`no message "${key}" in ${language}`);
    const values = Array.isArray(substitutions) ? substitutions.map(String) : [];
    return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return values[Number(content.slice(1)) - 1] ?? '';
    });
  });
}

export interface Background {
  /** Every message the page sent, in order. */
  readonly received: unknown[];
  /** The next saveSettings answers this error instead of storing. */
  failNextSave(error: string): void;
  desks(): Promise<Desk[]>;
  close(): void;
}

/**
 * @param desks stored before the page opens; null leaves the database absent until the page wakes the
 *   background with a command (as on a first run).
 */
export async function startBackground(desks: readonly Desk[] | null): Promise<Background> {
  const received: unknown[] = [];
  let failure: string | null = null;
  let db: PlazoDb | null = null;
  const store = async () => {
    db ??= await openPlazoDb(DEFAULT_DB_NAME);
    return new PlazoStore(db);
  };
  if (desks) await (await store()).saveSettings({ ...DEFAULT_SETTINGS, desks: [...desks] });
  fakeBrowser.runtime.onMessage.addListener(async (raw: unknown) => {
    // The fake browser hands the background's own notices to every listener; the real one does not.
    if (isStoreChanged(raw)) return undefined;
    received.push(raw);
    const message = commandMessageSchema.parse(raw);
    const opened = await store();
    if (message.type !== 'saveSettings') return { ok: true };
    if (failure) {
      const error = failure;
      failure = null;
      return { ok: false, error };
    }
    await opened.saveSettings(message.settings);
    return { ok: true };
  });
  return {
    received,
    failNextSave: (error) => {
      failure = error;
    },
    desks: async () => (await (await store()).readSettings()).settings.desks,
    close: () => db?.close(),
  };
}

export type OptionsPage = Mounted;

export function openOptionsPage(): Promise<OptionsPage> {
  return mounted((root) => render(<OptionsApp />, root));
}
