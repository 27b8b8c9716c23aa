/**
 * The words of a browser notification, in English or Spanish. Instants are shown in the agent's
 * zone, plus the calendar's when they differ, so a team lead far from the desk reads both.
 */
import { formatDuration, type Language, metricName } from '../engine/explain';
import type { AlertToShow } from './alerts';

export interface AlertText {
  readonly title: string;
  readonly message: string;
}

function when(instant: number, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(language, {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(instant);
}

export function alertText(
  alert: AlertToShow,
  ticketTitle: string,
  language: Language,
  timeZone: string,
): AlertText {
  const evaluation = alert.evaluation;
  const metric = metricName(alert.metric, language);
  const subject = ticketTitle || alert.ticket;
  const deadline = evaluation.deadline;
  const calendarZone = evaluation.calendar?.timeZone;
  const due =
    deadline === null
      ? ''
      : calendarZone && calendarZone !== timeZone && calendarZone !== 'UTC'
        ? `${when(deadline, language, timeZone)} (${when(deadline, language, calendarZone)} ${calendarZone})`
        : when(deadline, language, timeZone);
  const left = formatDuration(evaluation.remainingMs ?? 0);
  const es = language === 'es';
  switch (alert.kind) {
    case 'warning':
      return {
        title: es ? `En riesgo: ${metric} · ${subject}` : `At risk: ${metric} · ${subject}`,
        message: es
          ? `Vence ${due}; quedan ${left} de horario laboral.`
          : `Due ${due}; ${left} of business time left.`,
      };
    case 'breach':
      return {
        title: es ? `SLA incumplido: ${metric} · ${subject}` : `SLA breached: ${metric} · ${subject}`,
        message: es
          ? `Venció ${due}; lleva ${left} de retraso en horario laboral.`
          : `It was due ${due}; ${left} of business time overdue.`,
      };
    case 'escalation': {
      const step = evaluation.explanation.findLast((entry) => entry.kind === 'escalated');
      const name = step?.kind === 'escalated' ? step.name : '';
      return {
        title: es ? `Escalado: ${name} · ${subject}` : `Escalation: ${name} · ${subject}`,
        message: es
          ? `${metric}: venció ${due}; lleva ${left} de retraso.`
          : `${metric}: due ${due}; ${left} overdue.`,
      };
    }
  }
}
