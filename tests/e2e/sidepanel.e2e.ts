/**
 * The side panel in a real Chromium (`--mode e2e` build): the page as a tab at the panel's size on a
 * ticket its address names, and the real side panel opened from the toolbar, following the tab.
 * Run: `PLAZO_OUT_DIR=.output-panel npx tsx --test --test-timeout=60000 tests/e2e/sidepanel.e2e.ts`.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type TestContext, test } from 'node:test';
import { chromium, type Page } from 'playwright-core';
import { policySchema } from '../../core/engine/policy';
import { panelQuery } from '../../core/panel/address';
import type { TicketRecord } from '../../core/store/records';
import { preApprove } from './connect-desk';
import { launchPlazo, type Plazo, policy, settingsWith, waitFor } from './harness';

const MINUTE = 60_000;
/** The panel's size in Chromium 156 (docs e2e-permissions §2). */
const PANEL = { width: 360, height: 585 };

interface Permissions {
  permissions: { request(permissions: { origins: string[] }): Promise<boolean> };
}

/** The two chrome.* calls the worker makes here (the worker has no `chrome` type in this file). */
interface Toolbar {
  action: { setPopup(details: { popup: string }): Promise<void> };
  sidePanel: { setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void> };
}

async function start(t: TestContext): Promise<Plazo> {
  const plazo = await launchPlazo();
  t.after(() => plazo.close());
  return plazo;
}

const kinds = (page: Page) =>
  page
    .locator('[data-testid="timeline"] > li')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')));

/**
 * Ticket 7 under policy "Standard" (first response in 30 min, resolution in 8 h): created an hour
 * ago, on hold ("stalled") for ten minutes, never answered: breached 20 minutes ago. Returns its key.
 */
async function storeBreachedTicket(plazo: Plazo): Promise<string> {
  const standard = policySchema.parse({
    id: 'standard',
    name: 'Standard',
    targets: { firstResponse: { minutes: 30, warnings: [{ percent: 50 }] }, resolution: { minutes: 8 * 60 } },
    clock: { pauseStatuses: ['stalled'], stopStatuses: ['resolved'] },
  });
  await plazo.saveSettings(settingsWith([standard]));
  const created = Date.now() - 60 * MINUTE;
  const key = plazo.rt.key(7);
  const record = {
    key,
    url: plazo.rt.url(7),
    title: 'Invoice PDF is blank',
    history: {
      key: { desk: plazo.rt.origin, id: '7' },
      tool: 'rt',
      createdAt: created,
      firstSeenAt: created,
      facts: [
        { kind: 'status', at: created, status: 'new' },
        { kind: 'reply', at: created, by: 'customer' },
        { kind: 'status', at: created + 10 * MINUTE, status: 'stalled' },
        { kind: 'status', at: created + 20 * MINUTE, status: 'open' },
      ],
      deskDeadlines: {},
    },
    observedAt: created + 20 * MINUTE,
  } satisfies Omit<TicketRecord, 'personal'>;
  await plazo.inWorker(async (hook, ticket) => (await hook.store()).putTicket(ticket as never), record);
  return key;
}

/** The panel's document, found through a connection made after it opened (the only way to see it). */
async function attachToPanel(t: TestContext, plazo: Plazo, wanted: (url: string) => boolean): Promise<Page> {
  const port = (await readFile(join(plazo.profile, 'DevToolsActivePort'), 'utf8')).split('\n')[0];
  return waitFor('the side panel document', async () => {
    const viewer = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const found = viewer
      .contexts()
      .flatMap((context) => context.pages())
      .find((page) => wanted(page.url()));
    if (!found) await viewer.close();
    else t.after(() => viewer.close());
    return found;
  });
}

test('sidepanel.html as a tab at the panel size shows a ticket with its metrics and timeline', async (t) => {
  const plazo = await start(t);
  const key = await storeBreachedTicket(plazo);

  const page = await plazo.context.newPage();
  await page.setViewportSize(PANEL);
  await page.goto(`chrome-extension://${plazo.extensionId}/sidepanel.html${panelQuery({ ticket: key })}`);
  await page.locator('[data-testid="metrics"]').waitFor();

  assert.equal(await page.locator('h1').textContent(), 'Invoice PDF is blank');
  const first = page.locator('#metric-firstResponse');
  assert.match((await first.locator('h3').textContent()) ?? '', /first response · breached/);
  const facts = (await first.locator('[data-testid="metric-facts"]').textContent()) ?? '';
  assert.match(facts, /due .* \(your time\)/);
  assert.match(facts, /business time left: -/);
  assert.match(facts, /calendar time left: -/);
  assert.match((await page.locator('#metric-resolution h3').textContent()) ?? '', /resolution · on track/);
  assert.deepEqual(await kinds(page), ['started', 'paused', 'breached']);
  // Breached, so the recovery checklist can be started from the card.
  assert.equal(await first.locator('[data-testid="recovery-start"]').count(), 1);
  // Nothing spills sideways at the panel's width.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
});

test('the real side panel, opened from the toolbar on a desk tab, shows that tab’s ticket', async (t) => {
  const plazo = await start(t);
  await plazo.saveSettings(settingsWith([policy('standard', { firstResponse: { minutes: 60 } })]));
  const created = Date.now() - 5 * MINUTE;
  plazo.rt.put({
    id: 12,
    subject: 'Cannot log in to the VPN',
    queue: 'General',
    status: 'new',
    statusChangedAt: created,
    priority: 'High',
    createdAt: created,
    requestor: 'dana@example.com',
    replies: [{ at: created, by: 'customer' }],
  });
  // What connecting the desk grants, and all the panel needs to read the tab's address (no `tabs`).
  const pattern = `${plazo.rt.origin}/*`;
  await preApprove(plazo, pattern);
  const granted = await plazo.page.evaluate(
    (origin) =>
      (globalThis as unknown as { chrome: Permissions }).chrome.permissions.request({ origins: [origin] }),
    pattern,
  );
  assert.ok(granted, `host access to ${pattern}`);
  const tab = await plazo.visit(12);
  await waitFor('ticket 12 stored', async () =>
    ((await plazo.call('readStore', 'tickets')) as TicketRecord[]).some(
      (ticket) => ticket.key === plazo.rt.key(12),
    ),
  );
  await tab.bringToFront();

  // The toolbar button opens the popup; as a user may set it to, it opens the panel instead.
  await plazo.inWorker(async () => {
    const { chrome } = globalThis as unknown as { chrome: Toolbar };
    await chrome.action.setPopup({ popup: '' });
    await chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
  }, null);
  const browserSession = await plazo.context.browser()?.newBrowserCDPSession();
  assert.ok(browserSession, 'a browser CDP session');
  const { targetInfos } = await browserSession.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const target = targetInfos.find((info) => info.url === tab.url());
  assert.ok(target, 'the desk tab as a CDP tab target');
  await browserSession.send(
    'Extensions.triggerAction' as never,
    { id: plazo.extensionId, targetId: target.targetId } as never,
  );

  const panelUrl = `chrome-extension://${plazo.extensionId}/sidepanel.html`;
  const panel = await attachToPanel(t, plazo, (url) => url === panelUrl);
  await panel
    .locator('[data-testid="metrics"]')
    .waitFor({ timeout: 10_000 })
    .catch(async (error) => {
      throw new Error(`${error}\nthe panel says: ${await panel.evaluate(() => document.body.textContent)}`);
    });
  assert.equal(await panel.locator('h1').textContent(), 'Cannot log in to the VPN');
  assert.match(
    (await panel.locator('#metric-firstResponse h3').textContent()) ?? '',
    /first response · on track/,
  );
  assert.match(
    (await panel.locator('#metric-firstResponse').textContent()) ?? '',
    /business time left: 5\d min/,
  );
  assert.deepEqual(
    await panel.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight })),
    PANEL,
  );
});

test("the popup's Recovery button opens the real side panel on that ticket, ready to recover", async (t) => {
  const plazo = await start(t);
  const key = await storeBreachedTicket(plazo);
  const popup = await plazo.context.newPage();
  await popup.goto(`chrome-extension://${plazo.extensionId}/popup.html`);
  // A click in an extension page is the user gesture sidePanel.open needs (components/shared/open-side-panel.ts).
  await popup.getByRole('button', { name: 'Open the recovery checklist of ticket 7' }).click();
  const panel = await attachToPanel(t, plazo, (url) => url.includes('/sidepanel.html?ticket='));
  assert.equal(new URL(panel.url()).searchParams.get('ticket'), key);
  assert.equal(new URL(panel.url()).searchParams.get('recover'), '1');
  await panel.locator('[data-testid="metrics"]').waitFor();
  assert.equal(await panel.locator('h1').textContent(), 'Invoice PDF is blank');
  assert.equal(await panel.locator('#metric-firstResponse [data-testid="recovery-start"]').count(), 1);
  assert.equal(await panel.evaluate(() => document.activeElement?.id), 'metric-firstResponse');

  // From the keyboard: Enter on "Start recovery"; the button goes, the focus follows to the checklist.
  await panel.locator('#metric-firstResponse [data-testid="recovery-start"]').focus();
  await panel.keyboard.press('Enter');
  await panel.locator('[data-testid="panel-recovery"] [data-testid="recovery-checklist"]').waitFor();
  await waitFor('the focus on the checklist heading', () =>
    panel.evaluate(() => document.activeElement?.textContent === 'Breach recovery: ticket 7'),
  );
});
