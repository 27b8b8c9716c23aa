/**
 * The recovery views in happy-dom against the real background's message handling: commands the view
 * sends go through handleMessage (as from an extension page) into fake-indexeddb, and every change is
 * announced back as `storeChanged`, as the worker does. A Request Tracker ticket whose first response
 * is breached is stored first.
 */
import type { ComponentChild } from 'preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
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

export interface View {
  readonly root: HTMLElement;
  byTestId<T extends HTMLElement = HTMLElement>(id: string): T;
  has(id: string): boolean;
  type(id: string, text: string): Promise<void>;
  select(id: string, value: string): Promise<void>;
  click(id: string): Promise<void>;
  until(check: () => unknown, timeout?: number): Promise<void>;
  close(): void;
}

export async function mount(node: ComponentChild): Promise<View> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(node, root));
  const view: View = {
    root,
    byTestId<T extends HTMLElement>(id: string) {
      const found = root.querySelectorAll<T>(`[data-testid="${id}"]`);
      if (found.length !== 1) throw new Error(`${found.length} elements with data-testid="${id}"`);
      return found[0] as T;
    },
    has: (id) => root.querySelector(`[data-testid="${id}"]`) !== null,
    async type(id, text) {
      const input = view.byTestId<HTMLInputElement>(id);
      await act(() => {
        input.focus();
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    },
    async select(id, value) {
      const input = view.byTestId<HTMLSelectElement | HTMLInputElement>(id);
      await act(() => {
        input.value = value;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
    },
    async click(id) {
      const element = view.byTestId(id);
      await act(() => element.click());
    },
    async until(check, timeout = 4_000) {
      await vi.waitFor(
        async () => {
          await act(async () => {});
          await check();
        },
        { timeout, interval: 20 },
      );
    },
    close() {
      render(null, root);
      root.remove();
    },
  };
  return view;
}
