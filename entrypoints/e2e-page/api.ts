/**
 * What the e2e page offers the end-to-end suite (`--mode e2e` builds only). An extension page is the
 * one place that can read the store and the browser's state while the worker is stopped: calling into
 * a stopped worker from Playwright blocks until something restarts it.
 */
/** storage.session keys of the worker tap's log (tests/e2e/worker-tap.ts). */
export const TAP_PREFIX = 'e2e-tap|';

/** One browser call the worker made, as the tap recorded it. */
export interface TapEntry {
  /** performance.timeOrigin of the worker life that made the call. */
  readonly life: number;
  /** Order within that life. */
  readonly sequence: number;
  /** "notifications.create", "alarms.create", "action.setBadgeText", ... or "start". */
  readonly call: string;
  /** Epoch milliseconds, sub-millisecond precision, when the call was made. */
  readonly at: number;
  readonly args: readonly unknown[];
}

export type StoreName = 'tickets' | 'alerts' | 'snoozes' | 'incidents' | 'settings' | 'meta';

export interface Badge {
  readonly text: string;
  readonly title: string;
  /** RGBA, as chrome.action.getBadgeBackgroundColor gives it. */
  readonly color: readonly number[];
}

export interface FiredAlarm {
  readonly name: string;
  readonly scheduledTime: number;
  /** When the page heard it. */
  readonly at: number;
}

export interface E2eApi {
  /** runtime.sendMessage from this page, i.e. as an extension page may: facts and commands. */
  send(message: unknown): Promise<unknown>;
  /** Every value in one object store of the 'plazo' database, read-only (never opens it for upgrade). */
  readStore(store: StoreName): Promise<unknown[]>;
  /** One value of the meta store, e.g. "counter:droppedMessages:forbidden". */
  readMeta(key: string): Promise<unknown>;
  /** Ids of the notifications currently shown. */
  notifications(): Promise<string[]>;
  badge(): Promise<Badge>;
  /** The alarm's scheduled time, or null when no such alarm is set. */
  alarm(name: string): Promise<number | null>;
  /**
   * Alarms this page saw fire since it loaded (alarms.onAlarm reaches every extension view, not only
   * the worker), with this page's clock at that moment.
   */
  firedAlarms(): Promise<FiredAlarm[]>;
  /** The worker tap's log (tests/e2e/worker-tap.ts). */
  tap(): Promise<TapEntry[]>;
  /** Epoch milliseconds with sub-millisecond precision, on this page's clock. */
  now(): number;
}

export const E2E_PAGE = 'e2e-page.html';
