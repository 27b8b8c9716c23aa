/**
 * The adapter a user defines for a help desk Plazo has no adapter for: ticket pages found by a URL
 * pattern, fields found by CSS selectors (and text patterns). Lists are not read: their markup
 * varies too much to describe with one selector per field.
 */
import type { Observation } from '../../messaging/protocol';
import type { Adapter, PageRead, ReadContext } from '../types';
import { CUSTOM_FIELDS, CUSTOM_TOOL_ID, type CustomAdapterDefinition } from './definition';
import { type CustomReading, customReader } from './reader';
import { ticketIdOf, ticketUrlOf } from './ticket-url';

/** The observation's text limits (protocol.ts): a longer value is cut, never refused. */
const MAX_TEXT = { title: 500, status: 100, priority: 100 } as const;

export function customAdapter(definition: CustomAdapterDefinition): Adapter {
  const reader = customReader(definition);
  const { ticketUrl } = reader;
  return {
    id: CUSTOM_TOOL_ID,
    name: 'Custom',
    detect(url, base) {
      if (!ticketUrl || !url.href.startsWith(base)) return null;
      const id = ticketIdOf(ticketUrl, url);
      return id === null ? null : { kind: 'ticket', id };
    },
    read(document, url, page, context) {
      if (page.kind !== 'ticket' || !ticketUrl) return { tickets: [], unreadable: [] };
      const reading = reader.read(document, url);
      // The page's own id wins over the URL's (a moved or merged ticket), when the definition names one.
      const id = reading.id.ok ? reading.id.value : page.id;
      return ticketPage(reading, id, ticketUrlOf(ticketUrl, id), document, definition, context);
    },
  };
}

function ticketPage(
  reading: CustomReading,
  id: string,
  url: string,
  document: Document,
  definition: CustomAdapterDefinition,
  context: ReadContext,
): PageRead {
  const observation: Observation = {
    key: { desk: new URL(context.base).origin, id },
    tool: CUSTOM_TOOL_ID,
    url,
    observedAt: context.now,
  };
  if (reading.subject.ok) observation.title = reading.subject.value.slice(0, MAX_TEXT.title);
  if (reading.status.ok) observation.status = reading.status.value.slice(0, MAX_TEXT.status);
  if (reading.priority.ok) observation.priority = reading.priority.value.slice(0, MAX_TEXT.priority);
  if (reading.created.ok && reading.created.at !== undefined) observation.createdAt = reading.created.at;
  // The id named unreadable only when the definition says where it is: otherwise the URL's is the id.
  const unreadable = CUSTOM_FIELDS.filter(
    (field) => !reading[field].ok && (field !== 'id' || definition.fields.id !== undefined),
  );
  // The timers count from the status and the creation: without either the chip says why instead.
  const complete = observation.status !== undefined && observation.createdAt !== undefined;
  const anchor = anchorOf(document, definition);
  return {
    tickets: [
      {
        id,
        observation: complete ? observation : null,
        partial: observation,
        unreadable,
        placement: anchor ? { element: anchor, position: 'after' } : null,
      },
    ],
    unreadable: [],
  };
}

/** The chip goes after the subject, or after the status when the subject is not on the page. */
function anchorOf(document: Document, definition: CustomAdapterDefinition): Element | null {
  for (const locator of [definition.fields.subject, definition.fields.status]) {
    try {
      const element = document.querySelector(locator.selector);
      if (element) return element;
    } catch {
      // An invalid selector is already named unreadable by the reading.
    }
  }
  return null;
}
