/**
 * Connecting a desk the way a user does, in a headless browser: the origin is pre-approved on
 * chrome://extensions (what "Site access" does; headless Chromium cannot show the permission prompt,
 * see /work/shared/reference/e2e-permissions.md c1), then requested from an extension page (which
 * carries a user gesture) and the desk saved with the settings. Resolves once the background has
 * registered the desk's content script.
 */
import type { Settings } from '../../core/store/records';
import { type Plazo, waitFor } from './harness';

interface ChromeForTests {
  chrome: {
    developerPrivate: { addHostPermission(id: string, pattern: string): Promise<void> };
    permissions: { request(permissions: { origins: string[] }): Promise<boolean> };
    scripting: { getRegisteredContentScripts(): Promise<Array<{ matches?: string[] }>> };
  };
}

/** What the user does under "Site access" on chrome://extensions: a later request needs no prompt. */
export async function preApprove(plazo: Plazo, pattern: string): Promise<void> {
  const extensions = await plazo.context.newPage();
  await extensions.goto(`chrome://extensions/?id=${plazo.extensionId}`);
  await extensions.evaluate(
    ([id, origin]) =>
      (globalThis as unknown as ChromeForTests).chrome.developerPrivate.addHostPermission(
        id as string,
        origin as string,
      ),
    [plazo.extensionId, pattern],
  );
  await extensions.close();
}

export async function connectDesk(plazo: Plazo, base: string, settings: Settings): Promise<void> {
  const pattern = `${new URL(base).origin}/*`;
  await preApprove(plazo, pattern);
  const granted = await plazo.page.evaluate(
    (origin) => (globalThis as unknown as ChromeForTests).chrome.permissions.request({ origins: [origin] }),
    pattern,
  );
  if (!granted) throw new Error(`the permission for ${pattern} was not granted`);
  await plazo.saveSettings({ ...settings, desks: [{ base, tool: 'rt', name: 'Test desk' }] });
  await waitFor(`the content script registered for ${pattern}`, async () => {
    const scripts = await plazo.page.evaluate(() =>
      (globalThis as unknown as ChromeForTests).chrome.scripting.getRegisteredContentScripts(),
    );
    return scripts.some((script) => script.matches?.includes(pattern));
  });
}
