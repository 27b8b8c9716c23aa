import { describe, expect, it } from 'vitest';
import type { TicketHistory } from '../../core/engine/history';
import { currentFields } from '../../core/tickets/current-fields';
import { mergeObservation } from '../../core/tickets/merge';

const desk = 'http://127.0.0.1:8080';

function observed(
  at: number,
  fields: { priority?: string; assignee?: string },
): Parameters<typeof mergeObservation>[1] {
  return {
    key: { desk, id: '4' },
    tool: 'rt',
    url: `${desk}/Ticket/Display.html?id=4`,
    observedAt: at,
    createdAt: 1_000,
    status: 'open',
    ...fields,
  };
}

describe('currentFields', () => {
  it('gives each field’s latest value, the assignee included, as observations arrive', () => {
    let record = mergeObservation(
      undefined,
      observed(10_000, { priority: 'Low', assignee: 'Nobody in particular' }),
    );
    record = mergeObservation(record, observed(20_000, { assignee: 'alice (Alice Agent)' }));
    record = mergeObservation(record, observed(30_000, { priority: 'High' }));
    expect(currentFields(record.history)).toEqual({ priority: 'High', assignee: 'alice (Alice Agent)' });
  });

  it('is empty for a ticket whose desk showed no fields', () => {
    const history: TicketHistory = {
      key: { desk, id: '9' },
      tool: 'rt',
      createdAt: 0,
      firstSeenAt: 0,
      facts: [{ kind: 'status', at: 0, status: 'new' }],
      deskDeadlines: {},
    };
    expect(currentFields(history)).toEqual({});
  });
});
