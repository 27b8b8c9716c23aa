// @vitest-environment node
/** importData and resetData in the protocol: the whole file is validated, and only Plazo's pages may send them. */
import { describe, expect, it } from 'vitest';
import { commandMessageSchema, messageSchema } from '../../core/messaging/protocol';
import { mayReceive } from '../../core/messaging/senders';
import { DEFAULT_SETTINGS } from '../../core/store/records';

const file = {
  format: 'plazo-export',
  version: 1,
  exportedAt: '2026-11-28T10:00:00.000Z',
  settings: DEFAULT_SETTINGS,
  tickets: [],
  incidents: [],
};

describe('data commands', () => {
  it('accepts a valid export file, alerts and snoozes defaulting to none', () => {
    expect(commandMessageSchema.parse({ type: 'importData', file })).toEqual({
      type: 'importData',
      file: { ...file, alerts: [], snoozes: [] },
    });
    expect(commandMessageSchema.parse({ type: 'resetData' })).toEqual({ type: 'resetData' });
  });

  it('refuses a file with any bad part, or another version', () => {
    const bad = [
      { ...file, version: 2 },
      { ...file, settings: { ...DEFAULT_SETTINGS, policies: 'all' } },
      { ...file, tickets: [{ key: 'x' }] },
      { ...file, extra: true },
    ];
    for (const candidate of bad)
      expect(commandMessageSchema.safeParse({ type: 'importData', file: candidate }).success).toBe(false);
  });

  it('takes them from extension pages only', () => {
    const reset = messageSchema.parse({ type: 'resetData' });
    const load = messageSchema.parse({ type: 'importData', file });
    expect(mayReceive('extensionPage', reset)).toBe(true);
    expect(mayReceive('contentScript', reset)).toBe(false);
    expect(mayReceive('contentScript', load)).toBe(false);
  });
});
