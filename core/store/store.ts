/**
 * PlazoStore: everything the background reads and writes, over one open connection.
 *
 * Two rules run through it. Reads never throw on bad stored data: each bad value is skipped (or
 * replaced by a default) and reported as a StoreProblem, and it stays on disk. Writes validate first
 * and throw InvalidRecordError rather than store a value that fails its schema. Every write is one
 * transaction and resolves only once committed, so a worker stopped mid-way leaves no half-write.
 */
import type { Metric } from '../engine/policy';
import type { Observation } from '../messaging/protocol';
import { commitOrAbort } from './atomic';
import { type CountersRead, incrementCounter, readCounters } from './counters';
import type { ExportFile } from './export-format';
import { editIncident, type IncidentEdited, type IncidentOpened, openIncident } from './incidents';
import { markDue, markEveryTicketDue } from './mark-due';
import { type MergeObservation, type ObservationRecorded, recordObservations } from './observations';
import { type StoreProblem, validateForWrite } from './problems';
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
import { importData, resetData } from './replace-all';
import {
  type BadgeCounts,
  type ReconcileInput,
  type ReconcileOutput,
  readReconcileInput,
  writeReconcileOutput,
} from './schedule';
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

  /** Replaces settings, tickets, incidents, alerts and snoozes with an export's, all or nothing. */
  importData(file: ExportFile): Promise<Settings> {
    return importData(this.db, file);
  }

  /** Default settings, and no tickets, alerts or snoozes; incidents stay. One transaction. */
  resetData(): Promise<Settings> {
    return resetData(this.db);
  }

  /** One ticket by its key (ticketKeyString). */
  async getTicket(key: string): Promise<{ ticket: TicketRecord | undefined; problem: StoreProblem | null }> {
    const { record, problem } = await readOne(this.db, 'tickets', ticketRecordSchema, key);
    return { ticket: record, problem };
  }

  /** Validates and stores a ticket, replacing any record with the same key, and marks it due. */
  async putTicket(ticket: TicketRecord): Promise<TicketRecord> {
    const [stored] = await this.putTickets([ticket]);
    return stored as TicketRecord;
  }

  /** Validates every ticket, then stores them all and marks them due, in one transaction. */
  async putTickets(tickets: readonly TicketRecord[]): Promise<TicketRecord[]> {
    const values = tickets.map((ticket) =>
      validateForWrite(ticketRecordSchema, 'tickets', ticket.key, ticket),
    );
    const transaction = this.db.transaction(['tickets', 'schedule'], 'readwrite');
    await commitOrAbort(transaction, async () => {
      await Promise.all(values.map((value) => transaction.objectStore('tickets').put(value)));
      await markDue(
        transaction.objectStore('schedule'),
        values.map((value) => value.key),
      );
    });
    return values;
  }

  /**
   * Forgets a ticket: its record, schedule entry, alerts and snooze go together. Its incidents stay:
   * they are the team's record of a breach and its recovery.
   */
  async deleteTicket(key: string): Promise<void> {
    const transaction = this.db.transaction(['tickets', 'schedule', 'alerts', 'snoozes'], 'readwrite');
    await commitOrAbort(transaction, async () => {
      const alertIds = await transaction.objectStore('alerts').index('byTicket').getAllKeys(key);
      await Promise.all([
        transaction.objectStore('tickets').delete(key),
        transaction.objectStore('schedule').delete(key),
        transaction.objectStore('snoozes').delete(key),
        ...alertIds.map((id) => transaction.objectStore('alerts').delete(id)),
      ]);
    });
  }

  /** Marks every ticket due: after an update of Plazo, when any evaluation may have changed. */
  markEveryTicketDue(): Promise<void> {
    return markEveryTicketDue(this.db);
  }

  /** What a reconcile needs: the settings and every due ticket with its alerts and snooze. */
  readReconcileInput(now: number): Promise<ReconcileInput> {
    return readReconcileInput(this.db, now);
  }

  /** What a reconcile learnt, in one transaction; returns the badge counts after it. */
  writeReconcileOutput(output: ReconcileOutput): Promise<BadgeCounts> {
    return writeReconcileOutput(this.db, output);
  }

  /** Every ticket that passes its schema; the others are reported in `problems` and left on disk. */
  async listTickets(): Promise<{ tickets: TicketRecord[]; problems: StoreProblem[] }> {
    const { records, problems } = await readAll(this.db, 'tickets', ticketRecordSchema);
    return { tickets: records, problems };
  }

  /**
   * The tickets of these desks (origins, or "personal"), read by key range rather than all of them:
   * ticket keys are "<desk>|<id>", and every key starting with "<desk>|" sorts before "<desk>}".
   */
  async listTicketsOfDesks(
    desks: readonly string[],
  ): Promise<{ tickets: TicketRecord[]; problems: StoreProblem[] }> {
    const lists = await Promise.all(
      desks.map((desk) =>
        readAll(
          this.db,
          'tickets',
          ticketRecordSchema,
          IDBKeyRange.bound(`${desk}|`, `${desk}}`, false, true),
        ),
      ),
    );
    return {
      tickets: lists.flatMap((list) => list.records),
      problems: lists.flatMap((list) => list.problems),
    };
  }

  /**
   * Reads each observed ticket, merges the observation into it and stores the result, all in one
   * transaction, in order (see ./observations.ts). Throws, writing nothing, if `merge` throws or
   * returns an invalid record or another ticket's; a damaged stored ticket is reported in its result.
   */
  recordObservations(
    observations: readonly Observation[],
    merge: MergeObservation,
  ): Promise<ObservationRecorded[]> {
    return recordObservations(this.db, observations, merge);
  }

  /** One observation: recordObservations with a batch of one. */
  async recordObservation(observation: Observation, merge: MergeObservation): Promise<ObservationRecorded> {
    const [result] = await this.recordObservations([observation], merge);
    return result as ObservationRecorded;
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

  /** Validates and stores a snooze, replacing the ticket's previous one, and marks the ticket due. */
  async putSnooze(snooze: SnoozeRecord): Promise<SnoozeRecord> {
    const value = validateForWrite(snoozeRecordSchema, 'snoozes', snooze.ticket, snooze);
    const transaction = this.db.transaction(['snoozes', 'schedule'], 'readwrite');
    await commitOrAbort(transaction, async () => {
      await transaction.objectStore('snoozes').put(value);
      await markDue(transaction.objectStore('schedule'), [value.ticket]);
    });
    return value;
  }

  /**
   * Acknowledges every alert of a ticket (of one metric, or all when null) that is not yet, so its
   * breach stops repeating; marks the ticket due. Returns how many alerts it acknowledged.
   */
  async acknowledgeAlerts(ticket: string, metric: Metric | null, now: number): Promise<number> {
    const transaction = this.db.transaction(['alerts', 'schedule'], 'readwrite');
    return commitOrAbort(transaction, async () => {
      const alerts = transaction.objectStore('alerts');
      const raw = await alerts.index('byTicket').getAll(ticket);
      let acknowledged = 0;
      for (const value of raw) {
        const alert = alertRecordSchema.safeParse(value);
        // A damaged alert stays as it is (listAlertsByTicket reports it); the others are acknowledged.
        if (!alert.success || alert.data.acknowledgedAt !== null) continue;
        if (metric !== null && alert.data.metric !== metric) continue;
        await alerts.put(
          validateForWrite(alertRecordSchema, 'alerts', alert.data.id, {
            ...alert.data,
            acknowledgedAt: now,
          }),
        );
        acknowledged++;
      }
      await markDue(transaction.objectStore('schedule'), [ticket]);
      return acknowledged;
    });
  }

  /** The snooze of one ticket (by ticket key), if any. */
  async getSnooze(
    ticket: string,
  ): Promise<{ snooze: SnoozeRecord | undefined; problem: StoreProblem | null }> {
    const { record, problem } = await readOne(this.db, 'snoozes', snoozeRecordSchema, ticket);
    return { snooze: record, problem };
  }

  /** Every snooze, in ticket-key order (expired ones included: the caller compares `until` with now). */
  async listSnoozes(): Promise<{ snoozes: SnoozeRecord[]; problems: StoreProblem[] }> {
    const { records, problems } = await readAll(this.db, 'snoozes', snoozeRecordSchema);
    return { snoozes: records, problems };
  }

  /** Validates and stores an incident, replacing any with the same id. */
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

  /** The open incident of a ticket's metric, or a new one from `create`, in one transaction. */
  openIncident(ticket: string, metric: Metric, create: () => IncidentRecord): Promise<IncidentOpened> {
    return openIncident(this.db, ticket, metric, create);
  }

  /** Applies `edit` (the recovery state machine) to the stored incident, in one transaction. */
  editIncident(
    id: string,
    edit: (incident: IncidentRecord) => { incident: IncidentRecord } | { error: string },
  ): Promise<IncidentEdited> {
    return editIncident(this.db, id, edit);
  }

  /** Adds one to a diagnostic counter (e.g. 'droppedMessages') at `now`; returns the new count. */
  incrementCounter(name: string, now: number): Promise<number> {
    return incrementCounter(this.db, name, now);
  }

  /** Every counter by name. */
  readCounters(): Promise<CountersRead> {
    return readCounters(this.db);
  }
}
