/**
 * Opens Plazo's side panel on one ticket (the popup's Recovery button). Call it straight from a
 * click handler: Chrome opens a side panel only in response to a user gesture, so nothing slow may
 * come before `sidePanel.open`.
 */
import { browser } from 'wxt/browser';
import { PANEL_PAGE, panelQuery, type TicketTarget } from '../../core/panel/address';

export async function openSidePanel(target: TicketTarget): Promise<void> {
  const path = `${PANEL_PAGE}${panelQuery(target)}`;
  // Firefox has no chrome.sidePanel (the same page is its sidebar, which the agent opens from the
  // sidebar menu): the page opens in a tab instead, on the same ticket.
  const sidePanel = (browser as { sidePanel?: typeof browser.sidePanel }).sidePanel;
  if (!sidePanel?.open) {
    await browser.tabs.create({ url: browser.runtime.getURL(`/${path}` as '/') });
    return;
  }
  // The window's own (not a tab's) panel, so it stays open as the agent moves between tabs; the
  // panel offers "Follow the current tab", which puts the default path back. Both calls are sent
  // before either is awaited: the browser runs them in order, and `open` keeps the click's gesture.
  const { id: windowId } = await browser.windows.getCurrent();
  if (windowId === undefined) return;
  const options = sidePanel.setOptions({ path, enabled: true });
  const opened = sidePanel.open({ windowId });
  await Promise.all([options, opened]);
}
