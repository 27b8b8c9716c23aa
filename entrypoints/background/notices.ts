/** Tells Plazo's open pages (popup, side panel, options) that the store changed. */
import { browser } from 'wxt/browser';
import { type Notice, STORE_CHANGED } from '../../core/messaging/notices';

export function announceStoreChanged(): void {
  const notice: Notice = { type: STORE_CHANGED };
  // With no page open there is no receiver, and Chrome rejects: nothing to tell, nothing lost.
  browser.runtime.sendMessage(notice).catch(() => undefined);
}
