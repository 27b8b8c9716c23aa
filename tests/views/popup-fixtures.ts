/**
 * Tickets in every state for the popup's tests, at NOW under one policy: first response within an
 * hour of calendar time, at risk from 75 %, paused while "stalled". Each ticket's age decides its
 * state, so the expected order reads off the table.
 */
import { evaluate } from '../../core/engine';
import type { Fact } from '../../core/engine/history';
import { type Policy, policySchema } from '../../core/engine/policy';
import { type TicketRecord, ticketRecordSchema } from '../../core/store/records';
import { type PopupRow, rowOf } from '../../core/views/popup-row';

export const NOW = Date.parse('2026-03-02T12:00:00Z');
export const MINUTE = 60_000;
export const DESK = 'https://rt.example.com';

export const POLICY: Policy = policySchema.parse({
  id: 'hour',
  name: 'One hour',
  targets: { firstResponse: { minutes: 60, warnings: [{ percent: 75 }] } },
  clock: { pauseStatuses: ['stalled'], stopStatuses: ['resolved'] },
});

export interface Shape {
  readonly id: string;
  readonly ageMinutes: number;
  readonly title?: string;
  readonly tool?: string;
  readonly assignee?: string;
  /** Extra facts: an agent reply (met), a stalled status (paused). */
  readonly after?: 'replied' | 'stalled';
}

export function record(shape: Shape, now = NOW): TicketRecord {
  const created = now - shape.ageMinutes * MINUTE;
  const desk = shape.tool === 'custom' ? 'https://desk.example.com' : DESK;
  const facts: Fact[] = [
    { kind: 'status', at: created, status: 'new' },
    {
      kind: 'fields',
      at: created,
      fields: { queue: 'General', ...(shape.assignee ? { assignee: shape.assignee } : {}) },
    },
  ];
  if (shape.after === 'replied') facts.push({ kind: 'reply', at: created + MINUTE, by: 'agent' });
  if (shape.after === 'stalled') facts.push({ kind: 'status', at: created + MINUTE, status: 'stalled' });
  return ticketRecordSchema.parse({
    key: `${desk}|${shape.id}`,
    url: `${desk}/Ticket/Display.html?id=${shape.id}`,
    title: shape.title ?? `Ticket ${shape.id}`,
    history: {
      key: { desk, id: shape.id },
      tool: shape.tool ?? 'rt',
      createdAt: created,
      firstSeenAt: created,
      facts,
    },
    observedAt: created,
  });
}

export function row(shape: Shape, now = NOW): PopupRow {
  const stored = record(shape, now);
  return rowOf(stored, evaluate(stored.history, [POLICY], {}, now), null);
}

/** One ticket per state, listed out of order; the ids say the expected rank. */
export const SHAPES: readonly Shape[] = [
  { id: '5', ageMinutes: 10, assignee: 'alice' },
  { id: '7', ageMinutes: 30, after: 'replied', assignee: 'bob' },
  { id: '2', ageMinutes: 90, title: 'VPN drops every 20 minutes', assignee: 'alice' },
  { id: '4', ageMinutes: 30, tool: 'custom' },
  { id: '3', ageMinutes: 50, assignee: 'bob' },
  { id: '6', ageMinutes: 20, after: 'stalled' },
  { id: '1', ageMinutes: 120, title: 'Printer on fire', assignee: 'alice' },
];
