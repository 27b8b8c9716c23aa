/**
 * Renders one options section (policies, calendars) in happy-dom against the stand-in background of
 * options-page.tsx, with settings stored beforehand and read back afterwards from fake-indexeddb.
 */
import type { ComponentChild } from 'preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { DEFAULT_DB_NAME, openPlazoDb, PlazoStore } from '../../core/store';
import { DEFAULT_SETTINGS, type Settings } from '../../core/store/records';
import { type Background, startBackground } from './options-page';

async function withStore<T>(use: (store: PlazoStore) => Promise<T>): Promise<T> {
  const db = await openPlazoDb(DEFAULT_DB_NAME);
  try {
    return await use(new PlazoStore(db));
  } finally {
    db.close();
  }
}

/** Stores `settings` (over the defaults), then starts the stand-in background. */
export async function startWithSettings(settings: Partial<Settings>): Promise<Background> {
  await withStore((store) => store.saveSettings({ ...DEFAULT_SETTINGS, ...settings }));
  return startBackground(null);
}

export function storedSettings(): Promise<Settings> {
  return withStore(async (store) => (await store.readSettings()).settings);
}

export interface Section {
  readonly root: HTMLElement;
  byTestId<T extends HTMLElement = HTMLElement>(id: string, within?: ParentNode): T;
  allByTestId<T extends HTMLElement = HTMLElement>(id: string, within?: ParentNode): T[];
  /** Sets an input's value as typing would, and lets the page render. */
  type(element: HTMLInputElement | HTMLSelectElement, text: string): Promise<void>;
  click(element: HTMLElement): Promise<void>;
  until(check: () => unknown): Promise<void>;
  /** The problem shown next to the field at `path`, or null. */
  errorFor(path: string): string | null;
  close(): void;
}

export async function openSection(section: ComponentChild): Promise<Section> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(section, root));
  const page: Section = {
    root,
    byTestId<T extends HTMLElement>(id: string, within: ParentNode = root) {
      const found = page.allByTestId<T>(id, within);
      if (found.length !== 1) throw new Error(`${found.length} elements with data-testid="${id}"`);
      return found[0] as T;
    },
    allByTestId: <T extends HTMLElement>(id: string, within: ParentNode = root) => [
      ...within.querySelectorAll<T>(`[data-testid="${id}"]`),
    ],
    async type(element, text) {
      await act(() => {
        element.value = text;
        element.dispatchEvent(
          new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
        );
      });
    },
    async click(element) {
      await act(() => element.click());
    },
    async until(check) {
      await vi.waitFor(async () => {
        await act(async () => {});
        await check();
      });
    },
    errorFor: (path) => root.querySelector(`[data-error-for="${CSS.escape(path)}"]`)?.textContent ?? null,
    close() {
      render(null, root);
      root.remove();
    },
  };
  return page;
}
