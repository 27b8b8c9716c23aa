/**
 * The content script registered, at run time, for each desk the user connected (see
 * entrypoints/background/desks.ts). It asks the background which desk this page belongs to, then
 * hands the page to that desk's adapter and the overlay.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { customAdapter } from '../../core/adapters/custom';
import { answerAdapterTest } from '../../core/adapters/custom/test-read';
import { adapterById } from '../../core/adapters/registry';
import { deskReplySchema, timersReplySchema } from '../../core/messaging/replies';
import { type Sender, senderRole } from '../../core/messaging/senders';
import { languageOf } from '../../core/overlay/chip-text';
import { DeskOverlay } from './overlay';

export default defineContentScript({
  registration: 'runtime',
  async main(ctx) {
    // Listens before anything is awaited: the options page may inject this script into a tab of a
    // desk not saved yet, only to test a custom definition on it.
    const testAdapter = (message: unknown, sender: Sender) => {
      if (!fromOwnPage(sender) || (message as { type?: unknown } | null)?.type !== 'testAdapter')
        return undefined;
      return Promise.resolve(answerAdapterTest(message, document, new URL(location.href)));
    };
    browser.runtime.onMessage.addListener(testAdapter);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(testAdapter));
    const opened = deskReplySchema.safeParse(
      await browser.runtime.sendMessage({ type: 'pageOpened', url: location.href }),
    );
    const desk = opened.success ? opened.data.desk : null;
    const adapter = desk?.custom ? customAdapter(desk.custom) : desk ? adapterById(desk.tool) : undefined;
    if (!desk || !adapter) return;
    const overlay = new DeskOverlay(desk, adapter, {
      document,
      location: () => new URL(location.href),
      language: languageOf(browser.i18n.getUILanguage()),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      fetchJson: (url) => fetchJson(url, ctx),
      async report(observations) {
        const answer: unknown = await browser.runtime.sendMessage({ type: 'ticketsObserved', observations });
        const reply = measure('plazo:timers', () => timersReplySchema.safeParse(answer));
        return reply.success ? reply.data.timers : [];
      },
      reportUnreadable(tool, url, fields) {
        void browser.runtime.sendMessage({ type: 'pageUnreadable', tool, url, fields });
      },
      setInterval: (handler, ms) => ctx.setInterval(handler, ms),
      setTimeout: (handler, ms) => ctx.setTimeout(handler, ms),
      clearTimeout: (id) => clearTimeout(id),
      intersectionObserver: (callback, rootMargin) => new IntersectionObserver(callback, { rootMargin }),
      mutationObserver: (callback) => new MutationObserver(callback),
      measure,
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => overlay.soon());
    // A tab coming back into view may have been left for hours: read it again.
    ctx.addEventListener(document, 'visibilitychange', () => {
      if (document.visibilityState === 'visible') overlay.refresh();
    });
    await overlay.start();
  },
});

/** Only Plazo's own pages (the options page) may ask; a web page or another extension may not. */
function fromOwnPage(sender: Sender): boolean {
  return senderRole(sender, browser.runtime.id, browser.runtime.getURL('/')) === 'extensionPage';
}

/**
 * A same-origin JSON request with the user's session. A desk that stumbles (RT on SQLite answers
 * 500 while another request writes) gets one more try a moment later before the field is given up.
 */
async function fetchJson(
  url: string,
  ctx: { setTimeout(handler: () => void, ms: number): number },
): Promise<unknown> {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(url, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
    if (response.ok) return response.json();
    if (attempt === 2 || response.status < 500) throw new Error(`${url}: HTTP ${response.status}`);
    await new Promise<void>((retry) => ctx.setTimeout(retry, 500));
  }
}

/** Runs `work` and records it as a performance measure: the benchmark sums the script's own work. */
function measure<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(name, { start, end: performance.now() });
  }
}
