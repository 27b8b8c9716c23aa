/**
 * One ticket the side panel tests share: RT ticket 7, created Monday 7 December 2026 at 09:00 UTC
 * under policy "Standard" (first response in 2 business hours on the Madrid office's calendar,
 * Mon-Fri 09:00-17:00 Europe/Madrid), paused ("stalled") from 09:30 to 10:00 UTC, never answered:
 * first response breached at 11:30 UTC and escalated to the lead at once. The agent's zone is not
 * Madrid's, so every instant has two readings.
 */
import {
  type Calendar,
  evaluate,
  parseCalendar,
  policySchema,
  type TicketEvaluation,
} from '../../core/engine';
import { type TicketTimers, ticketTimers } from '../../core/overlay/timers';
import {
  type Settings,
  settingsSchema,
  type TicketRecord,
  ticketRecordSchema,
} from '../../core/store/records';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const CREATED = Date.parse('2026-12-07T09:00:00Z');
export const PAUSED = Date.parse('2026-12-07T09:30:00Z');
export const RESUMED = Date.parse('2026-12-07T10:00:00Z');
export const BREACH = Date.parse('2026-12-07T11:30:00Z');
export const DESK = 'https://rt.example.com';
export const KEY = `${DESK}|7`;
export const URL_7 = `${DESK}/Ticket/Display.html?id=7`;
export const AGENT_ZONE = 'America/New_York';

export const settings: Settings = settingsSchema.parse({
  calendars: {
    madrid: { name: 'Madrid office', timeZone: 'Europe/Madrid', week: weekdays(['09:00', '17:00']) },
  },
  policies: [
    policySchema.parse({
      id: 'standard',
      name: 'Standard',
      targets: {
        firstResponse: {
          minutes: 120,
          calendar: 'madrid',
          warnings: [{ percent: 50 }],
          escalations: [{ minutesAfter: 0, name: 'Notify lead' }],
        },
        resolution: { minutes: 16 * 60, calendar: 'madrid' },
      },
      clock: { pauseStatuses: ['stalled'], stopStatuses: ['resolved'] },
    }),
  ],
});

function weekdays(hours: [string, string]) {
  return Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => [day, [hours]]));
}

export const calendars: Record<string, Calendar> = {
  madrid: parseCalendar(settings.calendars.madrid),
};

export const record: TicketRecord = ticketRecordSchema.parse({
  key: KEY,
  url: URL_7,
  title: 'VPN drops every 20 minutes',
  history: {
    key: { desk: DESK, id: '7' },
    tool: 'rt',
    createdAt: CREATED,
    firstSeenAt: CREATED,
    facts: [
      { kind: 'status', at: CREATED, status: 'new' },
      { kind: 'reply', at: CREATED, by: 'customer' },
      { kind: 'status', at: PAUSED, status: 'stalled' },
      { kind: 'status', at: RESUMED, status: 'open' },
    ],
    deskDeadlines: {},
  },
  observedAt: RESUMED,
});

export function evaluated(now: number): { evaluation: TicketEvaluation; timers: TicketTimers } {
  const evaluation = evaluate(record.history, settings.policies, calendars, now);
  return {
    evaluation,
    timers: ticketTimers(KEY, record.history, evaluation, calendars, 'en', AGENT_ZONE),
  };
}
