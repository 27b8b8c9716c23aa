/** Options › Notifications: whether Plazo notifies, about which alerts, how often a breach repeats, quiet hours. */
import { t } from '../../shared/i18n';
import { NotificationsForm } from './NotificationsForm';
import { TestNotification } from './TestNotification';
import { useNotifications } from './use-notifications';

export function NotificationsSection() {
  const { view, reload, edit, save } = useNotifications();
  return (
    <section class="section" id="notifications" aria-labelledby="notify-heading">
      <h2 id="notify-heading">{t('notifyHeading')}</h2>
      <p>{t('notifyIntro')}</p>
      {view.status === 'loading' && <p role="status">{t('notifyLoading')}</p>}
      {view.status === 'failed' && (
        <div class="error-box">
          <p class="error" role="alert">
            {t('notifyLoadFailed', view.error)}
          </p>
          <button type="button" onClick={() => void reload()}>
            {t('notifyRetry')}
          </button>
        </div>
      )}
      {view.status === 'ready' && <NotificationsForm draft={view.draft} onEdit={edit} onSave={save} />}
      <TestNotification />
    </section>
  );
}
