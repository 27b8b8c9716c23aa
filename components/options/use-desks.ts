/**
 * The desks as the options page shows them: the stored list, whether each origin's permission is
 * granted, and the two edits (add, remove). Every edit reads the latest stored settings first, so a
 * change made elsewhere since this page loaded is kept, not overwritten.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  addDesk,
  DESK_LIST_PROBLEM_MESSAGES,
  deskMatchPattern,
  patternInUse,
  removeDesk,
} from '../../core/desks';
import type { Desk } from '../../core/store/records';
import { errorText, t } from '../shared/i18n';
import { useStoreChanges } from '../shared/store-changes';
import { PATTERN_OPTIONS } from './patterns';
import { loadSettings, saveSettings } from './settings-client';

export type DesksView =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: string }
  | {
      readonly status: 'ready';
      readonly desks: readonly Desk[];
      /** The stored settings were unreadable: defaults are shown, and a save replaces them. */
      readonly settingsProblem: boolean;
      /** By origin pattern; a pattern not yet checked is absent. */
      readonly access: ReadonlyMap<string, boolean>;
    };

export type RemoveOutcome =
  | { readonly removed: true; readonly releaseError: string | null }
  | { readonly removed: false; readonly error: string };

export interface Desks {
  readonly view: DesksView;
  readonly reload: () => Promise<void>;
  /** Stores `desk` (its permission already granted); resolves to an error text, or null when saved. */
  readonly add: (desk: Desk) => Promise<string | null>;
  /** Stores the list without `desk`, then gives back its origin's permission unless another desk needs it. */
  readonly remove: (desk: Desk) => Promise<RemoveOutcome>;
}

export const patternOf = (desk: Desk): string => deskMatchPattern(desk.base, PATTERN_OPTIONS);

async function accessOf(desks: readonly Desk[]): Promise<Map<string, boolean>> {
  const patterns = [...new Set(desks.map(patternOf))];
  const granted = await Promise.all(
    patterns.map((pattern) => browser.permissions.contains({ origins: [pattern] }).catch(() => false)),
  );
  return new Map(patterns.map((pattern, index) => [pattern, granted[index] ?? false]));
}

export function useDesks(): Desks {
  const [view, setView] = useState<DesksView>({ status: 'loading' });
  // Only the latest load may set the view: an older one finishing late would show stale desks.
  const generation = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const { settings, problem } = await loadSettings();
      const access = await accessOf(settings.desks);
      if (mine !== generation.current) return;
      setView({ status: 'ready', desks: settings.desks, settingsProblem: problem !== null, access });
    } catch (error) {
      if (mine === generation.current) setView({ status: 'failed', error: errorText(error) });
    }
  }, []);

  useEffect(() => {
    void reload();
    // Access can change outside this page too (the browser's site settings): show it as it is.
    const accessChanged = () => void reload();
    browser.permissions.onAdded.addListener(accessChanged);
    browser.permissions.onRemoved.addListener(accessChanged);
    return () => {
      browser.permissions.onAdded.removeListener(accessChanged);
      browser.permissions.onRemoved.removeListener(accessChanged);
    };
  }, [reload]);

  // An import, a reset or another page may change the desks: show them as stored.
  const refresh = useCallback(() => void reload(), [reload]);
  useStoreChanges(refresh);

  const add = useCallback(
    async (desk: Desk) => {
      try {
        const { settings } = await loadSettings();
        const edit = addDesk(settings.desks, desk);
        if (!edit.ok) return t(DESK_LIST_PROBLEM_MESSAGES[edit.problem]);
        const reply = await saveSettings({ ...settings, desks: edit.desks });
        if (!reply.ok) return t('optionsSaveFailed', reply.error);
        return null;
      } catch (error) {
        return t('optionsSaveFailed', errorText(error));
      } finally {
        await reload();
      }
    },
    [reload],
  );

  const remove = useCallback(
    async (desk: Desk): Promise<RemoveOutcome> => {
      try {
        const { settings } = await loadSettings();
        const desks = removeDesk(settings.desks, desk.base);
        const reply = await saveSettings({ ...settings, desks });
        if (!reply.ok) return { removed: false, error: t('optionsSaveFailed', reply.error) };
        // The background has already unregistered the content script (it follows saved settings).
        if (patternInUse(desks, desk.base, PATTERN_OPTIONS)) return { removed: true, releaseError: null };
        try {
          await browser.permissions.remove({ origins: [patternOf(desk)] });
          return { removed: true, releaseError: null };
        } catch (error) {
          return { removed: true, releaseError: t('optionsReleaseFailed', desk.name, errorText(error)) };
        }
      } catch (error) {
        return { removed: false, error: t('optionsSaveFailed', errorText(error)) };
      } finally {
        await reload();
      }
    },
    [reload],
  );

  return { view, reload, add, remove };
}
