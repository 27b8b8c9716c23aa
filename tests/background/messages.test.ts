import { describe, expect, it, vi } from 'vitest';
import { timersReplySchema } from '../../core/messaging/replies';
import {
  CREATED,
  fromContentScript,
  fromPage,
  HOUR,
  MIN,
  messageBackground,
  observation,
  settings,
  TICKET,
} from './fixtures';

const { bg, send } = messageBackground();

describe('messages', () => {
  it('a content script reports an observation: it is stored, a reconcile follows, its timers come back', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: CREATED + 30 * MIN });
    const reply = await send({ type: 'ticketsObserved', observations: [observation()] }, fromContentScript);
    vi.useRealTimers();
    const { ticket } = await bg.store.getTicket(TICKET);
    expect(ticket?.title).toBe('Printer on the 3rd floor prints blank pages');
    expect(bg.changes).toBe(1);
    const { timers } = timersReplySchema.parse(reply);
    expect(timers).toHaveLength(1);
    const [timer] = timers;
    expect(timer).toMatchObject({
      ticket: TICKET,
      id: '42',
      evaluatedAt: CREATED + 30 * MIN,
      policy: 'Standard',
    });
    // 2 business hours from Mon 10:00 on the office calendar: due 12:00, warned at 50 % (11:00).
    expect(timer?.metrics).toEqual([
      expect.objectContaining({
        metric: 'firstResponse',
        state: 'running',
        source: 'policy',
        sourceLabel: 'Standard',
        deadline: CREATED + 2 * HOUR,
        atRiskAt: CREATED + HOUR,
        remainingMs: 90 * MIN,
        spans: [[CREATED + 30 * MIN, CREATED + 2 * HOUR]],
        calendar: { label: 'Office', timeZone: 'UTC' },
      }),
    ]);
    expect(timer?.metrics[0]?.explanation[0]).toMatch(/Standard/);
  });

  it('a desk page learns which connected desk it belongs to, and only about its own origin', async () => {
    const desks = [
      { base: 'https://rt.example.com/', tool: 'rt', name: 'Support' },
      { base: 'https://rt.example.com/sales/', tool: 'rt', name: 'Sales' },
    ];
    await bg.store.saveSettings({ ...settings, desks });
    const ask = (url: string) => send({ type: 'pageOpened', url }, { ...fromContentScript, url });
    expect(await ask('https://rt.example.com/sales/Ticket/Display.html?id=1')).toEqual({
      ok: true,
      desk: desks[1],
    });
    expect(await ask('https://rt.example.com/Search/Results.html')).toEqual({ ok: true, desk: desks[0] });
    expect(await ask('https://elsewhere.example.com/')).toEqual({ ok: true, desk: null });
    expect(
      await send(
        { type: 'pageOpened', url: 'https://rt.example.com/' },
        { ...fromContentScript, url: 'https://evil.example.com/' },
      ),
    ).toEqual({
      ok: false,
      error: 'message dropped (forbidden)',
    });
    expect(bg.changes).toBe(0);
  });

  it('fifty observations arriving at once lose nothing', async () => {
    const replies = Array.from({ length: 50 }, (_, i) => ({
      at: observation().observedAt + i * 1000,
      by: 'customer' as const,
    }));
    await Promise.all(
      replies.map((reply) =>
        send(
          {
            type: 'ticketsObserved',
            observations: [observation({ observedAt: reply.at, replies: [reply] })],
          },
          fromContentScript,
        ),
      ),
    );
    const { ticket } = await bg.store.getTicket(TICKET);
    expect(ticket?.history.facts.filter((fact) => fact.kind === 'reply')).toHaveLength(50);
  });

  it('a content script may not send commands: dropped and counted', async () => {
    const reply = await send({ type: 'snooze', ticket: TICKET, minutes: 15 }, fromContentScript);
    expect(reply).toEqual({ ok: false, error: 'message dropped (forbidden)' });
    expect((await bg.store.listSnoozes()).snoozes).toEqual([]);
    expect((await bg.store.readCounters()).counters).toEqual({ 'droppedMessages:forbidden': 1 });
  });

  it('messages from another extension or failing validation are dropped and counted', async () => {
    await send({ type: 'reconcileNow' }, { ...fromPage, id: 'someone-else' });
    await send(
      { type: 'ticketsObserved', observations: [{ ...observation(), url: 'not a url' }] },
      fromContentScript,
    );
    await send({ type: 'ticketsObserved', observations: [observation()], extra: true }, fromContentScript);
    expect((await bg.store.readCounters()).counters).toEqual({
      'droppedMessages:sender': 1,
      'droppedMessages:invalid': 2,
    });
    expect(bg.changes).toBe(0);
  });

  it('an extension page may snooze a ticket', async () => {
    expect(await send({ type: 'snooze', ticket: TICKET, minutes: 15 }, fromPage)).toEqual({ ok: true });
    const { snoozes } = await bg.store.listSnoozes();
    expect(snoozes.map((snooze) => snooze.ticket)).toEqual([TICKET]);
  });

  it('a personal SLA gets a fixed deadline on the chosen calendar', async () => {
    const reply = await send(
      {
        type: 'addPersonalTicket',
        url: 'https://mail.example.com/thread/77',
        title: 'Send the quarterly report',
        targetMinutes: 240,
        calendar: 'office',
      },
      fromPage,
    );
    expect(reply).toEqual({ ok: true });
    const { tickets } = await bg.store.listTickets();
    expect(tickets).toHaveLength(1);
    const personal = tickets[0];
    expect(personal?.personal).toBe(true);
    expect(personal?.history.deskDeadlines.resolution?.source).toBe('personal target (Office)');
  });

  it('new settings from an extension page are stored, then what follows them is brought in line', async () => {
    const desks = [{ base: 'https://rt.example.com/', tool: 'rt', name: 'Support RT' }];
    expect(await send({ type: 'saveSettings', settings: { ...settings, desks } }, fromPage)).toEqual({
      ok: true,
    });
    expect((await bg.store.readSettings()).settings.desks).toEqual(desks);
    expect(bg.savedSettings.map((saved) => saved.desks)).toEqual([desks]);
    expect(bg.changes).toBe(1);
  });

  it('settings a content script sends are dropped, and nothing follows', async () => {
    const reply = await send({ type: 'saveSettings', settings }, fromContentScript);
    expect(reply).toEqual({ ok: false, error: 'message dropped (forbidden)' });
    expect(bg.savedSettings).toEqual([]);
  });
});
