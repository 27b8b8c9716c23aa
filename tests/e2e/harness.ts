/**
 * Runs the `--mode e2e` build of Plazo in a real headless Chromium (recipes in docs e2e-chromium.md):
 * a fresh profile per launch, an RT stand-in on 127.0.0.1, the e2e page for reading state, and the
 * worker's lifecycle through CDP.
 *
 * Rule that keeps the suite from hanging: once the worker has been stopped, never evaluate in it
 * (Playwright's worker.evaluate then blocks until something restarts it). Read through the e2e page;
 * `inWorker` refuses to run unless CDP reports the worker running.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page, type Worker } from 'playwright-core';
import { type Policy, policySchema } from '../../core/engine/policy';
import { type Settings, settingsSchema } from '../../core/store/records';
import type { PlazoDb } from '../../core/store/schema';
import type { PlazoStore } from '../../core/store/store';
import type { ReconcileSummary } from '../../entrypoints/background/reconcile';
import { E2E_PAGE, type E2eApi } from '../../entrypoints/e2e-page/api';
import { type RtServer, startRtServer } from './rt-fixture';

const ROOT = resolve(import.meta.dirname, '..', '..');
export const EXTENSION_DIR = resolve(
  ROOT,
  process.env.PLAZO_E2E_EXTENSION ?? `${process.env.PLAZO_OUT_DIR ?? '.output'}/chrome-mv3-e2e`,
);
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const ALARM = 'plazo-next-transition';

/** The worker's e2e hook (entrypoints/background/index.ts, `--mode e2e` only). */
export interface PlazoHook {
  reconcile(): Promise<ReconcileSummary | null>;
  db(): Promise<PlazoDb>;
  store(): Promise<PlazoStore>;
}

type Result<K extends keyof E2eApi> = Awaited<ReturnType<E2eApi[K]>>;

export interface Plazo {
  readonly context: BrowserContext;
  readonly extensionId: string;
  readonly rt: RtServer;
  /** The e2e page (an extension page tab): reads state, sends commands as Plazo's own pages do. */
  readonly page: Page;
  /** The profile folder; Chromium writes DevToolsActivePort there. */
  readonly profile: string;
  /** Errors the worker logged (e.g. "reconcile failed"), across restarts. */
  readonly workerErrors: string[];
  call<K extends keyof E2eApi>(name: K, ...args: Parameters<E2eApi[K]>): Promise<Result<K>>;
  /** Runs `fn(globalThis.__plazo, arg)` in the worker; throws instead of hanging if it is not running. */
  inWorker<R, A>(fn: (hook: PlazoHook, arg: A) => R | Promise<R>, arg: A, timeoutMs?: number): Promise<R>;
  saveSettings(settings: Settings): Promise<void>;
  /** Opens the ticket's page in a new tab, where the e2e probe reports it. */
  visit(ticketId: number): Promise<Page>;
  /**
   * Evaluates `expression` in Plazo's content-script world of `tab` (where the e2e probe runs), as if
   * the content script itself ran it; a promise is awaited and its value returned.
   */
  inContentScript(tab: Page, expression: string): Promise<unknown>;
  /** CDP ServiceWorker.stopAllWorkers, then waits until CDP reports the worker stopped. */
  stopWorker(): Promise<void>;
  workerStatus(): string;
  close(): Promise<void>;
}

/** A policy with the schema's defaults filled in, e.g. `policy('p', { firstResponse: { minutes: 1 } })`. */
export function policy(
  id: string,
  targets: Record<string, unknown>,
  match: Record<string, unknown> = {},
): Policy {
  return policySchema.parse({ id, name: id, match, targets, clock: { stopStatuses: ['resolved'] } });
}

export function settingsWith(
  policies: readonly Policy[],
  notifications: object = {},
  calendars: object = {},
): Settings {
  return settingsSchema.parse({ policies, notifications, calendars });
}

/** Polls `probe` until it returns something truthy; errors inside `probe` count as "not yet". */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false> | T | null | undefined | false,
  { timeoutMs = 15_000, intervalMs = 50 } = {},
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown = null;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) {
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${last})` : ''}`,
      );
    }
    await new Promise((done) => setTimeout(done, intervalMs));
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Follows the extension worker's running status (running, stopping, stopped, starting) through CDP. */
async function watchWorker(cdp: CDPSession, extensionId: string): Promise<() => string> {
  let status = 'running';
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (version.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) status = version.runningStatus;
    }
  });
  // Also replays the current versions; without it, stopAllWorkers fails ("ServiceWorker domain not enabled").
  await cdp.send('ServiceWorker.enable');
  return () => status;
}

export async function launchPlazo(): Promise<Plazo> {
  const rt = await startRtServer();
  const profile = await mkdtemp(join(tmpdir(), 'plazo-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Side panel and popup documents are invisible to this context; a later connectOverCDP on this
      // port (written to <profile>/DevToolsActivePort) lists them.
      '--remote-debugging-port=0',
    ],
  });
  const worker: Worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const workerErrors: string[] = [];
  // Playwright keeps this handle across restarts, and its console events with it.
  worker.on('console', (message) => {
    if (message.type() === 'error') workerErrors.push(message.text());
  });

  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${E2E_PAGE}`);
  await page.waitForFunction(() => 'plazoE2e' in window);
  const cdp = await context.newCDPSession(page);
  const workerStatus = await watchWorker(cdp, extensionId);

  const call = <K extends keyof E2eApi>(name: K, ...args: Parameters<E2eApi[K]>): Promise<Result<K>> =>
    page.evaluate(
      ([method, values]) => {
        const api = (window as unknown as { plazoE2e: Record<string, (...a: unknown[]) => unknown> })
          .plazoE2e;
        return api[method]?.(...values);
      },
      [name, args] as [string, unknown[]],
    ) as Promise<Result<K>>;

  const plazo: Plazo = {
    context,
    extensionId,
    rt,
    page,
    profile,
    workerErrors,
    call,
    async inWorker(fn, arg, timeoutMs = 30_000) {
      if (workerStatus() !== 'running')
        throw new Error(`the worker is ${workerStatus()}: read from the e2e page`);
      const source = `(${fn.toString()})(globalThis.__plazo, ${JSON.stringify(arg)})`;
      return withTimeout(worker.evaluate(source), timeoutMs, 'worker.evaluate');
    },
    async saveSettings(settings) {
      const reply = await call('send', { type: 'saveSettings', settings });
      if (!(reply as { ok?: boolean } | undefined)?.ok)
        throw new Error(`saveSettings: ${JSON.stringify(reply)}`);
    },
    async visit(ticketId) {
      const tab = await context.newPage();
      await tab.goto(rt.url(ticketId));
      return tab;
    },
    async inContentScript(tab, expression) {
      const session = await context.newCDPSession(tab);
      const worlds: { id: number; origin: string }[] = [];
      session.on('Runtime.executionContextCreated', ({ context: world }) => worlds.push(world));
      // Enabling replays the existing contexts; the extension's isolated world has its origin.
      await session.send('Runtime.enable');
      const world = await waitFor('the content script world', () =>
        worlds.find((candidate) => candidate.origin === `chrome-extension://${extensionId}`),
      );
      const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
        expression,
        contextId: world.id,
        awaitPromise: true,
        returnByValue: true,
      });
      await session.detach();
      if (exceptionDetails) throw new Error(`content script: ${exceptionDetails.exception?.description}`);
      return result.value as unknown;
    },
    async stopWorker() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      // A worker in the middle of a long task takes a while to stop.
      await waitFor('the worker to stop', () => workerStatus() === 'stopped', { timeoutMs: 20_000 });
    },
    workerStatus,
    async close() {
      await context.close().catch(() => {});
      await rt.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
  return plazo;
}
