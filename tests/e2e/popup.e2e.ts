/**
 * The toolbar popup end to end, in a real Chromium with the `--mode e2e` build: popup.html opened as
 * a tab over tickets stored through the worker's own store; rows in urgency order, countdowns
 * ticking, and Acknowledge reached with the keyboard alone.
 *
 * Run: `npx wxt build --mode e2e && npx tsx --test tests/e2e/popup.e2e.ts`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import type { AlertRecord, TicketRecord } from '../../core/store/records';
import { record } from '../views/popup-fixtures';
import { launchPlazo, policy, settingsWith, waitFor } from './harness';

const SECOND = 1_000;

/** Ticket ids in the order the rows stand (they are placed by translateY). */
function rowIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="popup-row"]', (rows) =>
    rows
      .map((row) => ({
        id: row.querySelector('.row-id')?.textContent?.slice(1) ?? '',
        top: Number.parseFloat((row as HTMLElement).style.transform.slice('translateY('.length)),
      }))
      .sort((a, b) => a.top - b.top)
      .map((row) => row.id),
  );
}

const countdownOf = (page: Page, id: string) =>
  page.$eval(`[data-key$="|${id}"] [data-countdown]`, (element) => element.textContent ?? '');

test('the popup lists tickets by urgency with ticking countdowns, and acknowledges from the keyboard', async (t) => {
  const plazo = await launchPlazo();
  t.after(() => plazo.close());
  await plazo.saveSettings(
    settingsWith([
      {
        ...policy('hour', { firstResponse: { minutes: 60, warnings: [{ percent: 75 }] } }),
        clock: { ...policy('x', {}).clock, pauseStatuses: ['stalled'], stopStatuses: ['resolved'] },
      },
    ]),
  );
  const now = Date.now();
  const tickets: TicketRecord[] = [
    // Its time left crosses the 50-minute mark 25 s from now: the countdown visibly moves on.
    record({ id: '5', ageMinutes: 10 }, now + 25 * SECOND),
    record({ id: '7', ageMinutes: 30, after: 'replied' }, now),
    record({ id: '2', ageMinutes: 90, title: 'VPN drops every 20 minutes' }, now),
    record({ id: '3', ageMinutes: 50 }, now),
    record({ id: '1', ageMinutes: 120, title: 'Printer on fire' }, now),
  ];
  await plazo.inWorker(async (hook, chunk: TicketRecord[]) => {
    await (await hook.store()).putTickets(chunk);
    await hook.reconcile();
  }, tickets);

  const popup = await plazo.context.newPage();
  await popup.goto(`chrome-extension://${plazo.extensionId}/popup.html`);
  await popup.waitForSelector('[data-testid="popup-filter-state"]');
  assert.deepEqual(await rowIds(popup), ['1', '2', '3', '5', '7']);
  assert.equal(await popup.textContent('[data-testid="popup-counts"]'), '5 tickets · 2 breached · 1 at risk');

  // The ticker repaints from the stored deadline: 50 minutes left becomes 49 when the mark passes.
  assert.equal(await countdownOf(popup, '5'), '50 min left');
  await waitFor('the countdown to move on', async () => (await countdownOf(popup, '5')) === '49 min left', {
    timeoutMs: 40_000,
    intervalMs: 250,
  });

  // Keyboard only: Tab until the first Acknowledge button (ticket 1's), then Enter.
  await popup.locator('[data-testid="popup-search"]').focus();
  let focused = '';
  for (let presses = 0; presses < 20 && focused !== 'Acknowledge ticket 1'; presses++) {
    await popup.keyboard.press('Tab');
    focused = await popup.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  }
  assert.equal(focused, 'Acknowledge ticket 1');
  const outline = await popup.evaluate(
    () => getComputedStyle(document.activeElement as Element).outlineStyle,
  );
  assert.equal(outline, 'solid', 'the focused button shows a focus ring');
  await popup.keyboard.press('Enter');
  await popup.waitForFunction(
    () => document.querySelector('[data-testid="popup-live"]')?.textContent === 'Ticket 1 acknowledged',
  );
  const alerts = (await plazo.call('readStore', 'alerts')) as AlertRecord[];
  const ticketOne = alerts.filter((alert) => alert.ticket.endsWith('|1'));
  assert.ok(ticketOne.length > 0, 'the breach was recorded as an alert');
  assert.ok(ticketOne.every((alert) => alert.acknowledgedAt !== null));
  assert.deepEqual(plazo.workerErrors, []);
});
