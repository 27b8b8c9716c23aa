/**
 * The ticket URL pattern of a custom desk, "https://desk.example.com/tickets/{id}": which URLs are
 * ticket pages, and the one URL each ticket is known by. Only ticket pages are read (no lists).
 */

const PLACEHOLDER = '{id}';
/** Stands in for {id} while the URL parser normalises the pattern (it would escape the braces). */
const MARK = 'plazo0id0mark';
/** Ids as URLs carry them: letters, digits, "-" and "_" (no "/" or "."), so one ticket has one key. */
const ID = '[A-Za-z0-9_-]{1,100}';
export const TICKET_ID = new RegExp(`^${ID}$`);

export type TicketUrlProblem = 'urlInvalid' | 'urlNoId';

export interface TicketUrlPattern {
  /** The pattern as the URL parser writes it, {id} kept. */
  readonly normalized: string;
  readonly origin: string;
  /** Matches a ticket page's URL; group 1 is the id. */
  readonly matcher: RegExp;
}

/** Why `pattern` cannot be used, or null. */
export function ticketUrlProblem(pattern: string): TicketUrlProblem | null {
  const parsed = parseTicketUrl(pattern);
  return typeof parsed === 'string' ? parsed : null;
}

export function parseTicketUrl(pattern: string): TicketUrlPattern | TicketUrlProblem {
  if (pattern.split(PLACEHOLDER).length !== 2) return 'urlNoId';
  const marked = pattern.trim().replace(PLACEHOLDER, MARK);
  if (!URL.canParse(marked)) return 'urlInvalid';
  const url = new URL(marked);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'urlInvalid';
  if (url.username !== '' || url.password !== '' || url.hash !== '') return 'urlInvalid';
  // {id} in the host would make every ticket its own origin (and permission).
  if (!`${url.pathname}${url.search}`.includes(MARK)) return 'urlNoId';
  const normalized = url.href.replace(MARK, PLACEHOLDER);
  const [before = '', after = ''] = url.href.split(MARK);
  // After the pattern a page may add a trailing "/", a query, a fragment or (in a query) more parameters.
  const rest = url.search === '' ? '(?:/?(?:[?#].*)?)' : '(?:[&#].*)?';
  const matcher = new RegExp(`^${escapeRegExp(before)}(${ID})${escapeRegExp(after)}${rest}$`);
  return { normalized, origin: url.origin, matcher };
}

/** Whether the pattern's ticket pages lie under the desk's base (origin and path prefix). */
export function isWithinBase(pattern: string, base: string): boolean {
  const parsed = parseTicketUrl(pattern);
  return typeof parsed !== 'string' && parsed.normalized.startsWith(base);
}

/** The id of the ticket page `url` shows, or null when it is not one. */
export function ticketIdOf(pattern: TicketUrlPattern, url: URL): string | null {
  return pattern.matcher.exec(url.href)?.[1] ?? null;
}

/** The canonical address of a ticket: what observations carry and chips link to. */
export function ticketUrlOf(pattern: TicketUrlPattern, id: string): string {
  return pattern.normalized.replace(PLACEHOLDER, id);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
