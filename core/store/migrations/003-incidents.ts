/**
 * 003: incidents take the recovery checklist's shape (core/recovery/incident.ts at this version).
 * Versions 1 and 2 stored placeholder incidents: which breach (ticket, metric), when opened and when
 * closed, and sometimes fields of their own. Each becomes a full incident with nothing done, its
 * ticket's title and link copied in when the ticket is still stored, and its extra fields kept under
 * `legacy` so nothing a user recorded is lost. The shape is written out here, not taken from today's
 * schema: this step must keep doing what it did when it shipped.
 *
 * A record that was already damaged (no id, ticket or metric) stays as it is; reads report it.
 */
import type { UpgradeDatabase, UpgradeTransaction } from './migration';

const KNOWN = new Set(['id', 'ticket', 'metric', 'openedAt', 'closedAt']);
const METRIC_NAMES = new Set(['firstResponse', 'nextResponse', 'periodicUpdate', 'resolution']);
const REVIEW = [
  'slaRealistic',
  'slaConfigured',
  'teamImpact',
  'customerImpact',
  'restoredAfterDeadline',
  'trustRestored',
  'surveySent',
];

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const instant = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

export async function incidents(_database: UpgradeDatabase, transaction: UpgradeTransaction): Promise<void> {
  const store = transaction.objectStore('incidents');
  const tickets = transaction.objectStore('tickets');
  let cursor = await store.openCursor();
  while (cursor) {
    const old: unknown = cursor.value;
    if (isPlaceholder(old)) await cursor.update(upgraded(old, await tickets.get(old.ticket)));
    cursor = await cursor.continue();
  }
}

function isPlaceholder(value: unknown): value is Raw & { id: string; ticket: string; metric: string } {
  return (
    isRecord(value) &&
    !('steps' in value) &&
    typeof value.id === 'string' &&
    value.id !== '' &&
    typeof value.ticket === 'string' &&
    value.ticket !== '' &&
    typeof value.metric === 'string' &&
    METRIC_NAMES.has(value.metric)
  );
}

function upgraded(old: Raw & { id: string; ticket: string; metric: string }, ticket: unknown): Raw {
  const stored = isRecord(ticket) ? ticket : {};
  const title = typeof stored.title === 'string' ? stored.title.slice(0, 500) : '';
  const url = typeof stored.url === 'string' ? stored.url : null;
  // "origin|id": the part after the last bar is the id the desk shows.
  const ticketId = old.ticket.slice(old.ticket.lastIndexOf('|') + 1).slice(0, 200);
  const openedAt = instant(old.openedAt) ? old.openedAt : 0;
  // Who closed it was never recorded: '' is how the schema says "from before Plazo recorded who".
  const closed = instant(old.closedAt) ? { by: '', at: old.closedAt } : null;
  const legacy = Object.fromEntries(Object.entries(old).filter(([key]) => !KNOWN.has(key)));
  const message = (template: string) => ({ done: null, edited: null, language: 'en', template });
  return {
    id: old.id,
    ticket: old.ticket,
    metric: old.metric,
    ticketId,
    title,
    url,
    deadline: null,
    openedAt,
    openedBy: null,
    steps: {
      alertTeam: { done: null, edited: null, restorer: '' },
      rootCause: { done: null, edited: null, category: null, text: '' },
      tellCustomer: message('apology'),
      restore: { done: null, edited: null, actions: [] },
      informResolved: message('resolved'),
    },
    review: Object.fromEntries(REVIEW.map((id) => [id, { answer: null, notes: '', edited: null }])),
    closed,
    updated: null,
    revision: 0,
    ...(Object.keys(legacy).length > 0 ? { legacy } : {}),
  };
}
