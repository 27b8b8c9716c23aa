import { describe, expect, it } from 'vitest';
import { instantFormat } from '../../core/engine/explain';
import { breachNews } from '../../core/panel/breach-news';
import { metricCards, nextChangeAt } from '../../core/panel/metric-cards';
import { timelineEntries } from '../../core/panel/timeline-entries';
import { alertRecordSchema } from '../../core/store/records';
import { AGENT_ZONE, BREACH, CREATED, evaluated, HOUR, KEY, MINUTE, PAUSED, RESUMED } from './scenario';

const agent = instantFormat('en', AGENT_ZONE);
const madrid = instantFormat('en', 'Europe/Madrid');

describe('metric cards', () => {
  it('give each metric its state, both times left and the deadline in both zones', () => {
    const now = RESUMED + 45 * MINUTE; // 75 of 120 business minutes used: past the 50% warning
    const { evaluation, timers } = evaluated(now);
    const [first, resolution] = metricCards(timers, evaluation, now, 'en', AGENT_ZONE);
    expect(first?.metric).toBe('firstResponse');
    expect(first?.state).toBe('atRisk');
    expect(first?.heading).toBe('first response · at risk');
    expect(first?.facts).toEqual([
      `due ${agent.format(BREACH)} (your time) · ${madrid.format(BREACH)} (Madrid office, Europe/Madrid)`,
      'business time left: 45 min',
      'calendar time left: 45 min',
      'deadline from Plazo policy “Standard”',
    ]);
    expect(first?.rules).toContain('Policy “Standard” applies.');
    expect(first?.rules).toContain('Target: 2 h of business time on calendar “Madrid office”.');
    expect(first?.recoverable).toBe(true);
    expect(resolution?.state).toBe('onTrack');
    expect(resolution?.recoverable).toBe(false);
  });

  it('count down between evaluations and say breached once the deadline passes', () => {
    const { evaluation, timers } = evaluated(CREATED + 75 * MINUTE);
    const later = metricCards(timers, evaluation, CREATED + 135 * MINUTE, 'en', AGENT_ZONE)[0];
    expect(later?.facts).toContain('business time left: 15 min');
    const breached = metricCards(timers, evaluation, BREACH + MINUTE, 'en', AGENT_ZONE)[0];
    expect(breached?.state).toBe('breached');
  });

  it('speak Spanish', () => {
    const now = BREACH + HOUR;
    const { evaluation, timers } = evaluated(now);
    const [first] = metricCards(timers, evaluation, now, 'es', AGENT_ZONE);
    expect(first?.heading).toBe('primera respuesta · incumplido');
    expect(first?.rules).toContain('Se aplica la política «Standard».');
  });

  it('know the next instant a state changes by itself: the warning, then the breach', () => {
    const early = RESUMED + 10 * MINUTE;
    expect(nextChangeAt(evaluated(early).evaluation, early)).toBe(RESUMED + 30 * MINUTE);
    const late = RESUMED + 45 * MINUTE;
    expect(nextChangeAt(evaluated(late).evaluation, late)).toBe(BREACH);
  });
});

describe('the timeline', () => {
  it('lists the pause, the breach and the escalation in order, in both zones, naming the metrics', () => {
    const now = BREACH + HOUR;
    const warned = alertRecordSchema.parse({
      id: 'w',
      ticket: KEY,
      metric: 'firstResponse',
      cycleStartedAt: CREATED,
      kind: 'warning',
      index: 0,
      shownAt: CREATED + 90 * MINUTE,
    });
    const entries = timelineEntries(evaluated(now).evaluation, [warned], 'en', AGENT_ZONE);
    expect(entries.map((entry) => entry.kind)).toEqual([
      'started',
      'paused',
      'warned',
      'breached',
      'escalated',
    ]);
    const paused = entries[1];
    expect(paused?.at).toBe(PAUSED);
    expect(paused?.text).toBe(
      `Paused ${agent.format(PAUSED)} until ${agent.format(RESUMED)} (status “stalled”: no business time counts).`,
    );
    expect(paused?.metrics).toEqual(['firstResponse', 'resolution']);
    expect(paused?.calendarTime).toBe(`${madrid.format(PAUSED)} (Madrid office, Europe/Madrid)`);
    expect(entries[3]).toMatchObject({ at: BREACH, metrics: ['firstResponse'] });
    expect(entries[4]?.text).toBe(`Escalated ${agent.format(BREACH)}: Notify lead.`);
  });

  it('shows the warning ahead while there is one', () => {
    const now = RESUMED + 10 * MINUTE;
    const entries = timelineEntries(evaluated(now).evaluation, [], 'en', AGENT_ZONE);
    expect(entries.at(-1)).toMatchObject({ kind: 'atRiskAhead', metrics: ['firstResponse'] });
  });

  it('leaves out the calendar time when the agent is in the calendar zone', () => {
    const entries = timelineEntries(evaluated(BREACH).evaluation, [], 'en', 'Europe/Madrid');
    expect(entries.every((entry) => entry.calendarTime === null)).toBe(true);
  });
});

describe('breach news', () => {
  it('is nothing on the first look, then only the metrics that newly breached', () => {
    const first = breachNews(null, [{ metric: 'firstResponse', state: 'breached' }]);
    expect(first.fresh).toEqual([]);
    const second = breachNews(first.breached, [
      { metric: 'firstResponse', state: 'breached' },
      { metric: 'resolution', state: 'breached' },
    ]);
    expect(second.fresh).toEqual(['resolution']);
  });
});
