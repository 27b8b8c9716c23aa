/** Pages change things only by asking the background (the one writer) with a command. */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { CommandMessage } from '../../core/messaging/protocol';
import { doneReplySchema, failureReplySchema, incidentReplySchema } from '../../core/messaging/replies';

// doneReplySchema is strict, so `{ ok: true, incident }` (openIncident's answer) falls through to its own.
const replySchema = z.union([doneReplySchema, incidentReplySchema, failureReplySchema]);
export type CommandReply = z.output<typeof replySchema>;

/** Sends a command; never throws: a failure or silence comes back as `{ ok: false, error }`. */
export async function sendCommand(command: CommandMessage): Promise<CommandReply> {
  try {
    const reply = replySchema.safeParse(await browser.runtime.sendMessage(command));
    return reply.success ? reply.data : { ok: false, error: 'the background gave no answer' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
