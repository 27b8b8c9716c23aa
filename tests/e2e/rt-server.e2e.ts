/**
 * The real-RT helper (rt-server.ts) against the live testbed: Due as RT computes it, a status
 * change, alice's reply moving Due, and her web session opening a ticket page in Chromium. No
 * extension involved. Needs `bash scripts/rt-testbed/rt-testbed.sh start` (CI runs it).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { connectRt, NO_DATE, type RtConnection } from './rt-server';

const HOUR = 3_600_000;
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const at = (iso: string) => Date.parse(iso);

let connection: Promise<RtConnection> | undefined;
/** One connection for the file (two logins), made by the first test that needs it. */
const rt = () => {
  connection ??= connectRt();
  return connection;
};
const stamp = new Date().toISOString();

test('Due is RT’s: set by the standard SLA, none in Sales; stalling keeps it, alice’s reply moves it', async () => {
  const server = await rt();
  const [general, sales] = await Promise.all([
    // alice owns it: only the Owner's (or an AdminCc's) reply counts as the response.
    server.createTicket({
      queue: 'General',
      subject: `Plazo e2e: printer jammed (${stamp})`,
      requestor: 'carol@example.com',
      sla: 'standard',
      owner: 'alice',
    }),
    server.createTicket({
      queue: 'Sales',
      subject: `Plazo e2e: quote for 40 seats (${stamp})`,
      requestor: 'frank@example.com',
    }),
  ]);

  const created = general.ticket;
  assert.equal(created.id, general.id);
  assert.equal(created.SLA, 'standard');
  assert.equal(created.Owner.id, 'alice');
  assert.equal(created.Status, 'new');
  assert.notEqual(created.Due, NO_DATE);
  assert.notEqual(created.Starts, NO_DATE);
  // Response: 4 business hours from the first business minute (Starts), so 4 real hours at least.
  assert.ok(at(created.Due) >= at(created.Starts) + 4 * HOUR, JSON.stringify(created));
  assert.ok(at(created.Starts) >= at(created.Created) - 2_000);

  assert.equal(sales.ticket.SLA, undefined);
  assert.equal(sales.ticket.Due, NO_DATE);
  assert.equal(sales.ticket.Starts, NO_DATE);
  assert.deepEqual(await server.getTicket(sales.id), sales.ticket);

  const [stalled, salesStalled] = await Promise.all([
    server.setStatus(general.id, 'stalled'),
    server.setStatus(sales.id, 'stalled'),
  ]);
  assert.equal(stalled.Status, 'stalled');
  assert.equal(stalled.Due, created.Due, 'a status change does not move Due');
  assert.equal(salesStalled.Due, NO_DATE);

  const replied = await server.replyAsStaff(general.id, 'Hi Carol, the tray is fixed.');
  // Stalled is an active status: RT's scrips reopen only new and inactive tickets on a reply.
  assert.equal(replied.Status, 'stalled');
  // Resolve = Starts + 16 business hours, Response = Starts + 4: 12 business hours apart at least.
  assert.ok(at(replied.Due) >= at(created.Due) + 12 * HOUR, `${created.Due} → ${replied.Due}`);
  assert.ok(at(replied.Due) >= at(replied.Starts) + 16 * HOUR);
  assert.equal(replied.Starts, created.Starts);

  await assert.rejects(server.setStatus(sales.id, 'no-such-status'), /kept ticket \d+ stalled/);
});

test('alice’s web session cookies open the ticket page in Chromium', async (t) => {
  const server = await rt();
  const subject = `Plazo e2e: VPN drops every hour (${stamp})`;
  const launching = chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  t.after(async () => (await launching.catch(() => null))?.close());
  const [{ id }, cookies, browser] = await Promise.all([
    server.createTicket({ queue: 'Support', subject, requestor: 'gina@example.com' }),
    server.loginCookies(),
    launching,
  ]);
  assert.ok(cookies.some((cookie) => cookie.name.startsWith('RT_SID_')));

  const context = await browser.newContext();
  await context.addCookies(cookies);
  const page = await context.newPage();
  // Not waiting for fonts and the delayed history: the markup is all this test reads.
  const loaded = await page.goto(server.displayUrl(id), { waitUntil: 'domcontentloaded' });
  assert.equal(loaded?.status(), 200);
  assert.equal(new URL(page.url()).pathname, '/Ticket/Display.html', 'not sent to the login page');
  assert.equal(await page.locator('body').getAttribute('id'), 'comp-Ticket-Display');
  // RT escapes the parentheses in the markup (&#40;): compare the parsed text.
  assert.equal(await page.title(), `#${id}: ${subject}`);
  assert.equal(await page.locator('#header h1').textContent(), `#${id}: ${subject}`);
});
