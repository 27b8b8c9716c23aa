import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openPlazoDb, PlazoStore } from '../../core/store';
import { POPUP_DIGEST_KEY, parsePopupDigest } from '../../core/views/popup-digest';
import background from '../../entrypoints/background';
import { CREATED, fromContentScript, HOUR, observation, settings, TICKET } from './fixtures';

const page = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };
// The fake browser types a sender's tab fully; the worker reads only that there is one.
const contentScript = {
  ...fromContentScript,
  id: 'test-extension-id',
} as unknown as Browser.runtime.MessageSender;
const breachId = `${TICKET}|firstResponse|${CREATED}|breach|0`;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  // Mon 12:30: the 2-hour first-response target (due 12:00) is breached.
  vi.setSystemTime(CREATED + 2.5 * HOUR);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) => name);
  vi.spyOn(fakeBrowser.tabs, 'create');
  indexedDB.deleteDatabase('plazo');
});
afterEach(() => vi.useRealTimers());

/** What the worker stored, read through a connection of our own. */
async function stored() {
  return new PlazoStore(await openPlazoDb());
}

describe('the worker, wired to the (fake) browser', () => {
  it('a fact from a content script leads to one breach notification whose buttons open the recovery checklist and acknowledge', async () => {
    background.main();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'saveSettings', settings }, page);
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'ticketsObserved', observations: [observation()] },
      contentScript,
    );
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([breachId]);
    expect((await fakeBrowser.notifications.getAll())[breachId]).toMatchObject({
      buttons: [{ title: 'notificationAcknowledge' }, { title: 'recoveryNotificationButton' }],
    });

    // A breach's second button opens its incident in a tab of the side panel's page.
    await fakeBrowser.notifications.onButtonClicked.trigger(breachId, 1);
    const { incidents } = await (await stored()).listIncidentsByTicket(TICKET);
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ metric: 'firstResponse', openedAt: Date.now(), closed: null });
    expect(fakeBrowser.tabs.create).toHaveBeenCalledWith({
      url: `${fakeBrowser.runtime.getURL('/sidepanel.html')}?incident=${incidents[0]?.id}`,
    });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    // Opening the checklist is not acknowledging: the first button still does that.
    expect((await (await stored()).getSnooze(TICKET)).snooze).toBeUndefined();

    await fakeBrowser.notifications.onButtonClicked.trigger(breachId, 0);
    const { alerts } = await (await stored()).listAlertsByTicket(TICKET);
    expect(alerts.find((alert) => alert.id === breachId)?.acknowledgedAt).toBe(Date.now());
  });

  it("a warning's second button snoozes the ticket", async () => {
    // Mon 11:30: past the 50 % warning (11:00), before the breach (12:00).
    vi.setSystemTime(CREATED + 1.5 * HOUR);
    background.main();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'saveSettings', settings }, page);
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'ticketsObserved', observations: [observation()] },
      contentScript,
    );
    const warningId = `${TICKET}|firstResponse|${CREATED}|warning|0`;
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([warningId]);
    await fakeBrowser.notifications.onButtonClicked.trigger(warningId, 1);
    const { snooze } = await (await stored()).getSnooze(TICKET);
    expect(snooze?.until).toBe(Date.now() + 15 * 60_000);
    expect((await (await stored()).listIncidentsByTicket(TICKET)).incidents).toEqual([]);
  });

  it('a click on the notification opens the ticket', async () => {
    background.main();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'saveSettings', settings }, page);
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'ticketsObserved', observations: [observation()] },
      contentScript,
    );
    await fakeBrowser.notifications.onClicked.trigger(breachId);
    expect(fakeBrowser.tabs.create).toHaveBeenCalledWith({ url: observation().url });
  });

  it('after each reconcile, leaves the popup its first screen in session storage', async () => {
    background.main();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'saveSettings', settings }, page);
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'ticketsObserved', observations: [observation()] },
      contentScript,
    );
    await vi.waitFor(async () => {
      const stored = await fakeBrowser.storage.session.get(POPUP_DIGEST_KEY);
      const digest = parsePopupDigest(stored[POPUP_DIGEST_KEY]);
      expect(digest?.totals).toEqual({ tickets: 1, breached: 1, atRisk: 0 });
      expect(digest?.rows.map((row) => [row.key, row.urgency.state, row.urgency.metric])).toEqual([
        [TICKET, 'breached', 'firstResponse'],
      ]);
    });
  });
});
