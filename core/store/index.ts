/**
 * The store's public API. Only the background worker writes: it opens the database with
 * openPlazoDb (which runs the migrations) and wraps the connection in a PlazoStore.
 */
export type { CountersRead } from './counters';
export { type ClosedReason, type ConnectionEvents, DEFAULT_DB_NAME, MigrationError, openPlazoDb } from './db';
export type { MergeObservation, ObservationRecorded } from './observations';
export { InvalidRecordError, type StoreProblem } from './problems';
export type { PlazoDb, PlazoSchema } from './schema';
export type { SettingsRead } from './settings';
export { PlazoStore } from './store';
