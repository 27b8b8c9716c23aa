/**
 * Self-hosted desks end to end, in a real Chromium with the `--mode e2e` build: the options page asks
 * for the desk's origin and the background registers content-scripts/desk.js for it; both go when
 * the desk is removed, or when the user takes the access back in chrome://extensions.
 *
 * Headless Chromium shows no permission prompt anyone can answer, so each test pre-approves the RT
 * stand-in's origin on chrome://extensions first (developerPrivate.addHostPermission, as the user
 * adding the site under Site access): the options page's permissions.request then resolves true with
 * no prompt, through the production code path. What desk.js does on the page is not looked at here.
 */
import assert from 'node:assert/strict';
import { type TestContext, test } from 'node:test';
import type { Page } from 'playwright-core';
import { launchPlazo, type Plazo, waitFor } from './harness';

interface RegisteredScript {
  readonly id: string;
  readonly matches?: string[];
  readonly js?: string[];
  readonly runAt?: string;
  readonly persistAcrossSessions?: boolean;
}
interface HostAccess {
  readonly granted: boolean;
  readonly scripts: RegisteredScript[];
}

/**
 * The bits of `chrome` the pages below call. Playwright sends the callbacks' source to the browser, so
 * each reaches `chrome` itself rather than through a helper of this file.
 */
interface Chrome {
  permissions: {
    contains(permissions: { origins: string[] }): Promise<boolean>;
    remove(permissions: { origins: string[] }): Promise<boolean>;
  };
  scripting: { getRegisteredContentScripts(): Promise<RegisteredScript[]> };
  developerPrivate: {
    addHostPermission(extensionId: string, host: string): Promise<void>;
    removeHostPermission(extensionId: string, host: string): Promise<void>;
  };
}

interface Started {
  readonly plazo: Plazo;
  readonly options: Page;
  /** The desk's base URL as typed in the form. */
  readonly base: string;
  /** Its origin's match pattern, as Plazo asks for it and registers desk.js on it. */
  readonly pattern: string;
  /** What the user does in chrome://extensions › Site access: allow the site, or take it back. */
  siteAccess(change: 'add' | 'remove'): Promise<void>;
}

async function start(t: TestContext): Promise<Started> {
  const plazo = await launchPlazo();
  t.after(() => plazo.close());
  const open = async (url: string) => {
    const page = await plazo.context.newPage();
    await page.goto(url);
    return page;
  };
  // chrome://extensions takes a while to load: one tab per test, opened alongside the options page.
  const [options, extensions] = await Promise.all([
    open(`chrome-extension://${plazo.extensionId}/options.html`),
    open(`chrome://extensions/?id=${plazo.extensionId}`),
  ]);
  await options.getByTestId('desk-list').waitFor();
  // The RT stand-in under the name "localhost": the e2e build's probe content script declares
  // http://127.0.0.1/*, which makes 127.0.0.1 a required host there, and Chrome refuses to remove
  // a required host ("You cannot remove required permissions"). Nothing here loads the desk's pages.
  const origin = plazo.rt.origin.replace('//127.0.0.1:', '//localhost:');
  const pattern = `${origin}/*`;
  return {
    plazo,
    options,
    base: `${origin}/`,
    pattern,
    siteAccess: (change) =>
      extensions.evaluate(
        ([id, host, how]) => {
          const { chrome } = globalThis as unknown as { chrome: Chrome };
          const developer = chrome.developerPrivate;
          return how === 'add'
            ? developer.addHostPermission(id, host)
            : developer.removeHostPermission(id, host);
        },
        [plazo.extensionId, pattern, change] as const,
      ),
  };
}

/** Read from an extension page, never the worker: it may be stopped, and evaluating there would hang. */
function hostAccess(options: Page, pattern: string): Promise<HostAccess> {
  return options.evaluate(async (origin) => {
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    return {
      granted: await chrome.permissions.contains({ origins: [origin] }),
      scripts: await chrome.scripting.getRegisteredContentScripts(),
    };
  }, pattern);
}

/** Waits until the origin is granted with its one desk script (count 1), or neither is left (count 0). */
function deskScripts(options: Page, pattern: string, count: 0 | 1): Promise<HostAccess> {
  return waitFor(
    count ? 'the origin granted and its desk script' : 'the origin and its desk script gone',
    async () => {
      const access = await hostAccess(options, pattern);
      return access.granted === (count === 1) && access.scripts.length === count && access;
    },
  );
}

function assertDeskScript(access: HostAccess, pattern: string): void {
  assert.equal(access.granted, true);
  assert.deepEqual(
    access.scripts.map(({ matches, js, runAt, persistAcrossSessions }) => ({
      matches,
      js,
      runAt,
      persistAcrossSessions,
    })),
    [
      {
        matches: [pattern],
        js: ['content-scripts/desk.js'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ],
  );
}

async function addDesk(options: Page, base: string): Promise<void> {
  await options.getByTestId('desk-base-input').fill(base);
  await options.getByTestId('desk-name-input').fill('Lab RT');
  await options.getByTestId('desk-add').click();
  await options.getByTestId('desk-status').filter({ hasText: 'Access granted' }).waitFor();
}

test('a desk added in the options page gets its origin and desk.js, kept across a worker stop, gone once removed', async (t) => {
  const { plazo, options, base, pattern, siteAccess } = await start(t);
  assert.deepEqual(await hostAccess(options, pattern), { granted: false, scripts: [] });
  await siteAccess('add');

  await addDesk(options, base);
  assert.equal(await options.getByTestId('desk-item').count(), 1);
  assertDeskScript(await deskScripts(options, pattern, 1), pattern);

  // The worker may stop at any time; a dynamically registered script outlives it.
  await plazo.stopWorker();
  assertDeskScript(await hostAccess(options, pattern), pattern);

  // Removing wakes the worker (saveSettings), which unregisters; the page gives the origin back.
  await options.getByTestId('desk-remove').click();
  await options.getByTestId('desk-remove-confirm').click();
  await options.getByText('No help desks yet').waitFor();
  await deskScripts(options, pattern, 0);
  assert.deepEqual(plazo.workerErrors, []);
});

test('access taken back drops the desk script; allowing the site again or Grant access brings it back', async (t) => {
  const { plazo, options, base, pattern, siteAccess } = await start(t);
  await siteAccess('add');
  await addDesk(options, base);
  await deskScripts(options, pattern, 1);

  // The user takes the site back in chrome://extensions: permissions.onRemoved reaches the worker.
  await siteAccess('remove');
  await deskScripts(options, pattern, 0);
  await options.getByTestId('desk-status').filter({ hasText: 'Access missing' }).waitFor();

  // ...and allows it again there: permissions.onAdded, and the script is back with no page involved.
  await siteAccess('add');
  await deskScripts(options, pattern, 1);
  await options.getByTestId('desk-status').filter({ hasText: 'Access granted' }).waitFor();

  // Access released through the API (no prompt next time): the list offers Grant access, which restores it.
  await options.evaluate((origin) => {
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    return chrome.permissions.remove({ origins: [origin] });
  }, pattern);
  await deskScripts(options, pattern, 0);
  await options.getByTestId('desk-grant').click();
  await options.getByTestId('desk-status').filter({ hasText: 'Access granted' }).waitFor();
  assertDeskScript(await deskScripts(options, pattern, 1), pattern);
  assert.deepEqual(plazo.workerErrors, []);
});
