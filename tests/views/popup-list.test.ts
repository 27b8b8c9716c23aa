import { describe, expect, it } from 'vitest';
import { unreadableByTool } from '../../core/views/health';
import { countRows, filterRows, NO_FILTER, sortRows, UNASSIGNED } from '../../core/views/popup-list';
import { breachedBetween, nextChange } from '../../core/views/transitions';
import { stateAt } from '../../core/views/urgency';
import { MINUTE, NOW, row, SHAPES } from './popup-fixtures';

const rows = () =>
  sortRows(
    SHAPES.map((shape) => row(shape)),
    NOW,
  );
const ids = (list: readonly { id: string }[]) => list.map((entry) => entry.id);

describe('the popup list', () => {
  it('orders breached by how late, then at risk, running by time left, paused, met', () => {
    const sorted = rows();
    expect(ids(sorted)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(sorted.map((entry) => stateAt(entry.urgency, NOW))).toEqual([
      'breached',
      'breached',
      'atRisk',
      'onTrack',
      'onTrack',
      'paused',
      'met',
    ]);
    expect(sorted[0]?.urgency.metric).toBe('firstResponse');
  });

  it('filters by tool, state and assignee', () => {
    const sorted = rows();
    expect(ids(filterRows(sorted, { ...NO_FILTER, tool: 'custom' }, NOW))).toEqual(['4']);
    expect(ids(filterRows(sorted, { ...NO_FILTER, state: 'breached' }, NOW))).toEqual(['1', '2']);
    expect(ids(filterRows(sorted, { ...NO_FILTER, assignee: 'alice' }, NOW))).toEqual(['1', '2', '5']);
    expect(ids(filterRows(sorted, { ...NO_FILTER, assignee: 'alice', state: 'onTrack' }, NOW))).toEqual([
      '5',
    ]);
  });

  it('treats a ticket without an assignee as unassigned', () => {
    const sorted = rows();
    expect(sorted.find((entry) => entry.id === '4')?.assignee).toBeNull();
    expect(ids(filterRows(sorted, { ...NO_FILTER, assignee: UNASSIGNED }, NOW))).toEqual(['4', '6']);
  });

  it('searches ids and titles, case-insensitively, with or without "#"', () => {
    const sorted = rows();
    expect(ids(filterRows(sorted, { ...NO_FILTER, search: 'vpn' }, NOW))).toEqual(['2']);
    expect(ids(filterRows(sorted, { ...NO_FILTER, search: ' #3 ' }, NOW))).toEqual(['3']);
    expect(filterRows(sorted, { ...NO_FILTER, search: 'nothing like it' }, NOW)).toEqual([]);
  });

  it('counts what each filter value would show, the other filters applied', () => {
    const sorted = rows();
    const all = countRows(sorted, NO_FILTER, NOW);
    expect(Object.fromEntries(all.state)).toEqual({ breached: 2, atRisk: 1, onTrack: 2, paused: 1, met: 1 });
    expect(Object.fromEntries(all.tool)).toEqual({ rt: 6, custom: 1 });
    expect(Object.fromEntries(all.assignee)).toEqual({ alice: 3, bob: 2, [UNASSIGNED]: 2 });
    const alice = countRows(sorted, { ...NO_FILTER, assignee: 'alice' }, NOW);
    // The assignee facet itself ignores the assignee filter, so its other values stay reachable.
    expect(Object.fromEntries(alice.assignee)).toEqual({ alice: 3, bob: 2, [UNASSIGNED]: 2 });
    expect(Object.fromEntries(alice.state)).toEqual({ breached: 2, onTrack: 1 });
  });

  it('knows when time alone changes a state, and which rows breach then', () => {
    const sorted = rows();
    // Ticket 3 (50 minutes old, 60 minute target) breaches in 10 minutes; ticket 4 turns at risk in 15.
    expect(nextChange(sorted, NOW)).toBe(NOW + 10 * MINUTE);
    expect(ids(breachedBetween(sorted, NOW, NOW + 10 * MINUTE))).toEqual(['3']);
    expect(ids(sortRows([...sorted], NOW + 16 * MINUTE)).slice(0, 4)).toEqual(['1', '2', '3', '4']);
    expect(stateAt((sorted[3] as (typeof sorted)[number]).urgency, NOW + 16 * MINUTE)).toBe('atRisk');
  });
});

describe('adapter health', () => {
  const counters = {
    'unreadable:rt:priority': 4,
    'unreadable:rt:created': 9,
    'unreadable:custom:status': 1,
    'droppedMessages:sender': 3,
    'unreadable:broken': 2,
  };
  const at = (name: keyof typeof counters, minutesAgo: number) => ({ [name]: NOW - minutesAgo * MINUTE });

  it('lists the fields missed lately per tool, most often missing first', () => {
    const lastAt = {
      ...at('unreadable:rt:priority', 5),
      ...at('unreadable:rt:created', 60),
      ...at('unreadable:custom:status', 23 * 60),
      ...at('droppedMessages:sender', 1),
      ...at('unreadable:broken', 1),
    };
    expect(unreadableByTool({ counters, lastAt }, NOW)).toEqual([
      { tool: 'custom', fields: ['status'] },
      { tool: 'rt', fields: ['created', 'priority'] },
    ]);
  });

  it('lets a field go once no page has lacked it for a day, and counts without a time as old', () => {
    const lastAt = { ...at('unreadable:rt:priority', 25 * 60), ...at('unreadable:custom:status', 10) };
    expect(unreadableByTool({ counters, lastAt }, NOW)).toEqual([{ tool: 'custom', fields: ['status'] }]);
    expect(unreadableByTool({ counters, lastAt: {} }, NOW)).toEqual([]);
  });
});
