/** A problem shown next to its input, and the attributes that tie the input to it for screen readers. */
import type { Problems } from './calendars/calendar-draft';

/** An element id for `path` (`week.mon[1][0]`) inside the editor whose ids start with `base`. */
export function pathId(base: string, path: string): string {
  return `${base}-${path.replace(/[^\w-]/g, '_')}`;
}

const errorId = (base: string, path: string) => `${pathId(base, path)}-error`;

export function FieldError({ base, path, problems }: { base: string; path: string; problems: Problems }) {
  const text = problems.get(path);
  if (!text) return null;
  return (
    <p class="error" id={errorId(base, path)} data-error-for={path}>
      {text}
    </p>
  );
}

/**
 * aria-invalid and aria-describedby for an input concerned by `paths` (its own, and a group's such
 * as a whole interval), with an optional hint's id.
 */
export function invalid(base: string, paths: string | readonly string[], problems: Problems, hint?: string) {
  const bad = (typeof paths === 'string' ? [paths] : paths).filter((path) => problems.has(path));
  const described = [...bad.map((path) => errorId(base, path)), hint ?? ''].filter(Boolean).join(' ');
  return {
    'aria-invalid': bad.length > 0 ? ('true' as const) : undefined,
    'aria-describedby': described || undefined,
  };
}
