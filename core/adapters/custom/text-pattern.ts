/**
 * The user's text patterns: a regular expression whose one capture group is the value, as in
 * "Created: (.+)". Patterns are short and run on short texts (see fields.ts), so a careless pattern
 * cannot hang the page for long.
 */

export const MAX_PATTERN_LENGTH = 200;

export type TextPatternProblem = 'patternInvalid' | 'patternGroups';

/** Why `source` cannot be used, or null when it compiles with exactly one capture group. */
export function textPatternProblem(source: string): TextPatternProblem | null {
  const pattern = compile(source);
  if (!pattern) return 'patternInvalid';
  // Any pattern matches "" once an empty alternative is added; the match has one slot per group.
  const slots = new RegExp(`${pattern.source}|`).exec('')?.length ?? 1;
  return slots - 1 === 1 ? null : 'patternGroups';
}

/** The compiled pattern, or null when it does not compile. */
export function compile(source: string): RegExp | null {
  try {
    return new RegExp(source);
  } catch {
    return null;
  }
}
