// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../core/engine';
import type { TicketHistory } from '../../core/engine/history';
import type { Policy } from '../../core/engine/policy';
import { chipDetails } from '../../core/overlay/chip-details';
import { businessLeft, chipAt, mostUrgent } from '../../core/overlay/chip-model';
import { MAX_SPANS, type TicketTimers, ticketTimers, ticketTimersSchema } from '../../core/overlay/timers';
import { HOUR, MIN, MONDAY_10, office } from '../fixtures/office';

const calendars = { office };
const policy: Policy = {
  id: 'standard',
  name: 'Standard',
  match: { tools: [], queues: [], priorities: [], types: [], tags: [], organizations: [] },
  targets: {
    firstResponse: { minutes: 4 * 60, calendar: 'office', warnings: [{ percent: 75 }], escalations: [] },
    resolution: { minutes: 16 * 60, calendar: 'office', warnings: [], escalations: [] },
  },
  clock: {
    pauseStatuses: ['stalled'],
    stopStatuses: ['resolved'],
    reopen: 'resume',
    pause: 'freeze',
    policyChange: 'swap',
  },
};

function history(
  facts: TicketHistory['facts'] = [],
  deskDeadlines: TicketHistory['deskDeadlines'] = {},
): TicketHistory {
  return {
    key: { desk: 'https://rt.example.com', id: '42' },
    tool: 'rt',
    createdAt: MONDAY_10,
    firstSeenAt: MONDAY_10,
    facts: [{ kind: 'status', at: MONDAY_10, status: 'new' }, ...facts],
    deskDeadlines,
  };
}

function timersAt(now: number, h = history()): TicketTimers {
  return ticketTimersSchema.parse(
    ticketTimers(
      'https://rt.example.com|42',
      h,
      evaluate(h, [policy], calendars, now),
      calendars,
      'en',
      'UTC',
    ),
  );
}

describe('timers sent to a page', () => {
  it('carry the working stretches up to each deadline, and they add up to the business time left', () => {
    // Mon 10:00 + 16 business hours on 09:00-17:00 weekdays: due Wed 10:00.
    const timers = timersAt(MONDAY_10 + 30 * MIN);
    const resolution = timers.metrics.find((timer) => timer.metric === 'resolution');
    expect(resolution?.deadline).toBe(MONDAY_10 + 2 * 24 * HOUR);
    expect(resolution?.spans).toHaveLength(3);
    const listed = resolution?.spans.reduce((sum, [from, to]) => sum + to - from, 0);
    expect(listed).toBe(resolution?.remainingMs);
  });

  it('name where a desk deadline comes from', () => {
    const due = { resolution: { at: MONDAY_10 + 5 * HOUR, source: 'Request Tracker SLA (Due)' } };
    const timers = timersAt(MONDAY_10 + MIN, history([], due));
    expect(timers.metrics.find((timer) => timer.metric === 'resolution')).toMatchObject({
      source: 'desk',
      sourceLabel: 'Request Tracker SLA (Due)',
      deadline: MONDAY_10 + 5 * HOUR,
    });
  });

  it('list at most MAX_SPANS stretches; the business time beyond them still counts', () => {
    const far = { resolution: { at: MONDAY_10 + 120 * 24 * HOUR, source: 'Request Tracker SLA (Due)' } };
    const timers = timersAt(MONDAY_10, history([], far));
    const resolution = timers.metrics.find((timer) => timer.metric === 'resolution');
    expect(resolution?.spans).toHaveLength(MAX_SPANS);
    expect(businessLeft(resolution as never, timers.evaluatedAt, MONDAY_10 + HOUR)).toBe(
      (resolution?.remainingMs as number) - HOUR,
    );
  });
});

describe('a chip, second by second', () => {
  const timers = timersAt(MONDAY_10);

  it('shows the metric with the nearest deadline and counts business time down', () => {
    expect(mostUrgent(timers)?.metric).toBe('firstResponse');
    expect(chipAt(timers, MONDAY_10 + MIN, 'en')).toMatchObject({
      state: 'onTrack',
      text: 'first response: 3 h 59 min left',
    });
    expect(chipAt(timers, MONDAY_10 + MIN, 'es').text).toBe('primera respuesta: quedan 3 h 59 min');
  });

  it('says at risk in words once the warning is passed, and breached after the deadline', () => {
    // 75 % of 4 business hours: at risk from 13:00, breached at 14:00.
    expect(chipAt(timers, MONDAY_10 + 3 * HOUR + MIN, 'en')).toMatchObject({
      state: 'atRisk',
      text: 'first response: at risk, 59 min left',
    });
    expect(chipAt(timers, MONDAY_10 + 4 * HOUR + 35 * MIN, 'en')).toMatchObject({
      state: 'breached',
      text: 'first response: breached 35 min ago',
    });
  });

  it('stands still outside working hours: business time does not pass at night', () => {
    const friday15 = MONDAY_10 + 4 * 24 * HOUR + 5 * HOUR;
    const late = {
      ...history(),
      createdAt: friday15,
      facts: [{ kind: 'status' as const, at: friday15, status: 'new' }],
    };
    const timers = timersAt(friday15 + 30 * MIN, late);
    // 4 business hours from Fri 15:00: 2 on Friday, 2 on Monday.
    const evening = chipAt(timers, friday15 + 4 * HOUR, 'en').text; // Fri 19:00
    const sunday = chipAt(timers, friday15 + 43 * HOUR, 'en').text; // Sun 10:00
    expect(evening).toBe('first response: 2 h left');
    expect(sunday).toBe(evening);
  });

  it('shows a paused clock with what is left, and a met one as met', () => {
    const stalled = timersAt(
      MONDAY_10 + HOUR,
      history([{ kind: 'status', at: MONDAY_10 + 30 * MIN, status: 'stalled' }]),
    );
    expect(chipAt(stalled, MONDAY_10 + 5 * HOUR, 'en')).toMatchObject({
      state: 'paused',
      text: 'first response: paused, 3 h 30 min left',
    });
    const replied = timersAt(
      MONDAY_10 + HOUR,
      history([
        { kind: 'reply', at: MONDAY_10 + 20 * MIN, by: 'agent' },
        { kind: 'status', at: MONDAY_10 + 21 * MIN, status: 'resolved' },
      ]),
    );
    expect(chipAt(replied, MONDAY_10 + HOUR, 'en')).toMatchObject({
      state: 'met',
      text: 'first response: met',
    });
  });

  it('has a tooltip with the deadline in both zones, both times left, the source and why', () => {
    const madridAgent = chipDetails(timers, MONDAY_10 + MIN, 'en', 'Europe/Madrid');
    const first = madridAgent.find((metric) => metric.heading.startsWith('first response'));
    expect(first?.heading).toBe('first response · on track');
    expect(first?.lines[0]).toBe('due Mon, Dec 7, 03:00 PM (your time) · Mon, Dec 7, 02:00 PM (Office, UTC)');
    expect(first?.lines).toContain('business time left: 3 h 59 min');
    expect(first?.lines).toContain('calendar time left: 3 h 59 min');
    expect(first?.lines).toContain('deadline from Plazo policy “Standard”');
    expect(first?.lines.some((line) => line.includes('Standard') && line.startsWith('Policy'))).toBe(true);
  });
});
