import type { PatternOptions } from '../../core/desks';

/** Must equal the background's (entrypoints/background/desks.ts): both name the same permission. */
export const PATTERN_OPTIONS: PatternOptions = { ports: !import.meta.env.FIREFOX };
