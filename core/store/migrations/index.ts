/**
 * Every schema step, oldest first. The database version is the length of this list, so adding a
 * step is: a new file `NNN-what-changed.ts` exporting a Migration, one entry at the end of this
 * list, and a test in tests/store/migrations/NNN-what-changed.test.ts (tests/store/migrations.test.ts
 * checks that all three exist). If the step changes stores or indexes, update PlazoSchema in
 * ../schema.ts too.
 */
import { initial } from './001-initial';
import { schedule } from './002-schedule';
import { incidents } from './003-incidents';
import type { Migration } from './migration';

export type { Migration, UpgradeDatabase, UpgradeTransaction } from './migration';

export const MIGRATIONS: readonly Migration[] = [initial, schedule, incidents];
