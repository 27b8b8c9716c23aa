/**
 * How the store reports data it cannot trust. Reads never throw on a bad stored value: they skip it
 * and return a StoreProblem the views can show. Writes refuse a bad value with InvalidRecordError,
 * because a value that fails its schema is a bug in the caller and must never reach the disk.
 */
import type { z } from 'zod';

/** One stored value that failed its schema, or a write that was refused. */
export interface StoreProblem {
  /** Object store name ("tickets", "settings", …). */
  readonly store: string;
  readonly key: string;
  /** Readable: "history.facts[0].at: Invalid input: expected number, received string". */
  readonly message: string;
}

/** Thrown by writes given a value that fails its schema; nothing was written. */
export class InvalidRecordError extends Error {
  override readonly name = 'InvalidRecordError';
  constructor(readonly problem: StoreProblem) {
    super(`Refused to write ${problem.store} ${problem.key}: ${problem.message}`);
  }
}

/** Enough issues to locate the damage without flooding the views. */
const MAX_ISSUES = 5;

/** "history.facts[0].at", or "(whole record)" when the value itself is wrong (not an object, say). */
function pathText(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(whole record)';
  return path
    .map((part, index) => {
      if (typeof part === 'number') return `[${part}]`;
      return index === 0 ? String(part) : `.${String(part)}`;
    })
    .join('');
}

/** The zod issues of `error` as one readable line, each led by the path of the field it concerns. */
export function describeIssues(error: z.ZodError): string {
  const lines = error.issues.slice(0, MAX_ISSUES).map((issue) => `${pathText(issue.path)}: ${issue.message}`);
  const more = error.issues.length - MAX_ISSUES;
  if (more > 0) lines.push(`and ${more} more`);
  return lines.join('; ');
}

export type Parsed<T> = { value: T; problem: null } | { value: undefined; problem: StoreProblem };

/** Parses one value read from `store` under `key`; a failure becomes a problem, never an exception. */
export function parseStored<T>(schema: z.ZodType<T>, store: string, key: string, raw: unknown): Parsed<T> {
  const result = schema.safeParse(raw);
  if (result.success) return { value: result.data, problem: null };
  return { value: undefined, problem: { store, key, message: describeIssues(result.error) } };
}

/** Parses a value about to be written; throws InvalidRecordError instead of writing a bad one. */
export function validateForWrite<T>(schema: z.ZodType<T>, store: string, key: string, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new InvalidRecordError({ store, key, message: describeIssues(result.error) });
}
