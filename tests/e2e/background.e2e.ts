/**
 * The background worker end to end, in a real Chromium with the `--mode e2e` build: facts from a
 * content script on an RT page, the one alarm, notifications shown exactly once across worker
 * restarts, the badge, and commands from content scripts refused.
 *
 * Each test launches its own browser and profile, so no test sees another's tickets or counters.
 * Run: `npm run test:e2e` (builds first), or `npx tsx --test tests/e2e/*.e2e.ts` on a fresh build.
 */
import assert from 'node:assert/strict';
import { type TestContext, test } from 'node:test';
import type { TicketRecord } from '../../core/store/records';
import { ALARM, launchPlazo, type Plazo, policy, settingsWith, waitFor } from './harness';
import type { RtTicket } from './rt-fixture';
import { callsFor, lives, type TapEntry } from './tap';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;

async function start(t: TestContext): Promise<Plazo> {
  const plazo = await launchPlazo();
  t.after(() => plazo.close());
  return plazo;
}

/** A new RT ticket (status new since creation), as RT shows it right after a customer wrote in. */
function rtTicket(id: number, createdAt: number, extra: Partial<RtTicket> = {}): RtTicket {
  return {
    id,
    subject: `Printer on 3rd floor is jammed (${id})`,
    queue: 'General',
    status: 'new',
    statusChangedAt: createdAt,
    priority: 'Medium',
    createdAt,
    requestor: 'carol@example.com',
    ...extra,
  };
}

async function storedTicket(plazo: Plazo, key: string): Promise<TicketRecord | undefined> {
  const tickets = (await plazo.call('readStore', 'tickets')) as TicketRecord[];
  return tickets.find((ticket) => ticket.key === key);
}

/**
 * The tap log once the `life`-th worker life has finished a reconcile (it sets the alarm last). The
 * tap's writes are not awaited by the worker, so a read right after an effect may miss its entry.
 */
async function reconciledIn(plazo: Plazo, life: number): Promise<TapEntry[]> {
  return waitFor(`worker life ${life} to finish a reconcile`, async () => {
    const tap = await plazo.call('tap');
    const wanted = lives(tap)[life - 1];
    return callsFor(tap, 'alarms.create', ALARM).some((call) => call.life === wanted) && tap;
  });
}

/** Alert ids are "ticket|metric|cycle start|kind|index" (core/scheduler/alerts.ts). */
const alertId = (ticketKey: string, createdAt: number, kind: string) =>
  `${ticketKey}|firstResponse|${createdAt}|${kind}|0`;

test('a fact the content script reports from an RT page on 127.0.0.1 is stored with its facts', async (t) => {
  const plazo = await start(t);
  const created = Date.now() - 20 * MINUTE;
  const due = created + 4 * 60 * MINUTE;
  plazo.rt.put(
    rtTicket(101, created, {
      sla: 'standard',
      due: { at: due, metric: 'firstResponse' },
      replies: [{ at: created, by: 'customer' }],
    }),
  );
  const tab = await plazo.visit(101);
  const key = plazo.rt.key(101);
  const first = await waitFor('ticket 101 in IndexedDB', () => storedTicket(plazo, key));

  assert.equal(first.url, plazo.rt.url(101));
  assert.equal(first.title, 'Printer on 3rd floor is jammed (101)');
  assert.deepEqual(first.history.key, { desk: plazo.rt.origin, id: '101' });
  assert.equal(first.history.tool, 'rt');
  assert.equal(first.history.createdAt, created);
  assert.deepEqual(first.history.deskDeadlines, {
    firstResponse: { at: due, source: 'Request Tracker SLA (Due)' },
  });
  // RT dates the status exactly; queue and priority are as seen when the page was read.
  assert.deepEqual(
    first.history.facts.find((fact) => fact.kind === 'status' && !fact.estimated),
    {
      kind: 'status',
      at: created,
      status: 'new',
    },
  );
  assert.ok(
    first.history.facts.some(
      (fact) =>
        fact.kind === 'fields' && fact.fields.queue === 'General' && fact.fields.priority === 'Medium',
    ),
  );
  assert.ok(first.history.facts.some((fact) => fact.kind === 'reply' && fact.by === 'customer'));

  // The agent answers and stalls the ticket: the next page load merges into the same record.
  const answered = Date.now();
  plazo.rt.put(
    rtTicket(101, created, {
      status: 'stalled',
      statusChangedAt: answered,
      replies: [
        { at: created, by: 'customer' },
        { at: answered, by: 'agent' },
      ],
    }),
  );
  await tab.reload();
  const merged = await waitFor('the agent reply merged', async () => {
    const record = await storedTicket(plazo, key);
    return record?.history.facts.some((fact) => fact.kind === 'reply' && fact.by === 'agent') && record;
  });
  assert.ok(merged.observedAt > first.observedAt);
  assert.deepEqual(
    merged.history.facts.filter((fact) => fact.kind === 'status' && !fact.estimated),
    [
      { kind: 'status', at: created, status: 'new' },
      { kind: 'status', at: answered, status: 'stalled' },
    ],
  );
  assert.equal((await plazo.call('readStore', 'tickets')).length, 1);
  assert.deepEqual(plazo.workerErrors, []);
});

test('the alarm fires at the breach instant and the notification shows within a second', async (t) => {
  const plazo = await start(t);
  await plazo.saveSettings(settingsWith([policy('one-minute', { firstResponse: { minutes: 1 } })]));
  const created = Date.now() - 55 * SECOND;
  const breachAt = created + MINUTE;
  plazo.rt.put(rtTicket(201, created));
  await plazo.visit(201);

  const scheduled = await waitFor('the alarm', () => plazo.call('alarm', ALARM));
  assert.equal(scheduled, breachAt, 'the one alarm is set at the breach instant');
  const breachId = alertId(plazo.rt.key(201), created, 'breach');
  const before = await plazo.call('notifications');
  assert.ok(Date.now() < breachAt, 'the test read the notifications before the breach');
  assert.deepEqual(before, [], 'nothing is shown before the breach');

  await waitFor('the breach notification', async () =>
    (await plazo.call('notifications')).includes(breachId),
  );
  const fired = (await plazo.call('firedAlarms')).filter((alarm) => alarm.name === ALARM);
  assert.equal(fired.length, 1);
  assert.equal(fired[0]?.scheduledTime, breachAt);

  const shows = callsFor(await plazo.call('tap'), 'notifications.create', breachId);
  assert.equal(shows.length, 1, 'notifications.create called once for the breach');
  const latency = (shows[0]?.at ?? 0) - breachAt;
  t.diagnostic(`alarm heard ${((fired[0]?.at ?? 0) - breachAt).toFixed(1)} ms after the breach instant`);
  t.diagnostic(`notification shown ${latency.toFixed(1)} ms after the breach instant`);
  assert.ok(latency >= 0, `not before the breach (${latency} ms)`);
  assert.ok(latency < SECOND, `within a second of the breach (${latency} ms)`);
  assert.deepEqual(plazo.workerErrors, []);
});

test('a worker stopped mid-schedule: the alarm wakes it, nothing is shown twice, what came due is shown once', async (t) => {
  const plazo = await start(t);
  // A warning at half of a one-minute target, due at once; the breach 10 s later.
  await plazo.saveSettings(
    settingsWith([policy('one-minute', { firstResponse: { minutes: 1, warnings: [{ percent: 50 }] } })]),
  );
  const created = Date.now() - 50 * SECOND;
  const breachAt = created + MINUTE;
  const key = plazo.rt.key(301);
  const warningId = alertId(key, created, 'warning');
  const breachId = alertId(key, created, 'breach');
  const shows = (tap: readonly TapEntry[], id: string) =>
    callsFor(tap, 'notifications.create', id).map((call) => lives(tap).indexOf(call.life) + 1);
  plazo.rt.put(rtTicket(301, created));
  await plazo.visit(301);
  await waitFor('the warning', async () => (await plazo.call('notifications')).includes(warningId));
  await waitFor('the alarm at the breach', async () => (await plazo.call('alarm', ALARM)) === breachAt);

  // Restart before the breach: only the stored alert record keeps the warning from showing again.
  await plazo.stopWorker();
  assert.deepEqual(await plazo.call('send', { type: 'reconcileNow' }), { ok: true });
  let tap = await reconciledIn(plazo, 2);
  assert.deepEqual(shows(tap, warningId), [1], 'the warning is not shown again by the second worker');
  assert.equal(await plazo.call('alarm', ALARM), breachAt, 'the second worker set the alarm again');

  // Stopped again, the breach comes due while no worker runs: the alarm must start one.
  await plazo.stopWorker();
  assert.ok(Date.now() < breachAt - SECOND, 'the worker was stopped well before the breach');
  await waitFor(
    'the breach notification',
    async () => (await plazo.call('notifications')).includes(breachId),
    {
      timeoutMs: 20_000,
    },
  );
  tap = await reconciledIn(plazo, 3);
  const third = lives(tap)[2] as number;
  // A worker's clock starts when Chrome starts it: at the alarm, not before (a few ms of slack
  // between Chrome's alarm timer and the worker's clock).
  assert.ok(third >= breachAt - 20, `started by the alarm, ${(third - breachAt).toFixed(1)} ms after it`);
  t.diagnostic(`worker restarted ${(third - breachAt).toFixed(1)} ms after the breach instant`);
  assert.deepEqual(shows(tap, breachId), [3], 'the breach was shown once, by the worker the alarm started');
  assert.deepEqual(shows(tap, warningId), [1], 'the warning still only once');
  const breach = callsFor(tap, 'notifications.create', breachId)[0] as TapEntry;
  t.diagnostic(`breach shown ${(breach.at - breachAt).toFixed(1)} ms after it came due`);

  // That worker set the alarm again, for the breach's repeat 30 minutes after it was shown.
  const alerts = (await plazo.call('readStore', 'alerts')) as { id: string; shownAt: number | null }[];
  const shownAt = alerts.find((alert) => alert.id === breachId)?.shownAt;
  assert.ok(typeof shownAt === 'number');
  assert.equal(await plazo.call('alarm', ALARM), shownAt + 30 * MINUTE);
  const ticket = await storedTicket(plazo, key);
  assert.equal(ticket?.history.createdAt, created, 'the ticket survived the restarts');

  // One more stop and wake: still nothing shown again.
  await plazo.stopWorker();
  assert.deepEqual(await plazo.call('send', { type: 'reconcileNow' }), { ok: true });
  tap = await reconciledIn(plazo, 4);
  assert.deepEqual(shows(tap, warningId), [1]);
  assert.deepEqual(shows(tap, breachId), [3]);
  assert.deepEqual((await plazo.call('notifications')).sort(), [breachId, warningId].sort());
  assert.deepEqual(plazo.workerErrors, []);
});

test('the badge counts breached tickets (else those at risk) and its tooltip says so', async (t) => {
  const plazo = await start(t);
  // Ten minutes to respond, at risk from half of it.
  await plazo.saveSettings(
    settingsWith([policy('ten-minutes', { firstResponse: { minutes: 10, warnings: [{ percent: 50 }] } })]),
  );
  const now = Date.now();
  const visitAll = async (ids: number[]) => {
    for (const id of ids) await plazo.visit(id);
    await waitFor(`tickets ${ids.join(', ')}`, async () => {
      const stored = await plazo.call('readStore', 'tickets');
      return ids.every((id) => (stored as TicketRecord[]).some((ticket) => ticket.key === plazo.rt.key(id)));
    });
  };

  plazo.rt.put(rtTicket(401, now - 7 * MINUTE)); // at risk
  plazo.rt.put(rtTicket(402, now - MINUTE)); // on track
  await visitAll([401, 402]);
  const amber = await waitFor('the amber badge', async () => {
    const badge = await plazo.call('badge');
    return badge.text === '1' && badge;
  });
  assert.equal(amber.title, 'Plazo: 1 ticket(s) at risk of breaching their SLA');
  assert.deepEqual(amber.color, [0xb8, 0x6e, 0x00, 255]);

  plazo.rt.put(rtTicket(403, now - 12 * MINUTE)); // breached
  plazo.rt.put(rtTicket(404, now - 11 * MINUTE)); // breached
  // Answered and resolved before its deadline: a closed ticket counts for nothing.
  plazo.rt.put(
    rtTicket(405, now - 20 * MINUTE, {
      status: 'resolved',
      statusChangedAt: now - 15 * MINUTE,
      replies: [{ at: now - 16 * MINUTE, by: 'agent' }],
    }),
  );
  await visitAll([403, 404, 405]);
  const red = await waitFor('the red badge', async () => {
    const badge = await plazo.call('badge');
    return badge.text === '2' && badge;
  });
  assert.equal(red.title, 'Plazo: 2 ticket(s) breached their SLA');
  assert.deepEqual(red.color, [0xb3, 0x26, 0x1e, 255]);

  // The badge belongs to the browser, not the worker: it stays while the worker is stopped.
  await plazo.stopWorker();
  assert.deepEqual(await plazo.call('badge'), red);
  assert.deepEqual(plazo.workerErrors, []);
});

test('a command sent from a content script is dropped and counted; its facts still count', async (t) => {
  const plazo = await start(t);
  const settings = settingsWith([policy('one-hour', { firstResponse: { minutes: 60 } })]);
  await plazo.saveSettings(settings);
  plazo.rt.put(rtTicket(501, Date.now() - MINUTE));
  const tab = await plazo.visit(501);
  await waitFor('the probe fact', () => storedTicket(plazo, plazo.rt.key(501)));

  // What a compromised content script could try: rewrite the settings, turning notifications off.
  const forged = JSON.stringify({ type: 'saveSettings', settings: settingsWith([], { enabled: false }) });
  const reply = await plazo.inContentScript(tab, `chrome.runtime.sendMessage(${forged})`);
  assert.deepEqual(reply, { ok: false, error: 'message dropped (forbidden)' });
  const garbage = await plazo.inContentScript(tab, `chrome.runtime.sendMessage({ type: 'dropTables' })`);
  assert.deepEqual(garbage, { ok: false, error: 'message dropped (invalid)' });

  assert.equal(await plazo.call('readMeta', 'counter:droppedMessages:forbidden'), 1);
  assert.equal(await plazo.call('readMeta', 'counter:droppedMessages:invalid'), 1);
  assert.deepEqual(await plazo.call('readStore', 'settings'), [settings], 'the settings are untouched');
  assert.deepEqual(plazo.workerErrors, []);
});
