/**
 * The Notifications and Data sections in happy-dom against a stand-in background that applies
 * saveSettings, importData and resetData with the real store code on fake-indexeddb, where the page
 * reads them back. Each section is rendered on its own, so these tests follow only these sections.
 */
import type { ComponentChild } from 'preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { commandMessageSchema } from '../../core/messaging/protocol';
import { DEFAULT_DB_NAME, openPlazoDb, type PlazoDb, PlazoStore } from '../../core/store';
import type { Settings } from '../../core/store/records';

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

export interface SectionPage {
  readonly root: HTMLElement;
  byTestId<T extends HTMLElement = HTMLElement>(id: string): T;
  allByTestId(id: string): HTMLElement[];
  type(id: string, text: string): Promise<void>;
  /** Sets a checkbox or a select as the user would, firing what Preact listens to. */
  check(id: string, checked: boolean): Promise<void>;
  select(id: string, value: string): Promise<void>;
  choose(id: string, file: File): Promise<void>;
  click(element: HTMLElement): Promise<void>;
  until(check: () => void): Promise<void>;
  close(): void;
}

export async function openSection(section: ComponentChild): Promise<SectionPage> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(section, root));
  const page: SectionPage = {
    root,
    byTestId<T extends HTMLElement>(id: string) {
      const found = page.allByTestId(id);
      if (found.length !== 1) throw new Error(`${found.length} elements with data-testid="${id}"`);
      return found[0] as T;
    },
    allByTestId: (id) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)],
    async type(id, text) {
      const input = page.byTestId<HTMLInputElement>(id);
      await act(() => {
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    },
    async check(id, checked) {
      const input = page.byTestId<HTMLInputElement>(id);
      if (input.checked !== checked) await act(() => input.click());
    },
    async select(id, value) {
      const select = page.byTestId<HTMLSelectElement>(id);
      await act(() => {
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
    },
    async choose(id, file) {
      const input = page.byTestId<HTMLInputElement>(id);
      await act(() => {
        Object.defineProperty(input, 'files', { configurable: true, value: [file] });
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
    },
    async click(element) {
      await act(() => element.click());
    },
    async until(check) {
      await vi.waitFor(async () => {
        await act(async () => {});
        check();
      });
    },
    close() {
      render(null, root);
      root.remove();
    },
  };
  return page;
}
