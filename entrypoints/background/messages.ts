/**
 * Incoming messages: validated with zod, checked against who sent them, then applied to the store.
 * Content scripts may only report facts; commands come only from Plazo's own pages. Anything else is
 * dropped and counted.
 */
import type { Browser } from 'wxt/browser';
import { CALENDAR_TIME, parseCalendar } from '../../core/engine';
import { type CommandMessage, type Message, messageSchema } from '../../core/messaging/protocol';
import { mayReceive, senderRole, speaksForItsDesk } from '../../core/messaging/senders';
import type { PlazoStore } from '../../core/store';
import type { TicketRecord } from '../../core/store/records';
import { mergeObservation } from '../../core/tickets/merge';

export type Reply = { readonly ok: true } | { readonly ok: false; readonly error: string };

export interface MessageContext {
  readonly store: () => Promise<PlazoStore>;
  readonly extensionId: string;
  readonly extensionOrigin: string;
  /** Re-evaluates after the store changed. */
  readonly changed: () => Promise<unknown>;
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
    await (await context.store()).incrementCounter(`droppedMessages:${reason}`);
    return { ok: false, error: `message dropped (${reason})` };
  }
  try {
    await apply(parsed.data, await context.store());
  } catch (error) {
    // A command that cannot be carried out (an unknown calendar, a store refusing a value) says why.
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  await context.changed();
  return { ok: true };
}

async function apply(message: Message, store: PlazoStore): Promise<void> {
  switch (message.type) {
    case 'ticketObserved': {
      const result = await store.recordObservation(message.observation, mergeObservation);
      if (result.problem) console.warn(`Plazo: observation not merged: ${result.problem.message}`);
      return;
    }
    case 'pageUnreadable':
      // Counted per tool and field, so the views can say "can't read priority on this page".
      for (const field of message.fields) await store.incrementCounter(`unreadable:${message.tool}:${field}`);
      return;
    default:
      return command(message, store);
  }
}

async function command(message: CommandMessage, store: PlazoStore): Promise<void> {
  switch (message.type) {
    case 'acknowledge':
      await store.acknowledgeAlerts(message.ticket, message.metric, Date.now());
      return;
    case 'snooze':
      await store.putSnooze({ ticket: message.ticket, until: Date.now() + message.minutes * 60_000 });
      return;
    case 'saveSettings':
      await store.saveSettings(message.settings);
      return;
    case 'addPersonalTicket':
      await addPersonalTicket(store, message, Date.now());
      return;
    case 'removeTicket':
      await store.deleteTicket(message.ticket);
      return;
    case 'reconcileNow':
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
    key: `personal|${id}`,
    url: message.url,
    title: message.title,
    personal: true,
    observedAt: now,
    history: {
      key: { desk: 'personal', id },
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
