/**
 * Starts the popup: the first screen is read from the background's digest before the first render,
 * so the first paint already counts down; the engine and the store's code load after it.
 */
import { render } from 'preact';
import { PopupApp } from './PopupApp';
import { readDigest } from './read-digest';

export async function mountPopup(root: HTMLElement): Promise<void> {
  // No digest (the browser just started) or an unreadable one: the popup reads the store instead.
  const digest = await readDigest(Date.now()).catch(() => null);
  render(<PopupApp digest={digest} />, root);
}
