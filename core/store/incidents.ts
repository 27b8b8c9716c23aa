/**
 * Incidents in the store. Pages read them with readIncident / readIncidentsOfTicket (through
 * readStore); the background changes them only through openIncident and editIncident, each one
 * read-modify-write transaction: two edits arriving together (a debounced text and a click) are
 * applied one after the other to the latest record, never both to the same old one.
 */
import type { Metric } from '../engine/metrics';
import { commitOrAbort } from './atomic';
import { parseStored, type StoreProblem, validateForWrite } from './problems';
import { type IncidentRecord, incidentRecordSchema } from './records';
import type { PlazoDb } from './schema';
import { type Found, type Listed, readByTicket, readOne } from './validated-io';

/** One incident by id; a stored one that fails its schema comes back as a problem. */
export function readIncident(db: PlazoDb, id: string): Promise<Found<IncidentRecord>> {
  return readOne(db, 'incidents', incidentRecordSchema, id);
}

/** Every incident of a ticket (its store key, "origin|id"), newest first. */
export async function readIncidentsOfTicket(db: PlazoDb, ticket: string): Promise<Listed<IncidentRecord>> {
  const { records, problems } = await readByTicket(db, 'incidents', incidentRecordSchema, ticket);
  return { records: records.sort((a, b) => b.openedAt - a.openedAt), problems };
}

export interface IncidentOpened {
  readonly incident: IncidentRecord;
  /** false when the ticket's open incident for that metric was reused. */
  readonly created: boolean;
}

/**
 * The open (not closed) incident of `ticket` for `metric`, or a new one made by `create` and stored,
 * in one transaction, so two clicks on "start recovery" never make two incidents.
 */
export async function openIncident(
  db: PlazoDb,
  ticket: string,
  metric: Metric,
  create: () => IncidentRecord,
): Promise<IncidentOpened> {
  const transaction = db.transaction('incidents', 'readwrite');
  return commitOrAbort(transaction, async () => {
    const raw = await transaction.store.index('byTicket').getAll(ticket);
    const open = raw
      .map((value) => incidentRecordSchema.safeParse(value))
      .flatMap((parsed) => (parsed.success ? [parsed.data] : []))
      .filter((incident) => incident.metric === metric && incident.closed === null)
      .sort((a, b) => b.openedAt - a.openedAt)[0];
    if (open) return { incident: open, created: false };
    const made = create();
    const value = validateForWrite(incidentRecordSchema, 'incidents', made.id, made);
    await transaction.store.put(value);
    return { incident: value, created: true };
  });
}

/** What an edit of an incident came to. */
export type IncidentEdited =
  | { readonly ok: true; readonly incident: IncidentRecord }
  | { readonly ok: false; readonly reason: 'missing' | 'damaged'; readonly problem: StoreProblem | null }
  | { readonly ok: false; readonly reason: 'refused'; readonly error: string };

/**
 * Reads the incident, lets `edit` (pure and synchronous: the state machine) produce the next one or
 * an error, and stores it, all in one transaction. Nothing is written unless the edit applies.
 */
export async function editIncident(
  db: PlazoDb,
  id: string,
  edit: (incident: IncidentRecord) => { incident: IncidentRecord } | { error: string },
): Promise<IncidentEdited> {
  const transaction = db.transaction('incidents', 'readwrite');
  return commitOrAbort(transaction, async (): Promise<IncidentEdited> => {
    const raw = await transaction.store.get(id);
    if (raw === undefined) return { ok: false, reason: 'missing', problem: null };
    const stored = parseStored(incidentRecordSchema, 'incidents', id, raw);
    if (stored.problem) return { ok: false, reason: 'damaged', problem: stored.problem };
    const result = edit(stored.value);
    if ('error' in result) return { ok: false, reason: 'refused', error: result.error };
    const value = validateForWrite(incidentRecordSchema, 'incidents', id, result.incident);
    if (value.id !== id) throw new Error(`an edit of incident ${id} returned incident ${value.id}`);
    await transaction.store.put(value);
    return { ok: true, incident: value };
  });
}
