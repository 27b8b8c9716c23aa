/**
 * The pages and REST answers saved from a real RT 5.0.3 (tests/fixtures/rt/README.md), as the
 * adapter gets them: a parsed Document, parsed JSON. Everything about them (the desk, the capture
 * instant) is as that README says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { rtAdapter } from '../../core/adapters/rt';
import type { DetectedPage, PageRead, ReadContext } from '../../core/adapters/types';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'rt');

/** The desk the fixtures were saved from, and the instant they were. */
export const RT_BASE = 'http://127.0.0.1:8080/';
export const CAPTURED_AT = Date.parse('2026-11-28T01:53:22Z');
export const context: ReadContext = { base: RT_BASE, now: CAPTURED_AT };

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function fixtureDocument(name: string): Document {
  return parseHtml(fixtureText(name));
}

/** A window of its own that runs no script and loads nothing: the page is only markup to read. */
const parser = new new Window({
  url: RT_BASE,
  settings: { disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
}).DOMParser();

export function parseHtml(html: string): Document {
  return parser.parseFromString(html, 'text/html') as unknown as Document;
}

export function fixtureJson(name: string): unknown {
  return JSON.parse(fixtureText(name));
}

/** The sample tickets as tests/fixtures/rt/README.md lists them (titles as the pages show them). */
export interface SampleTicket {
  readonly id: string;
  readonly title: string;
  readonly queue: string;
  readonly status: string;
  readonly priority: string;
  /** The owner as RT shows it. */
  readonly owner: string;
  /** The SLA level, or null when the queue has SLAs off. */
  readonly sla: string | null;
  readonly createdAt: number;
  /** RT's Due (for ticket 5 set by hand: no SLA deadline). */
  readonly due: number;
  /** Last Contact, when someone other than a requestor corresponded. */
  readonly toldAt: number | null;
}

const at = (time: string) => Date.parse(`2026-${time}Z`);

export const SAMPLE_TICKETS: readonly SampleTicket[] = [
  {
    id: '1',
    title: 'Printer on the 3rd floor is jammed',
    queue: 'General',
    status: 'new',
    priority: 'Medium',
    owner: 'Nobody in particular',
    sla: 'standard',
    createdAt: at('11-28T01:52:56'),
    due: at('11-30T13:00:00'),
    toldAt: null,
  },
  {
    id: '2',
    title: 'Checkout is down for all customers',
    queue: 'General',
    status: 'new',
    priority: 'High',
    owner: 'Nobody in particular',
    sla: 'urgent',
    createdAt: at('11-28T01:52:58'),
    due: at('11-28T02:52:59'),
    toldAt: null,
  },
  {
    id: '3',
    title: 'Feature request: dark mode',
    queue: 'Support',
    status: 'new',
    priority: 'Low',
    owner: 'Nobody in particular',
    sla: 'low',
    createdAt: at('11-28T01:53:00'),
    due: at('12-07T09:00:00'),
    toldAt: null,
  },
  {
    id: '4',
    title: 'Cannot reset my password',
    queue: 'Support',
    status: 'open',
    priority: 'Low',
    owner: 'alice (Alice Agent)',
    sla: 'standard',
    createdAt: at('11-28T01:53:01'),
    due: at('12-02T09:00:00'),
    toldAt: at('11-28T01:53:08'),
  },
  {
    id: '5',
    title: 'Quote for 40 seats',
    queue: 'Sales',
    status: 'new',
    priority: 'Medium',
    owner: 'Nobody in particular',
    sla: null,
    createdAt: at('11-28T01:53:09'),
    due: at('11-26T13:00:00'),
    toldAt: null,
  },
  {
    id: '6',
    title: 'VPN drops every hour',
    queue: 'General',
    status: 'stalled',
    priority: 'Medium',
    owner: 'alice (Alice Agent)',
    sla: 'standard',
    createdAt: at('11-28T01:53:10'),
    due: at('11-30T13:00:00'),
    toldAt: null,
  },
  {
    id: '7',
    title: 'Website shows a certificate warning',
    queue: 'General',
    status: 'resolved',
    priority: 'High',
    owner: 'alice (Alice Agent)',
    sla: 'urgent',
    createdAt: at('11-28T01:53:12'),
    due: at('11-28T09:53:12'),
    toldAt: at('11-28T01:53:14'),
  },
];

export function sample(id: string): SampleTicket {
  const ticket = SAMPLE_TICKETS.find((candidate) => candidate.id === id);
  if (!ticket) throw new Error(`no sample ticket ${id}`);
  return ticket;
}

/** The ticket page saved for each sample ticket that has one. */
export const TICKET_PAGES = [
  { file: 'ticket-sla-standard.html', id: '1' },
  { file: 'ticket-sla-urgent.html', id: '2' },
  { file: 'ticket-staff-replied.html', id: '4' },
  { file: 'ticket-no-sla-overdue.html', id: '5' },
  { file: 'ticket-stalled.html', id: '6' },
  { file: 'ticket-resolved.html', id: '7' },
] as const;

/** An answer that never came (network error, HTTP error): nothing is merged, nothing follows. */
export const NO_ANSWER = Symbol('no answer');

/**
 * Runs the adapter's enrichments as the content script does: each answer merged in turn, and the
 * requests it leads to made after it. `answer` gives the parsed body for a URL.
 */
export function enrich(
  page: PageRead,
  detected: DetectedPage,
  answer: (url: URL) => unknown,
): { page: PageRead; requested: string[] } {
  const queue = [...(rtAdapter.enrich?.(page, detected, context) ?? [])];
  const requested: string[] = [];
  let merged = page;
  for (let enrichment = queue.shift(); enrichment; enrichment = queue.shift()) {
    requested.push(enrichment.url);
    const body = answer(new URL(enrichment.url));
    if (body === NO_ANSWER) continue;
    merged = enrichment.merge(body, merged, context);
    queue.push(...(enrichment.followUps?.(body, context) ?? []));
  }
  return { page: merged, requested };
}
