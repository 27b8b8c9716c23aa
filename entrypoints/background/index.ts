/**
 * The service worker: wires core/ to the browser. Every listener is registered synchronously, as
 * Chrome may start the worker for any one of these events and stop it again at any time; all state
 * lives in IndexedDB and each event ends in a reconcile that recomputes what it needs.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { languageOf } from '../../core/overlay/chip-text';
import { PANEL_PAGE } from '../../core/panel/address';
import { openPlazoDb, type PlazoDb, PlazoStore } from '../../core/store';
import { syncDeskScripts, syncStoredDeskScripts } from './desks';
import { openRecoveryFor, recoveryPageUrl } from './incidents';
import { handleMessage } from './messages';
import { announceStoreChanged } from './notices';
import { secondButton } from './notify';
import { writePopupDigest } from './popup-digest';
import { ALARM, type ReconcileSummary, reconcile } from './reconcile';

const SNOOZE_MINUTES = 15;

export default defineBackground(() => {
  // One connection per worker life; if a newer worker asks to upgrade, ours closes and the next use reopens.
  let opened: Promise<PlazoDb> | null = null;
  const db = () => {
    opened ??= openPlazoDb(undefined, {
      onClosed: () => {
        opened = null;
      },
    });
    return opened;
  };
  const store = async () => new PlazoStore(await db());

  // Reconciles run one after another, and a burst of triggers (fifty observations at once) shares the
  // one reconcile still waiting to start. A failure is logged; the next one starts from the store again.
  let last: Promise<ReconcileSummary | null> = Promise.resolve(null);
  let waiting: Promise<ReconcileSummary | null> | null = null;
  /** When the reconcile now running started (null when none runs): it covers any alarm due by then. */
  let runningSince: number | null = null;
  const reconcileSoon = (): Promise<ReconcileSummary | null> => {
    if (waiting) return waiting;
    const next = last
      .catch(() => null)
      .then(async () => {
        waiting = null;
        const startedAt = Date.now();
        runningSince = startedAt;
        try {
          const summary = await reconcile(await store(), startedAt);
          // The popup's first screen follows; without it the popup reads the store, only later.
          await writePopupDigest(await db(), startedAt).catch((error: unknown) =>
            console.warn('Plazo: popup digest not written', error),
          );
          return summary;
        } finally {
          // Whatever the reconcile got to, open views read the store again.
          announceStoreChanged();
          runningSince = null;
        }
      })
      .catch((error: unknown) => {
        console.error('Plazo: reconcile failed', error);
        return null;
      });
    waiting = next;
    last = next;
    return next;
  };

  // An update may evaluate differently (a fixed engine): every ticket gets a fresh look.
  browser.runtime.onInstalled.addListener(async () => {
    await (await store()).markEveryTicketDue();
    await reconcileSoon();
  });
  browser.runtime.onStartup.addListener(() => void reconcileSoon());
  // Install, update and browser start can wipe dynamic content scripts; a permission can come or go.
  const syncDesks = () => void syncStoredDeskScripts(store);
  browser.runtime.onInstalled.addListener(syncDesks);
  browser.runtime.onStartup.addListener(syncDesks);
  browser.permissions.onAdded.addListener(syncDesks);
  browser.permissions.onRemoved.addListener(syncDesks);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== ALARM) return;
    // The alarm that woke the worker usually finds the start-up reconcile already running for it.
    if (runningSince !== null && runningSince >= alarm.scheduledTime) return;
    void reconcileSoon();
  });

  browser.runtime.onMessage.addListener((message, sender) =>
    handleMessage(message, sender, {
      store,
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      changed: reconcileSoon,
      settingsSaved: (settings) => syncDeskScripts(settings.desks),
      language: languageOf(browser.i18n.getUILanguage()),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    }),
  );

  const incidentContext = () => ({
    language: languageOf(browser.i18n.getUILanguage()),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  });

  // A click on the notification opens the ticket; its buttons acknowledge, and snooze or (on a
  // breach) open the recovery checklist.
  const ticketOf = async (notificationId: string) => {
    const { alert } = await (await store()).getAlert(notificationId);
    if (!alert) return null;
    const { ticket } = await (await store()).getTicket(alert.ticket);
    return { alert, ticket };
  };
  browser.notifications.onClicked.addListener(async (notificationId) => {
    const found = await ticketOf(notificationId);
    if (found?.ticket) await browser.tabs.create({ url: found.ticket.url });
    await browser.notifications.clear(notificationId);
  });
  browser.notifications.onButtonClicked.addListener(async (notificationId, button) => {
    const found = await ticketOf(notificationId);
    await browser.notifications.clear(notificationId);
    if (!found) return;
    if (button === 0) {
      await (await store()).acknowledgeAlerts(found.alert.ticket, found.alert.metric, Date.now());
    } else if (secondButton(found.alert.kind) === 'recovery') {
      // The side panel needs a user gesture to open; a tab of its page shows the same checklist.
      try {
        const incident = await openRecoveryFor(await store(), found.alert, incidentContext());
        const page = browser.runtime.getURL(`/${PANEL_PAGE}`);
        await browser.tabs.create({ url: recoveryPageUrl(page, incident.id) });
      } catch (error) {
        // A ticket forgotten since the notification showed: nothing to recover, the reconcile still runs.
        console.error('Plazo: could not open the recovery checklist', error);
      }
    } else {
      const until = Date.now() + SNOOZE_MINUTES * 60_000;
      await (await store()).putSnooze({ ticket: found.alert.ticket, until });
    }
    await reconcileSoon();
  });

  // Whatever woke the worker, make sure the schedule is current (an alarm may have been lost).
  void reconcileSoon();

  if (import.meta.env.MODE === 'e2e') {
    // Test hook for the end-to-end suite only; production builds do not contain it.
    Object.assign(globalThis, { __plazo: { reconcile: reconcileSoon, db, store } });
  }
});
