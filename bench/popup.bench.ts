/**
 * The toolbar popup in a real Chromium (`--mode e2e` build, built first): 5,000 tickets stored
 * through the worker's own store and reconciled (as hours after they were seen), then popup.html
 * opened in a tab, again and again, each time in a fresh page.
 *
 * - popup-first-countdown-5k-ms: how long after an empty page would have painted the popup shows
 *   its first countdown. Opening any page (a tab or the popup's window, a renderer, the document
 *   committed, the first frame presented) takes the browser the same time whatever the page holds,
 *   and no extension can shorten it: blank-page-first-paint-ms measures it on an empty extension
 *   page (written into the build for this benchmark), opened between the popup's opens. The figure
 *   is the popup's median minus that median: the popup's own styles, scripts, first read and render.
 * - popup-first-countdown-navigation-ms: the popup's first countdown on screen, from navigation
 *   start: its own performance mark (set in the first effect that finds a countdown in the DOM;
 *   effects run after a frame) or, when the countdown was already in the first paint, that paint's
 *   presentation (first contentful paint), whichever is later.
 * - popup-first-countdown-ready-ms: the same from the popup's document being parsed (navigation
 *   timing's domInteractive), which leaves out the navigation but not the first frame's latency.
 * - popup-all-read-5k-ms: until every ticket is read and evaluated (the filters appear then),
 *   polled from outside, so it is a little late.
 * - popup-script-first-countdown-ms: the page's scripting time (CDP's ScriptDuration) up to then.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { browser } from 'wxt/browser';
import { FIRST_COUNTDOWN_MARK } from '../components/popup/first-countdown';
import type { TicketRecord } from '../core/store/records';
import { DIGEST_ROWS, POPUP_DIGEST_KEY, parsePopupDigest } from '../core/views/popup-digest';
import { EXTENSION_DIR, launchPlazo, type Plazo } from '../tests/e2e/harness';
import { buildE2eExtension } from './e2e-build';
import { popupSettings, popupTickets } from './popup-workload';
import type { Note } from './registry';
import { type Figure, round } from './report';

const TICKETS = 5_000;
/** Opening a page varies by ±50 ms on a busy machine: enough opens of each for steady medians. */
const RUNS = 21;

const BLANK_PAGE = 'bench-blank.html';

interface Run {
  /** From navigation start: the document parsed, and the first countdown painted. */
  readonly ready: number;
  readonly firstCountdown: number;
  readonly allRead: number;
  readonly scriptAtFirst: number;
}

async function seed(plazo: Plazo, records: readonly TicketRecord[]): Promise<void> {
  for (let from = 0; from < records.length; from += 1_000) {
    await plazo.inWorker(
      async (hook, chunk: TicketRecord[]) => {
        await (await hook.store()).putTickets(chunk);
      },
      records.slice(from, from + 1_000),
    );
  }
  const summary = await plazo.inWorker((hook) => hook.reconcile(), null, 600_000);
  if (!summary || summary.evaluated !== records.length)
    throw new Error(`reconcile: ${JSON.stringify(summary)}`);
}

async function openPopup(plazo: Plazo): Promise<Run> {
  const page = await plazo.context.newPage();
  try {
    const cdp = await plazo.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`chrome-extension://${plazo.extensionId}/popup.html`);
    const marked = await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark)[0]?.startTime,
      FIRST_COUNTDOWN_MARK,
      { timeout: 30_000, polling: 'raf' },
    );
    const { metrics } = await cdp.send('Performance.getMetrics');
    const script = metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? Number.NaN;
    await page.waitForSelector('[data-testid="popup-filter-state"]', { timeout: 30_000 });
    const allRead = await page.evaluate(() => performance.now());
    // A countdown rendered before the first paint is on screen when that paint is presented (first
    // contentful paint, which can come after the mark); one rendered later, at its mark.
    const firstPaint = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.POSITIVE_INFINITY,
    );
    const firstCountdown = Math.max((await marked.jsonValue()) as number, firstPaint);
    const ready = await page.evaluate(
      () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive,
    );
    await cdp.detach();
    return {
      ready,
      firstCountdown,
      allRead,
      scriptAtFirst: script * 1_000,
    };
  } finally {
    await page.close();
  }
}

function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
}

/** An empty extension page's first paint from navigation start: what the browser takes for any page. */
async function openBlankPage(plazo: Plazo): Promise<number> {
  const page = await plazo.context.newPage();
  try {
    await page.goto(`chrome-extension://${plazo.extensionId}/${BLANK_PAGE}`);
    const paint = await page.waitForFunction(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      null,
      { timeout: 30_000, polling: 'raf' },
    );
    return (await paint.jsonValue()) as number;
  } finally {
    await page.close();
  }
}

export async function run(note: Note): Promise<readonly Figure[]> {
  buildE2eExtension(note);
  writeFileSync(
    join(EXTENSION_DIR, BLANK_PAGE),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><p>3 h 20 min left</p></body></html>\n',
  );
  const plazo = await launchPlazo();
  try {
    await plazo.saveSettings(popupSettings());
    await seed(plazo, popupTickets(TICKETS, Date.now()));
    const rows = await plazo.call('readStore', 'tickets');
    if (rows.length !== TICKETS) throw new Error(`${rows.length} tickets stored`);
    // The reconcile left the first-screen digest the popup paints from.
    const stored = await plazo.inWorker(async (_hook, key) => {
      const { chrome } = globalThis as unknown as { chrome: typeof browser };
      return (await chrome.storage.session.get(key))[key];
    }, POPUP_DIGEST_KEY);
    const digest = parsePopupDigest(stored);
    if (digest?.rows.length !== DIGEST_ROWS)
      throw new Error(`no first-screen digest: ${JSON.stringify(digest)}`);
    // The first open warms the browser's caches for the extension's files, as any later open has them.
    await openPopup(plazo);
    const runs: Run[] = [];
    const blank: number[] = [];
    for (let pass = 0; pass < RUNS; pass++) {
      runs.push(await openPopup(plazo));
      blank.push(await openBlankPage(plazo));
    }
    const own = runs.map((r) => r.firstCountdown - r.ready);
    const list = (values: readonly number[]) => values.map((value) => value.toFixed(0)).join(', ');
    note(`  ${TICKETS} tickets: 2 % breached, 3 % at risk, 35 % running, 10 % paused, 50 % met`);
    note(`  popup document ready (ms from navigation): ${list(runs.map((r) => r.ready))}`);
    note(`  first countdown painted (ms from navigation): ${list(runs.map((r) => r.firstCountdown))}`);
    note(`  first countdown painted (ms from the document ready): ${list(own)}`);
    note(`  an empty extension page's first paint (ms from navigation): ${list(blank)}`);
    note(`  every ticket read and evaluated (ms): ${list(runs.map((r) => r.allRead))}`);
    note(`  scripting until the first countdown (ms): ${list(runs.map((r) => r.scriptAtFirst))}`);
    if (plazo.workerErrors.length > 0) note(`  worker errors: ${plazo.workerErrors.join(' | ')}`);
    const fromNavigation = median(runs.map((r) => r.firstCountdown));
    const blankPaint = median(blank);
    return [
      {
        name: 'popup-first-countdown-5k-ms',
        value: round(fromNavigation - blankPaint),
        unit: 'ms',
        goal: '< 100',
      },
      { name: 'popup-first-countdown-navigation-ms', value: round(fromNavigation), unit: 'ms', goal: '' },
      { name: 'popup-first-countdown-ready-ms', value: round(median(own)), unit: 'ms', goal: '' },
      { name: 'blank-page-first-paint-ms', value: round(blankPaint), unit: 'ms', goal: '' },
      {
        name: 'popup-all-read-5k-ms',
        value: round(median(runs.map((r) => r.allRead))),
        unit: 'ms',
        goal: '',
      },
      {
        name: 'popup-script-first-countdown-ms',
        value: round(median(runs.map((r) => r.scriptAtFirst))),
        unit: 'ms',
        goal: '',
      },
    ];
  } finally {
    await plazo.close();
  }
}
