/**
 * Realistic records for the store tests: ticket 42 on a Request Tracker desk at rt.example.com.
 * Each builder parses its result, so a builder that drifts from the schemas fails loudly.
 */
import type { Observation } from '../../core/messaging/protocol';
import { newIncident } from '../../core/recovery/incident';
import type { MergeObservation } from '../../core/store/observations';
import {
  type AlertRecord,
  alertRecordSchema,
  type IncidentRecord,
  incidentRecordSchema,
  type TicketRecord,
  ticketKeyString,
  ticketRecordSchema,
} from '../../core/store/records';

export const DESK = 'https://rt.example.com';
export const at = (iso: string) => Date.parse(iso);

export function ticketRecord(id = '42', overrides: Partial<TicketRecord> = {}): TicketRecord {
  const key = { desk: DESK, id };
  return ticketRecordSchema.parse({
    key: ticketKeyString(key),
    url: `${DESK}/Ticket/Display.html?id=${id}`,
    title: 'VPN drops every 20 minutes since Monday',
    history: {
      key,
      tool: 'rt',
      createdAt: at('2026-03-02T08:14:00Z'),
      firstSeenAt: at('2026-03-02T08:20:31Z'),
      facts: [
        { kind: 'status', at: at('2026-03-02T08:14:00Z'), status: 'new' },
        { kind: 'fields', at: at('2026-03-02T08:14:00Z'), fields: { queue: 'Network', priority: 'High' } },
        { kind: 'reply', at: at('2026-03-02T08:14:00Z'), by: 'customer' },
      ],
      deskDeadlines: { resolution: { at: at('2026-03-04T08:14:00Z'), source: 'Request Tracker SLA (Due)' } },
    },
    observedAt: at('2026-03-02T08:20:31Z'),
    ...overrides,
  });
}

export function observation(id = '42', overrides: Partial<Observation> = {}): Observation {
  return {
    key: { desk: DESK, id },
    tool: 'rt',
    url: `${DESK}/Ticket/Display.html?id=${id}`,
    observedAt: at('2026-03-02T09:00:00Z'),
    title: 'VPN drops every 20 minutes since Monday',
    status: 'open',
    queue: 'Network',
    priority: 'High',
    ...overrides,
  };
}

export function alertRecord(ticket: string, overrides: Partial<AlertRecord> = {}): AlertRecord {
  const cycleStartedAt = at('2026-03-02T08:14:00Z');
  const kind = overrides.kind ?? 'warning';
  const index = overrides.index ?? 0;
  return alertRecordSchema.parse({
    id: `${ticket}|firstResponse|${cycleStartedAt}|${kind}|${index}`,
    ticket,
    metric: 'firstResponse',
    cycleStartedAt,
    kind,
    index,
    shownAt: at('2026-03-02T09:14:00Z'),
    ...overrides,
  });
}

export function incidentRecord(ticket: string, overrides: Partial<IncidentRecord> = {}): IncidentRecord {
  const opened = newIncident({
    id: `${ticket}|firstResponse|${at('2026-03-02T08:14:00Z')}`,
    ticket,
    metric: 'firstResponse',
    ticketId: ticket.slice(ticket.lastIndexOf('|') + 1),
    title: 'VPN drops every 20 minutes since Monday',
    url: null,
    deadline: at('2026-03-02T10:14:00Z'),
    openedAt: at('2026-03-02T10:14:00Z'),
    openedBy: 'Alice',
    language: 'en',
  });
  return incidentRecordSchema.parse({ ...opened, ...overrides });
}

/**
 * A stand-in for core/tickets/merge.ts with the same signature: appends the observed status as a
 * fact, so a lost update shows up as a missing fact.
 */
export const appendStatus: MergeObservation = (existing, seen) => {
  const base = existing ?? {
    key: ticketKeyString(seen.key),
    url: seen.url,
    title: seen.title ?? '',
    personal: false,
    history: {
      key: seen.key,
      tool: seen.tool,
      createdAt: seen.createdAt ?? null,
      firstSeenAt: seen.observedAt,
      facts: [],
      deskDeadlines: {},
    },
    observedAt: seen.observedAt,
  };
  const fact = { kind: 'status' as const, at: seen.observedAt, status: seen.status ?? 'open' };
  return {
    ...base,
    history: { ...base.history, facts: [...base.history.facts, fact] },
    observedAt: Math.max(base.observedAt, seen.observedAt),
  };
};
