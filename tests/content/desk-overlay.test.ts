// @vitest-environment happy-dom
/**
 * The overlay on pages saved from a real RT 5 (tests/fixtures/rt): chips placed where the adapter
 * says, filled from the timers the background would send (the real merge and engine stand in for
 * it), kept through re-renders without leaks, and "can't read" instead of a wrong timer.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { customAdapter } from '../../core/adapters/custom';
import type { CustomAdapterDefinition } from '../../core/adapters/custom/definition';
import { rtAdapter } from '../../core/adapters/rt';
import type { Adapter } from '../../core/adapters/types';
import { evaluate } from '../../core/engine';
import { type Observation, observationSchema } from '../../core/messaging/protocol';
import { ticketTimers } from '../../core/overlay/timers';
import type { Desk } from '../../core/store/records';
import { mergeObservation } from '../../core/tickets/merge';
import { DeskOverlay, type OverlayPorts } from '../../entrypoints/desk.content/overlay';
import { CAPTURED_AT, fixtureJson, fixtureText, RT_BASE } from '../adapters/rt-fixtures';
import { office } from '../fixtures/office';

const desk: Desk = { base: RT_BASE, tool: 'rt', name: 'Testbed RT' };
const policy = {
  id: 'rt',
  name: 'RT tickets',
  match: { tools: ['rt'], queues: [], priorities: [], types: [], tags: [], organizations: [] },
  targets: {
    firstResponse: { minutes: 240, calendar: 'office', warnings: [{ percent: 75 }], escalations: [] },
  },
  clock: {
    pauseStatuses: ['stalled'],
    stopStatuses: ['resolved'],
    reopen: 'resume' as const,
    pause: 'freeze' as const,
    policyChange: 'swap' as const,
  },
};

/** The REST answers a content script would get on the desk, by path; anything else fails as a 404 would. */
const REST: Record<string, string> = {
  'REST/2.0/ticket/1': 'rest-ticket-sla-standard.json',
  'REST/2.0/ticket/5': 'rest-ticket-no-sla-overdue.json',
  'REST/2.0/tickets': 'rest-tickets-batch.json',
};

interface Harness {
  readonly window: Window;
  readonly document: Document;
  readonly overlay: DeskOverlay;
  readonly reported: Observation[][];
  readonly unreadable: string[][];
  readonly fetched: string[];
}

/** Which desk and adapter read the page, and where its saved markup comes from. */
interface Reading {
  readonly desk: Desk;
  readonly adapter: Adapter;
  readonly html: (page: string) => string;
}

const RT_READING: Reading = { desk, adapter: rtAdapter, html: fixtureText };

/** What is on screen; tests that scroll replace it and call `revealAll`. */
let onScreen: (target: Element) => boolean = () => true;
const watchers: Array<() => void> = [];
/** The page is scrolled until everything has been on screen once. */
function revealAll() {
  onScreen = () => true;
  for (const reveal of watchers) reveal();
}

function load(page: string, url: string, rest = REST, reading = RT_READING): Harness {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  const document = window.document as unknown as Document;
  // The saved page, parsed as the browser would have it: markup from RT itself, not from a test.
  const parsed = new window.DOMParser().parseFromString(reading.html(page), 'text/html');
  document.documentElement.replaceChildren(
    document.importNode(parsed.head as never, true),
    document.importNode(parsed.body as never, true),
  );
  const reported: Observation[][] = [];
  const unreadable: string[][] = [];
  const fetched: string[] = [];
  const ports: OverlayPorts = {
    document,
    location: () => new URL(url),
    language: 'en',
    timeZone: 'UTC',
    async fetchJson(target) {
      fetched.push(target);
      const path = Object.keys(rest).find((prefix) => new URL(target).pathname === `/${prefix}`);
      if (!path) throw new Error(`${target}: HTTP 404`);
      return fixtureJson(rest[path] as string);
    },
    async report(observations) {
      reported.push([...observations]);
      return observations.map((observation) => {
        const record = mergeObservation(undefined, observationSchema.parse(observation));
        const evaluation = evaluate(record.history, [policy], { office }, CAPTURED_AT);
        return ticketTimers(record.key, record.history, evaluation, { office }, 'en', 'UTC');
      });
    },
    reportUnreadable: (_tool, _url, fields) => unreadable.push([...fields]),
    setInterval: (handler, ms) => window.setInterval(handler, ms) as unknown as number,
    setTimeout: (handler, ms) => window.setTimeout(handler, ms) as unknown as number,
    clearTimeout: (id) => window.clearTimeout(id as never),
    // Reports each target's visibility (onScreen) as soon as it is observed, as browsers do.
    intersectionObserver: (callback) => {
      const observed = new Set<Element>();
      const report = (targets: Element[]) =>
        callback(
          targets.map((target) => ({ target, isIntersecting: onScreen(target) }) as never),
          observer as never,
        );
      const observer = {
        observe: (target: Element) => {
          observed.add(target);
          queueMicrotask(() => report([target]));
        },
        unobserve: (target: Element) => observed.delete(target),
        disconnect: () => observed.clear(),
      };
      watchers.push(() => report([...observed]));
      return observer as unknown as IntersectionObserver;
    },
    mutationObserver: (callback) =>
      new window.MutationObserver(callback as never) as unknown as MutationObserver,
    measure: (_name, work) => work(),
  };
  return {
    window,
    document,
    overlay: new DeskOverlay(reading.desk, reading.adapter, ports),
    reported,
    unreadable,
    fetched,
  };
}

const settle = (harness: Harness, ms = 400) => new Promise((done) => harness.window.setTimeout(done, ms));
const chips = (document: Document) => [...document.querySelectorAll('plazo-chip')] as HTMLElement[];
const chipText = (chip: HTMLElement) => chip.shadowRoot?.querySelector('.text')?.textContent ?? '';

let page: Harness;
beforeEach(() => {
  onScreen = () => true;
  watchers.length = 0;
});

describe('on a ticket page', () => {
  beforeEach(async () => {
    page = load('ticket-sla-standard.html', `${RT_BASE}Ticket/Display.html?id=1`);
    await page.overlay.start();
    await settle(page, 50);
  });

  it("puts one chip right after the subject, at RT's Due, counting down", () => {
    const [chip, ...others] = chips(page.document);
    expect(others).toEqual([]);
    expect(chip?.previousElementSibling?.matches('#header h1')).toBe(true);
    expect(chip?.dataset.state).toBe('onTrack');
    // Ticket 1: standard SLA, RT's Due Mon 30 Nov 13:00 UTC.
    expect(Number(chip?.dataset.deadline)).toBe(Date.parse('2026-11-30T13:00:00Z'));
    expect(chipText(chip as HTMLElement)).toMatch(/^first response: \d+ h( \d+ min)? left$/);
    expect(page.reported).toHaveLength(1);
    expect(page.reported[0]?.map((observation) => observation.key.id)).toEqual(['1']);
  });

  it('follows a re-rendered heading: one chip, beside the new one; nothing is asked or reported again', async () => {
    const asked = page.fetched.length;
    const heading = page.document.querySelector('#header h1') as HTMLElement;
    const fresh = heading.cloneNode(true) as HTMLElement;
    heading.replaceWith(fresh);
    await settle(page);
    const [chip, ...others] = chips(page.document);
    expect(others).toEqual([]);
    expect(chip?.previousElementSibling).toBe(fresh);
    expect(chip?.dataset.state).toBe('onTrack');
    expect(page.reported).toHaveLength(1);
    expect(page.fetched).toHaveLength(asked);
  });

  it('takes its chips away when the page stops being a ticket page (in-app navigation)', async () => {
    const elsewhere = load('ticket-sla-standard.html', `${RT_BASE}Prefs/Other.html`);
    await elsewhere.overlay.start();
    expect(chips(elsewhere.document)).toEqual([]);
    expect(elsewhere.reported).toEqual([]);
  });
});

describe('on a result list', () => {
  beforeEach(async () => {
    page = load('search-results-default.html', `${RT_BASE}Search/Results.html?Query=id>0`);
    await page.overlay.start();
    await settle(page, 50);
  });

  it('puts one chip in each row, and asks REST for what the columns lack in one batch', () => {
    const rows = [...page.document.querySelectorAll('tbody.list-item[data-record-id]')];
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row.querySelectorAll('plazo-chip')).toHaveLength(1);
    expect(page.fetched.filter((url) => url.includes('/REST/2.0/tickets'))).toHaveLength(1);
    expect(
      page.reported
        .flat()
        .map((observation) => observation.key.id)
        .sort(),
    ).toEqual(rows.map((row) => row.getAttribute('data-record-id')).sort());
  });

  it('styles every chip from one stylesheet shared by the page', () => {
    const roots = [...page.document.querySelectorAll('plazo-chip')].map((chip) => chip.shadowRoot);
    expect(roots.length).toBeGreaterThan(1);
    const sheets = new Set(roots.flatMap((root) => root?.adoptedStyleSheets ?? []));
    expect(sheets.size).toBe(1);
    const [sheet] = sheets;
    expect(sheet?.cssRules.length).toBeGreaterThan(0);
  });

  it('reads and reports only the rows near the screen (a small group each), the others as they come into view', async () => {
    page = load('search-results-default.html', `${RT_BASE}Search/Results.html?Query=id>0`);
    const rows = [...page.document.querySelectorAll('tbody.list-item[data-record-id]')];
    const ids = rows.map((row) => row.getAttribute('data-record-id'));
    expect(rows.length).toBeGreaterThan(5);
    // The table's first five children (its header and first rows) are a group; only it is on screen.
    const firstGroup = [...(rows[0]?.parentElement?.children ?? [])].slice(0, 5);
    onScreen = (target) => firstGroup.includes(target);
    await page.overlay.start();
    await settle(page, 50);
    const inFirstGroup = ids.filter((_, index) => firstGroup.includes(rows[index] as Element));
    expect(inFirstGroup.length).toBeGreaterThan(0);
    expect(inFirstGroup.length).toBeLessThan(ids.length);
    expect(page.reported.flat().map((observation) => observation.key.id)).toEqual(inFirstGroup);
    revealAll();
    await settle(page, 50);
    expect(page.reported.flat().map((observation) => observation.key.id)).toEqual(ids);
    expect(chips(page.document)).toHaveLength(rows.length);
  });

  it('lets go of the chips of rows the page removed', async () => {
    const rows = [...page.document.querySelectorAll('tbody.list-item[data-record-id]')];
    for (const row of rows.slice(1)) row.remove();
    await settle(page);
    expect(chips(page.document)).toHaveLength(1);
    expect(page.overlay.chipCount).toBe(1);
  });
});

describe('on a custom desk', () => {
  const definition: CustomAdapterDefinition = {
    ticketUrl: 'https://help.example.com/desk/tickets/{id}',
    fields: {
      subject: { selector: 'h1.ticket-subject' },
      status: { selector: '.prop-status' },
      priority: { selector: '.prop-priority' },
      created: { selector: '.prop-created time', attribute: 'datetime' },
    },
  };
  const custom: Reading = {
    desk: { base: 'https://help.example.com/desk/', tool: 'custom', name: 'Acme', custom: definition },
    adapter: customAdapter(definition),
    html: (file) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'custom', file), 'utf8'),
  };

  it('reports what the definition reads, asks no REST, and puts the chip after the subject', async () => {
    page = load('ticket.html', 'https://help.example.com/desk/tickets/1042', {}, custom);
    await page.overlay.start();
    await settle(page, 50);
    expect(page.fetched).toEqual([]);
    expect(page.reported[0]).toMatchObject([
      { key: { desk: 'https://help.example.com', id: '1042' }, tool: 'custom', status: 'Open' },
    ]);
    const [chip, ...others] = chips(page.document);
    expect(others).toEqual([]);
    expect(chip?.previousElementSibling?.matches('h1.ticket-subject')).toBe(true);
  });
});

describe('when the page cannot be read', () => {
  it("says which field it can't read instead of showing a timer, and reports it", async () => {
    page = load('ticket-sla-standard.html', `${RT_BASE}Ticket/Display.html?id=1`, {});
    page.document.querySelector('.ticket-info-dates div.date.form-row.created')?.remove();
    await page.overlay.start();
    await settle(page, 50);
    const [chip] = chips(page.document);
    expect(chip?.dataset.state).toBe('unreadable');
    expect(chipText(chip as HTMLElement)).toMatch(/^can't read .*creation date.* on this page$/);
    expect(page.unreadable.flat()).toContain('created');
    expect(page.reported).toEqual([]);
  });
});
