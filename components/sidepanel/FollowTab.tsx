/**
 * Shown when the panel was opened on one ticket (the popup's Recovery button points the window's
 * panel at it): puts the panel back to following the current tab. Not shown when this page is a
 * tab of its own (Firefox, or a notification's link), where there is no other tab to follow.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PANEL_PAGE } from '../../core/panel/address';
import { t } from '../shared/i18n';

async function followCurrentTab(): Promise<void> {
  const sidePanel = (browser as { sidePanel?: typeof browser.sidePanel }).sidePanel;
  // The window's panel goes back to the plain page, also for the next time it is opened.
  await sidePanel?.setOptions({ path: PANEL_PAGE }).catch(() => undefined);
  location.assign(`/${PANEL_PAGE}`);
}

export function FollowTab() {
  const [inPanel, setInPanel] = useState(false);
  useEffect(() => {
    browser.tabs.getCurrent().then(
      (tab) => setInPanel(tab === undefined),
      () => setInPanel(false),
    );
  }, []);
  if (!inPanel) return null;
  return (
    <button type="button" class="button button--quiet" onClick={followCurrentTab}>
      {t('panelFollowTab')}
    </button>
  );
}
