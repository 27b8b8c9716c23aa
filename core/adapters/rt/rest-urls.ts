/**
 * The REST 2.0 requests Plazo makes, same-origin with the user's RT session cookie (REST 2.0
 * accepts it; no token is needed or kept).
 */
import type { DeskBase } from '../types';

/** RT caps `per_page` at 100. */
export const REST_PAGE_SIZE = 100;

/** What a search row needs from REST; Queue's name and Told come through nested and extra fields. */
const SEARCH_FIELDS = 'Subject,Status,Priority,Queue,SLA,Created,Due,Told';

function restUrl(base: DeskBase, path: string, query: Record<string, string> = {}): string {
  const url = new URL(`REST/2.0/${path}`, base);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url.href;
}

/** The ticket with every column, its queue by name. */
export function restTicketUrl(base: DeskBase, id: string): string {
  return restUrl(base, `ticket/${id}`, { 'fields[Queue]': 'Name' });
}

/**
 * The ticket's newest transactions first (a long history's last page is its most recent), with
 * who made each (the Creator's id is the user's Name).
 */
export function restHistoryUrl(base: DeskBase, id: string): string {
  return restUrl(base, `ticket/${id}/history`, {
    fields: 'Type,Created,Creator,NewValue',
    orderby: 'id',
    order: 'DESC',
    per_page: String(REST_PAGE_SIZE),
  });
}

/** A user's record: whether they are staff (Privileged). */
export function restUserUrl(base: DeskBase, name: string): string {
  return restUrl(base, `user/${encodeURIComponent(name)}`);
}

/** One search for up to REST_PAGE_SIZE tickets by id. */
export function restTicketSearchUrl(base: DeskBase, ids: readonly string[]): string {
  return restUrl(base, 'tickets', {
    query: ids.map((id) => `id = ${id}`).join(' OR '),
    fields: SEARCH_FIELDS,
    'fields[Queue]': 'Name',
    per_page: String(ids.length),
  });
}
