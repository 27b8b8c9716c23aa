// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { MetricEvaluation } from '../../core/engine';
import { alertText } from '../../core/scheduler/alert-text';
import type { AlertToShow } from '../../core/scheduler/alerts';

const deadline = Date.parse('2026-12-07T12:00:00Z');
const evaluation = {
  metric: 'firstResponse',
  state: 'breached',
  deadline,
  remainingMs: -45 * 60_000,
  calendar: { label: 'Madrid office', timeZone: 'Europe/Madrid' },
  explanation: [],
} as unknown as MetricEvaluation;

const breach: AlertToShow = {
  id: 'x',
  ticket: 'https://rt.example.com|42',
  metric: 'firstResponse',
  kind: 'breach',
  index: 0,
  repeat: 0,
  evaluation,
};

describe('alertText', () => {
  it('words a breach in English with the agent zone and the calendar zone', () => {
    expect(alertText(breach, 'Printer prints blank pages', 'en', 'America/New_York')).toEqual({
      title: 'SLA breached: first response · Printer prints blank pages',
      message: 'It was due Mon 07:00 AM (Mon 01:00 PM Europe/Madrid); 45 min of business time overdue.',
    });
  });

  it('words it in Spanish', () => {
    expect(alertText(breach, 'La impresora imprime en blanco', 'es', 'Europe/Madrid')).toEqual({
      title: 'SLA incumplido: primera respuesta · La impresora imprime en blanco',
      message: 'Venció lun, 13:00; lleva 45 min de retraso en horario laboral.',
    });
  });
});
