// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { evaluate, type Fact, policySchema, type TicketEvaluation } from '../../core/engine';
import { alertId, planAlerts } from '../../core/scheduler/alerts';
import { type AlertRecord, notificationSettingsSchema } from '../../core/store/records';
import { HOUR, MIN, MONDAY_10, office } from '../fixtures/office';

const created = MONDAY_10;
const TICKET = 'https://rt.example.com|42';
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

function evaluated(now: number, facts: Fact[] = []): Map<string, TicketEvaluation> {
  const history = {
    key: { desk: 'https://rt.example.com', id: '42' },
    tool: 'rt',
    createdAt: created,
    firstSeenAt: created,
    facts: [{ kind: 'status' as const, at: created, status: 'open' }, ...facts],
    deskDeadlines: {},
  };
  return new Map([[TICKET, evaluate(history, [policy], { office }, now)]]);
}

const settings = notificationSettingsSchema.parse({});

function plan(
  now: number,
  alerts: AlertRecord[] = [],
  extra: Partial<Parameters<typeof planAlerts>[0]> = {},
) {
  return planAlerts({
    evaluations: evaluated(now),
    alerts: new Map(alerts.map((alert) => [alert.id, alert])),
    snoozes: new Map(),
    settings,
    now,
    ...extra,
  });
}

describe('planAlerts', () => {
  it('shows nothing before the first threshold', () => {
    expect(plan(created + 30 * MIN)).toEqual({ show: [], records: [], wakeAt: null });
  });

  it('shows the first warning once, and never again once recorded', () => {
    const first = plan(created + HOUR);
    expect(first.show.map((alert) => [alert.kind, alert.index])).toEqual([['warning', 0]]);
    expect(first.records).toHaveLength(1);
    const again = plan(created + HOUR + MIN, [...first.records]);
    expect(again.show).toEqual([]);
  });

  it('after a sleep, shows only the most severe missed threshold and records the others as handled', () => {
    // Asleep from 10:30 to 12:30: both warnings (11:00, 11:45) and the breach (12:00) came due meanwhile.
    const woke = plan(created + 2.5 * HOUR);
    expect(woke.show.map((alert) => alert.kind)).toEqual(['breach']);
    expect(woke.records.map((record) => [record.kind, record.index, record.shownAt])).toEqual([
      ['warning', 0, null],
      ['warning', 1, null],
      ['breach', 0, created + 2.5 * HOUR],
    ]);
  });

  it('repeats a breach until it is acknowledged', () => {
    const breachedAt = created + 2 * HOUR;
    const shown = plan(breachedAt).records.map((record) => ({ ...record }));
    const breach = shown.find((record) => record.kind === 'breach') as AlertRecord;
    // Next repeat is due 30 minutes after the breach was shown.
    expect(plan(breachedAt + 10 * MIN, shown).wakeAt).toBe(breachedAt + 30 * MIN);
    const repeat = plan(breachedAt + 30 * MIN, shown);
    expect(repeat.show).toEqual([expect.objectContaining({ id: breach.id, kind: 'breach', repeat: 1 })]);
    const acknowledged = shown.map((record) =>
      record.id === breach.id ? { ...record, acknowledgedAt: breachedAt + 5 * MIN } : record,
    );
    expect(plan(breachedAt + 30 * MIN, acknowledged).show).toEqual([]);
  });

  it('a snoozed ticket is silent until the snooze ends, then shows what came due', () => {
    const now = created + HOUR;
    const snoozed = plan(now, [], { snoozes: new Map([[TICKET, now + 15 * MIN]]) });
    expect(snoozed).toEqual({ show: [], records: [], wakeAt: now + 15 * MIN });
    expect(plan(now + 15 * MIN, [], { snoozes: new Map([[TICKET, now + 15 * MIN]]) }).show).toHaveLength(1);
  });

  it('quiet hours hold notifications until they end', () => {
    const quiet = notificationSettingsSchema.parse({
      quietHours: { from: 10 * 60 + 30, to: 13 * 60, timeZone: 'Europe/Madrid' }, // 09:30-12:00 UTC
    });
    const held = plan(created + HOUR, [], { settings: quiet });
    expect(held.show).toEqual([]);
    expect(held.wakeAt).toBe(Date.parse('2026-12-07T12:00:00Z'));
    expect(plan(Date.parse('2026-12-07T12:00:00Z'), [], { settings: quiet }).show).toHaveLength(1);
  });

  it('with notifications turned off, thresholds are recorded but nothing is shown', () => {
    const off = plan(created + HOUR, [], { settings: notificationSettingsSchema.parse({ enabled: false }) });
    expect(off.show).toEqual([]);
    expect(off.records.map((record) => record.shownAt)).toEqual([null]);
  });

  it('a new cycle has new alert ids, so its alerts are shown again', () => {
    expect(alertId(TICKET, 'firstResponse', 1, 'breach', 0)).not.toBe(
      alertId(TICKET, 'firstResponse', 2, 'breach', 0),
    );
  });

  it('a met metric raises nothing', () => {
    const met = planAlerts({
      evaluations: evaluated(created + 4 * HOUR, [{ kind: 'reply', at: created + 30 * MIN, by: 'agent' }]),
      alerts: new Map(),
      snoozes: new Map(),
      settings,
      now: created + 4 * HOUR,
    });
    expect(met.show).toEqual([]);
  });
});
