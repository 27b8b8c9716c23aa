/**
 * A tool Plazo has no adapter for, connected with the user's own selectors, in a real Chromium:
 * the options page's "Test on this page" reads an open tab with the definition, the desk is added,
 * and the tool's ticket page then gets a chip counting down to Plazo's policy deadline.
 *
 * The page is tests/fixtures/custom/ticket.html (a generic small help desk) served from 127.0.0.1.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import { preApprove } from './connect-desk';
import { launchPlazo, policy, settingsWith, waitFor } from './harness';

const PAGE = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'custom', 'ticket.html'), 'utf8');
/** The fixture's creation date: 2026-11-20T14:05:00+01:00. */
const CREATED = Date.parse('2026-11-20T13:05:00Z');

test('a custom desk: tested on an open tab, added, and its ticket page gets a chip', async (t) => {
  const server = createServer((request, response) => {
    if (request.url?.startsWith('/desk/tickets/1042')) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    } else response.writeHead(404).end();
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  t.after(() => server.close());
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const plazo = await launchPlazo();
  t.after(() => plazo.close());
  // Calendar time, so the expected deadline is simply created + 8 h.
  await plazo.saveSettings(
    settingsWith([policy('any tool', { resolution: { minutes: 8 * 60 } }, { tools: ['custom'] })]),
  );

  const ticket = await plazo.context.newPage();
  await ticket.goto(`${origin}/desk/tickets/1042`);

  const options = await plazo.context.newPage();
  await options.goto(`chrome-extension://${plazo.extensionId}/options.html`);
  await options.getByTestId('desk-base-input').fill(`${origin}/desk/`);
  await options.getByTestId('desk-tool-select').selectOption('custom');
  const fill = (name: string, value: string) => options.getByTestId(`custom-${name}`).fill(value);
  await fill('ticketUrl', `${origin}/desk/tickets/{id}`);
  await fill('fields.subject.selector', 'h1.ticket-subject');
  await fill('fields.status.selector', '.prop-status');
  await fill('fields.priority.selector', '.prop-priority');
  await fill('fields.priority.attribute', 'data-value');
  await fill('fields.created.selector', '.prop-created time');
  await fill('fields.created.attribute', 'datetime');

  await preApprove(plazo, `${origin}/*`);
  await options.getByTestId('custom-find-tabs').click();
  // Not granted yet: the page offers the grant, which asks for the permission in the click.
  await options.getByTestId('custom-grant').click();
  await options.getByTestId('custom-tab-select').selectOption({ index: 0 });
  await options.getByTestId('custom-test-run').click();
  const subject = await options.getByTestId('custom-result-subject').innerText();
  assert.match(subject, /Printer on floor 3 jams/);
  assert.match(await options.getByTestId('custom-result-created').innerText(), /2026-11-20T13:05:00\.000Z/);
  assert.match(await options.getByTestId('custom-result-priority').innerText(), /high/);

  await options.getByTestId('desk-add').click();
  await waitFor('the desk in the list', async () => (await options.getByTestId('desk-item').count()) === 1);

  await ticket.reload();
  const chip = ticket.locator('h1.ticket-subject + plazo-chip');
  await waitFor('the chip to get its timers', async () => {
    const state = await chip.getAttribute('data-state', { timeout: 1_000 });
    return state !== null && state !== 'loading';
  });
  assert.equal(Number(await chip.getAttribute('data-deadline')), CREATED + 8 * 3_600_000);
  assert.equal(await chip.getAttribute('data-state'), 'breached');
});
