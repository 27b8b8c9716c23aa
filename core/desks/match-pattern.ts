/**
 * Where a desk lives, as browsers' permissions and content scripts name it: a match pattern for the
 * desk's whole origin ("https://support.example.com/*"). Permissions are granted per origin, so two
 * desks on one origin share one pattern, one permission and one content script.
 */

export interface PatternOptions {
  /**
   * Chrome's match patterns may carry a port ("http://127.0.0.1:8080/*" matches that port only);
   * Firefox refuses a port in a pattern, so its patterns cover every port of the host.
   */
  readonly ports: boolean;
}

export const CHROME_PATTERNS: PatternOptions = { ports: true };

/** "https://support.example.com/rt/" → "https://support.example.com/*". */
export function deskMatchPattern(base: string, options: PatternOptions = CHROME_PATTERNS): string {
  const url = new URL(base);
  return `${url.protocol}//${options.ports ? url.host : url.hostname}/*`;
}

/** "https://support.example.com/rt/" → "https://support.example.com" (also the desk's ticket key prefix). */
export function deskOrigin(base: string): string {
  return new URL(base).origin;
}

/** What the name field proposes when left empty: the host, with its port if it has one. */
export function defaultDeskName(base: string): string {
  return new URL(base).host;
}
