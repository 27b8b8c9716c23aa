/**
 * The store's public API. Only the background worker writes: it opens the database with
 * openPlazoDb (which runs the migrations) and wraps the connection in a PlazoStore. Extension pages
 * open it with openPlazoDbForReading, which never migrates, and send commands to change anything.
 */
export type { CountersRead } from './counters';
export { type ClosedReason, type ConnectionEvents, DEFAULT_DB_NAME, MigrationError, openPlazoDb } from './db';
export {
  type IncidentEdited,
  type IncidentOpened,
  readIncident,
  readIncidentsOfTicket,
} from './incidents';
export type { MergeObservation, ObservationRecorded } from './observations';
export { InvalidRecordError, type StoreProblem } from './problems';
export { openPlazoDbForReading, StoreNotReadyError } from './reader';
export type { PlazoDb, PlazoSchema } from './schema';
export type { SettingsRead } from './settings';
export { PlazoStore } from './store';
