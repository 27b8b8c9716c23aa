/** The desk list's edits, as the options page makes them: pure, so both checks and tests see one rule. */
import type { Desk } from '../store/records';
import { CHROME_PATTERNS, deskMatchPattern, type PatternOptions } from './match-pattern';

export type DeskListEdit =
  | { readonly ok: true; readonly desks: Desk[] }
  | { readonly ok: false; readonly problem: 'duplicate' | 'tooMany' };

/** The settings schema's limit on desks. */
export const MAX_DESKS = 100;

/** The locale message for each refusal. */
export const DESK_LIST_PROBLEM_MESSAGES = {
  duplicate: 'optionsDeskErrorDuplicate',
  tooMany: 'optionsDeskErrorTooMany',
} as const;

/** Adds `desk` at the end; the same base URL twice would be one desk counted twice. */
export function addDesk(desks: readonly Desk[], desk: Desk): DeskListEdit {
  if (desks.some((existing) => existing.base === desk.base)) return { ok: false, problem: 'duplicate' };
  if (desks.length >= MAX_DESKS) return { ok: false, problem: 'tooMany' };
  return { ok: true, desks: [...desks, desk] };
}

export function removeDesk(desks: readonly Desk[], base: string): Desk[] {
  return desks.filter((desk) => desk.base !== base);
}

/** Whether any of `desks` needs the same origin pattern as `base`: then its permission must stay. */
export function patternInUse(
  desks: readonly Desk[],
  base: string,
  options: PatternOptions = CHROME_PATTERNS,
): boolean {
  const pattern = deskMatchPattern(base, options);
  return desks.some((desk) => deskMatchPattern(desk.base, options) === pattern);
}
