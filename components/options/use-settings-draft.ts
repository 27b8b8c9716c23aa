/**
 * One part of the settings (the calendars, the policies) edited as a draft: loaded from the store,
 * kept while the user edits (also when the store changes meanwhile), and saved by asking the
 * background with the whole settings read fresh, so parts saved elsewhere since are kept.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../core/store/records';
import { errorText, t } from '../shared/i18n';
import { useStoreChanges } from '../shared/store-changes';
import { loadSettings, saveSettings } from './settings-client';

export type DraftView<D> =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: string }
  | {
      readonly status: 'ready';
      readonly stored: Settings;
      readonly draft: D;
      readonly dirty: boolean;
      /** The stored settings were unreadable: defaults are shown, and a save replaces them. */
      readonly settingsProblem: boolean;
    };

/** A draft that has loaded. */
export type ReadyDraft<D> = Extract<DraftView<D>, { status: 'ready' }>;

export interface SettingsDraft<D> {
  readonly view: DraftView<D>;
  readonly reload: () => Promise<void>;
  readonly edit: (change: (draft: D) => D) => void;
  /** Drops the edits and shows the stored settings again. */
  readonly discard: () => void;
  /** Resolves to an error text, or null once saved. */
  readonly save: (apply: (latest: Settings) => Settings) => Promise<string | null>;
}

export function useSettingsDraft<D>(toDraft: (settings: Settings) => D): SettingsDraft<D> {
  const [view, setView] = useState<DraftView<D>>({ status: 'loading' });
  const dirty = useRef(false);
  /** Counts edits, so a save does not mark as saved what was typed while it was under way. */
  const edits = useRef(0);
  const generation = useRef(0);
  const toDraftRef = useRef(toDraft);
  toDraftRef.current = toDraft;

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const { settings, problem } = await loadSettings();
      if (mine !== generation.current) return;
      setView((last) => ({
        status: 'ready',
        stored: settings,
        // Unsaved edits win over a change made elsewhere: nothing the user typed is lost.
        draft: dirty.current && last.status === 'ready' ? last.draft : toDraftRef.current(settings),
        dirty: dirty.current,
        settingsProblem: problem !== null,
      }));
    } catch (error) {
      if (mine === generation.current) setView({ status: 'failed', error: errorText(error) });
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);
  useStoreChanges(reload);

  const isDirty = view.status === 'ready' && view.dirty;
  useEffect(() => {
    if (!isDirty) return;
    // The browser asks before closing or reloading the page with unsaved edits.
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);

  const edit = useCallback((change: (draft: D) => D) => {
    dirty.current = true;
    edits.current++;
    setView((last) => (last.status === 'ready' ? { ...last, draft: change(last.draft), dirty: true } : last));
  }, []);

  const discard = useCallback(() => {
    dirty.current = false;
    setView((last) =>
      last.status === 'ready' ? { ...last, draft: toDraftRef.current(last.stored), dirty: false } : last,
    );
  }, []);

  const save = useCallback(
    async (apply: (latest: Settings) => Settings) => {
      const saving = edits.current;
      try {
        const { settings } = await loadSettings();
        const reply = await saveSettings(apply(settings));
        if (!reply.ok) return t('optionsSaveFailed', reply.error);
        if (edits.current === saving) dirty.current = false;
        await reload();
        return null;
      } catch (error) {
        return t('optionsSaveFailed', errorText(error));
      }
    },
    [reload],
  );

  return { view, reload, edit, discard, save };
}
