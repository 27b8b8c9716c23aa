/**
 * Which content scripts the desks need registered, and what to change to get there. The browser
 * keeps dynamically registered scripts across worker restarts but wipes them on update and on
 * every launch of an unpacked build, so the background compares the wanted set with what is
 * registered at each start and after every change, and applies only the difference.
 */
import type { Desk } from '../store/records';
import { CHROME_PATTERNS, deskMatchPattern, type PatternOptions } from './match-pattern';

/** Where WXT builds entrypoints/desk.content (registration: 'runtime'). */
export const DESK_SCRIPT_FILE = 'content-scripts/desk.js';

/** Only scripts whose id starts with this are Plazo's desk scripts; others are left alone. */
export const DESK_SCRIPT_ID_PREFIX = 'plazo-desk ';

/** The fields of a registered content script this plan reads and writes (a subset of the browser's). */
export interface DeskScript {
  readonly id: string;
  readonly matches?: readonly string[] | undefined;
  readonly js?: readonly string[] | undefined;
  readonly runAt?: string | undefined;
  readonly persistAcrossSessions?: boolean | undefined;
}

/** One script per origin pattern: two desks on one origin must not inject the script twice. */
export function deskScriptId(pattern: string): string {
  return `${DESK_SCRIPT_ID_PREFIX}${pattern}`;
}

/** The script one origin needs, in the shape scripting.registerContentScripts takes. */
export interface WantedDeskScript extends DeskScript {
  readonly matches: string[];
  readonly js: string[];
  readonly runAt: 'document_idle';
  readonly persistAcrossSessions: true;
}

/** The desk script on one origin, once the page is idle (it reads the rendered ticket), kept across sessions. */
export function deskScriptFor(pattern: string): WantedDeskScript {
  return {
    id: deskScriptId(pattern),
    matches: [pattern],
    js: [DESK_SCRIPT_FILE],
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
}

/** The distinct origin patterns of `desks`, in list order. */
export function deskPatterns(desks: readonly Desk[], options: PatternOptions = CHROME_PATTERNS): string[] {
  return [...new Set(desks.map((desk) => deskMatchPattern(desk.base, options)))];
}

export interface DeskScriptPlan {
  /** Ids to unregister: no desk wants them, their permission is gone, or they differ from what is wanted. */
  readonly unregister: string[];
  /** Patterns whose script must be registered (deskScriptFor). */
  readonly register: string[];
}

/**
 * @param granted the patterns whose host permission the browser reports granted
 * @param registered every dynamically registered script (others' ids are ignored)
 */
export function planDeskScripts(
  desks: readonly Desk[],
  granted: ReadonlySet<string>,
  registered: readonly DeskScript[],
  options: PatternOptions = CHROME_PATTERNS,
): DeskScriptPlan {
  const wanted = new Map(
    deskPatterns(desks, options)
      .filter((pattern) => granted.has(pattern))
      .map((pattern) => [deskScriptId(pattern), pattern]),
  );
  const current = registered.filter((script) => script.id.startsWith(DESK_SCRIPT_ID_PREFIX));
  // A script registered by an older build (another file, another timing) is replaced, not kept.
  const upToDate = new Set(
    current
      .filter((script) => {
        const pattern = wanted.get(script.id);
        return pattern !== undefined && sameScript(script, deskScriptFor(pattern));
      })
      .map((script) => script.id),
  );
  return {
    unregister: current.filter((script) => !upToDate.has(script.id)).map((script) => script.id),
    register: [...wanted].filter(([id]) => !upToDate.has(id)).map(([, pattern]) => pattern),
  };
}

function sameScript(actual: DeskScript, expected: DeskScript): boolean {
  return (
    sameList(actual.matches, expected.matches) &&
    sameList(actual.js, expected.js) &&
    actual.runAt === expected.runAt &&
    // Chrome reports persistAcrossSessions as given; an absent value means its default, true.
    (actual.persistAcrossSessions ?? true) === expected.persistAcrossSessions
  );
}

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return (a ?? []).length === (b ?? []).length && (a ?? []).every((value, index) => value === b?.[index]);
}
