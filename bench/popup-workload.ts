/**
 * The popup benchmark's store: 5,000 tickets as a team's Request Tracker holds them on an ordinary
 * day, dated relative to now: 2 % breached, 3 % at risk, 35 % running, 10 % paused waiting on the
 * customer, 50 % resolved in time. High priority is an hour to answer around the clock; the rest
 * counts working hours on a Madrid calendar, so evaluations do real calendar work.
 */
import type { Fact } from '../core/engine/history';
import { type TicketRecord, ticketRecordSchema } from '../core/store/records';
import { policy, settingsWith } from '../tests/e2e/harness';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const DESK = 'https://rt.example.com';
const ASSIGNEES = ['alice', 'bob', 'carmen', 'dmitri', ''];

const split = [
  ['09:00', '13:00'],
  ['14:00', '18:00'],
];

export function popupSettings() {
  const clock = { pauseStatuses: ['stalled'], stopStatuses: ['resolved'] };
  const high = policy(
    'high',
    {
      firstResponse: { minutes: 60, warnings: [{ percent: 75 }] },
      resolution: { minutes: 8 * 60, warnings: [{ percent: 80 }] },
    },
    { priorities: ['High'] },
  );
  const normal = policy('normal', {
    firstResponse: { minutes: 8 * 60, calendar: 'madrid', warnings: [{ percent: 75 }] },
    resolution: { minutes: 40 * 60, calendar: 'madrid', warnings: [{ percent: 80 }] },
  });
  const calendars = {
    madrid: {
      name: 'Madrid support',
      timeZone: 'Europe/Madrid',
      week: { mon: split, tue: split, wed: split, thu: split, fri: [['09:00', '15:00']] },
      holidays: ['2026-12-08', '2026-12-25', '2027-01-01', '2027-01-06'],
    },
  };
  // Notifications off: seeding would otherwise show a hundred breach notifications.
  return settingsWith(
    [
      { ...high, clock: { ...high.clock, ...clock } },
      { ...normal, clock: { ...normal.clock, ...clock } },
    ],
    { enabled: false },
    calendars,
  );
}

type Fate = 'breached' | 'atRisk' | 'running' | 'paused' | 'met';

function fateOf(index: number): Fate {
  const slot = index % 100;
  if (slot < 2) return 'breached';
  if (slot < 5) return 'atRisk';
  if (slot < 40) return 'running';
  if (slot < 50) return 'paused';
  return 'met';
}

/** A deterministic fraction in [0, 1) per ticket. */
const spread = (index: number, salt: number) => ((index * 7_919 + salt * 104_729) % 1_000) / 1_000;

export function popupTickets(count: number, now: number): TicketRecord[] {
  return Array.from({ length: count }, (_, index) => {
    const id = String(10_000 + index);
    const fate = fateOf(index);
    const high = fate === 'breached' || fate === 'atRisk' || (fate === 'running' && index % 3 === 0);
    const age =
      fate === 'breached'
        ? DAY + spread(index, 1) * 2 * DAY
        : fate === 'atRisk'
          ? 46 * MINUTE + spread(index, 2) * 12 * MINUTE
          : fate === 'running' && high
            ? spread(index, 3) * 44 * MINUTE
            : spread(index, 4) * 5 * DAY;
    const created = Math.floor(now - age);
    const assignee = ASSIGNEES[index % ASSIGNEES.length] as string;
    const facts: Fact[] = [
      { kind: 'status', at: created, status: 'new' },
      {
        kind: 'fields',
        at: created,
        fields: { queue: 'Support', priority: high ? 'High' : 'Medium', ...(assignee ? { assignee } : {}) },
      },
      { kind: 'reply', at: created, by: 'customer' },
    ];
    const later = (fraction: number) => Math.floor(created + (now - created) * fraction);
    if (fate === 'running' && !high) facts.push({ kind: 'reply', at: later(0.3), by: 'agent' });
    if (fate === 'paused') {
      facts.push(
        { kind: 'reply', at: later(0.2), by: 'agent' },
        { kind: 'status', at: later(0.25), status: 'stalled' },
      );
    }
    if (fate === 'met') {
      facts.push(
        { kind: 'reply', at: later(0.05), by: 'agent' },
        { kind: 'status', at: later(0.1), status: 'resolved' },
      );
    }
    return ticketRecordSchema.parse({
      key: `${DESK}|${id}`,
      url: `${DESK}/Ticket/Display.html?id=${id}`,
      title: `Ticket ${id}: printer, VPN or invoice trouble`,
      history: { key: { desk: DESK, id }, tool: 'rt', createdAt: created, firstSeenAt: created, facts },
      observedAt: Math.max(...facts.map((fact) => fact.at)),
    });
  });
}
