/**
 * One reconcile: read the store, evaluate every ticket, show what is due (exactly once), write what
 * was shown, paint the badge and set the single alarm for the next transition. Safe to run at any
 * time and after any interruption: everything it needs is read from the store each time.
 */
import { browser } from 'wxt/browser';
import {
  type Calendar,
  type CalendarDefinition,
  evaluate,
  nextWakeAt,
  parseCalendar,
} from '../../core/engine';
import type { TicketEvaluation } from '../../core/engine/evaluate';
import { planAlerts } from '../../core/scheduler/alerts';
import { badgeFor } from '../../core/scheduler/badge';
import type { PlazoStore } from '../../core/store';
import type { TicketRecord } from '../../core/store/records';
import { showAlert, showBadge } from './notify';

export const ALARM = 'plazo-next-transition';

export interface ReconcileSummary {
  readonly tickets: number;
  readonly shown: readonly string[];
  readonly wakeAt: number | null;
  readonly problems: number;
  readonly ms: number;
}

/** Calendars compiled from their definitions, kept while the worker lives (each holds its own cache). */
const compiled = new Map<string, Calendar>();
function calendarsOf(definitions: Readonly<Record<string, CalendarDefinition>>): Record<string, Calendar> {
  const calendars: Record<string, Calendar> = {};
  for (const [id, definition] of Object.entries(definitions)) {
    const key = `${id}\n${JSON.stringify(definition)}`;
    let calendar = compiled.get(key);
    if (!calendar) {
      // Every settings edit adds versions; start over now and then rather than grow for the worker's life.
      if (compiled.size > 200) compiled.clear();
      calendar = parseCalendar(definition);
      compiled.set(key, calendar);
    }
    calendars[id] = calendar;
  }
  return calendars;
}

export async function reconcile(store: PlazoStore, now = Date.now()): Promise<ReconcileSummary> {
  // `now` is when the reconcile starts: a transition that falls due while it runs is caught by the alarm.
  const started = performance.now();
  const [{ settings, problem }, tickets, alerts, snoozes] = await Promise.all([
    store.readSettings(),
    store.listTickets(),
    store.listAlerts(),
    store.listSnoozes(),
  ]);
  const calendars = calendarsOf(settings.calendars);
  const evaluations = new Map<string, TicketEvaluation>();
  const records = new Map<string, TicketRecord>();
  for (const ticket of tickets.tickets) {
    records.set(ticket.key, ticket);
    evaluations.set(ticket.key, evaluate(ticket.history, settings.policies, calendars, now));
  }

  const plan = planAlerts({
    evaluations,
    alerts: new Map(alerts.alerts.map((alert) => [alert.id, alert])),
    snoozes: new Map(snoozes.snoozes.map((snooze) => [snooze.ticket, snooze.until])),
    settings: settings.notifications,
    now,
  });
  // The alarm comes first: whatever fails after it, the schedule survives.
  const wakeAt = earliest(nextWakeAt(evaluations.values()), plan.wakeAt);
  if (wakeAt === null) await browser.alarms.clear(ALARM);
  else await browser.alarms.create(ALARM, { when: Math.max(wakeAt, Date.now()) });

  // Show first, then record: a notification id is the alert's id, so if the worker dies in between,
  // the next reconcile shows it again under the same id, which replaces it rather than duplicating it.
  for (const alert of plan.show) await showAlert(alert, records.get(alert.ticket));
  await store.putAlerts(plan.records);
  for (const snooze of snoozes.snoozes) if (snooze.until <= now) await store.deleteSnooze(snooze.ticket);

  await showBadge(badgeFor(evaluations.values()));

  const problems =
    tickets.problems.length + alerts.problems.length + snoozes.problems.length + (problem ? 1 : 0);
  for (const found of [problem, ...tickets.problems, ...alerts.problems, ...snoozes.problems]) {
    if (found)
      console.warn(`Plazo: unreadable stored value in ${found.store} ${found.key}: ${found.message}`);
  }
  return {
    tickets: tickets.tickets.length,
    shown: plan.show.map((alert) => alert.id),
    wakeAt,
    problems,
    ms: performance.now() - started,
  };
}

function earliest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}
