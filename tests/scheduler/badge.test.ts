// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { MetricEvaluation, TicketEvaluation } from '../../core/engine';
import { badgeFor } from '../../core/scheduler/badge';

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

describe('badgeFor', () => {
  it('counts breached tickets in red, each ticket once', () => {
    const badge = badgeFor([ticket({ state: 'breached' }, { state: 'breached' }), ticket({ atRisk: true })]);
    expect(badge).toEqual({ text: '1', color: 'red', counts: { breached: 1, atRisk: 1 } });
  });

  it('counts at-risk tickets in amber when none is breached', () => {
    expect(badgeFor([ticket({ atRisk: true }), ticket({ atRisk: true }), ticket({})])).toMatchObject({
      text: '2',
      color: 'amber',
    });
  });

  it('a breach on a ticket already closed late no longer counts', () => {
    expect(badgeFor([ticket({ state: 'breached', endedAt: 5 })])).toEqual({
      text: '',
      color: null,
      counts: { breached: 0, atRisk: 0 },
    });
  });
});
