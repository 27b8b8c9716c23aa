/**
 * Accessibility of every view, audited by axe-core in a real Chromium with the `--mode e2e` build:
 * the popup, the side panel (a ticket, and a breach's recovery checklist), and the options page,
 * in light and dark, against WCAG 2.1 A and AA (contrast, names, labels, landmarks, ARIA).
 *
 * Run: `npx wxt build --mode e2e && npx tsx --test tests/e2e/accessibility.e2e.ts`.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import type { TicketRecord } from '../../core/store/records';
import { record } from '../views/popup-fixtures';
import { launchPlazo, type Plazo, policy, settingsWith } from './harness';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const POPUP = { width: 380, height: 600 };
const PANEL = { width: 360, height: 585 };

interface Violation {
  readonly id: string;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly unknown[]; readonly failureSummary?: string }[];
}

/** axe's violations on the page as it is now, one line per rule and element. */
async function violations(page: Page): Promise<string[]> {
  // Evaluated through the debugger protocol: the extension page's script policy does not apply.
  await page.evaluate(await readFile(AXE, 'utf8'));
  const found = await page.evaluate(
    async (tags) =>
      (
        await (
          globalThis as unknown as { axe: { run(options: object): Promise<{ violations: Violation[] }> } }
        ).axe.run({ runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
      ).violations,
    WCAG_AA,
  );
  return found.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.help}) at ${JSON.stringify(node.target)}: ${node.failureSummary}`,
    ),
  );
}

async function seed(plazo: Plazo): Promise<{ ticket: string; incident: string }> {
  await plazo.saveSettings(
    settingsWith(
      [
        {
          ...policy('office', {
            firstResponse: { minutes: 60, warnings: [{ percent: 75 }] },
            resolution: { minutes: 8 * 60, calendar: 'office' },
          }),
          clock: { ...policy('x', {}).clock, pauseStatuses: ['stalled'], stopStatuses: ['resolved'] },
        },
      ],
      {},
      {
        office: {
          name: 'Office',
          timeZone: 'Europe/Madrid',
          week: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']] },
          holidays: ['2026-12-25'],
        },
      },
    ),
  );
  const now = Date.now();
  // One ticket in each state the views colour: breached, at risk, running, paused, met.
  const tickets: TicketRecord[] = [
    record({ id: '1', ageMinutes: 120, title: 'Printer on fire', assignee: 'alice' }, now),
    record({ id: '2', ageMinutes: 50 }, now),
    record({ id: '3', ageMinutes: 10 }, now),
    record({ id: '4', ageMinutes: 20, after: 'stalled' }, now),
    record({ id: '5', ageMinutes: 30, after: 'replied' }, now),
  ];
  await plazo.inWorker(async (hook, chunk: TicketRecord[]) => {
    await (await hook.store()).putTickets(chunk);
    await hook.reconcile();
  }, tickets);
  const ticket = tickets[0]?.key as string;
  const reply = (await plazo.call('send', { type: 'openIncident', ticket, metric: 'firstResponse' })) as {
    ok: boolean;
    incident?: string;
  };
  assert.ok(reply.ok && reply.incident, `openIncident: ${JSON.stringify(reply)}`);
  return { ticket, incident: reply.incident };
}

test('every view meets WCAG 2.1 AA as axe-core checks it, in light and in dark', async (t) => {
  const plazo = await launchPlazo();
  t.after(() => plazo.close());
  const { ticket, incident } = await seed(plazo);
  const base = `chrome-extension://${plazo.extensionId}`;
  const views = [
    { name: 'popup', url: `${base}/popup.html`, size: POPUP, ready: '[data-testid="popup-filter-state"]' },
    {
      name: 'side panel, a ticket',
      url: `${base}/sidepanel.html?ticket=${encodeURIComponent(ticket)}`,
      size: PANEL,
      ready: '[data-testid="metrics"]',
    },
    {
      name: 'side panel, a recovery checklist',
      url: `${base}/sidepanel.html?incident=${encodeURIComponent(incident)}`,
      size: PANEL,
      ready: '[data-testid="recovery-checklist"]',
    },
    { name: 'options', url: `${base}/options.html`, size: { width: 1000, height: 800 }, ready: 'main h2' },
  ];
  const problems: string[] = [];
  for (const view of views) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await plazo.context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize(view.size);
      await page.goto(view.url);
      await page.locator(view.ready).first().waitFor();
      problems.push(...(await violations(page)).map((line) => `${view.name} (${colorScheme}): ${line}`));
      await page.close();
    }
  }
  assert.deepEqual(problems, []);
});
