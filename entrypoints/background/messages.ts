/**
 * Incoming messages: validated with zod, checked against who sent them, then applied to the store.
 * Content scripts may only report facts; commands come only from Plazo's own pages. Anything else is
 * dropped and counted.
 */
import type { Browser } from 'wxt/browser';
import { deskForUrl } from '../../core/adapters/desk-for-url';
import { CALENDAR_TIME, type Language, parseCalendar } from '../../core/engine';
import { PERSONAL_DESK } from '../../core/engine/history';
import {
  type CommandMessage,
  type Message,
  messageSchema,
  type Observation,
} from '../../core/messaging/protocol';
import type { Reply } from '../../core/messaging/replies';
import { mayReceive, senderRole, speaksForItsDesk } from '../../core/messaging/senders';
import type { PlazoStore } from '../../core/store';
import { type Settings, type TicketRecord, ticketKeyString } from '../../core/store/records';
import { mergeObservation } from '../../core/tickets/merge';
import { editIncident, openIncidentFor, setAgentName } from './incidents';
import { timersFor } from './timers';

export interface MessageContext {
  readonly store: () => Promise<PlazoStore>;
  readonly extensionId: string;
  readonly extensionOrigin: string;
  /** Re-evaluates after the store changed. */
  readonly changed: () => Promise<unknown>;
  /** After new settings are stored: brings what follows them (desks' content scripts) in line. */
  readonly settingsSaved: (settings: Settings) => Promise<unknown>;
  /** The words and zone of the timers sent back to pages: the browser's language, the agent's zone. */
  readonly language: Language;
  readonly timeZone: string;
}

export async function handleMessage(
  raw: unknown,
  sender: Browser.runtime.MessageSender,
  context: MessageContext,
): Promise<Reply> {
  const role = senderRole(sender, context.extensionId, context.extensionOrigin);
  const parsed = messageSchema.safeParse(raw);
  const allowed =
    role && parsed.success && mayReceive(role, parsed.data) && speaksForItsDesk(role, parsed.data, sender);
  if (!allowed) {
    const reason = !role ? 'sender' : !parsed.success ? 'invalid' : 'forbidden';
    await (await context.store()).incrementCounter(`droppedMessages:${reason}`, Date.now());
    return { ok: false, error: `message dropped (${reason})` };
  }
  const store = await context.store();
  try {
    if (parsed.data.type === 'pageOpened') {
      const { settings } = await store.readSettings();
      return { ok: true, desk: deskForUrl(settings.desks, parsed.data.url) };
    }
    if (parsed.data.type === 'ticketsObserved')
      return await observed(parsed.data.observations, store, context);
    if (parsed.data.type === 'openIncident') {
      const { ticket, metric, by } = parsed.data;
      const incident = await openIncidentFor(store, ticket, metric, by ?? null, context, Date.now());
      await context.changed();
      return { ok: true, incident: incident.id };
    }
    await apply(parsed.data, store, context);
  } catch (error) {
    // A command that cannot be carried out (an unknown calendar, a store refusing a value) says why.
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  await context.changed();
  return { ok: true };
}

/** Folds a page's observations into the store and answers with their tickets' timers. */
async function observed(
  observations: readonly Observation[],
  store: PlazoStore,
  context: MessageContext,
): Promise<Reply> {
  const results = await store.recordObservations(observations, mergeObservation);
  const records: TicketRecord[] = [];
  for (const result of results) {
    if (result.ticket) records.push(result.ticket);
    else console.warn(`Plazo: observation not merged: ${result.problem.message}`);
  }
  await context.changed();
  const timers = await timersFor(store, records, Date.now(), context.language, context.timeZone);
  return { ok: true, timers };
}

async function apply(message: Message, store: PlazoStore, context: MessageContext): Promise<void> {
  switch (message.type) {
    case 'pageUnreadable':
      // Counted per tool and field, so the views can say "can't read priority on this page".
      for (const field of message.fields)
        await store.incrementCounter(`unreadable:${message.tool}:${field}`, Date.now());
      return;
    case 'ticketsObserved':
    case 'pageOpened':
      // Answered in handleMessage, which replies with what they ask for.
      return;
    default:
      return command(message, store, context);
  }
}

async function command(message: CommandMessage, store: PlazoStore, context: MessageContext): Promise<void> {
  switch (message.type) {
    case 'acknowledge':
      await store.acknowledgeAlerts(message.ticket, message.metric, Date.now());
      return;
    case 'snooze':
      await store.putSnooze({ ticket: message.ticket, until: Date.now() + message.minutes * 60_000 });
      return;
    case 'saveSettings':
      await context.settingsSaved(await store.saveSettings(message.settings));
      return;
    case 'addPersonalTicket':
      await addPersonalTicket(store, message, Date.now());
      return;
    case 'removeTicket':
      await store.deleteTicket(message.ticket);
      return;
    case 'reconcileNow':
      return;
    case 'openIncident':
      // Answered in handleMessage, which replies with the incident's id.
      return;
    case 'editIncident':
      await editIncident(store, message, Date.now());
      return;
    case 'setAgentName':
      await setAgentName(store, message.name);
      return;
    case 'importData':
      // The desks' content scripts follow the imported desks, as after any save.
      await context.settingsSaved(await store.importData(message.file));
      return;
    case 'resetData':
      await context.settingsSaved(await store.resetData());
      return;
  }
}

/**
 * A personal SLA: any page, a title and a target. Its deadline is fixed when it is added (on the
 * chosen calendar, or in calendar time), and the engine treats it as the ticket's own deadline.
 */
async function addPersonalTicket(
  store: PlazoStore,
  message: Extract<CommandMessage, { type: 'addPersonalTicket' }>,
  now: number,
): Promise<void> {
  const { settings } = await store.readSettings();
  const definition = message.calendar === null ? undefined : settings.calendars[message.calendar];
  if (message.calendar !== null && !definition) throw new Error(`no calendar "${message.calendar}"`);
  const calendar = definition ? parseCalendar(definition) : CALENDAR_TIME;
  const id = crypto.randomUUID();
  const record: TicketRecord = {
    key: ticketKeyString({ desk: PERSONAL_DESK, id }),
    url: message.url,
    title: message.title,
    personal: true,
    observedAt: now,
    history: {
      key: { desk: PERSONAL_DESK, id },
      tool: 'personal',
      createdAt: now,
      firstSeenAt: now,
      facts: [],
      deskDeadlines: {
        resolution: {
          at: calendar.add(now, message.targetMinutes * 60_000),
          source: `personal target (${calendar.label})`,
        },
      },
    },
  };
  await store.putTicket(record);
}
