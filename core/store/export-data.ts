/**
 * "Export everything": the store as one export file, read by the options page (pages read the store
 * directly). Records that fail their schema are left out and reported, so the file always imports.
 */
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from './export-format';
import type { StoreProblem } from './problems';
import { alertRecordSchema, incidentRecordSchema, snoozeRecordSchema, ticketRecordSchema } from './records';
import type { PlazoDb } from './schema';
import { readSettings } from './settings';
import { readAll } from './validated-io';

export interface ExportRead {
  readonly file: ExportFile;
  /** Stored values left out because they fail their schema (the settings: defaults were exported). */
  readonly problems: readonly StoreProblem[];
}

export async function readExport(db: PlazoDb, now: number): Promise<ExportRead> {
  const [settings, tickets, incidents, alerts, snoozes] = await Promise.all([
    readSettings(db),
    readAll(db, 'tickets', ticketRecordSchema),
    readAll(db, 'incidents', incidentRecordSchema),
    readAll(db, 'alerts', alertRecordSchema),
    readAll(db, 'snoozes', snoozeRecordSchema),
  ]);
  return {
    file: {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: new Date(now).toISOString(),
      settings: settings.settings,
      tickets: tickets.records,
      incidents: incidents.records,
      alerts: alerts.records,
      snoozes: snoozes.records,
    },
    problems: [
      ...(settings.problem ? [settings.problem] : []),
      ...tickets.problems,
      ...incidents.problems,
      ...alerts.problems,
      ...snoozes.problems,
    ],
  };
}
