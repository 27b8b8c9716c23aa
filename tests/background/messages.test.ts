import { beforeEach, describe, expect, it } from 'vitest';
import type { PlazoStore } from '../../core/store';
import { handleMessage } from '../../entrypoints/background/messages';
import {
  EXTENSION_ORIGIN,
  freshBackground,
  fromContentScript,
  fromPage,
  observation,
  TICKET,
} from './fixtures';

let store: PlazoStore;
let changes = 0;
beforeEach(async () => {
  store = await freshBackground();
  changes = 0;
});

const send = (message: unknown, sender: object) =>
  handleMessage(message, sender, {
    store: async () => store,
    extensionId: 'plazo-test-id',
    extensionOrigin: EXTENSION_ORIGIN,
    changed: async () => {
      changes++;
    },
  });

describe('messages', () => {
  it('a content script reports an observation: it is stored and a reconcile follows', async () => {
    expect(await send({ type: 'ticketObserved', observation: observation() }, fromContentScript)).toEqual({
      ok: true,
    });
    const { ticket } = await store.getTicket(TICKET);
    expect(ticket?.title).toBe('Printer on the 3rd floor prints blank pages');
    expect(changes).toBe(1);
  });

  it('fifty observations arriving at once lose nothing', async () => {
    const replies = Array.from({ length: 50 }, (_, i) => ({
      at: observation().observedAt + i * 1000,
      by: 'customer' as const,
    }));
    await Promise.all(
      replies.map((reply) =>
        send(
          { type: 'ticketObserved', observation: observation({ observedAt: reply.at, replies: [reply] }) },
          fromContentScript,
        ),
      ),
    );
    const { ticket } = await store.getTicket(TICKET);
    expect(ticket?.history.facts.filter((fact) => fact.kind === 'reply')).toHaveLength(50);
  });

  it('a content script may not send commands: dropped and counted', async () => {
    const reply = await send({ type: 'snooze', ticket: TICKET, minutes: 15 }, fromContentScript);
    expect(reply).toEqual({ ok: false, error: 'message dropped (forbidden)' });
    expect((await store.listSnoozes()).snoozes).toEqual([]);
    expect((await store.readCounters()).counters).toEqual({ 'droppedMessages:forbidden': 1 });
  });

  it('messages from another extension or failing validation are dropped and counted', async () => {
    await send({ type: 'reconcileNow' }, { ...fromPage, id: 'someone-else' });
    await send(
      { type: 'ticketObserved', observation: { ...observation(), url: 'not a url' } },
      fromContentScript,
    );
    await send({ type: 'ticketObserved', observation: observation(), extra: true }, fromContentScript);
    expect((await store.readCounters()).counters).toEqual({
      'droppedMessages:sender': 1,
      'droppedMessages:invalid': 2,
    });
    expect(changes).toBe(0);
  });

  it('an extension page may snooze a ticket', async () => {
    expect(await send({ type: 'snooze', ticket: TICKET, minutes: 15 }, fromPage)).toEqual({ ok: true });
    const { snoozes } = await store.listSnoozes();
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
    const { tickets } = await store.listTickets();
    expect(tickets).toHaveLength(1);
    const personal = tickets[0];
    expect(personal?.personal).toBe(true);
    expect(personal?.history.deskDeadlines.resolution?.source).toBe('personal target (Office)');
  });
});
