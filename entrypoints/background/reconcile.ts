/**
 * One reconcile: read the tickets that are due (changed, or at a transition), evaluate them, show
 * what is due (exactly once), write what was shown and when each ticket next needs a look, paint
 * the badge and set the single alarm for the earliest of those. Safe to run at any time and after
 * any interruption: everything it needs is read from the store each time, and a ticket stays due
 * until its results are written.
 */
import { browser } from 'wxt/browser';
import type { AlertToShow } from '../../core/scheduler/alerts';
import { badgeFor } from '../../core/scheduler/badge';
import { earliest, planTicket } from '../../core/scheduler/plan-ticket';
import type { PlazoStore } from '../../core/store';
import type { AlertRecord, TicketRecord } from '../../core/store/records';
import type { ScheduleUpdate } from '../../core/store/schedule';
import { calendarsOf } from './calendars';
import { showAlert, showBadge } from './notify';

export const ALARM = 'plazo-next-transition';

export interface ReconcileSummary {
  /** Tickets evaluated: the ones that were due (a change, a transition, a repeat, a snooze ending). */
  readonly evaluated: number;
  readonly shown: readonly string[];
  readonly wakeAt: number | null;
  readonly problems: number;
  readonly ms: number;
}

export async function reconcile(store: PlazoStore, now = Date.now()): Promise<ReconcileSummary> {
  // `now` is when the reconcile starts: a transition that falls due while it runs is caught by the alarm.
  const started = performance.now();
  const { settings, due, nextWakeOfOthers, problems } = await store.readReconcileInput(now);
  const calendars = calendarsOf(settings.calendars);
  const shown: AlertToShow[] = [];
  const alerts: AlertRecord[] = [];
  const updates: ScheduleUpdate[] = [];
  const expiredSnoozes: string[] = [];
  const records = new Map<string, TicketRecord>();
  let wakeAt = nextWakeOfOthers;
  for (const { key, revision, ticket, alerts: known, snooze } of due) {
    if (!ticket) {
      // Gone, or unreadable (reported in problems): nothing to schedule until it is written again.
      updates.push({ ticket: key, revision, next: null });
      continue;
    }
    records.set(key, ticket);
    const plan = planTicket({
      ticket,
      alerts: known,
      snooze,
      policies: settings.policies,
      calendars,
      notifications: settings.notifications,
      now,
    });
    shown.push(...plan.show);
    alerts.push(...plan.alerts);
    if (plan.snoozeEnded) expiredSnoozes.push(key);
    updates.push({ ticket: key, revision, next: { wakeAt: plan.wakeAt, badge: plan.badge } });
    wakeAt = earliest(wakeAt, plan.wakeAt);
  }

  // The alarm comes first: whatever fails after it, the schedule survives.
  if (wakeAt === null) await browser.alarms.clear(ALARM);
  else await browser.alarms.create(ALARM, { when: Math.max(wakeAt, Date.now()) });

  // Show first, then record: a notification id is the alert's id, so if the worker dies in between,
  // the ticket is still due and the next reconcile shows it again under the same id, which replaces
  // it rather than duplicating it.
  for (const alert of shown) await showAlert(alert, records.get(alert.ticket));
  const counts = await store.writeReconcileOutput({ updates, alerts, expiredSnoozes });
  await showBadge(badgeFor(counts));

  for (const found of problems)
    console.warn(`Plazo: unreadable stored value in ${found.store} ${found.key}: ${found.message}`);
  return {
    evaluated: records.size,
    shown: shown.map((alert) => alert.id),
    wakeAt,
    problems: problems.length,
    ms: performance.now() - started,
  };
}
