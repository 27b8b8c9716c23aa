/**
 * The creation dates a custom definition accepts: ISO 8601 date and time with an offset, or without
 * one in the zone the definition names; never a guessed zone, never a rolled-over date.
 */
import { describe, expect, it } from 'vitest';
import { parseCreated } from '../../core/adapters/custom/created';

describe('a custom creation date', () => {
  it('reads ISO 8601 with an offset, "T" or a space, seconds and fractions optional', () => {
    expect(parseCreated('2026-11-20T14:05:09Z', undefined)).toEqual({ at: Date.UTC(2026, 10, 20, 14, 5, 9) });
    expect(parseCreated('2026-11-20 14:05+01:00', undefined)).toEqual({ at: Date.UTC(2026, 10, 20, 13, 5) });
    expect(parseCreated('2026-11-20T14:05:09.5-0500', 'Europe/Madrid')).toEqual({
      at: Date.UTC(2026, 10, 20, 19, 5, 9, 500),
    });
  });

  it('needs a named zone for a time without an offset, and reads it there', () => {
    expect(parseCreated('2026-11-20 14:05', undefined)).toEqual({ problem: 'needsZone' });
    expect(parseCreated('2026-11-20 14:05', 'America/New_York')).toEqual({
      at: Date.UTC(2026, 10, 20, 19, 5),
    });
    // 29 March 2026, 02:30 does not exist in Madrid; 25 October 02:30 happens twice (the earlier is taken).
    expect(parseCreated('2026-03-29 02:30', 'Europe/Madrid')).toEqual({ problem: 'notDate' });
    expect(parseCreated('2026-10-25 02:30', 'Europe/Madrid')).toEqual({ at: Date.UTC(2026, 9, 25, 0, 30) });
  });

  it('refuses anything else', () => {
    for (const text of [
      '2026-11-20',
      '20/11/2026 14:05',
      '2 hours ago',
      '2026-02-30 10:00Z',
      '2026-11-20 24:00Z',
      '2026-11-20 10:60Z',
    ]) {
      expect(parseCreated(text, 'UTC'), text).toEqual({ problem: 'notDate' });
    }
  });
});
