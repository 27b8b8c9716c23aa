/**
 * The shape of one schema step. Migrations see the database untyped on purpose: each describes the
 * schema as it was at its own version, so today's PlazoSchema type must not constrain yesterday's step.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';

export type UpgradeDatabase = IDBPDatabase<unknown>;
export type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;

/**
 * Brings the database from version n-1 to n, where n is the migration's position in MIGRATIONS
 * (1-based). It runs inside the single `versionchange` transaction of the upgrade, so every step of
 * one upgrade commits together or not at all.
 *
 * Rules, because breaking them loses data or leaves a half-built schema:
 * - Await only requests on `transaction` (its stores, cursors, indexes). Awaiting anything else
 *   (fetch, timers, browser APIs) lets the transaction commit early and the next step then fails.
 * - Name stores and indexes with literal strings, never shared constants: this step must keep doing
 *   exactly what it did when it shipped.
 * - Never edit a migration that has shipped; add the next one.
 */
export type Migration = (database: UpgradeDatabase, transaction: UpgradeTransaction) => void | Promise<void>;
