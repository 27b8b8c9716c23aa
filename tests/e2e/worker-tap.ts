/**
 * Runs in the service worker of `--mode e2e` builds only, before the background's own code
 * (wxt.config.ts prepends it). It wraps the browser calls whose effects the suite must count,
 * notifications above all, and appends one entry per call to storage.session. The log outlives
 * worker restarts, so "shown exactly once" is a count of real notifications.create calls over
 * every life of the worker, not the background's own account of what it did.
 *
 * Nothing here changes what a call does: each wrapper records, then calls the original.
 */
import { TAP_PREFIX, type TapEntry } from './tap';

type Namespace = Record<string, unknown>;
type Api = Record<string, Namespace | undefined>;

const WRAPPED: Readonly<Record<string, readonly string[]>> = {
  notifications: ['create', 'clear'],
  alarms: ['create', 'clear'],
  action: ['setBadgeText', 'setBadgeBackgroundColor', 'setTitle'],
};

const scope = globalThis as unknown as { chrome: Api; browser?: Api };
const session = scope.chrome.storage?.session as { set(items: object): Promise<void> } | undefined;

// performance.timeOrigin is when this worker's global scope was created: it names one worker life.
const life = performance.timeOrigin;
let sequence = 0;

function record(call: string, args: readonly unknown[]): void {
  const entry: TapEntry = {
    life,
    sequence: sequence++,
    call,
    at: performance.timeOrigin + performance.now(),
    // Only what is data: the polyfill passes a callback as the last argument.
    args: JSON.parse(JSON.stringify(args.filter((arg) => typeof arg !== 'function'))) as unknown[],
  };
  const key = `${TAP_PREFIX}${life}|${String(entry.sequence).padStart(6, '0')}`;
  // Fire and forget: awaiting here would change the worker's timing, which the benchmark measures.
  void session?.set({ [key]: entry }).catch(() => {});
}

function wrap(namespace: Namespace, name: string, call: string): void {
  const original = namespace[name];
  if (typeof original !== 'function') return;
  namespace[name] = function tapped(this: unknown, ...args: unknown[]) {
    record(call, args);
    return original.apply(this, args);
  };
}

// Chrome 156 has both `chrome` and `browser`; they share their API objects, so wrap each object once.
const patched = new Set<Namespace>();
for (const [area, methods] of Object.entries(WRAPPED)) {
  for (const namespace of [scope.chrome[area], scope.browser?.[area]]) {
    if (!namespace || patched.has(namespace)) continue;
    patched.add(namespace);
    for (const method of methods) wrap(namespace, method, `${area}.${method}`);
  }
}
record('start', []);
