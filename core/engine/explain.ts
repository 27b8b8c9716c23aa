/**
 * Plain-language rendering of a metric's explanation, in English or Spanish. Instants are shown
 * in the zone the caller asks for (the agent's), never in the machine's implicit zone.
 */
import type { MetricEvaluation } from './evaluate';
import type { ExplanationStep, StartReason } from './explanation';
import type { Metric } from './policy';
import { MINUTE } from './time-zone';

export type Language = 'en' | 'es';

interface Words {
  readonly metric: Record<Metric, string>;
  readonly reason: Record<StartReason, string>;
  readonly step: (step: ExplanationStep, when: (instant: number) => string) => string;
}

const EN: Words = {
  metric: {
    firstResponse: 'first response',
    nextResponse: 'next response',
    periodicUpdate: 'periodic update',
    resolution: 'resolution',
  },
  reason: {
    created: 'the ticket was created',
    customerReply: 'the customer wrote',
    agentReply: 'an agent replied',
    reopened: 'the ticket was reopened',
    policyChanged: 'another policy applied',
  },
  step: (step, when) => {
    switch (step.kind) {
      case 'policy':
        return `Policy “${step.policyName}” applies.`;
      case 'noPolicy':
        return 'No policy matches this ticket.';
      case 'noTarget':
        return `The policy sets no ${EN.metric[step.metric]} target.`;
      case 'missingCalendar':
        return `The target uses calendar “${step.calendarId}”, which no longer exists.`;
      case 'target':
        return step.calendarTime
          ? `Target: ${formatMinutes(step.minutes)} of calendar time (24/7).`
          : `Target: ${formatMinutes(step.minutes)} of business time on calendar “${step.calendar}”.`;
      case 'deskDeadline':
        return `The deadline, ${when(step.at)}, comes from the help desk itself (${step.source}); it is the truth.`;
      case 'deskCalendarTime':
        return `It falls outside the working hours of calendar “${step.calendar}”, so the help desk counted it round the clock: the time left is calendar time.`;
      case 'createdUnknown':
        return `Creation time unknown: counting from when Plazo first saw the ticket, ${when(step.firstSeenAt)}.`;
      case 'statusAssumed':
        return `Status before ${when(step.seenAt)} unknown: assumed “${step.status}” since creation.`;
      case 'started':
        return `Clock started ${when(step.at)}: ${EN.reason[step.reason]}.`;
      case 'paused': {
        const until = step.to === null ? 'and is still paused' : `until ${when(step.to)}`;
        const effect =
          step.effect === 'freeze' ? 'no business time counts' : 'the deadline moves out by the pause';
        return `Paused ${when(step.from)} ${until} (status “${step.status}”: ${effect})${step.estimated ? ', time estimated' : ''}.`;
      }
      case 'stopped':
        return `Stopped ${when(step.at)} (status “${step.status}”)${step.estimated ? ', time estimated' : ''}.`;
      case 'resumed':
        return `Resumed ${when(step.at)} when the ticket was reopened; the time already used still counts.`;
      case 'policyChanged':
        return `${when(step.at)}: policy changed to “${step.to ?? 'none'}”; ${step.effect === 'swap' ? 'time used is kept, the target swapped' : 'the clock restarted'}.`;
      case 'met':
        return `Met ${when(step.at)}${step.estimated ? ' (time estimated)' : ''}.`;
      case 'breached':
        return `Breached ${when(step.at)}.`;
      case 'escalated':
        return `Escalated ${when(step.at)}: ${step.name}.`;
    }
  },
};

const ES: Words = {
  metric: {
    firstResponse: 'primera respuesta',
    nextResponse: 'siguiente respuesta',
    periodicUpdate: 'actualización periódica',
    resolution: 'resolución',
  },
  reason: {
    created: 'se creó el ticket',
    customerReply: 'escribió el cliente',
    agentReply: 'respondió un agente',
    reopened: 'se reabrió el ticket',
    policyChanged: 'pasó a aplicarse otra política',
  },
  step: (step, when) => {
    switch (step.kind) {
      case 'policy':
        return `Se aplica la política «${step.policyName}».`;
      case 'noPolicy':
        return 'Ninguna política corresponde a este ticket.';
      case 'noTarget':
        return `La política no fija objetivo de ${ES.metric[step.metric]}.`;
      case 'missingCalendar':
        return `El objetivo usa el calendario «${step.calendarId}», que ya no existe.`;
      case 'target':
        return step.calendarTime
          ? `Objetivo: ${formatMinutes(step.minutes)} de tiempo natural (24/7).`
          : `Objetivo: ${formatMinutes(step.minutes)} de horario laboral del calendario «${step.calendar}».`;
      case 'deskDeadline':
        return `El vencimiento, ${when(step.at)}, lo calcula el propio help desk (${step.source}); es la referencia.`;
      case 'deskCalendarTime':
        return `Cae fuera del horario laboral del calendario «${step.calendar}», así que el help desk lo contó en horas naturales: el tiempo restante es tiempo natural.`;
      case 'createdUnknown':
        return `Fecha de creación desconocida: se cuenta desde que Plazo vio el ticket, ${when(step.firstSeenAt)}.`;
      case 'statusAssumed':
        return `Estado anterior a ${when(step.seenAt)} desconocido: se supone «${step.status}» desde la creación.`;
      case 'started':
        return `Reloj iniciado ${when(step.at)}: ${ES.reason[step.reason]}.`;
      case 'paused': {
        const until = step.to === null ? 'y sigue en pausa' : `hasta ${when(step.to)}`;
        const effect =
          step.effect === 'freeze'
            ? 'no cuenta tiempo laboral'
            : 'el vencimiento se aplaza lo que dure la pausa';
        return `En pausa ${when(step.from)} ${until} (estado «${step.status}»: ${effect})${step.estimated ? ', hora estimada' : ''}.`;
      }
      case 'stopped':
        return `Detenido ${when(step.at)} (estado «${step.status}»)${step.estimated ? ', hora estimada' : ''}.`;
      case 'resumed':
        return `Reanudado ${when(step.at)} al reabrirse el ticket; el tiempo ya usado sigue contando.`;
      case 'policyChanged':
        return `${when(step.at)}: la política pasa a ser «${step.to ?? 'ninguna'}»; ${step.effect === 'swap' ? 'se conserva el tiempo usado y cambia el objetivo' : 'el reloj vuelve a empezar'}.`;
      case 'met':
        return `Cumplido ${when(step.at)}${step.estimated ? ' (hora estimada)' : ''}.`;
      case 'breached':
        return `Incumplido ${when(step.at)}.`;
      case 'escalated':
        return `Escalado ${when(step.at)}: ${step.name}.`;
    }
  },
};

const WORDS: Record<Language, Words> = { en: EN, es: ES };

/** "2 h 5 min": the units read the same in English and Spanish. */
function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return [hours ? `${hours} h` : '', rest || !hours ? `${rest} min` : ''].filter(Boolean).join(' ');
}

/** "2 h 5 min" (rounded down to the minute; sign dropped). */
export function formatDuration(ms: number): string {
  return formatMinutes(Math.floor(Math.abs(ms) / MINUTE));
}

export function metricName(metric: Metric, language: Language): string {
  return WORDS[language].metric[metric];
}

/** How every view writes an instant: "Mon, 7 Dec, 15:00" in the user's language and `timeZone`. */
export function instantFormat(language: Language, timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(language, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** One sentence per explanation step, in the user's language, instants in `timeZone`. */
export function explain(evaluation: MetricEvaluation, language: Language, timeZone: string): string[] {
  const format = instantFormat(language, timeZone);
  return evaluation.explanation.map((step) => explainStep(step, language, format));
}

/** One step's sentence (the side panel's timeline lists steps one by one); `format` from instantFormat. */
export function explainStep(step: ExplanationStep, language: Language, format: Intl.DateTimeFormat): string {
  return WORDS[language].step(step, (instant) => format.format(instant));
}
