import { describe, expect, it } from 'vitest';
import { evaluate, parseCalendar } from '../../core/engine';
import { policySchema } from '../../core/engine/policy';
import { DEFAULT_SETTINGS } from '../../core/store/records';
import { DIGEST_ROWS, type PopupDigest, parsePopupDigest } from '../../core/views/popup-digest';
import { popupDigestOf } from '../../core/views/popup-digest-of';
import { type PopupRow, rowOf } from '../../core/views/popup-row';
import type { FirstScreen } from '../../core/views/popup-source';
import { runningLeft } from '../../core/views/row-clock';
import { MINUTE, NOW, record, row, SHAPES } from './popup-fixtures';

const HOUR = 60 * MINUTE;

function firstScreen(rows: PopupRow[], calendars: FirstScreen['calendars'] = {}): FirstScreen {
  return {
    settings: DEFAULT_SETTINGS,
    calendars,
    snoozes: new Map(),
    problems: [],
    rows,
    totals: { tickets: 40, breached: 2, atRisk: 1 },
  };
}

/** Stored and read back as the popup reads it: through JSON (structured clone keeps the same shape). */
const storedAndRead = (digest: PopupDigest) => parsePopupDigest(JSON.parse(JSON.stringify(digest)));

describe('the popup’s first-screen digest', () => {
  it('holds the most urgent rows, in order, and the totals', () => {
    const many = Array.from({ length: 30 }, (_, index) =>
      row({ id: String(100 + index), ageMinutes: index * 7 }),
    );
    const digest = popupDigestOf(firstScreen([...SHAPES.map((shape) => row(shape)), ...many]), NOW);
    expect(digest.rows).toHaveLength(DIGEST_ROWS);
    // Breached first (the latest deadline last among them), as the full list orders them.
    expect(digest.rows.slice(0, 3).map((entry) => entry.urgency.state)).toEqual([
      'breached',
      'breached',
      'breached',
    ]);
    const deadlines = digest.rows
      .filter((entry) => entry.urgency.state === 'breached')
      .map((entry) => entry.urgency.deadline ?? 0);
    expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
    expect(digest.totals).toEqual({ tickets: 40, breached: 2, atRisk: 1 });
    expect(digest.rows[0]).not.toHaveProperty('record');
    expect(storedAndRead(digest)).toEqual(digest);
  });

  it('carries the working stretches, so the popup counts business time like the chips do', () => {
    const office = parseCalendar({
      name: 'Office',
      timeZone: 'Europe/Madrid',
      week: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] },
    });
    const policy = policySchema.parse({
      id: 'office',
      name: 'Office hours',
      targets: { firstResponse: { minutes: 8 * 60, calendar: 'office' } },
      clock: { stopStatuses: ['resolved'] },
    });
    // Created Mon 10:00 in Madrid (09:00 UTC); at NOW (13:00 Madrid) 5 business hours are left.
    const stored = record({ id: '9', ageMinutes: 3 * 60 });
    const evaluated = rowOf(stored, evaluate(stored.history, [policy], { office }, NOW), null);
    const digest = storedAndRead(popupDigestOf(firstScreen([evaluated], { office }), NOW));
    const [first] = digest?.rows ?? [];
    expect(first?.clock?.spans.length).toBeGreaterThan(0);
    const left = (at: number) => runningLeft(first?.urgency ?? evaluated.urgency, first?.clock ?? null, at);
    expect(left(NOW)).toBe(5 * HOUR);
    // At 19:00 the office has closed at 17:00: 4 hours counted, one left until Tuesday 09:00.
    expect(left(NOW + 6 * HOUR)).toBe(HOUR);
    expect(left(NOW + 20 * HOUR)).toBe(HOUR);
    expect(left(NOW + 20.5 * HOUR)).toBe(30 * MINUTE);
    expect(left(NOW + 21 * HOUR)).toBe(0);
  });

  it('is ignored when missing or not as written (the popup then reads the store)', () => {
    const digest = popupDigestOf(firstScreen(SHAPES.map((shape) => row(shape))), NOW);
    const [first] = digest.rows;
    expect(parsePopupDigest(undefined)).toBeNull();
    expect(parsePopupDigest({ ...digest, version: 2 })).toBeNull();
    expect(parsePopupDigest({ ...digest, extra: true })).toBeNull();
    expect(parsePopupDigest({ ...digest, rows: [{ ...first, url: 'javascript:alert(1)' }] })).toBeNull();
    expect(parsePopupDigest({ ...digest, rows: Array(DIGEST_ROWS + 1).fill(first) })).toBeNull();
    expect(parsePopupDigest({ ...digest, totals: { tickets: -1, breached: 0, atRisk: 0 } })).toBeNull();
  });
});
