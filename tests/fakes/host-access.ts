/**
 * In-memory `permissions` (origins only) and `scripting` (registered content scripts) for WXT's fake
 * browser, which leaves both unimplemented: every call there throws "not implemented", even adding
 * a listener. fakeBrowser.reset() clears them through resetState, like its own APIs.
 *
 * Patterns are compared as strings: a test grants exactly the pattern it later asks about. request()
 * answers with `nextRequestAnswer` (granted unless a test says otherwise) and records each call.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener = (...args: never[]) => unknown;

function fakeEvent<T extends Listener>() {
  const listeners: T[] = [];
  return {
    addListener: (listener: T) => void listeners.push(listener),
    removeListener: (listener: T) => {
      const index = listeners.indexOf(listener);
      if (index >= 0) listeners.splice(index, 1);
    },
    hasListener: (listener: T) => listeners.includes(listener),
    hasListeners: () => listeners.length > 0,
    removeAllListeners: () => void listeners.splice(0),
    trigger: (...args: Parameters<T>) => Promise.all(listeners.map((listener) => listener(...args))),
  };
}

interface Permissions {
  origins?: string[];
  permissions?: string[];
}
interface Script {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: string;
  persistAcrossSessions?: boolean;
}

const granted = new Set<string>();
const scripts = new Map<string, Script>();

export const hostAccess = {
  /** What the next permissions.request answers: true (the user allows) or false (denies). */
  nextRequestAnswer: true,
  /** The origins of every permissions.request call, in order. */
  requests: [] as string[][],
  /** Grants without a request, as the user would in the browser's site settings (no event). */
  grant(...origins: string[]) {
    for (const origin of origins) granted.add(origin);
  },
  granted: () => [...granted],
  scripts: () => [...scripts.values()],
};

const onAdded = fakeEvent<(permissions: Permissions) => unknown>();
const onRemoved = fakeEvent<(permissions: Permissions) => unknown>();

const permissions = {
  resetState() {
    granted.clear();
    onAdded.removeAllListeners();
    onRemoved.removeAllListeners();
    hostAccess.nextRequestAnswer = true;
    hostAccess.requests = [];
  },
  onAdded,
  onRemoved,
  async contains({ origins = [] }: Permissions) {
    return origins.every((origin) => granted.has(origin));
  },
  async getAll(): Promise<Permissions> {
    return { origins: [...granted], permissions: [] };
  },
  async request({ origins = [] }: Permissions) {
    hostAccess.requests.push(origins);
    if (!hostAccess.nextRequestAnswer) return false;
    const added = origins.filter((origin) => !granted.has(origin));
    for (const origin of added) granted.add(origin);
    if (added.length > 0) await onAdded.trigger({ origins: added, permissions: [] });
    return true;
  },
  async remove({ origins = [] }: Permissions) {
    const removed = origins.filter((origin) => granted.delete(origin));
    if (removed.length > 0) await onRemoved.trigger({ origins: removed, permissions: [] });
    return removed.length > 0;
  },
};

const scripting = {
  resetState() {
    scripts.clear();
  },
  async getRegisteredContentScripts(filter: { ids?: string[] } = {}) {
    return [...scripts.values()].filter((script) => !filter.ids || filter.ids.includes(script.id));
  },
  async registerContentScripts(list: Script[]) {
    // Chrome refuses the whole call on a duplicate id and registers nothing.
    for (const script of list) {
      if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
    }
    for (const script of list) scripts.set(script.id, structuredClone(script));
  },
  async unregisterContentScripts(filter: { ids?: string[] } = {}) {
    const ids = filter.ids ?? [...scripts.keys()];
    for (const id of ids) {
      if (!scripts.has(id)) throw new Error(`Nonexistent script ID '${id}'`);
    }
    for (const id of ids) scripts.delete(id);
  },
};

/** Puts the fakes on fakeBrowser (once per test file: reset() keeps them and clears their state). */
export function installHostAccess(): void {
  Object.assign(fakeBrowser, { permissions, scripting });
}
