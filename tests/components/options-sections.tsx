/**
 * Renders one options section (policies, calendars) in happy-dom against the stand-in background of
 * options-page.tsx, with settings stored beforehand and read back afterwards from fake-indexeddb.
 */
import type { ComponentChild } from 'preact';
import { render } from 'preact';
import { DEFAULT_DB_NAME, openPlazoDb, PlazoStore } from '../../core/store';
import { DEFAULT_SETTINGS, type Settings } from '../../core/store/records';
import { type Mounted, mounted } from './mounted';
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

export interface Section extends Mounted {
  /** The problem shown next to the field at `path`, or null. */
  errorFor(path: string): string | null;
}

export async function openSection(section: ComponentChild): Promise<Section> {
  const view = await mounted((root) => render(section, root));
  return {
    ...view,
    errorFor: (path) =>
      view.root.querySelector(`[data-error-for="${CSS.escape(path)}"]`)?.textContent ?? null,
  };
}
