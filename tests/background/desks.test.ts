/**
 * The desks' content scripts, against WXT's fake browser. It leaves `permissions` and `scripting`
 * unimplemented, so tests/fakes/host-access.ts stands in for both (installed in tests/setup.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deskScriptFor, deskScriptId } from '../../core/desks';
import { openPlazoDb, PlazoStore } from '../../core/store';
import { SETTINGS_KEY } from '../../core/store/schema';
import background from '../../entrypoints/background';
import { syncDeskScripts, syncStoredDeskScripts } from '../../entrypoints/background/desks';
import { hostAccess } from '../fakes/host-access';
import { settings } from './fixtures';

const desk = (base: string) => ({ base, tool: 'rt', name: base });
const SUPPORT = 'https://support.example.com/*';
const LAB = 'http://127.0.0.1:8080/*';
const support = desk('https://support.example.com/rt/');
const billing = desk('https://support.example.com/billing/');
const lab = desk('http://127.0.0.1:8080/');
const page = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/options.html' };

const registered = () =>
  hostAccess
    .scripts()
    .map((script) => script.matches?.[0])
    .sort();

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('syncDeskScripts', () => {
  it('registers one script per granted origin, as wanted', async () => {
    hostAccess.grant(SUPPORT);
    await syncDeskScripts([support, billing, lab]);
    expect(hostAccess.scripts()).toEqual([deskScriptFor(SUPPORT)]);

    hostAccess.grant(LAB);
    await syncDeskScripts([support, billing, lab]);
    expect(registered()).toEqual([LAB, SUPPORT]);
  });

  it('unregisters scripts of desks no longer listed or no longer granted', async () => {
    hostAccess.grant(SUPPORT, LAB);
    await syncDeskScripts([support, lab]);
    await syncDeskScripts([support]);
    expect(registered()).toEqual([SUPPORT]);

    await fakeBrowser.permissions.remove({ origins: [SUPPORT] });
    await syncDeskScripts([support]);
    expect(registered()).toEqual([]);
  });

  it('runs one sync at a time, so a burst never registers a script twice', async () => {
    hostAccess.grant(SUPPORT, LAB);
    await Promise.all([
      syncDeskScripts([support, lab]),
      syncDeskScripts([support, lab]),
      syncDeskScripts([lab]),
    ]);
    expect(registered()).toEqual([LAB]);
    expect(errors).not.toHaveBeenCalled();
  });

  it('never rejects: a refused registration is logged and the other origins still get theirs', async () => {
    hostAccess.grant(SUPPORT, LAB);
    const register = fakeBrowser.scripting.registerContentScripts;
    vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
      if (scripts[0]?.id === deskScriptId(SUPPORT)) throw new Error('Could not load javascript');
      return register(scripts);
    });
    await expect(syncDeskScripts([support, lab])).resolves.toBeUndefined();
    expect(registered()).toEqual([LAB]);
    expect(errors).toHaveBeenCalledWith(
      `Plazo: content script for ${SUPPORT} not registered`,
      new Error('Could not load javascript'),
    );

    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockRejectedValue(new Error('gone'));
    await expect(syncDeskScripts([support, lab])).resolves.toBeUndefined();
    expect(errors).toHaveBeenLastCalledWith('Plazo: desk scripts not synced', new Error('gone'));
  });

  it('leaves the scripts alone when the stored settings are unreadable', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    hostAccess.grant(SUPPORT);
    await syncDeskScripts([support]);
    const db = await openPlazoDb(`plazo-test-${crypto.randomUUID()}`);
    await db.put('settings', { desks: 'not a list' } as never, SETTINGS_KEY);
    await syncStoredDeskScripts(async () => new PlazoStore(db));
    expect(registered()).toEqual([SUPPORT]);
  });
});

describe('the worker keeps the desk scripts in line', () => {
  beforeEach(() => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) => name);
    indexedDB.deleteDatabase('plazo');
  });

  it('after settings are saved, and when a permission is taken back or given', async () => {
    background.main();
    hostAccess.grant(SUPPORT, LAB);
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'saveSettings', settings: { ...settings, desks: [support, lab] } },
      page,
    );
    expect(registered()).toEqual([LAB, SUPPORT]);

    await fakeBrowser.permissions.remove({ origins: [LAB] });
    await vi.waitFor(() => expect(registered()).toEqual([SUPPORT]));

    await fakeBrowser.permissions.request({ origins: [LAB] });
    await vi.waitFor(() => expect(registered()).toEqual([LAB, SUPPORT]));
  });

  it('at install or update and at browser start, which wipe dynamic scripts', async () => {
    const store = new PlazoStore(await openPlazoDb());
    await store.saveSettings({ ...settings, desks: [lab] });
    hostAccess.grant(LAB);
    background.main();

    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false });
    await vi.waitFor(() => expect(registered()).toEqual([LAB]));

    await fakeBrowser.scripting.unregisterContentScripts();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(registered()).toEqual([LAB]));
  });
});
