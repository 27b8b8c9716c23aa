/** Keeps the popup's first-screen digest (core/views/popup-digest.ts) in session storage, rewritten after every reconcile. */
import { browser } from 'wxt/browser';
import type { PlazoDb } from '../../core/store';
import { POPUP_DIGEST_KEY } from '../../core/views/popup-digest';
import { popupDigestOf } from '../../core/views/popup-digest-of';
import { readFirstScreen } from '../../core/views/popup-source';

export async function writePopupDigest(db: PlazoDb, now: number): Promise<void> {
  const digest = popupDigestOf(await readFirstScreen(db, now), now);
  await browser.storage.session.set({ [POPUP_DIGEST_KEY]: digest });
}
