// @vitest-environment node
/** Notifications › which alerts notify: kinds switched off are recorded as handled, never shown. */
import { describe, expect, it } from 'vitest';
import { evaluate, policySchema } from '../../core/engine';
import { planAlerts } from '../../core/scheduler/alerts';
import { type AlertRecord, notificationSettingsSchema } from '../../core/store/records';
import { HOUR, MIN, MONDAY_10, office } from '../fixtures/office';

const created = MONDAY_10;
const TICKET = 'https://rt.example.com|42';
// Warnings at 11:00 and 11:45, breach at 12:00, escalation at 13:00 (office hours, UTC).
const policy = policySchema.parse({
  id: 'p',
  name: 'Standard',
  targets: {
    firstResponse: {
      minutes: 120,
      calendar: 'office',
      warnings: [{ percent: 50 }, { minutesBefore: 15 }],
      escalations: [{ minutesAfter: 60, name: 'Page the lead' }],
    },
  },
});

function plan(now: number, kinds: object, alerts: AlertRecord[] = []) {
  const history = {
    key: { desk: 'https://rt.example.com', id: '42' },
    tool: 'rt',
    createdAt: created,
    firstSeenAt: created,
    facts: [{ kind: 'status' as const, at: created, status: 'open' }],
    deskDeadlines: {},
  };
  return planAlerts({
    evaluations: new Map([[TICKET, evaluate(history, [policy], { office }, now)]]),
    alerts: new Map(alerts.map((alert) => [alert.id, alert])),
    snoozes: new Map(),
    settings: notificationSettingsSchema.parse({ kinds }),
    now,
  });
}

describe('which alerts notify', () => {
  it('every kind notifies by default', () => {
    expect(notificationSettingsSchema.parse({}).kinds).toEqual({
      warning: true,
      breach: true,
      escalation: true,
    });
  });

  it('with warnings off, a warning is recorded as handled and not shown', () => {
    const warned = plan(created + HOUR, { warning: false });
    expect(warned.show).toEqual([]);
    expect(warned.records.map((record) => [record.kind, record.shownAt])).toEqual([['warning', null]]);
    // Turning warnings back on later does not bring back the one already handled.
    expect(plan(created + HOUR + MIN, {}, [...warned.records]).show).toEqual([]);
  });

  it('with escalations off, the breach is shown instead of the escalation that superseded it', () => {
    const woke = plan(created + 3.5 * HOUR, { escalation: false });
    expect(woke.show.map((alert) => alert.kind)).toEqual(['breach']);
    expect(woke.records.find((record) => record.kind === 'escalation')?.shownAt).toBeNull();
  });

  it('with breaches off, a breach is not shown and does not repeat', () => {
    const breachedAt = created + 2 * HOUR;
    const first = plan(breachedAt, { breach: false });
    expect(first.show).toEqual([]);
    expect(first.wakeAt).toBeNull();
    const later = plan(breachedAt + 45 * MIN, { breach: false }, [...first.records]);
    expect(later.show).toEqual([]);
  });

  it('with only breaches on, warnings pass silently and the breach still repeats', () => {
    const breachedAt = created + 2 * HOUR;
    const first = plan(breachedAt, { warning: false, escalation: false });
    expect(first.show.map((alert) => alert.kind)).toEqual(['breach']);
    expect(first.wakeAt).toBe(breachedAt + 30 * MIN);
    const repeat = plan(breachedAt + 30 * MIN, { warning: false, escalation: false }, [...first.records]);
    expect(repeat.show).toEqual([expect.objectContaining({ kind: 'breach', repeat: 1 })]);
  });
});
