import { describe, expect, it } from 'vitest';
import {
  type Calendar,
  evaluate,
  explain,
  type Fact,
  type MetricEvaluation,
  nextWakeAt,
  type Policy,
  parseCalendar,
  policySchema,
  type TicketHistory,
} from '../../core/engine';
import { HOUR, MIN, weekdays } from '../fixtures/office';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | null | undefined) =>
  ms === null || ms === undefined ? ms : new Date(ms).toISOString();

/** The shared office hours, with Christmas off. */
const office = parseCalendar({
  name: 'Office',
  timeZone: 'UTC',
  week: weekdays(['09:00', '17:00']),
  holidays: ['2026-12-25'],
});
const calendars: Record<string, Calendar> = { office };

function policy(input: Record<string, unknown>): Policy {
  return policySchema.parse({ id: 'p', name: 'Standard', targets: {}, ...input });
}

const standard = policy({
  targets: {
    firstResponse: {
      minutes: 120,
      calendar: 'office',
      warnings: [{ percent: 50 }, { minutesBefore: 15 }],
      escalations: [
        { minutesAfter: 0, name: 'Notify lead' },
        { minutesAfter: 60, name: 'Page manager' },
      ],
    },
    resolution: { minutes: 16 * 60, calendar: 'office', warnings: [{ minutesBefore: 60 }] },
  },
  clock: { pauseStatuses: ['stalled'], stopStatuses: ['resolved'] },
});

// Monday 7 December 2026, 10:00 UTC.
const created = at('2026-12-07T10:00:00Z');

function ticket(facts: Fact[], extra: Partial<TicketHistory> = {}): TicketHistory {
  return {
    key: { desk: 'https://desk.example', id: '7' },
    tool: 'rt',
    createdAt: created,
    firstSeenAt: created,
    facts: [{ kind: 'status', at: created, status: 'new' }, ...facts],
    deskDeadlines: {},
    ...extra,
  };
}

function metric(
  history: TicketHistory,
  now: number,
  policies: Policy[] = [standard],
  name = 'firstResponse',
) {
  const found = evaluate(history, policies, calendars, now).metrics.find((m) => m.metric === name);
  if (!found) throw new Error(`no ${name} evaluation`);
  return found;
}

describe('first response', () => {
  it('is met by the first agent reply before the deadline', () => {
    const result = metric(
      ticket([{ kind: 'reply', at: created + 30 * MIN, by: 'agent' }]),
      created + 5 * HOUR,
    );
    expect(result.state).toBe('met');
    expect(iso(result.metAt)).toBe('2026-12-07T10:30:00.000Z');
    expect(iso(result.deadline)).toBe('2026-12-07T12:00:00.000Z');
    expect(result.nextTransition).toBeNull();
  });

  it('ignores customer replies', () => {
    const result = metric(
      ticket([{ kind: 'reply', at: created + 30 * MIN, by: 'customer' }]),
      created + HOUR,
    );
    expect(result.state).toBe('running');
    expect(result.elapsedMs).toBe(HOUR);
  });

  it('counts business time left and calendar time left separately', () => {
    // Created Mon 16:30: 30 business minutes today, 90 tomorrow from 09:00: due Tue 10:30.
    const late = at('2026-12-07T16:30:00Z');
    const result = metric(ticket([], { createdAt: late, firstSeenAt: late, facts: [] }), late + 10 * MIN);
    expect(iso(result.deadline)).toBe('2026-12-08T10:30:00.000Z');
    expect(result.remainingMs).toBe(110 * MIN);
    expect(result.calendarRemainingMs).toBe(at('2026-12-08T10:30:00Z') - (late + 10 * MIN));
  });

  it('warns at 50 % and 15 minutes before, then breaches, then escalates', () => {
    const history = ticket([]);
    const fresh = metric(history, created);
    expect(fresh.nextTransition).toEqual({ at: at('2026-12-07T11:00:00Z'), kind: 'warning', index: 0 });

    const halfway = metric(history, at('2026-12-07T11:00:00Z'));
    expect(halfway.atRisk).toBe(true);
    expect(halfway.reached).toEqual({ warnings: 1, breach: false, escalations: 0 });
    expect(halfway.nextTransition).toEqual({ at: at('2026-12-07T11:45:00Z'), kind: 'warning', index: 1 });

    const almost = metric(history, at('2026-12-07T11:50:00Z'));
    // The escalation at 0 minutes after the breach shares the breach's instant; the breach comes first.
    expect(almost.nextTransition).toEqual({ at: at('2026-12-07T12:00:00Z'), kind: 'breach', index: 0 });

    const breached = metric(history, at('2026-12-07T12:30:00Z'));
    expect(breached.state).toBe('breached');
    expect(iso(breached.breachedAt)).toBe('2026-12-07T12:00:00.000Z');
    expect(breached.remainingMs).toBe(-30 * MIN);
    expect(breached.reached).toEqual({ warnings: 2, breach: true, escalations: 1 });
    expect(breached.nextTransition).toEqual({ at: at('2026-12-07T13:00:00Z'), kind: 'escalation', index: 1 });
  });

  it('counts escalations in business time after the breach', () => {
    // Created Mon 15:30: due Tue 09:30 (90 min Monday, 30 min Tuesday); +60 min escalation Tue 10:30.
    const late = at('2026-12-07T15:30:00Z');
    const result = metric(
      ticket([], { createdAt: late, firstSeenAt: late, facts: [] }),
      at('2026-12-08T09:45:00Z'),
    );
    expect(iso(result.breachedAt)).toBe('2026-12-08T09:30:00.000Z');
    expect(iso(result.nextTransition?.at)).toBe('2026-12-08T10:30:00.000Z');
  });
});

describe('pauses', () => {
  const stalledTwoHours: Fact[] = [
    { kind: 'status', at: created + HOUR, status: 'stalled' },
    { kind: 'status', at: created + 3 * HOUR, status: 'open' },
  ];

  it('freeze: no business time counts while stalled, so the deadline moves by the business time paused', () => {
    const result = metric(ticket(stalledTwoHours), created + 4 * HOUR, [standard], 'resolution');
    expect(result.elapsedMs).toBe(2 * HOUR);
    expect(result.state).toBe('running');
    // 16 h target, 2 h used: 14 h left from Mon 14:00 = 3 h Mon + 8 h Tue + 3 h Wed: Wed 12:00.
    expect(iso(result.deadline)).toBe('2026-12-09T12:00:00.000Z');
  });

  it('freeze: while paused the state says so and nothing is scheduled', () => {
    const result = metric(ticket(stalledTwoHours.slice(0, 1)), created + 2 * HOUR, [standard], 'resolution');
    expect(result.state).toBe('paused');
    expect(result.nextTransition).toBeNull();
    expect(result.remainingMs).toBe(15 * HOUR);
    expect(result.explanation).toContainEqual(
      expect.objectContaining({ kind: 'paused', from: created + HOUR, to: null, status: 'stalled' }),
    );
  });

  it('extend: the deadline moves out by the wall-clock length of the pause', () => {
    const extend = policy({
      targets: { resolution: { minutes: 16 * 60, calendar: 'office' } },
      clock: { pauseStatuses: ['stalled'], stopStatuses: ['resolved'], pause: 'extend' },
    });
    // 1 h used before the pause (Mon 10:00-11:00), so the deadline stood at Wed 10:00 (6 h Mon, 8 h Tue, 1 h Wed).
    // Four hours into the pause it has moved four hours out: Wed 14:00. The pause lasts 22 wall hours
    // (to Tue 09:00): Wed 10:00 + 22 h = Thu 08:00, before Thursday opens, so the first instant with that
    // much business time left is Wed 17:00.
    const facts: Fact[] = [
      { kind: 'status', at: created + HOUR, status: 'stalled' },
      { kind: 'status', at: created + 23 * HOUR, status: 'open' },
    ];
    const during = metric(ticket(facts.slice(0, 1)), created + 5 * HOUR, [extend], 'resolution');
    expect(during.state).toBe('paused');
    expect(iso(during.deadline)).toBe('2026-12-09T14:00:00.000Z');
    const after = metric(ticket(facts), created + 23 * HOUR, [extend], 'resolution');
    expect(after.state).toBe('running');
    expect(iso(after.deadline)).toBe('2026-12-09T17:00:00.000Z');
    expect(after.remainingMs).toBe(16 * HOUR);
  });
});

describe('stop and reopen', () => {
  const resolvedThenReopened: Fact[] = [
    { kind: 'status', at: created + 2 * HOUR, status: 'resolved' },
    { kind: 'status', at: created + 4 * HOUR, status: 'open' },
  ];

  it('a stop status meets resolution', () => {
    const result = metric(
      ticket(resolvedThenReopened.slice(0, 1)),
      created + 3 * HOUR,
      [standard],
      'resolution',
    );
    expect(result.state).toBe('met');
    expect(result.metAt).toBe(created + 2 * HOUR);
  });

  it('a stop before any reply and before the deadline ends the first-response clock without a verdict', () => {
    const result = metric(
      ticket([{ kind: 'status', at: created + HOUR, status: 'resolved' }]),
      created + 3 * HOUR,
    );
    expect(result.state).toBe('notApplicable');
    expect(result.nextTransition).toBeNull();
  });

  it('a stop after the deadline leaves the breach on record', () => {
    const result = metric(
      ticket([{ kind: 'status', at: created + 3 * HOUR, status: 'resolved' }]),
      created + 4 * HOUR,
    );
    expect(result.state).toBe('breached');
    expect(result.breachedAt).toBe(created + 2 * HOUR);
  });

  it('reopen resumes by default: the time already used still counts', () => {
    const result = metric(ticket(resolvedThenReopened), created + 5 * HOUR, [standard], 'resolution');
    expect(result.state).toBe('running');
    expect(result.elapsedMs).toBe(3 * HOUR);
    expect(result.explanation).toContainEqual({ kind: 'resumed', at: created + 4 * HOUR });
  });

  it('reopen can restart the clock from zero', () => {
    const restart = policy({ ...standard, clock: { ...standard.clock, reopen: 'restart' } });
    const result = metric(ticket(resolvedThenReopened), created + 5 * HOUR, [restart], 'resolution');
    expect(result.elapsedMs).toBe(HOUR);
    expect(result.cycleStartedAt).toBe(created + 4 * HOUR);
  });
});

describe('policy selection and priority changes', () => {
  const high = policy({
    id: 'high',
    name: 'High',
    match: { priorities: ['High'] },
    targets: { firstResponse: { minutes: 60, calendar: 'office' } },
  });
  const fallback = policy({
    id: 'fallback',
    name: 'Everything else',
    targets: { firstResponse: { minutes: 240, calendar: 'office' } },
  });
  const raised: Fact[] = [
    { kind: 'fields', at: created, fields: { priority: 'normal' } },
    { kind: 'fields', at: created + 2 * HOUR, fields: { priority: 'high' } },
  ];

  it('the first matching policy wins, ignoring case; the fallback takes the rest', () => {
    const urgent = evaluate(
      ticket([{ kind: 'fields', at: created, fields: { priority: 'HIGH' } }]),
      [high, fallback],
      calendars,
      created,
    );
    expect(urgent.policy?.id).toBe('high');
    const normal = evaluate(
      ticket([{ kind: 'fields', at: created, fields: { priority: 'low' } }]),
      [high, fallback],
      calendars,
      created,
    );
    expect(normal.policy?.id).toBe('fallback');
  });

  it('a priority change keeps the elapsed time and swaps the target', () => {
    const result = metric(ticket(raised), created + 2 * HOUR + 10 * MIN, [high, fallback]);
    // 2 h already used against the new 1 h target: breached the moment the priority rose.
    expect(result.state).toBe('breached');
    expect(result.breachedAt).toBe(created + 2 * HOUR);
    expect(result.targetMs).toBe(HOUR);
    expect(result.elapsedMs).toBe(2 * HOUR + 10 * MIN);
  });

  it('can restart the clock instead when the policy says so', () => {
    const restartingHigh = policy({ ...high, clock: { policyChange: 'restart' } });
    const result = metric(ticket(raised), created + 2 * HOUR + 10 * MIN, [restartingHigh, fallback]);
    expect(result.state).toBe('running');
    expect(result.elapsedMs).toBe(10 * MIN);
    expect(iso(result.deadline)).toBe('2026-12-07T13:00:00.000Z');
  });

  it('a ticket no policy covers has no metrics', () => {
    const result = evaluate(
      ticket([{ kind: 'fields', at: created, fields: { priority: 'low' } }]),
      [high],
      calendars,
      created,
    );
    expect(result.policy).toBeNull();
    expect(result.metrics).toEqual([]);
  });
});

describe('replies drive next response and periodic update', () => {
  const conversation = policy({
    targets: {
      nextResponse: { minutes: 60, calendar: null },
      periodicUpdate: { minutes: 24 * 60, calendar: null },
    },
  });

  it('next response runs from a customer message after an agent reply to the next agent reply', () => {
    const facts: Fact[] = [
      { kind: 'reply', at: created + 10 * MIN, by: 'customer' },
      { kind: 'reply', at: created + 20 * MIN, by: 'agent' },
      { kind: 'reply', at: created + 3 * HOUR, by: 'customer' },
      { kind: 'reply', at: created + 3 * HOUR + 5 * MIN, by: 'customer' },
    ];
    const waiting = metric(ticket(facts), created + 3 * HOUR + 30 * MIN, [conversation], 'nextResponse');
    expect(waiting.state).toBe('running');
    expect(waiting.cycleStartedAt).toBe(created + 3 * HOUR);
    expect(iso(waiting.deadline)).toBe('2026-12-07T14:00:00.000Z');
    const answered = [...facts, { kind: 'reply', at: created + 3 * HOUR + 40 * MIN, by: 'agent' } as const];
    expect(metric(ticket(answered), created + 4 * HOUR, [conversation], 'nextResponse').state).toBe('met');
  });

  it('next response does not apply before the first agent reply', () => {
    const facts: Fact[] = [{ kind: 'reply', at: created + 10 * MIN, by: 'customer' }];
    expect(metric(ticket(facts), created + HOUR, [conversation], 'nextResponse').state).toBe('notApplicable');
  });

  it('periodic update restarts with every agent reply', () => {
    const facts: Fact[] = [
      { kind: 'reply', at: created + HOUR, by: 'agent' },
      { kind: 'reply', at: created + 20 * HOUR, by: 'agent' },
    ];
    const result = metric(ticket(facts), created + 21 * HOUR, [conversation], 'periodicUpdate');
    expect(result.cycleStartedAt).toBe(created + 20 * HOUR);
    expect(result.elapsedMs).toBe(HOUR);
  });
});

describe('two sources of truth', () => {
  it("the help desk's own deadline wins and the explanation says so", () => {
    const deskDue = at('2026-12-07T15:00:00Z');
    const history = ticket([], {
      deskDeadlines: { firstResponse: { at: deskDue, source: 'Request Tracker SLA (Due)' } },
    });
    const result = metric(history, created + HOUR);
    expect(result.source).toBe('desk');
    expect(result.deadline).toBe(deskDue);
    expect(result.remainingMs).toBe(4 * HOUR);
    expect(result.explanation[0]).toEqual({
      kind: 'deskDeadline',
      source: 'Request Tracker SLA (Due)',
      at: deskDue,
    });
    expect(explain(result, 'en', 'UTC')[0]).toContain(
      'comes from the help desk itself (Request Tracker SLA (Due))',
    );
  });

  it("RT's rolled-over deadline (at an opening) is counted in the policy's business time", () => {
    // Tue 17:00 stored by RT as Wed 09:00: from Tue 16:00, one business hour is left either way.
    const deskDue = at('2026-12-09T09:00:00Z');
    const history = ticket([], { deskDeadlines: { firstResponse: { at: deskDue, source: 'RT Due' } } });
    const result = metric(history, at('2026-12-08T16:00:00Z'));
    expect(result.remainingMs).toBe(HOUR);
    expect(result.calendar?.label).toBe('Office');
  });

  it('a desk deadline outside working time was counted round the clock, and so is the time left', () => {
    // RT's 24x7 "urgent" level: due Saturday 03:00, while the office is shut all weekend.
    const friday = at('2026-12-11T23:00:00Z');
    const deskDue = at('2026-12-12T03:00:00Z');
    const history = ticket([], {
      createdAt: friday,
      firstSeenAt: friday,
      facts: [{ kind: 'status', at: friday, status: 'new' }],
      deskDeadlines: { firstResponse: { at: deskDue, source: 'RT Due' } },
    });
    const result = metric(history, friday + HOUR);
    expect(result.remainingMs).toBe(3 * HOUR);
    expect(result.calendarRemainingMs).toBe(3 * HOUR);
    expect(result.calendar?.label).toBe('calendar time (24/7)');
    expect(result.explanation[1]).toEqual({ kind: 'deskCalendarTime', calendar: 'Office' });
    expect(explain(result, 'es', 'UTC')[1]).toContain('horario laboral del calendario «Office»');
  });

  it('a desk deadline of a ticket already resolved when first seen no longer runs', () => {
    const deskDue = at('2026-12-07T18:00:00Z');
    const history = ticket([], {
      facts: [{ kind: 'status', at: created, status: 'resolved' }],
      deskDeadlines: { resolution: { at: deskDue, source: 'RT Due' } },
    });
    expect(metric(history, created + HOUR, [standard], 'resolution').state).toBe('notApplicable');
  });

  it('a desk deadline counts even when no policy covers the ticket', () => {
    const deskDue = at('2026-12-07T11:00:00Z');
    const history = ticket([], { deskDeadlines: { resolution: { at: deskDue, source: 'RT Due' } } });
    const result = evaluate(history, [], calendars, created + 2 * HOUR).metrics;
    expect(result.map((m) => [m.metric, m.state, m.breachedAt])).toEqual([
      ['resolution', 'breached', deskDue],
    ]);
  });
});

describe('incomplete and untidy histories', () => {
  it('an unknown creation time counts from the first observation and says so', () => {
    const seen = created + HOUR;
    const history = ticket([], { createdAt: null, firstSeenAt: seen, facts: [] });
    const result = metric(history, seen + 30 * MIN);
    expect(result.elapsedMs).toBe(30 * MIN);
    expect(result.explanation).toContainEqual({ kind: 'createdUnknown', firstSeenAt: seen });
  });

  it('a status first seen after creation is assumed since creation, and the assumption is explained', () => {
    const history = ticket([], { facts: [{ kind: 'status', at: created + HOUR, status: 'stalled' }] });
    const result = metric(history, created + 2 * HOUR, [standard], 'resolution');
    expect(result.state).toBe('paused');
    expect(result.elapsedMs).toBe(0);
    expect(result.explanation).toContainEqual({
      kind: 'statusAssumed',
      status: 'stalled',
      seenAt: created + HOUR,
    });
  });

  it('facts out of order give the same answer as sorted facts', () => {
    const sorted: Fact[] = [
      { kind: 'status', at: created + HOUR, status: 'stalled' },
      { kind: 'status', at: created + 2 * HOUR, status: 'open' },
      { kind: 'reply', at: created + 3 * HOUR, by: 'agent' },
    ];
    const now = created + 5 * HOUR;
    const expected = evaluate(ticket(sorted), [standard], calendars, now);
    expect(evaluate(ticket([...sorted].reverse()), [standard], calendars, now)).toEqual(expected);
  });

  it('facts later than now are not used', () => {
    const history = ticket([{ kind: 'reply', at: created + 3 * HOUR, by: 'agent' }]);
    expect(metric(history, created + HOUR).state).toBe('running');
  });

  it('a target on a calendar that was deleted is not applicable, not a crash', () => {
    const orphan = policy({ targets: { firstResponse: { minutes: 60, calendar: 'gone' } } });
    const result = metric(ticket([]), created + HOUR, [orphan]);
    expect(result.state).toBe('notApplicable');
    expect(result.explanation).toContainEqual({ kind: 'missingCalendar', calendarId: 'gone' });
  });
});

describe('nextWakeAt', () => {
  it('is the earliest future transition over all tickets', () => {
    const early = evaluate(ticket([]), [standard], calendars, created);
    const later = evaluate(ticket([], { createdAt: created + HOUR }), [standard], calendars, created + HOUR);
    expect(nextWakeAt([later, early])).toBe(at('2026-12-07T11:00:00Z'));
  });

  it('is null when nothing is running', () => {
    const done = evaluate(
      ticket([{ kind: 'status', at: created + HOUR, status: 'resolved' }]),
      [standard],
      calendars,
      created + 2 * HOUR,
    );
    expect(nextWakeAt([done])).toBeNull();
    expect(nextWakeAt([])).toBeNull();
  });
});

describe('explanations in both languages', () => {
  it('renders every step in English and Spanish, in the zone asked for', () => {
    const facts: Fact[] = [
      { kind: 'status', at: created + HOUR, status: 'stalled' },
      { kind: 'status', at: created + 2 * HOUR, status: 'open' },
    ];
    const result: MetricEvaluation = metric(ticket(facts), created + 3 * HOUR, [standard], 'resolution');
    expect(explain(result, 'en', 'Europe/Madrid')).toEqual([
      'Policy “Standard” applies.',
      'Target: 16 h of business time on calendar “Office”.',
      'Clock started Mon, Dec 7, 11:00 AM: the ticket was created.',
      'Paused Mon, Dec 7, 12:00 PM until Mon, Dec 7, 01:00 PM (status “stalled”: no business time counts).',
    ]);
    expect(explain(result, 'es', 'Europe/Madrid')).toEqual([
      'Se aplica la política «Standard».',
      'Objetivo: 16 h de horario laboral del calendario «Office».',
      'Reloj iniciado lun, 7 dic, 11:00: se creó el ticket.',
      'En pausa lun, 7 dic, 12:00 hasta lun, 7 dic, 13:00 (estado «stalled»: no cuenta tiempo laboral).',
    ]);
  });
});
