import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsSchema } from '../../core/store/records';
import { settingsFromStored } from '../../core/store/settings';

describe("the agent's name in the settings", () => {
  it('settings stored before the name existed still parse, without a name', () => {
    const old = { desks: [], policies: [], calendars: {}, notifications: { enabled: false } };
    const { settings, problem } = settingsFromStored(old);
    expect(problem).toBeNull();
    expect(settings.agentName).toBeUndefined();
    expect(settings.notifications.enabled).toBe(false);
    expect(DEFAULT_SETTINGS.agentName).toBeUndefined();
  });

  it('keeps a name and refuses one too long to stamp', () => {
    expect(settingsSchema.parse({ agentName: 'Alice' }).agentName).toBe('Alice');
    expect(settingsSchema.safeParse({ agentName: 'x'.repeat(101) }).success).toBe(false);
  });
});
