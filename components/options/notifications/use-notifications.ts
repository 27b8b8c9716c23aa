/**
 * The Notifications form's state: the stored notification settings as a draft, refreshed when the
 * store changes unless the user is editing, and saved with the latest stored settings around it so
 * other sections' changes are kept.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { NotificationSettings } from '../../../core/store/records';
import { errorText, t } from '../../shared/i18n';
import { useStoreChanges } from '../../shared/store-changes';
import { loadSettings, saveSettings } from '../settings-client';
import { type NotifyDraft, toDraft } from './notify-draft';

export type NotifyView =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: string }
  | { readonly status: 'ready'; readonly draft: NotifyDraft };

export interface Notifications {
  readonly view: NotifyView;
  readonly reload: () => Promise<void>;
  readonly edit: (change: Partial<NotifyDraft>) => void;
  /** Resolves to an error text, or null once saved. */
  readonly save: (settings: NotificationSettings) => Promise<string | null>;
}

export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function useNotifications(): Notifications {
  const [view, setView] = useState<NotifyView>({ status: 'loading' });
  const editing = useRef(false);
  // Only the latest load may set the view: an older one finishing late would show stale settings.
  const generation = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const { settings } = await loadSettings();
      if (mine !== generation.current) return;
      editing.current = false;
      setView({ status: 'ready', draft: toDraft(settings.notifications, browserZone()) });
    } catch (error) {
      if (mine === generation.current) setView({ status: 'failed', error: errorText(error) });
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);
  // A change elsewhere (an import, a reset) shows here, unless it would throw away the user's edits.
  useStoreChanges(
    useCallback(() => {
      if (!editing.current) void reload();
    }, [reload]),
  );

  const edit = useCallback((change: Partial<NotifyDraft>) => {
    editing.current = true;
    setView((current) =>
      current.status === 'ready' ? { ...current, draft: { ...current.draft, ...change } } : current,
    );
  }, []);

  const save: Notifications['save'] = useCallback(
    async (notifications) => {
      try {
        const { settings } = await loadSettings();
        const reply = await saveSettings({ ...settings, notifications });
        if (!reply.ok) return t('notifySaveFailed', reply.error);
        await reload();
        return null;
      } catch (error) {
        return t('notifySaveFailed', errorText(error));
      }
    },
    [reload],
  );

  return { view, reload, edit, save };
}
