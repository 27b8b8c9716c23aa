import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PERSONAL_DESK } from '../../core/engine/history';
import { ticketKeyString } from '../../core/store/records';
import type { PlazoDb } from '../../core/store/schema';
import type { PlazoStore } from '../../core/store/store';
import { ticketRecord } from './builders';
import { openFreshStore } from './db-helpers';

let db: PlazoDb;
let store: PlazoStore;
beforeEach(async () => ({ db, store } = await openFreshStore()));
afterEach(() => db.close());

describe('tickets', () => {
  it('puts, gets and deletes one ticket by its key', async () => {
    const ticket = ticketRecord('42');
    expect(ticket.key).toBe('https://rt.example.com|42');
    await store.putTicket(ticket);
    expect(await store.getTicket(ticket.key)).toEqual({ ticket, problem: null });

    await store.deleteTicket(ticket.key);
    expect(await store.getTicket(ticket.key)).toEqual({ ticket: undefined, problem: null });
  });

  it('lists the good tickets and reports a bad one by key and field path, without deleting it', async () => {
    const good = [ticketRecord('42'), ticketRecord('44')];
    for (const ticket of good) await store.putTicket(ticket);
    const broken = ticketRecord('43');
    const facts = [{ kind: 'status', at: 'yesterday', status: 'open' }];
    const bad = { ...broken, history: { ...broken.history, facts } };
    await db.put('tickets', bad);

    const { tickets, problems } = await store.listTickets();
    expect(tickets).toEqual(good);
    expect(problems).toEqual([
      {
        store: 'tickets',
        key: 'https://rt.example.com|43',
        message: expect.stringMatching(/^history\.facts\[0\]\.at: .*expected number/),
      },
    ]);
    expect(await db.get('tickets', broken.key)).toEqual(bad);
    expect(await store.getTicket(broken.key)).toEqual({ ticket: undefined, problem: problems[0] });
  });

  it('refuses to put a ticket that fails its schema', async () => {
    const ticket = { ...ticketRecord('42'), url: 'not a url' };
    await expect(store.putTicket(ticket)).rejects.toMatchObject({
      name: 'InvalidRecordError',
      problem: {
        store: 'tickets',
        key: 'https://rt.example.com|42',
        message: expect.stringMatching(/^url: /),
      },
    });
    expect(await db.count('tickets')).toBe(0);
  });

  it('lists the tickets of some desks only, by key range, not those of a desk whose origin starts alike', async () => {
    const onDesk = (desk: string, id: string) => {
      const ticket = ticketRecord(id);
      const key = { desk, id };
      return { ...ticket, key: ticketKeyString(key), history: { ...ticket.history, key } };
    };
    await store.putTickets([
      ticketRecord('42'),
      ticketRecord('7'),
      onDesk('https://rt.example.com.evil.test', '1'),
      onDesk('https://other.example.org', '3'),
      onDesk(PERSONAL_DESK, 'abc'),
    ]);
    const { tickets, problems } = await store.listTicketsOfDesks(['https://rt.example.com', PERSONAL_DESK]);
    expect(tickets.map((ticket) => ticket.key)).toEqual([
      'https://rt.example.com|42',
      'https://rt.example.com|7',
      'personal|abc',
    ]);
    expect(problems).toEqual([]);
  });
});
