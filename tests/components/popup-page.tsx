/**
 * Renders the popup in happy-dom against a stand-in background: tickets and settings are stored in
 * fake-indexeddb through the real store (where the popup reads them), and commands are recorded
 * and answered like the real background answers them.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mountPopup } from '../../components/popup/mount-popup';
import { commandMessageSchema } from '../../core/messaging/protocol';
import { DEFAULT_DB_NAME, openPlazoDb, PlazoStore } from '../../core/store';
import { DEFAULT_SETTINGS, type TicketRecord } from '../../core/store/records';
import { POLICY } from '../views/popup-fixtures';

export interface PopupBackground {
  readonly received: unknown[];
  readonly store: PlazoStore;
  close(): void;
}

export async function startPopupBackground(tickets: readonly TicketRecord[]): Promise<PopupBackground> {
  const db = await openPlazoDb(DEFAULT_DB_NAME);
  const store = new PlazoStore(db);
  await store.saveSettings({ ...DEFAULT_SETTINGS, policies: [POLICY] });
  if (tickets.length > 0) await store.putTickets(tickets);
  const received: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener(async (raw: unknown) => {
    received.push(raw);
    commandMessageSchema.parse(raw);
    return { ok: true };
  });
  return {
    received,
    store,
    close: () => {
      db.close();
      indexedDB.deleteDatabase(DEFAULT_DB_NAME);
    },
  };
}

export interface PopupPage {
  readonly root: HTMLElement;
  all(selector: string): HTMLElement[];
  byTestId<T extends HTMLElement = HTMLElement>(id: string): T;
  rowIds(): string[];
  choose(testId: string, value: string): Promise<void>;
  type(testId: string, text: string): Promise<void>;
  click(element: HTMLElement): Promise<void>;
  until(check: () => void, timeout?: number): Promise<void>;
  close(): void;
}

export async function openPopup(): Promise<PopupPage> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => mountPopup(root));
  const page: PopupPage = {
    root,
    all: (selector) => [...root.querySelectorAll<HTMLElement>(selector)],
    byTestId<T extends HTMLElement>(id: string) {
      const found = page.all(`[data-testid="${id}"]`);
      if (found.length !== 1) throw new Error(`${found.length} elements with data-testid="${id}"`);
      return found[0] as T;
    },
    rowIds: () =>
      page
        .all('[data-testid="popup-row"]')
        .sort(
          (a, b) =>
            Number.parseFloat(a.style.transform.slice(11)) - Number.parseFloat(b.style.transform.slice(11)),
        )
        .map((row) => row.querySelector('.row-id')?.textContent?.slice(1) ?? ''),
    async choose(testId, value) {
      const select = page.byTestId<HTMLSelectElement>(testId);
      await act(() => {
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
    },
    async type(testId, text) {
      const input = page.byTestId<HTMLInputElement>(testId);
      await act(() => {
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    },
    async click(element) {
      await act(() => element.click());
    },
    async until(check, timeout = 5_000) {
      await vi.waitFor(
        async () => {
          await act(async () => {});
          check();
        },
        { timeout, interval: 50 },
      );
    },
    close() {
      render(null, root);
      root.remove();
    },
  };
  return page;
}
