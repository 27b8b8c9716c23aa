/** Small rules behind the merges: RT's REST dates, default priority labels, and Due's metric. */
import { describe, expect, it } from 'vitest';
import { parseRestDate } from '../../core/adapters/rt/dates';
import { dueMetricFromLastContact, dueMetricFromReplies } from '../../core/adapters/rt/deadlines';
import { defaultPriorityLabel } from '../../core/adapters/rt/priority';

describe('parseRestDate', () => {
  it('reads RT’s UTC dates to the second, and the epoch as unset', () => {
    expect(parseRestDate('2026-11-30T13:00:00Z')).toBe(Date.UTC(2026, 10, 30, 13));
    expect(parseRestDate('1970-01-01T00:00:00Z')).toBe('unset');
  });

  it.each([
    '',
    'Mon Nov 30 13:00:00 2026',
    '2026-11-30 13:00:00',
    '2026-11-30T13:00:00+01:00',
    '2026-11-30T13:00:00.000Z',
    '2026-02-30T13:00:00Z',
    '2026-11-30T25:00:00Z',
    '1969-12-31T23:59:59Z',
  ])('refuses %j', (text) => {
    expect(parseRestDate(text)).toBe('invalid');
  });
});

describe('defaultPriorityLabel', () => {
  it.each([
    [0, 'Low'],
    [25, 'Low'],
    [50, 'Medium'],
    [75, 'Medium'],
    [100, 'High'],
    [250, 'High'],
    [-1, undefined],
  ])('labels %d as RT does by default: %s', (priority, label) => {
    expect(defaultPriorityLabel(priority)).toBe(label);
  });
});

describe('which metric RT’s Due is the deadline of', () => {
  const customer = (at: number) => ({ at, by: 'customer' as const });
  const agent = (at: number) => ({ at, by: 'agent' as const });

  it('from the replies: first response, next response, or resolution', () => {
    expect(dueMetricFromReplies([])).toBe('firstResponse');
    expect(dueMetricFromReplies([customer(1), customer(5)])).toBe('firstResponse');
    expect(dueMetricFromReplies([customer(1), agent(2)])).toBe('resolution');
    expect(dueMetricFromReplies([customer(1), agent(2), customer(3)])).toBe('nextResponse');
    expect(dueMetricFromReplies([customer(1), agent(2), customer(3), agent(4)])).toBe('resolution');
    // A reply and a customer message in the same second: the customer is not waiting on it.
    expect(dueMetricFromReplies([agent(2), customer(2)])).toBe('resolution');
  });

  it('from a search row’s Last Contact: unanswered, or answered', () => {
    expect(dueMetricFromLastContact(null)).toBe('firstResponse');
    expect(dueMetricFromLastContact(Date.UTC(2026, 10, 28))).toBe('resolution');
  });
});
