/**
 * The recovery views in happy-dom against the real background's message handling: commands the view
 * sends go through handleMessage (as from an extension page) into fake-indexeddb, and every change is
 * announced back as `storeChanged`, as the worker does. A Request Tracker ticket whose first response
 * is breached is stored first.
 */
import type { ComponentChild } from 'preact';
import { render } from 'preact';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isStoreChanged, STORE_CHANGED } from '../../core/messaging/notices';
import { DEFAULT_DB_NAME, openPlazoDb, type PlazoDb, PlazoStore } from '../../core/store';
import { handleMessage } from '../../entrypoints/background/messages';
import {
  CREATED,
  EXTENSION_ORIGIN,
  fromContentScript,
  fromPage,
  observation,
  settings,
} from '../background/fixtures';
import { type Mounted, mounted } from './mounted';

export interface StandIn {
  readonly store: PlazoStore;
  /** Every command the view sent, in order. */
  readonly received: unknown[];
  close(): void;
}

export async function startRecoveryBackground(): Promise<StandIn> {
  const db: PlazoDb = await openPlazoDb(DEFAULT_DB_NAME);
  const store = new PlazoStore(db);
  const received: unknown[] = [];
  const context = {
    store: async () => store,
    extensionId: 'plazo-test-id',
    extensionOrigin: EXTENSION_ORIGIN,
    changed: async () => {
      await fakeBrowser.runtime.onMessage.trigger({ type: STORE_CHANGED }, {});
    },
    settingsSaved: async () => {},
    language: 'en' as const,
    timeZone: 'UTC',
  };
  await store.saveSettings(settings);
  await handleMessage(
    { type: 'ticketsObserved', observations: [{ ...observation(), observedAt: CREATED + 5 * 60_000 }] },
    fromContentScript as unknown as Browser.runtime.MessageSender,
    context,
  );
  fakeBrowser.runtime.onMessage.addListener(async (raw: unknown) => {
    if (isStoreChanged(raw)) return undefined;
    received.push(raw);
    return handleMessage(raw, fromPage, context);
  });
  return { store, received, close: () => db.close() };
}

export type View = Mounted;

export async function mount(node: ComponentChild): Promise<View> {
  const view = await mounted((root) => render(node, root));
  // Typing happens in a focused field, and the checklist's fields keep focused typing over refreshes.
  return { ...view, type: (target, text) => view.type(target, text, { focus: true }) };
}
