/**
 * The file "Export everything" writes and "Import" reads: one versioned JSON document. Imported
 * files are hostile input: the whole file is parsed with these schemas before anything is stored,
 * and the background parses it again when the import command arrives.
 */
import { z } from 'zod';
import type { IssueReason } from '../engine/issue-reason';
import {
  alertRecordSchema,
  incidentRecordSchema,
  settingsSchema,
  snoozeRecordSchema,
  ticketKeyString,
  ticketRecordSchema,
} from './records';

export const EXPORT_FORMAT = 'plazo-export';
export const EXPORT_VERSION = 1;

/**
 * Files above this are refused before reading: the file crosses to the background in one runtime
 * message, which Chrome caps well above this, and a larger export is a sign something is wrong.
 */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** Flags a second record with the same key, so an import never drops one silently. */
function uniqueBy<T>(key: (record: T) => string) {
  return (records: readonly T[], context: z.core.$RefinementCtx<readonly T[]>) => {
    const seen = new Set<string>();
    records.forEach((record, index) => {
      const value = key(record);
      if (seen.has(value))
        context.addIssue({
          code: 'custom',
          path: [index],
          message: `"${value}" appears twice`,
          params: { reason: 'duplicate', value } satisfies IssueReason,
        });
      seen.add(value);
    });
  };
}

export const exportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.iso.datetime(),
  settings: settingsSchema,
  tickets: z
    .array(
      // The store finds a ticket by this key: one that disagrees with its history would never be seen again.
      ticketRecordSchema.refine((ticket) => ticket.key === ticketKeyString(ticket.history.key), {
        path: ['key'],
        error: 'does not match history.key ("desk|id")',
      }),
    )
    .superRefine(uniqueBy((ticket) => ticket.key)),
  incidents: z.array(incidentRecordSchema).superRefine(uniqueBy((incident) => incident.id)),
  /** Which alerts were already shown: without them an import would notify every past threshold again. */
  alerts: z
    .array(alertRecordSchema)
    .superRefine(uniqueBy((alert) => alert.id))
    .default([]),
  snoozes: z
    .array(snoozeRecordSchema)
    .superRefine(uniqueBy((snooze) => snooze.ticket))
    .default([]),
});
export type ExportFile = z.output<typeof exportFileSchema>;

/** How many records of each kind a file holds: what an import will replace, shown before it does. */
export interface ExportCounts {
  readonly desks: number;
  readonly policies: number;
  readonly calendars: number;
  readonly tickets: number;
  readonly incidents: number;
}

export function exportCounts(file: ExportFile): ExportCounts {
  return {
    desks: file.settings.desks.length,
    policies: file.settings.policies.length,
    calendars: Object.keys(file.settings.calendars).length,
    tickets: file.tickets.length,
    incidents: file.incidents.length,
  };
}

/** "plazo-export-2026-11-28.json": the date the user exported, in their own day. */
export function exportFileName(localDate: string): string {
  return `${EXPORT_FORMAT}-${localDate}.json`;
}
