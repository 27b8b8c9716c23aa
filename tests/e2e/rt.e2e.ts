/**
 * Plazo on a real Request Tracker 5 (scripts/rt-testbed/rt-testbed.sh, started by .ci/run): the desk is
 * connected as a user would (permission pre-approved with chrome.developerPrivate, then requested from
 * an extension page), tickets are made over REST 2.0, and the chips on RT's own pages are checked
 * against RT's own Due and against Plazo's policy.
 */
import assert from 'node:assert/strict';
import { type TestContext, test } from 'node:test';
import type { Page } from 'playwright-core';
import { parseCalendar } from '../../core/engine';
import { connectDesk } from './connect-desk';
import { launchPlazo, type Plazo, policy, settingsWith, waitFor } from './harness';
import { connectRt, type RtConnection } from './rt-server';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const weekdays = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => [day, [['09:00', '17:00']]]),
);
/** RT's %ServiceBusinessHours in the testbed: Mon–Fri 09:00–17:00 UTC. */
const RT_HOURS = { name: 'RT business hours', timeZone: 'UTC', week: weekdays };
const rtHours = parseCalendar(RT_HOURS);

async function connect(t: TestContext): Promise<{ plazo: Plazo; rt: RtConnection }> {
  const rt = await connectRt();
  const plazo = await launchPlazo();
  t.after(() => plazo.close());
  const rtPolicy = policy(
    'rt',
    {
      firstResponse: { minutes: 4 * 60, calendar: 'rt', warnings: [{ percent: 75 }] },
      resolution: { minutes: 16 * 60, calendar: 'rt' },
    },
    { tools: ['rt'] },
  );
  await connectDesk(
    plazo,
    rt.base,
    settingsWith(
      [{ ...rtPolicy, clock: { ...rtPolicy.clock, pauseStatuses: ['stalled'] } }],
      {},
      { rt: RT_HOURS },
    ),
  );
  await plazo.context.addCookies(await rt.loginCookies());
  return { plazo, rt };
}

interface ChipSeen {
  readonly state: string;
  readonly deadline: number | null;
  readonly text: string;
}

/** The chip beside the subject of an RT ticket page, once it has its timers. */
async function subjectChip(page: Page): Promise<ChipSeen> {
  const chip = page.locator('#header plazo-chip, #header + plazo-chip, h1 + plazo-chip').first();
  await waitFor('the chip to get its timers', async () => {
    const state = await chip.getAttribute('data-state', { timeout: 1_000 });
    return state !== null && state !== 'loading';
  });
  const deadline = await chip.getAttribute('data-deadline');
  return {
    state: (await chip.getAttribute('data-state')) as string,
    deadline: deadline ? Number(deadline) : null,
    text: await chip.locator('.text').innerText(),
  };
}

async function open(plazo: Plazo, url: string): Promise<Page> {
  const page = await plazo.context.newPage();
  await page.goto(url);
  return page;
}

test("a ticket with RT's SLA counts down to RT's Due, in business time", async (t) => {
  const { plazo, rt } = await connect(t);
  const { id, ticket } = await rt.createTicket({
    queue: 'General',
    subject: 'VPN drops every 20 minutes',
    requestor: 'carol@example.com',
    sla: 'standard',
  });
  const page = await open(plazo, rt.displayUrl(id));
  const chip = await subjectChip(page);
  const due = Date.parse(ticket.Due);
  assert.equal(Math.floor((chip.deadline as number) / MINUTE), Math.floor(due / MINUTE), chip.text);
  // RT stores a deadline at closing time as the next opening; counted in business time, the two agree.
  const left = Math.floor(rtHours.between(Date.now(), due) / MINUTE);
  const shown = /(?:(\d+) h)? ?(?:(\d+) min)? left/.exec(chip.text);
  assert.ok(shown, chip.text);
  const shownMinutes = Number(shown[1] ?? 0) * 60 + Number(shown[2] ?? 0);
  assert.ok(Math.abs(shownMinutes - left) <= 1, `${chip.text} vs ${left} business minutes`);
});

test("a ticket without an SLA in RT shows the deadline of Plazo's policy", async (t) => {
  const { plazo, rt } = await connect(t);
  const { id, ticket } = await rt.createTicket({
    queue: 'Sales',
    subject: 'Quote for 40 seats',
    requestor: 'dan@example.com',
  });
  assert.equal(ticket.SLA, undefined);
  const page = await open(plazo, rt.displayUrl(id));
  const chip = await subjectChip(page);
  const expected = rtHours.add(Date.parse(ticket.Created), 4 * HOUR);
  assert.equal(chip.deadline, expected, chip.text);
  assert.match(chip.text, /^first response: /);
});

test('a stalled ticket shows paused after a reload, and a staff reply meets the first response', async (t) => {
  const { plazo, rt } = await connect(t);
  const { id } = await rt.createTicket({
    queue: 'Sales',
    subject: 'Invoice 2026-114 is wrong',
    requestor: 'erin@example.com',
    owner: 'alice',
  });
  const page = await open(plazo, rt.displayUrl(id));
  assert.equal((await subjectChip(page)).state, 'onTrack');

  await rt.setStatus(id, 'stalled');
  await page.reload();
  const stalled = await subjectChip(page);
  assert.equal(stalled.state, 'paused', stalled.text);

  await rt.setStatus(id, 'open');
  await rt.replyAsStaff(id, 'We are looking into it.');
  await page.reload();
  const chip = page.locator('plazo-chip').first();
  await subjectChip(page);
  await chip.hover();
  const tooltip = await chip.locator('.tip').innerText();
  assert.match(tooltip, /first response · met/, tooltip);
});

test("a result list gets one chip per row, each at RT's Due", async (t) => {
  const { plazo, rt } = await connect(t);
  const made = [];
  for (const subject of [
    'Laptop will not boot',
    'Shared drive is read-only',
    'New starter needs an account',
  ]) {
    made.push(
      await rt.createTicket({ queue: 'General', subject, requestor: 'carol@example.com', sla: 'standard' }),
    );
  }
  const query = made.map(({ id }) => `id = ${id}`).join(' OR ');
  const page = await open(plazo, `${rt.base}Search/Results.html?Query=${encodeURIComponent(query)}`);
  await waitFor('a timed chip on every row', async () => {
    const states = await page
      .locator('tbody.list-item plazo-chip')
      .evaluateAll((chips) => chips.map((chip) => chip.getAttribute('data-state')));
    return states.length === made.length && states.every((state) => state && state !== 'loading');
  });
  for (const { id, ticket } of made) {
    const deadline = await page
      .locator(`tbody.list-item[data-record-id="${id}"] plazo-chip`)
      .getAttribute('data-deadline');
    assert.equal(
      Math.floor(Number(deadline) / MINUTE),
      Math.floor(Date.parse(ticket.Due) / MINUTE),
      `ticket ${id}`,
    );
  }
});
