import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openPlazoDb, PlazoStore } from '../../core/store';
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
  it('a fact from a content script leads to one breach notification whose buttons snooze and acknowledge', async () => {
    background.main();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'saveSettings', settings }, page);
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'ticketsObserved', observations: [observation()] },
      contentScript,
    );
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([breachId]);

    await fakeBrowser.notifications.onButtonClicked.trigger(breachId, 1);
    const { snooze } = await (await stored()).getSnooze(TICKET);
    expect(snooze?.until).toBe(Date.now() + 15 * 60_000);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});

    await fakeBrowser.notifications.onButtonClicked.trigger(breachId, 0);
    const { alerts } = await (await stored()).listAlertsByTicket(TICKET);
    expect(alerts.find((alert) => alert.id === breachId)?.acknowledgedAt).toBe(Date.now());
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
});
