/**
 * "Send a test notification": shown from this page (extension pages may use the notifications API
 * too), so the user can see whether the system lets Plazo's notifications through. It changes no
 * setting and writes nothing; the background clears it on a click like any other.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { errorText, t } from '../../shared/i18n';

/** One id: a second test replaces the first instead of piling up. */
const TEST_ID = 'plazo-test-notification';

type Outcome = { readonly kind: 'sent' } | { readonly kind: 'failed'; readonly error: string } | null;

export function TestNotification() {
  const [outcome, setOutcome] = useState<Outcome>(null);

  const send = async () => {
    setOutcome(null);
    try {
      await browser.notifications.create(TEST_ID, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: t('notifyTestTitle'),
        message: t('notifyTestMessage'),
      });
      setOutcome({ kind: 'sent' });
    } catch (error) {
      setOutcome({ kind: 'failed', error: errorText(error) });
    }
  };

  return (
    <div class="data-part">
      <button type="button" onClick={() => void send()} data-testid="notify-test">
        {t('notifyTest')}
      </button>
      <p class="status" role="status" data-testid="notify-test-status">
        {outcome?.kind === 'sent' ? t('notifyTestSent') : null}
      </p>
      {outcome?.kind === 'failed' && (
        <p class="error" role="alert">
          {t('notifyTestFailed', outcome.error)}
        </p>
      )}
    </div>
  );
}
