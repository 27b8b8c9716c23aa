/**
 * The recovery commands as the background handles them: openIncident (new or reused), editIncident
 * through the state machine, setAgentName, and who may send them.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { failureReplySchema, incidentReplySchema } from '../../core/messaging/replies';
import { incidentSchema } from '../../core/recovery';
import type { PlazoStore } from '../../core/store';
import { handleMessage } from '../../entrypoints/background/messages';
import {
  CREATED,
  EXTENSION_ORIGIN,
  freshBackground,
  fromContentScript,
  fromPage,
  HOUR,
  observation,
  TICKET,
} from '../background/fixtures';

let store: PlazoStore;
let changes = 0;
beforeEach(async () => {
  store = await freshBackground();
  changes = 0;
  // Mon 12:30: the 2-hour first response (due Mon 12:00 on the office calendar) is breached.
  vi.useFakeTimers({ toFake: ['Date'], now: CREATED + 2.5 * HOUR });
  await send({ type: 'ticketsObserved', observations: [observation()] }, fromContentScript);
  changes = 0;
  return () => vi.useRealTimers();
});

const send = (message: unknown, sender: object) =>
  handleMessage(message, sender, {
    store: async () => store,
    extensionId: 'plazo-test-id',
    extensionOrigin: EXTENSION_ORIGIN,
    changed: async () => {
      changes++;
    },
    settingsSaved: async () => {},
    language: 'es',
    timeZone: 'Europe/Madrid',
  });

async function open(by?: string): Promise<string> {
  const reply = await send({ type: 'openIncident', ticket: TICKET, metric: 'firstResponse', by }, fromPage);
  return incidentReplySchema.parse(reply).incident;
}

const edit = (id: string, change: object, by = 'Alice') =>
  send({ type: 'editIncident', id, edit: change, by }, fromPage);

describe('openIncident', () => {
  it("opens an incident with the ticket's title, link and deadline, and answers its id", async () => {
    const id = await open('Alice');
    expect(changes).toBe(1);
    const { incident } = await store.getIncident(id);
    expect(incident).toMatchObject({
      id,
      ticket: TICKET,
      metric: 'firstResponse',
      ticketId: '42',
      title: 'Printer on the 3rd floor prints blank pages',
      url: 'https://rt.example.com/Ticket/Display.html?id=42',
      deadline: CREATED + 2 * HOUR,
      openedAt: CREATED + 2.5 * HOUR,
      openedBy: 'Alice',
      closed: null,
    });
    // Customer messages start in the browser's language.
    expect(incident?.steps.tellCustomer.language).toBe('es');
  });

  it('reuses the open incident of the same ticket and metric; a closed one does not count', async () => {
    const first = await open();
    expect(await open()).toBe(first);
    expect((await store.listIncidentsByTicket(TICKET)).incidents).toHaveLength(1);

    const { incident } = await store.getIncident(first);
    await store.putIncident(incidentSchema.parse({ ...incident, closed: { by: 'Bob', at: Date.now() } }));
    const second = await open();
    expect(second).not.toBe(first);
    expect((await store.listIncidentsByTicket(TICKET)).incidents).toHaveLength(2);
  });

  it('says so for a ticket Plazo does not know', async () => {
    const reply = await send(
      { type: 'openIncident', ticket: 'https://rt.example.com|999', metric: 'resolution' },
      fromPage,
    );
    expect(failureReplySchema.parse(reply).error).toMatch(/no ticket/);
  });

  it('content scripts may not open or edit incidents: dropped and counted', async () => {
    const reply = await send(
      { type: 'openIncident', ticket: TICKET, metric: 'firstResponse' },
      fromContentScript,
    );
    expect(reply).toEqual({ ok: false, error: 'message dropped (forbidden)' });
    const editing = await send(
      { type: 'editIncident', id: 'x', edit: { kind: 'close' }, by: 'Mallory' },
      fromContentScript,
    );
    expect(editing).toEqual({ ok: false, error: 'message dropped (forbidden)' });
    expect((await store.readCounters()).counters['droppedMessages:forbidden']).toBe(2);
    expect((await store.listIncidentsByTicket(TICKET)).incidents).toEqual([]);
  });
});

describe('editIncident', () => {
  it('applies an edit with who and when, announces the change, and refuses what the rules refuse', async () => {
    const id = await open();
    changes = 0;
    expect(await edit(id, { kind: 'setRestorer', restorer: 'Bob' }, 'Carol')).toEqual({ ok: true });
    expect(changes).toBe(1);
    const { incident } = await store.getIncident(id);
    expect(incident?.steps.alertTeam).toEqual({
      done: null,
      edited: { by: 'Carol', at: Date.now() },
      restorer: 'Bob',
    });
    expect(incident?.revision).toBe(1);

    const refused = await edit(id, { kind: 'completeStep', step: 'restore' });
    expect(failureReplySchema.parse(refused).error).toMatch(/missing: step alertTeam/);
    expect((await store.getIncident(id)).incident?.revision).toBe(1);
  });

  it('refuses edits that fail validation: an unknown kind, no name, an unknown incident', async () => {
    const id = await open();
    expect(await edit(id, { kind: 'deleteEverything' })).toEqual({
      ok: false,
      error: 'message dropped (invalid)',
    });
    expect(await edit(id, { kind: 'close' }, '   ')).toEqual({
      ok: false,
      error: 'message dropped (invalid)',
    });
    const missing = await edit('nope', { kind: 'close' });
    expect(failureReplySchema.parse(missing).error).toBe('no incident nope');
  });

  it('applies edits arriving together one after the other, none lost', async () => {
    const id = await open();
    await Promise.all(
      Array.from({ length: 20 }, (_, index) => edit(id, { kind: 'addAction', text: `action ${index}` })),
    );
    const { incident } = await store.getIncident(id);
    expect(incident?.steps.restore.actions.map((action) => action.text).sort()).toEqual(
      Array.from({ length: 20 }, (_, index) => `action ${index}`).sort(),
    );
    expect(incident?.revision).toBe(20);
  });
});

describe('setAgentName', () => {
  it('remembers the name in the settings and forgets it when empty, keeping the rest', async () => {
    const before = (await store.readSettings()).settings;
    expect(await send({ type: 'setAgentName', name: '  Alice  ' }, fromPage)).toEqual({ ok: true });
    expect((await store.readSettings()).settings).toEqual({ ...before, agentName: 'Alice' });
    await send({ type: 'setAgentName', name: '' }, fromPage);
    expect((await store.readSettings()).settings.agentName).toBeUndefined();
  });
});
