/**
 * What a custom definition reads on one page, field by field, each a value or the reason it is
 * missing: the adapter turns it into an observation, "Test on this page" shows it as it is.
 */
import { type CreatedProblem, parseCreated } from './created';
import type { CustomAdapterDefinition, CustomField } from './definition';
import { type FieldProblem, type FieldReader, fieldReader } from './fields';
import { parseTicketUrl, TICKET_ID, type TicketUrlPattern, ticketIdOf } from './ticket-url';

/** Why a field has no value: the locator's problems, a date's, an id that is no id, a URL that is no ticket's. */
export type CustomReadProblem = FieldProblem | CreatedProblem | 'notId' | 'urlNoMatch';

export type CustomFieldOutcome =
  | { readonly ok: true; readonly value: string; readonly at?: number }
  | { readonly ok: false; readonly problem: CustomReadProblem };

export type CustomReading = { readonly [field in CustomField]: CustomFieldOutcome };

export interface CustomReader {
  /** Null when the stored pattern is unusable (the schema refuses such a pattern). */
  readonly ticketUrl: TicketUrlPattern | null;
  read(document: Document, url: URL): CustomReading;
}

export function customReader(definition: CustomAdapterDefinition): CustomReader {
  const parsed = parseTicketUrl(definition.ticketUrl);
  const ticketUrl = typeof parsed === 'string' ? null : parsed;
  const { id, subject, status, priority, created } = definition.fields;
  const readers = {
    id: id && fieldReader(id),
    subject: fieldReader(subject),
    status: fieldReader(status),
    priority: fieldReader(priority),
    created: fieldReader(created),
  };
  const text = (reader: FieldReader, document: Document): CustomFieldOutcome => {
    const read = reader.read(document);
    return read.ok ? { ok: true, value: read.text } : read;
  };
  return {
    ticketUrl,
    read(document, url) {
      const fromUrl = ticketUrl && ticketIdOf(ticketUrl, url);
      const createdText = text(readers.created, document);
      return {
        id: readers.id
          ? asId(text(readers.id, document))
          : fromUrl
            ? { ok: true, value: fromUrl }
            : { ok: false, problem: 'urlNoMatch' },
        subject: text(readers.subject, document),
        status: text(readers.status, document),
        priority: text(readers.priority, document),
        created: createdText.ok ? asInstant(createdText.value, definition.timeZone) : createdText,
      };
    },
  };
}

function asId(outcome: CustomFieldOutcome): CustomFieldOutcome {
  if (!outcome.ok) return outcome;
  return TICKET_ID.test(outcome.value) ? outcome : { ok: false, problem: 'notId' };
}

function asInstant(value: string, timeZone: string | undefined): CustomFieldOutcome {
  const parsed = parseCreated(value, timeZone);
  return 'at' in parsed ? { ok: true, value, at: parsed.at } : { ok: false, problem: parsed.problem };
}
