// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { MetricEvaluation, TicketEvaluation } from '../../core/engine';
import { badgeFor, badgeStateOf } from '../../core/scheduler/badge';

function ticket(...metrics: Array<Partial<MetricEvaluation>>): TicketEvaluation {
  return {
    key: { desk: 'https://rt.example.com', id: '1' },
    evaluatedAt: 0,
    policy: null,
    metrics: metrics.map(
      (metric) => ({ state: 'running', atRisk: false, endedAt: null, ...metric }) as MetricEvaluation,
    ),
  };
}

describe('badgeStateOf', () => {
  it('counts a ticket once, under its worst open metric', () => {
    expect(badgeStateOf(ticket({ atRisk: true }, { state: 'breached' }, { state: 'breached' }))).toBe(
      'breached',
    );
    expect(badgeStateOf(ticket({ atRisk: true }, {}))).toBe('atRisk');
    expect(badgeStateOf(ticket({}, { state: 'paused' }))).toBe('clear');
  });

  it('a breach on a metric already closed late no longer counts', () => {
    expect(badgeStateOf(ticket({ state: 'breached', endedAt: 5 }))).toBe('clear');
    expect(badgeStateOf(ticket({ state: 'breached', endedAt: 5 }, { atRisk: true }))).toBe('atRisk');
  });
});

describe('badgeFor', () => {
  it('shows breached tickets in red, whatever is at risk', () => {
    expect(badgeFor({ breached: 1, atRisk: 4 })).toEqual({
      text: '1',
      color: 'red',
      counts: { breached: 1, atRisk: 4 },
    });
  });

  it('shows at-risk tickets in amber when none is breached', () => {
    expect(badgeFor({ breached: 0, atRisk: 2 })).toMatchObject({ text: '2', color: 'amber' });
  });

  it('is empty when nothing is breached or at risk', () => {
    expect(badgeFor({ breached: 0, atRisk: 0 })).toEqual({
      text: '',
      color: null,
      counts: { breached: 0, atRisk: 0 },
    });
  });
});
