/** Which connected desk a page belongs to: the one whose base URL is the longest prefix of it. */
import type { Desk } from '../store/records';

export function deskForUrl(desks: readonly Desk[], url: string): Desk | null {
  let found: Desk | null = null;
  for (const desk of desks) {
    if (url.startsWith(desk.base) && (!found || desk.base.length > found.base.length)) found = desk;
  }
  return found;
}
