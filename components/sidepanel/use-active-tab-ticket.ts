/**
 * The stored ticket the agent is looking at: the active tab of this window, matched against the
 * addresses tickets were observed at, followed as the agent switches tabs or navigates.
 *
 * A tab's `url` is only visible to an extension with the `tabs` permission or host access to that
 * tab's origin. Plazo holds host access exactly for the desks the agent connected, which are the
 * only pages a tracked ticket can be on; asking for `tabs` would let Plazo read every address the
 * agent visits, so it does not. Any other tab reads as "no URL", which is the empty state anyway.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PERSONAL_DESK } from '../../core/engine/history';
import { ticketForUrl } from '../../core/panel/ticket-for-url';
import { PlazoStore } from '../../core/store';
import { errorText } from '../shared/i18n';
import { useStoreChanges } from '../shared/store-changes';
import { readStore } from '../shared/store-reader';

export type ActiveTicket =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: string }
  | { readonly status: 'none' }
  | { readonly status: 'found'; readonly ticket: string };

async function activeTicket(): Promise<ActiveTicket> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const url = tab?.url;
  if (!url || !URL.canParse(url)) return { status: 'none' };
  // Only the tab's desk's tickets (and personal ones, kept on any page) can be the tab's.
  const desks = [new URL(url).origin, PERSONAL_DESK];
  const { tickets } = await readStore((db) => new PlazoStore(db).listTicketsOfDesks(desks));
  const ticket = ticketForUrl(url, tickets);
  return ticket ? { status: 'found', ticket } : { status: 'none' };
}

export function useActiveTabTicket(): ActiveTicket {
  const [found, setFound] = useState<ActiveTicket>({ status: 'loading' });
  const generation = useRef(0);
  const refresh = useCallback(() => {
    const mine = ++generation.current;
    activeTicket().then(
      (result) => mine === generation.current && setFound(result),
      (error: unknown) =>
        mine === generation.current && setFound({ status: 'failed', error: errorText(error) }),
    );
  }, []);
  useEffect(() => {
    refresh();
    const onUpdated = (_tabId: number, change: { url?: string }, tab: { active?: boolean }) => {
      if (change.url !== undefined && tab.active) refresh();
    };
    browser.tabs.onActivated.addListener(refresh);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(refresh);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [refresh]);
  // A ticket seen for the first time in the current tab becomes known with the store's change.
  useStoreChanges(refresh);
  return found;
}
