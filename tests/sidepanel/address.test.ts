import { describe, expect, it } from 'vitest';
import { panelQuery, readPanelQuery } from '../../core/panel/address';

describe("the side panel's address", () => {
  it('names a ticket, the metric and the recovery, and reads back the same', () => {
    const query = panelQuery({ ticket: 'https://rt.example.com|7', metric: 'resolution', recover: true });
    expect(query).toBe('?ticket=https%3A%2F%2Frt.example.com%7C7&metric=resolution&recover=1');
    expect(readPanelQuery(query)).toEqual({
      kind: 'ticket',
      ticket: 'https://rt.example.com|7',
      metric: 'resolution',
      recover: true,
    });
  });

  it('names an incident', () => {
    expect(readPanelQuery(panelQuery({ incident: 'a|b' }))).toEqual({ kind: 'incident', incident: 'a|b' });
  });

  it('follows the current tab without a target, and drops an unknown metric', () => {
    expect(readPanelQuery('')).toEqual({ kind: 'currentTab' });
    expect(readPanelQuery('?ticket=k&metric=bogus')).toEqual({
      kind: 'ticket',
      ticket: 'k',
      metric: null,
      recover: false,
    });
  });
});
