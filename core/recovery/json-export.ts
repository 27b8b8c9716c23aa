/**
 * The incident as JSON, in an envelope that says what it is and which shape, so a tool reading a
 * folder of exports can tell them apart and refuse shapes it does not know.
 */
import { z } from 'zod';
import { type Incident, incidentSchema } from './incident';

export const INCIDENT_EXPORT_FORMAT = 'plazo-incident';
export const INCIDENT_EXPORT_VERSION = 1;

export const incidentExportSchema = z.strictObject({
  format: z.literal(INCIDENT_EXPORT_FORMAT),
  version: z.literal(INCIDENT_EXPORT_VERSION),
  exportedAt: z.number().int().nonnegative(),
  incident: incidentSchema,
});
export type IncidentExport = z.output<typeof incidentExportSchema>;

export function incidentJson(incident: Incident, exportedAt: number): string {
  const document: IncidentExport = {
    format: INCIDENT_EXPORT_FORMAT,
    version: INCIDENT_EXPORT_VERSION,
    exportedAt,
    incident,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** A file name for the export: the ticket id and the opening date, nothing else from the page. */
export function exportFileName(incident: Incident, extension: 'md' | 'json'): string {
  const id = incident.ticketId.replace(/[^A-Za-z0-9-]/g, '').slice(0, 40) || 'ticket';
  const day = new Date(incident.openedAt).toISOString().slice(0, 10);
  return `plazo-incident-${id}-${day}.${extension}`;
}
