/** Open views refresh when the background announces a store change (see core/messaging/notices.ts). */
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isStoreChanged } from '../../core/messaging/notices';

/** Calls `refresh` after every store change while the component is mounted. */
export function useStoreChanges(refresh: () => void): void {
  useEffect(() => {
    const listener = (message: unknown) => {
      if (isStoreChanged(message)) refresh();
      // Not answering: the background sends notices without waiting for replies.
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [refresh]);
}
