/**
 * Options › Data end to end, in a real Chromium with the `--mode e2e` build: the export downloaded
 * from the options page holds the seeded ticket; a bad file lists its problems and changes nothing;
 * importing the exported file back restores what a reset took away.
 *
 * Run: `PLAZO_OUT_DIR=.output-data npx wxt build --mode e2e`, then
 * `PLAZO_OUT_DIR=.output-data npx tsx --test --test-timeout=60000 tests/e2e/data.e2e.ts`.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { type TestContext, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Settings, TicketRecord } from '../../core/store/records';
import { launchPlazo, type Plazo, policy, settingsWith } from './harness';

const DESK = 'https://rt.example.com';

async function start(t: TestContext): Promise<{ plazo: Plazo; options: Page }> {
  const plazo = await launchPlazo();
  t.after(() => plazo.close());
  await plazo.saveSettings(
    settingsWith([policy('standard', { firstResponse: { minutes: 120 } })], { repeatBreachMinutes: 10 }),
  );
  // Extension pages may report facts too: the seeded ticket, as a content script would report it.
  const reply = await plazo.call('send', {
    type: 'ticketsObserved',
    observations: [
      {
        key: { desk: DESK, id: '42' },
        tool: 'rt',
        url: `${DESK}/Ticket/Display.html?id=42`,
        observedAt: Date.now(),
        title: 'VPN drops every 20 minutes',
        createdAt: Date.now() - 60_000,
        status: 'open',
      },
    ],
  });
  assert.equal((reply as { ok?: boolean }).ok, true, JSON.stringify(reply));
  const options = await plazo.context.newPage();
  await options.goto(`chrome-extension://${plazo.extensionId}/options.html`);
  await options.getByTestId('data-export').waitFor();
  return { plazo, options };
}

const storedSettings = async (plazo: Plazo) => (await plazo.call('readStore', 'settings'))[0] as Settings;
const storedTickets = async (plazo: Plazo) => (await plazo.call('readStore', 'tickets')) as TicketRecord[];

async function exportFile(options: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByTestId('data-export').click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

async function choose(options: Page, name: string, text: string): Promise<void> {
  await options
    .getByTestId('data-import-file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('the export holds the seeded ticket; a bad file changes nothing; the export imports back', async (t) => {
  const { plazo, options } = await start(t);
  const before = await storedSettings(plazo);

  const exported = await exportFile(options);
  assert.match(exported.name, /^plazo-export-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(exported.text);
  assert.equal(file.format, 'plazo-export');
  assert.equal(file.version, 1);
  assert.deepEqual(file.settings, before);
  assert.deepEqual(
    file.tickets.map((ticket: TicketRecord) => [ticket.key, ticket.title]),
    [[`${DESK}|42`, 'VPN drops every 20 minutes']],
  );
  await options.getByTestId('data-export-status').filter({ hasText: 'Exported 1 ticket(s)' }).waitFor();

  // Two problems at once, and hostile text that must stay text.
  const bad = structuredClone(file);
  bad.settings.policies[0].targets.firstResponse.minutes = '<img src=x onerror=alert(1)>';
  bad.tickets[0].observedAt = -1;
  await choose(options, 'bad.json', JSON.stringify(bad));
  await options.getByTestId('data-import-problems').waitFor();
  const problems = await options.getByTestId('data-import-problem').allTextContents();
  assert.equal(problems.length, 2, problems.join('\n'));
  assert.match(problems[0] ?? '', /^settings\.policies\[0\]\.targets\.firstResponse\.minutes: /);
  assert.match(problems[1] ?? '', /^tickets\[0\]\.observedAt: /);
  assert.equal(await options.locator('img').count(), 0);
  assert.equal(await options.getByTestId('data-import-apply').count(), 0);
  await choose(options, 'broken.json', '{"format": "plazo-export",\n  "version": }');
  await options.getByTestId('data-import-problem').filter({ hasText: 'line 2, column 14' }).waitFor();
  assert.deepEqual(await storedSettings(plazo), before);

  // Reset (second click), then the export imports back: settings and ticket as they were.
  await options.getByTestId('data-reset').click();
  await options.getByTestId('data-reset-confirm').click();
  await options.getByTestId('data-reset-status').filter({ hasText: 'back to its defaults' }).waitFor();
  assert.deepEqual((await storedSettings(plazo)).policies, []);
  assert.deepEqual(await storedTickets(plazo), []);

  await choose(options, exported.name, exported.text);
  await options.getByTestId('data-import-confirm').waitFor();
  assert.match(
    (await options.getByTestId('data-import-summary').textContent()) ?? '',
    /holds 0 help desk\(s\), 1 policy\(ies\), 0 calendar\(s\), 1 ticket\(s\) and 0 incident\(s\)/,
  );
  await options.getByTestId('data-import-apply').click();
  await options.getByTestId('data-import-status').filter({ hasText: 'Imported.' }).waitFor();
  assert.deepEqual(await storedSettings(plazo), before);
  assert.deepEqual(await storedTickets(plazo), file.tickets);
});
