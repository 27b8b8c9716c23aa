/**
 * The Notifications and Data sections in happy-dom against a stand-in background that applies
 * saveSettings, importData and resetData with the real store code on fake-indexeddb, where the page
 * reads them back. Each section is rendered on its own, so these tests follow only these sections.
 */
import type { ComponentChild } from 'preact';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { commandMessageSchema } from '../../core/messaging/protocol';
import { DEFAULT_DB_NAME, openPlazoDb, type PlazoDb, PlazoStore } from '../../core/store';
import type { Settings } from '../../core/store/records';
import { type Mounted, mounted } from './mounted';

export interface DataBackground {
  /** Every message the page sent, in order. */
  readonly received: unknown[];
  store(): Promise<PlazoStore>;
  close(): void;
}

export async function startDataBackground(settings: Settings): Promise<DataBackground> {
  const received: unknown[] = [];
  let db: PlazoDb | null = null;
  const store = async () => {
    db ??= await openPlazoDb(DEFAULT_DB_NAME);
    return new PlazoStore(db);
  };
  await (await store()).saveSettings(settings);
  fakeBrowser.runtime.onMessage.addListener(async (raw: unknown) => {
    received.push(raw);
    const parsed = commandMessageSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: 'message dropped (invalid)' };
    const opened = await store();
    const message = parsed.data;
    if (message.type === 'saveSettings') await opened.saveSettings(message.settings);
    if (message.type === 'importData') await opened.importData(message.file);
    if (message.type === 'resetData') await opened.resetData();
    return { ok: true };
  });
  return { received, store, close: () => db?.close() };
}

export type SectionPage = Mounted;

export function openSection(section: ComponentChild): Promise<SectionPage> {
  return mounted((root) => render(section, root));
}
