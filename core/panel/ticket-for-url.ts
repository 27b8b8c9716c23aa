/**
 * Which stored ticket a browser tab shows, from the tab's address and the address each ticket was
 * observed at. Desks decorate their ticket pages' URLs (RT adds `&results=…` after an update, a
 * `#txn-12` anchor, a trailing slash, parameters in any order), so two addresses name the same
 * ticket when origin and path agree and every parameter of the stored one is in the tab's, equal.
 */

export interface TicketAddress {
  readonly key: string;
  readonly url: string;
}

interface Normalised {
  readonly place: string;
  readonly params: URLSearchParams;
}

function normalise(url: string): Normalised | null {
  if (!URL.canParse(url)) return null;
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const path = parsed.pathname.replace(/\/+$/, '');
  return { place: `${parsed.origin}${path}`, params: parsed.searchParams };
}

/** Every stored parameter present in the tab's address with the same value. */
function contains(tab: URLSearchParams, ticket: URLSearchParams): boolean {
  for (const [name, value] of ticket) {
    if (!tab.getAll(name).includes(value)) return false;
  }
  return true;
}

/** The key of the ticket `tabUrl` shows, or null; the most specific stored address wins. */
export function ticketForUrl(tabUrl: string, tickets: Iterable<TicketAddress>): string | null {
  const tab = normalise(tabUrl);
  if (!tab) return null;
  let best: { key: string; specificity: number } | null = null;
  for (const ticket of tickets) {
    const stored = normalise(ticket.url);
    if (!stored || stored.place !== tab.place || !contains(tab.params, stored.params)) continue;
    const specificity = stored.params.size;
    if (!best || specificity > best.specificity) best = { key: ticket.key, specificity };
  }
  return best?.key ?? null;
}
