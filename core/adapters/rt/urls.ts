/**
 * Which Request Tracker pages Plazo reads, found from the URL alone, and the one URL a ticket is
 * known by. RT may live under a path ("https://support.example.com/rt/"), so every path is taken
 * relative to the desk's base and anything outside it is not RT's.
 */
import type { DeskBase, DetectedPage } from '../types';

const TICKET_PAGE = 'Ticket/Display.html';
const RESULTS_PAGE = 'Search/Results.html';
/** RT's ticket ids: positive integers (no leading zero, so one ticket has one key). */
const TICKET_ID = /^[1-9]\d{0,14}$/;

/** The page kind of `url` on the RT desk at `base`, or null. */
export function detectRtPage(url: URL, base: DeskBase): DetectedPage | null {
  const desk = parseBase(base);
  if (!desk || url.origin !== desk.origin || !url.pathname.startsWith(desk.pathname)) return null;
  const page = url.pathname.slice(desk.pathname.length);
  if (page === RESULTS_PAGE) return { kind: 'list' };
  if (page !== TICKET_PAGE) return null;
  const id = url.searchParams.get('id') ?? '';
  return TICKET_ID.test(id) ? { kind: 'ticket', id } : null;
}

/** Whether a text is an RT ticket id. */
export function isTicketId(text: string): boolean {
  return TICKET_ID.test(text);
}

/** The canonical address of a ticket: what observations carry and chips link to. */
export function rtTicketUrl(base: DeskBase, id: string): string {
  return `${base}${TICKET_PAGE}?id=${id}`;
}

function parseBase(base: DeskBase): URL | null {
  if (!URL.canParse(base)) return null;
  const parsed = new URL(base);
  if (!parsed.pathname.endsWith('/')) parsed.pathname += '/';
  return parsed;
}

/**
 * URLs the detector must accept and refuse, next to it so a change to one shows in the other. The
 * registry's test also feeds every other adapter's URLs to this detector, and these to theirs.
 */
export const RT_TEST_URLS = {
  base: 'https://support.example.com/rt/',
  ticket: [
    { url: 'https://support.example.com/rt/Ticket/Display.html?id=42', id: '42' },
    { url: 'https://support.example.com/rt/Ticket/Display.html?id=7&results=abc#txn-12', id: '7' },
    { url: 'https://support.example.com/rt/Ticket/Display.html?ShowHeaders=1&id=1234', id: '1234' },
  ],
  list: [
    "https://support.example.com/rt/Search/Results.html?Query=Queue%20%3D%20'General'",
    'https://support.example.com/rt/Search/Results.html',
  ],
  not: [
    // outside the desk's base: another path, origin, scheme or port
    'https://support.example.com/Ticket/Display.html?id=42',
    'https://support.example.com/rtx/Ticket/Display.html?id=42',
    'https://other.example.com/rt/Ticket/Display.html?id=42',
    'http://support.example.com/rt/Ticket/Display.html?id=42',
    'https://support.example.com:8443/rt/Ticket/Display.html?id=42',
    // inside it, but not a page Plazo reads
    'https://support.example.com/rt/',
    'https://support.example.com/rt/Ticket/Display.html',
    'https://support.example.com/rt/Ticket/Display.html?id=',
    'https://support.example.com/rt/Ticket/Display.html?id=0',
    'https://support.example.com/rt/Ticket/Display.html?id=042',
    'https://support.example.com/rt/Ticket/Display.html?id=4x',
    'https://support.example.com/rt/Ticket/Modify.html?id=42',
    'https://support.example.com/rt/Ticket/Display.html/extra?id=42',
    'https://support.example.com/rt/Search/Build.html',
    'https://support.example.com/rt/REST/2.0/ticket/42',
    'https://support.example.com/rt/SelfService/Display.html?id=42',
  ],
} as const;
