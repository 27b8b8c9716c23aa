/**
 * Which notifications are due now, given what has been evaluated and what was already shown:
 * every warning, breach and escalation exactly once (also those that came due while the computer
 * slept), breaches repeating until acknowledged, snoozes, quiet hours and the kinds switched off respected.
 */
import type { MetricEvaluation, TicketEvaluation, TransitionKind } from '../engine/evaluate';
import type { Metric } from '../engine/policy';
import type { AlertRecord, NotificationSettings } from '../store/records';
import { quietUntil } from './quiet-hours';

export interface AlertToShow {
  /** Notification id: the same threshold always gets the same id, so showing it again replaces it. */
  readonly id: string;
  readonly ticket: string;
  readonly metric: Metric;
  readonly kind: TransitionKind;
  readonly index: number;
  readonly repeat: number;
  readonly evaluation: MetricEvaluation;
}

export interface AlertPlan {
  readonly show: readonly AlertToShow[];
  /** Records to write once the notifications are shown. */
  readonly records: readonly AlertRecord[];
  /** The earliest instant alerts need another look (a repeat, a snooze or quiet hours ending). */
  readonly wakeAt: number | null;
}

export interface AlertInputs {
  readonly evaluations: ReadonlyMap<string, TicketEvaluation>;
  readonly alerts: ReadonlyMap<string, AlertRecord>;
  /** Ticket key to the instant its snooze ends. */
  readonly snoozes: ReadonlyMap<string, number>;
  readonly settings: NotificationSettings;
  readonly now: number;
}

export function alertId(
  ticket: string,
  metric: Metric,
  cycleStartedAt: number,
  kind: TransitionKind,
  index: number,
) {
  return `${ticket}|${metric}|${cycleStartedAt}|${kind}|${index}`;
}

const SEVERITY: Record<TransitionKind, number> = { warning: 0, breach: 1, escalation: 2 };

/** Thresholds the metric's open cycle has passed, least severe first. */
function reachedThresholds(metric: MetricEvaluation): Array<{ kind: TransitionKind; index: number }> {
  if (metric.cycleStartedAt === null || metric.endedAt !== null || metric.state === 'notApplicable')
    return [];
  const reached: Array<{ kind: TransitionKind; index: number }> = [];
  for (let index = 0; index < metric.reached.warnings; index++) reached.push({ kind: 'warning', index });
  if (metric.reached.breach) reached.push({ kind: 'breach', index: 0 });
  for (let index = 0; index < metric.reached.escalations; index++)
    reached.push({ kind: 'escalation', index });
  return reached.sort((a, b) => SEVERITY[a.kind] - SEVERITY[b.kind] || a.index - b.index);
}

export function planAlerts({ evaluations, alerts, snoozes, settings, now }: AlertInputs): AlertPlan {
  const show: AlertToShow[] = [];
  const records: AlertRecord[] = [];
  let wakeAt: number | null = null;
  const wake = (at: number) => {
    if (wakeAt === null || at < wakeAt) wakeAt = at;
  };
  const quietEnd = settings.enabled ? quietUntil(settings.quietHours, now) : null;
  const repeatMs = settings.repeatBreachMinutes * 60_000;

  for (const [ticket, evaluation] of evaluations) {
    const snoozedUntil = snoozes.get(ticket);
    const held = snoozedUntil !== undefined && snoozedUntil > now ? snoozedUntil : (quietEnd ?? null);
    for (const metric of evaluation.metrics) {
      const cycle = metric.cycleStartedAt ?? 0;
      const pending = reachedThresholds(metric).filter(
        (threshold) => !alerts.has(alertId(ticket, metric.metric, cycle, threshold.kind, threshold.index)),
      );
      const worst = pending[pending.length - 1];
      // The most severe new threshold of a kind the user wants notified; the others are only recorded.
      // A warning is out of date once the breach has come: with breaches off, it stays unshown.
      const told = pending
        .filter((threshold) => settings.kinds[threshold.kind])
        .filter((threshold) => threshold.kind !== 'warning' || worst?.kind === 'warning')
        .pop();
      if (worst) {
        if (held !== null) {
          wake(held);
        } else {
          // Only the most severe new threshold is shown; the ones it supersedes are recorded as handled.
          for (const threshold of pending) {
            const id = alertId(ticket, metric.metric, cycle, threshold.kind, threshold.index);
            const shown = settings.enabled && threshold === told;
            // The breach record carries the repeats, also when an escalation shown at once told of it.
            const breachTold = settings.enabled && settings.kinds.breach && threshold.kind === 'breach';
            if (breachTold && repeatMs > 0) wake(now + repeatMs);
            records.push({
              id,
              ticket,
              metric: metric.metric,
              cycleStartedAt: cycle,
              kind: threshold.kind,
              index: threshold.index,
              shownAt: shown || breachTold ? now : null,
              repeats: 0,
              acknowledgedAt: null,
            });
            if (shown)
              show.push({ id, ticket, metric: metric.metric, ...threshold, repeat: 0, evaluation: metric });
          }
        }
      }
      // Breaches come back until someone acknowledges them.
      const breach = alerts.get(alertId(ticket, metric.metric, cycle, 'breach', 0));
      if (!settings.enabled || !settings.kinds.breach || repeatMs === 0 || !breach || breach.shownAt === null)
        continue;
      if (breach.acknowledgedAt !== null || metric.state !== 'breached' || metric.endedAt !== null) continue;
      const due = breach.shownAt + (breach.repeats + 1) * repeatMs;
      if (due > now || held !== null) {
        wake(held !== null ? Math.max(held, due) : due);
        continue;
      }
      records.push({ ...breach, repeats: breach.repeats + 1 });
      show.push({
        id: breach.id,
        ticket,
        metric: metric.metric,
        kind: 'breach',
        index: 0,
        repeat: breach.repeats + 1,
        evaluation: metric,
      });
      wake(breach.shownAt + (breach.repeats + 2) * repeatMs);
    }
  }
  return { show, records, wakeAt };
}
