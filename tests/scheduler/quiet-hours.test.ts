// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { quietUntil } from '../../core/scheduler/quiet-hours';

const night = { from: 22 * 60, to: 7 * 60, timeZone: 'America/New_York' };

describe('quietUntil', () => {
  it('a window across midnight ends the next local morning', () => {
    // 23:30 in New York (EST, UTC-5) is 04:30 UTC; quiet until 07:00 local = 12:00 UTC.
    expect(quietUntil(night, Date.parse('2026-12-08T04:30:00Z'))).toBe(Date.parse('2026-12-08T12:00:00Z'));
    // 06:59 local is still quiet; 07:00 is not.
    expect(quietUntil(night, Date.parse('2026-12-08T11:59:00Z'))).toBe(Date.parse('2026-12-08T12:00:00Z'));
    expect(quietUntil(night, Date.parse('2026-12-08T12:00:00Z'))).toBeNull();
  });

  it('outside the window, or with no window, nothing is held', () => {
    expect(quietUntil(night, Date.parse('2026-12-08T15:00:00Z'))).toBeNull();
    expect(quietUntil(null, Date.parse('2026-12-08T04:30:00Z'))).toBeNull();
  });
});
