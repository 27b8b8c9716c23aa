/**
 * Renders the side panel in happy-dom over a store in fake-indexeddb, as the background left it, with
 * a stand-in background that answers commands. The active tab is whatever the test says it is.
 */
import { render } from 'preact';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PanelApp } from '../../components/sidepanel/PanelApp';
import { DEFAULT_DB_NAME, openPlazoDb, PlazoStore } from '../../core/store';
import type { AlertRecord, IncidentRecord, Settings, TicketRecord } from '../../core/store/records';
import { type Mounted, mounted } from './mounted';

export interface Stored {
  readonly settings: Settings;
  readonly tickets: readonly TicketRecord[];
  readonly alerts?: readonly AlertRecord[];
  readonly incidents?: readonly IncidentRecord[];
}

/** Stores what the background would have stored; every command is answered "done". */
export async function storeAsBackground(stored: Stored): Promise<() => void> {
  const db = await openPlazoDb(DEFAULT_DB_NAME);
  const store = new PlazoStore(db);
  await store.saveSettings(stored.settings);
  await store.putTickets(stored.tickets);
  for (const [name, records] of [
    ['alerts', stored.alerts ?? []],
    ['incidents', stored.incidents ?? []],
  ] as const) {
    const transaction = db.transaction(name, 'readwrite');
    await Promise.all([...records.map((value) => transaction.store.put(value)), transaction.done]);
  }
  fakeBrowser.runtime.onMessage.addListener(async () => ({ ok: true }));
  return () => db.close();
}

/** Makes `url` the active tab's address (undefined: a tab Plazo may not read). */
export function activeTab(url: string | undefined): void {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
    { id: 5, index: 0, windowId: 1, active: true, highlighted: true, incognito: false, pinned: false, url },
  ]);
}

export type PanelPage = Mounted;

/** Opens the panel page as the browser's side panel (no tab of its own), with `search` as its query. */
export function openPanel(search: string): Promise<PanelPage> {
  vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
  return mounted((root) => render(<PanelApp search={search} />, root));
}
