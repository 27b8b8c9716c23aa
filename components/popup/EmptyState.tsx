/** No tracked ticket yet: how to start (connect a desk, or track any page as a personal SLA). */
import { browser } from 'wxt/browser';
import { t } from '../shared/i18n';

export function EmptyState() {
  return (
    <section class="empty" data-testid="popup-empty" aria-labelledby="popup-empty-title">
      <h2 id="popup-empty-title">{t('popupEmptyTitle')}</h2>
      <p>{t('popupEmptyDesk')}</p>
      <p>{t('popupEmptyPersonal')}</p>
      <button type="button" class="primary" onClick={() => browser.runtime.openOptionsPage()}>
        {t('popupEmptyOpenOptions')}
      </button>
    </section>
  );
}
