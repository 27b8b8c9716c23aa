/** The words of in-page chips and their tooltips, in English and Spanish. */
import { formatDuration, type Language, metricName } from '../engine/explain';
import type { Metric } from '../engine/policy';

export interface ChipWords {
  left(ms: number): string;
  overdue(ms: number): string;
  paused(ms: number | null): string;
  met: string;
  loading: string;
  noTarget: string;
  cantRead(fields: readonly string[]): string;
  metric(metric: Metric): string;
  state: Record<'onTrack' | 'atRisk' | 'breached' | 'paused' | 'met', string>;
  due: string;
  yourTime: string;
  businessLeft(ms: number): string;
  calendarLeft(ms: number): string;
  source: { desk(label: string): string; policy(name: string | null): string };
}

const FIELD_EN: Record<string, string> = {
  created: 'the creation date',
  status: 'the status',
  priority: 'the priority',
  id: 'the ticket number',
  subject: 'the subject',
};
const FIELD_ES: Record<string, string> = {
  created: 'la fecha de creación',
  status: 'el estado',
  priority: 'la prioridad',
  id: 'el número de ticket',
  subject: 'el asunto',
};

const list = (fields: readonly string[], names: Record<string, string>, and: string) => {
  const named = fields.map((field) => names[field] ?? field);
  return named.length < 2 ? (named[0] ?? '') : `${named.slice(0, -1).join(', ')} ${and} ${named.at(-1)}`;
};

const EN: ChipWords = {
  left: (ms) => `${formatDuration(ms)} left`,
  overdue: (ms) => `breached ${formatDuration(ms)} ago`,
  paused: (ms) => (ms === null ? 'paused' : `paused, ${formatDuration(ms)} left`),
  met: 'met',
  loading: 'SLA…',
  noTarget: 'no SLA running',
  cantRead: (fields) => `can't read ${list(fields, FIELD_EN, 'and')} on this page`,
  metric: (metric) => metricName(metric, 'en'),
  state: { onTrack: 'on track', atRisk: 'at risk', breached: 'breached', paused: 'paused', met: 'met' },
  due: 'due',
  yourTime: 'your time',
  businessLeft: (ms) => `business time left: ${ms < 0 ? '-' : ''}${formatDuration(ms)}`,
  calendarLeft: (ms) => `calendar time left: ${ms < 0 ? '-' : ''}${formatDuration(ms)}`,
  source: {
    desk: (label) => `deadline from the help desk (${label})`,
    policy: (name) => (name ? `deadline from Plazo policy “${name}”` : 'deadline from a Plazo policy'),
  },
};

const ES: ChipWords = {
  left: (ms) => `quedan ${formatDuration(ms)}`,
  overdue: (ms) => `incumplido hace ${formatDuration(ms)}`,
  paused: (ms) => (ms === null ? 'en pausa' : `en pausa, quedan ${formatDuration(ms)}`),
  met: 'cumplido',
  loading: 'SLA…',
  noTarget: 'ningún SLA en curso',
  cantRead: (fields) => `no se puede leer ${list(fields, FIELD_ES, 'y')} en esta página`,
  metric: (metric) => metricName(metric, 'es'),
  state: {
    onTrack: 'en plazo',
    atRisk: 'en riesgo',
    breached: 'incumplido',
    paused: 'en pausa',
    met: 'cumplido',
  },
  due: 'vence',
  yourTime: 'tu hora',
  businessLeft: (ms) => `tiempo laborable restante: ${ms < 0 ? '-' : ''}${formatDuration(ms)}`,
  calendarLeft: (ms) => `tiempo natural restante: ${ms < 0 ? '-' : ''}${formatDuration(ms)}`,
  source: {
    desk: (label) => `plazo fijado por la mesa de ayuda (${label})`,
    policy: (name) => (name ? `plazo de la política de Plazo «${name}»` : 'plazo de una política de Plazo'),
  },
};

export function chipWords(language: Language): ChipWords {
  return language === 'es' ? ES : EN;
}

/** 'es' for any Spanish UI language, else English. */
export function languageOf(uiLanguage: string): Language {
  return uiLanguage.toLowerCase().startsWith('es') ? 'es' : 'en';
}
