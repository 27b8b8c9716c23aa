/**
 * The popup's first screen from the background's digest (core/views/popup-digest.ts): one read of
 * session storage, no engine and no IndexedDB, so it can be painted before anything else loads.
 */
import { browser } from 'wxt/browser';
import { POPUP_DIGEST_KEY, parsePopupDigest } from '../../core/views/popup-digest';
import { sortRows } from '../../core/views/popup-list';
import type { PopupLoad } from './popup-load';

/** null when there is no digest yet (the browser just started) or it cannot be read. */
export async function readDigest(now: number): Promise<PopupLoad | null> {
  const stored = await browser.storage.session.get(POPUP_DIGEST_KEY);
  const digest = parsePopupDigest(stored[POPUP_DIGEST_KEY]);
  if (!digest) return null;
  const clocks = new Map(digest.rows.map((row) => [row.key, row.clock]));
  return {
    rows: sortRows([...digest.rows], now),
    at: now,
    totals: digest.totals,
    problems: [],
    unreadable: [],
    complete: false,
    clockOf: (row) => clocks.get(row.key) ?? null,
  };
}
