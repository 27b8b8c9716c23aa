/**
 * Who may say what. The browser tells the background who sent a message; these pure rules decide
 * whether to listen. Anything else is dropped and counted, never acted on.
 */
import type { Message } from './protocol';

/** The part of the browser's MessageSender these rules read. */
export interface Sender {
  readonly id?: string | undefined;
  readonly url?: string | undefined;
  readonly tab?: unknown;
}

export type SenderRole = 'extensionPage' | 'contentScript';

/**
 * @param extensionId this extension's id (runtime.id)
 * @param extensionOrigin this extension's origin (runtime.getURL('')), e.g. "chrome-extension://abc/"
 */
export function senderRole(sender: Sender, extensionId: string, extensionOrigin: string): SenderRole | null {
  if (sender.id !== extensionId || !sender.url) return null;
  if (sender.url.startsWith(extensionOrigin)) return 'extensionPage';
  // Our content scripts run in web pages, always inside a tab.
  return sender.tab ? 'contentScript' : null;
}

const FACTS = new Set<Message['type']>(['ticketsObserved', 'pageOpened', 'pageUnreadable']);

/** Content scripts report facts only; extension pages may also command. */
export function mayReceive(role: SenderRole, message: Message): boolean {
  return role === 'extensionPage' || FACTS.has(message.type);
}

/**
 * A content script speaks only for the desk it runs on: observations must name the origin of the
 * page that sent them, so one site cannot write tickets into another desk's (or a personal)
 * history, and a page may only ask about its own origin.
 */
export function speaksForItsDesk(role: SenderRole, message: Message, sender: Sender): boolean {
  if (role !== 'contentScript') return true;
  const origin = sender.url !== undefined && URL.canParse(sender.url) ? new URL(sender.url).origin : null;
  switch (message.type) {
    case 'ticketsObserved':
      return message.observations.every((observation) => observation.key.desk === origin);
    case 'pageOpened':
    case 'pageUnreadable':
      return new URL(message.url).origin === origin;
    default:
      return true;
  }
}
