/**
 * "Start recovery" for a breached (or at-risk) metric of a ticket: opens its incident (the open one if
 * there is one already) through the background and shows the checklist in place.
 */
import { useState } from 'preact/hooks';
import type { Metric } from '../../core/engine/metrics';
import { readSettings } from '../../core/store/settings';
import { sendCommand } from '../shared/commands';
import { t } from '../shared/i18n';
import { readStore } from '../shared/store-reader';
import { RecoveryChecklist } from './RecoveryChecklist';
import { METRIC_KEY } from './words';
import './recovery.css';

type State =
  | { readonly status: 'idle' | 'opening' }
  | { readonly status: 'open'; readonly incident: string }
  | { readonly status: 'failed'; readonly error: string };

interface Props {
  readonly ticket: string;
  readonly metric: Metric;
  /** The incident is open: the view that lists open incidents shows (and focuses) it from now on. */
  readonly onOpened: (incident: string) => void;
}

export function StartRecovery({ ticket, metric, onOpened }: Props) {
  const [state, setState] = useState<State>({ status: 'idle' });
  // Until the view's next read lists the incident, its checklist shows here, focused as the button goes.
  if (state.status === 'open') return <RecoveryChecklist incidentId={state.incident} focusOnReady />;
  const start = async () => {
    setState({ status: 'opening' });
    // Who opened it, when the agent has given a name already; the checklist asks otherwise.
    const name = await readStore(async (db) => (await readSettings(db)).settings.agentName?.trim()).catch(
      () => undefined,
    );
    const reply = await sendCommand({ type: 'openIncident', ticket, metric, ...(name ? { by: name } : {}) });
    if (reply.ok && 'incident' in reply) {
      setState({ status: 'open', incident: reply.incident });
      onOpened(reply.incident);
    } else setState({ status: 'failed', error: reply.ok ? 'no incident in the answer' : reply.error });
  };
  return (
    <div class="recovery recovery-start">
      <button
        type="button"
        class="recovery-primary"
        disabled={state.status === 'opening'}
        aria-label={t('recoveryStartLabel', t(METRIC_KEY[metric]))}
        onClick={() => void start()}
        data-testid="recovery-start"
      >
        {t('recoveryStart')}
      </button>
      <p role="status" class="recovery-status">
        {state.status === 'opening' && t('recoveryStarting')}
        {state.status === 'failed' && (
          <>
            <span aria-hidden="true">⚠ </span>
            {t('recoveryStartFailed', state.error)}
          </>
        )}
      </p>
    </div>
  );
}
