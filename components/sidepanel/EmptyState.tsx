/** The current tab is not a ticket Plazo tracks: say how to start, and where the desks are connected. */
import { browser } from 'wxt/browser';
import { t } from '../shared/i18n';

export function EmptyState() {
  return (
    <section class="empty" data-testid="panel-empty" aria-labelledby="empty-heading">
      <h1 id="empty-heading">{t('panelEmptyHeading')}</h1>
      <p>{t('panelEmptyHow')}</p>
      <p>{t('panelEmptyConnect')}</p>
      <button type="button" class="button" onClick={() => browser.runtime.openOptionsPage()}>
        {t('panelOpenOptions')}
      </button>
    </section>
  );
}
