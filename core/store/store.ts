/**
 * PlazoStore: everything the background reads and writes, over one open connection.
 *
 * Two rules run through it. Reads never throw on bad stored data: each bad value is skipped (or
 * replaced by a default) and reported as a StoreProblem, and it stays on disk. Writes validate first
 * and throw InvalidRecordError rather than store a value that fails its schema. Every write is one
 * transaction and resolves only once committed, so a worker stopped mid-way leaves no half-write.
 */
import type { Observation } from '../messaging/protocol';
import { type CountersRead, incrementCounter, readCounters } from './counters';
import { type MergeObservation, type ObservationRecorded, recordObservation } from './observations';
import type { StoreProblem } from './problems';
import {
  type AlertRecord,
  alertRecordSchema,
  type IncidentRecord,
  incidentRecordSchema,
  type Settings,
  type SnoozeRecord,
  snoozeRecordSchema,
  type TicketRecord,
  ticketRecordSchema,
} from './records';
import type { PlazoDb } from './schema';
import { readSettings, type SettingsRead, saveSettings } from './settings';
import { readAll, readByTicket, readOne, writeMany, writeOne } from './validated-io';

export class PlazoStore {
  constructor(private readonly db: PlazoDb) {}

  /** The settings, or DEFAULT_SETTINGS with a problem when the stored ones fail their schema. */
  readSettings(): Promise<SettingsRead> {
    return readSettings(this.db);
  }

  /** Validates and stores the settings; returns them as stored (defaults filled in). */
  saveSettings(settings: Settings): Promise<Settings> {
    return saveSettings(this.db, settings);
  }

  /** One ticket by its key (ticketKeyString). */
  async getTicket(key: string): Promise<{ ticket: TicketRecord | undefined; problem: StoreProblem | null }> {
    const { record, problem } = await readOne(this.db, 'tickets', ticketRecordSchema, key);
    return { ticket: record, problem };
  }

  /** Validates and stores a ticket, replacing any record with the same key. */
  putTicket(ticket: TicketRecord): Promise<TicketRecord> {
    return writeOne(this.db, 'tickets', ticketRecordSchema, ticket.key, ticket);
  }

  /** Removes a ticket's record; its alerts, snooze and incidents are left to their own stores. */
  deleteTicket(key: string): Promise<void> {
    return this.db.delete('tickets', key);
  }

  /** Every ticket that passes its schema; the others are reported in `problems` and left on disk. */
  async listTickets(): Promise<{ tickets: TicketRecord[]; problems: StoreProblem[] }> {
    const { records, problems } = await readAll(this.db, 'tickets', ticketRecordSchema);
    return { tickets: records, problems };
  }

  /**
   * Reads the observed ticket, merges the observation into it and stores the result, all in one
   * transaction, so concurrent observations of the same ticket are applied one after another.
   * Throws (writing nothing) if `merge` throws or returns an invalid record or another ticket's.
   */
  recordObservation(observation: Observation, merge: MergeObservation): Promise<ObservationRecorded> {
    return recordObservation(this.db, observation, merge);
  }

  /** One alert by id. */
  async getAlert(id: string): Promise<{ alert: AlertRecord | undefined; problem: StoreProblem | null }> {
    const { record, problem } = await readOne(this.db, 'alerts', alertRecordSchema, id);
    return { alert: record, problem };
  }

  /** Validates and stores an alert, replacing any with the same id. */
  putAlert(alert: AlertRecord): Promise<AlertRecord> {
    return writeOne(this.db, 'alerts', alertRecordSchema, alert.id, alert);
  }

  /** Stores all the alerts in one transaction (all or none). */
  putAlerts(alerts: readonly AlertRecord[]): Promise<void> {
    return writeMany(this.db, 'alerts', alertRecordSchema, (alert) => alert.id, alerts);
  }

  /** The alerts of one ticket (by ticket key), in id order. */
  async listAlertsByTicket(ticket: string): Promise<{ alerts: AlertRecord[]; problems: StoreProblem[] }> {
    const { records, problems } = await readByTicket(this.db, 'alerts', alertRecordSchema, ticket);
    return { alerts: records, problems };
  }

  /** Every alert, in id order. */
  async listAlerts(): Promise<{ alerts: AlertRecord[]; problems: StoreProblem[] }> {
    const { records, problems } = await readAll(this.db, 'alerts', alertRecordSchema);
    return { alerts: records, problems };
  }

  /** Validates and stores a snooze, replacing the ticket's previous one. */
  putSnooze(snooze: SnoozeRecord): Promise<SnoozeRecord> {
    return writeOne(this.db, 'snoozes', snoozeRecordSchema, snooze.ticket, snooze);
  }

  /** The snooze of one ticket (by ticket key), if any. */
  async getSnooze(
    ticket: string,
  ): Promise<{ snooze: SnoozeRecord | undefined; problem: StoreProblem | null }> {
    const { record, problem } = await readOne(this.db, 'snoozes', snoozeRecordSchema, ticket);
    return { snooze: record, problem };
  }

  /** Ends a ticket's snooze. */
  deleteSnooze(ticket: string): Promise<void> {
    return this.db.delete('snoozes', ticket);
  }

  /** Every snooze, in ticket-key order (expired ones included: the caller compares `until` with now). */
  async listSnoozes(): Promise<{ snoozes: SnoozeRecord[]; problems: StoreProblem[] }> {
    const { records, problems } = await readAll(this.db, 'snoozes', snoozeRecordSchema);
    return { snoozes: records, problems };
  }

  /** Validates and stores an incident, replacing any with the same id. Unknown fields are kept. */
  putIncident(incident: IncidentRecord): Promise<IncidentRecord> {
    return writeOne(this.db, 'incidents', incidentRecordSchema, incident.id, incident);
  }

  /** One incident by id. */
  async getIncident(
    id: string,
  ): Promise<{ incident: IncidentRecord | undefined; problem: StoreProblem | null }> {
    const { record, problem } = await readOne(this.db, 'incidents', incidentRecordSchema, id);
    return { incident: record, problem };
  }

  /** The incidents of one ticket (by ticket key), in id order. */
  async listIncidentsByTicket(
    ticket: string,
  ): Promise<{ incidents: IncidentRecord[]; problems: StoreProblem[] }> {
    const { records, problems } = await readByTicket(this.db, 'incidents', incidentRecordSchema, ticket);
    return { incidents: records, problems };
  }

  /** Adds one to a diagnostic counter (e.g. 'droppedMessages'); returns the new count. */
  incrementCounter(name: string): Promise<number> {
    return incrementCounter(this.db, name);
  }

  /** Every counter by name. */
  readCounters(): Promise<CountersRead> {
    return readCounters(this.db);
  }
}
