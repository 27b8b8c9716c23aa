/**
 * The clock and policy pitfalls of sla-models.md §4b, each as a named test citing the public report.
 * (The calendar and business-time rows live in the calendar suites.)
 */
import { describe, expect, it } from 'vitest';
import {
  evaluate,
  type Fact,
  type Policy,
  parseCalendar,
  policySchema,
  type TicketHistory,
} from '../../core/engine';
import { HOUR, MONDAY_10, office, weekdays } from '../fixtures/office';

const created = MONDAY_10;

function resolutionPolicy(clock: Record<string, unknown> = {}): Policy {
  return policySchema.parse({
    id: 'p',
    name: 'Standard',
    targets: { resolution: { minutes: 8 * 60, calendar: 'office', warnings: [{ percent: 50 }] } },
    clock: {
      pauseStatuses: ['stalled', 'pending reminder', 'waiting on customer'],
      stopStatuses: ['resolved'],
      ...clock,
    },
  });
}

function history(facts: Fact[]): TicketHistory {
  return {
    key: { desk: 'https://desk.example', id: '1' },
    tool: 'rt',
    createdAt: created,
    firstSeenAt: created,
    facts: [{ kind: 'status', at: created, status: 'open' }, ...facts],
    deskDeadlines: {},
  };
}

function resolution(facts: Fact[], now: number, policies = [resolutionPolicy()], calendar = office) {
  const metric = evaluate(history(facts), policies, { office: calendar }, now).metrics[0];
  if (!metric) throw new Error('no resolution metric');
  return metric;
}

describe('pause semantics', () => {
  it('RT IgnoreOnStatuses: leaving stalled does not make the ticket overdue, the paused time is excluded', () => {
    // Stalled from Mon 11:00 to Wed 11:00: without excluding it, 8 business hours would be long gone.
    const facts: Fact[] = [
      { kind: 'status', at: created + HOUR, status: 'stalled' },
      { kind: 'status', at: created + 49 * HOUR, status: 'open' },
    ];
    const result = resolution(facts, created + 50 * HOUR);
    expect(result.state).toBe('running');
    expect(result.elapsedMs).toBe(2 * HOUR);
  });

  it('ServiceNow c_SLAConditions: a pause status pauses the SLA, it never cancels it', () => {
    const result = resolution(
      [{ kind: 'status', at: created + HOUR, status: 'stalled' }],
      created + 3 * HOUR,
    );
    expect(result.state).toBe('paused');
    expect(result.remainingMs).toBe(7 * HOUR);
    expect(result.cycleStartedAt).toBe(created);
  });

  it('zammad #188: every pause status pauses, not only "pending reminder"', () => {
    for (const status of ['stalled', 'pending reminder', 'waiting on customer']) {
      const result = resolution([{ kind: 'status', at: created + HOUR, status }], created + 3 * HOUR);
      expect([status, result.state]).toEqual([status, 'paused']);
    }
  });

  it('Zammad pauses truncated to HH:MM: pauses are measured to the millisecond', () => {
    const facts: Fact[] = [
      { kind: 'status', at: created + HOUR + 17_345, status: 'stalled' },
      { kind: 'status', at: created + 2 * HOUR + 59_999, status: 'open' },
    ];
    const result = resolution(facts, created + 3 * HOUR);
    expect(result.elapsedMs).toBe(3 * HOUR - (HOUR + 59_999 - 17_345));
  });
});

describe('policy or calendar edits mid-flight', () => {
  it('Zendesk 4971706120730: after a schedule edit, state and durations come from the same calendar', () => {
    // Evaluation is computed on read from the facts, so an edited calendar re-applies to the whole history.
    const longer = parseCalendar({ name: 'Office', timeZone: 'UTC', week: weekdays(['08:00', '20:00']) });
    const now = created + 7 * HOUR; // Mon 17:00
    const before = resolution([], now);
    const after = resolution([], now, [resolutionPolicy()], longer);
    expect([before.elapsedMs, before.remainingMs, before.deadline]).toEqual([
      7 * HOUR,
      HOUR,
      Date.parse('2026-12-08T10:00:00Z'),
    ]);
    expect([after.elapsedMs, after.remainingMs, after.deadline]).toEqual([
      7 * HOUR,
      HOUR,
      Date.parse('2026-12-07T18:00:00Z'),
    ]);
  });

  it('Zendesk 4408885881498: a new policy applies at the next evaluation, without waiting for a ticket event', () => {
    const stricter = policySchema.parse({
      id: 'strict',
      name: 'Strict',
      targets: { resolution: { minutes: 4 * 60, calendar: 'office' } },
    });
    const now = created + 5 * HOUR;
    expect(resolution([], now).state).toBe('running');
    expect(resolution([], now, [stricter, resolutionPolicy()]).state).toBe('breached');
  });
});

describe('priority change', () => {
  it('SweetHawk "swap timers": elapsed time carries over to the new priority target', () => {
    const byPriority = (priority: string, hours: number) =>
      policySchema.parse({
        id: priority,
        name: priority,
        match: { priorities: [priority] },
        targets: { resolution: { minutes: hours * 60, calendar: 'office' } },
      });
    const facts: Fact[] = [
      { kind: 'fields', at: created, fields: { priority: 'low' } },
      { kind: 'fields', at: created + 3 * HOUR, fields: { priority: 'high' } },
    ];
    const result = resolution(facts, created + 4 * HOUR, [byPriority('high', 6), byPriority('low', 16)]);
    expect(result.targetMs).toBe(6 * HOUR);
    expect(result.elapsedMs).toBe(4 * HOUR);
    expect(result.deadline).toBe(created + 6 * HOUR);
  });
});

describe('alerts and display', () => {
  it('ServiceNow r_SLAAutomation stale percentages: percent is computed for the instant asked, never cached', () => {
    const facts: Fact[] = [];
    expect(resolution(facts, created + HOUR).percent).toBe(12.5);
    expect(resolution(facts, created + 6 * HOUR).percent).toBe(75);
  });

  it('RT $ENV{TZ}: results do not depend on the process time zone', () => {
    const saved = process.env.TZ;
    const facts: Fact[] = [{ kind: 'status', at: created + HOUR, status: 'stalled' }];
    try {
      process.env.TZ = 'America/Los_Angeles';
      const west = evaluate(history(facts), [resolutionPolicy()], { office }, created + 30 * HOUR);
      process.env.TZ = 'Asia/Tokyo';
      const east = evaluate(history(facts), [resolutionPolicy()], { office }, created + 30 * HOUR);
      expect(new Date(0).getTimezoneOffset()).not.toBe(480); // the zone really changed
      expect(east).toEqual(west);
    } finally {
      process.env.TZ = saved;
    }
  });
});
