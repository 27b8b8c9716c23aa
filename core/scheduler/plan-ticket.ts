/**
 * One due ticket's part of a reconcile: evaluate it, decide which notifications are due (planAlerts)
 * and when it next needs a look. Pure: the background reads the inputs and writes the results.
 */
import type { Calendar } from '../engine/calendar';
import { evaluate, nextWakeAt, type TicketEvaluation } from '../engine/evaluate';
import type { Policy } from '../engine/policy';
import type {
  AlertRecord,
  BadgeState,
  NotificationSettings,
  SnoozeRecord,
  TicketRecord,
} from '../store/records';
import { type AlertToShow, planAlerts } from './alerts';
import { badgeStateOf } from './badge';

export interface TicketPlanInputs {
  readonly ticket: TicketRecord;
  readonly alerts: readonly AlertRecord[];
  readonly snooze: SnoozeRecord | undefined;
  readonly policies: readonly Policy[];
  readonly calendars: Readonly<Record<string, Calendar>>;
  readonly notifications: NotificationSettings;
  readonly now: number;
}

export interface TicketPlan {
  readonly evaluation: TicketEvaluation;
  readonly show: readonly AlertToShow[];
  /** Alert records to write once the notifications are shown. */
  readonly alerts: readonly AlertRecord[];
  /** The next instant this ticket needs evaluating: its next transition, a repeat, a snooze ending. */
  readonly wakeAt: number | null;
  readonly badge: BadgeState;
  /** The ticket's snooze has ended and can be deleted. */
  readonly snoozeEnded: boolean;
}

export function planTicket(inputs: TicketPlanInputs): TicketPlan {
  const { ticket, snooze, now } = inputs;
  const evaluation = evaluate(ticket.history, inputs.policies, inputs.calendars, now);
  const plan = planAlerts({
    evaluations: new Map([[ticket.key, evaluation]]),
    alerts: new Map(inputs.alerts.map((alert) => [alert.id, alert])),
    snoozes: snooze ? new Map([[ticket.key, snooze.until]]) : new Map(),
    settings: inputs.notifications,
    now,
  });
  return {
    evaluation,
    show: plan.show,
    alerts: plan.records,
    wakeAt: earliest(nextWakeAt([evaluation]), plan.wakeAt),
    badge: badgeStateOf(evaluation),
    snoozeEnded: snooze !== undefined && snooze.until <= now,
  };
}

export function earliest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}
