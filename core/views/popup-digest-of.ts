/** Makes the popup's first-screen digest (popup-digest.ts) from the first screen's tickets, read and evaluated. */

import { DIGEST_ROWS, type PopupDigest } from './popup-digest';
import { sortRows } from './popup-list';
import { rowClockOf } from './popup-row';
import type { FirstScreen } from './popup-source';

export function popupDigestOf(first: FirstScreen, now: number): PopupDigest {
  const rows = sortRows([...first.rows], now).slice(0, DIGEST_ROWS);
  return {
    version: 1,
    at: now,
    totals: first.totals,
    rows: rows.map((row) => ({
      key: row.key,
      id: row.id,
      title: row.title,
      url: row.url,
      tool: row.tool,
      assignee: row.assignee,
      urgency: row.urgency,
      snoozedUntil: row.snoozedUntil,
      clock: rowClockOf(row, first.calendars),
    })),
  };
}
