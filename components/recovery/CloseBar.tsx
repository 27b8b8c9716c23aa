/** Closing the incident (once every step is done and the review answered: else it says what is missing) and reopening it. */
import { type Incident, type IncidentEdit, missingToClose } from '../../core/recovery';
import { t } from '../shared/i18n';
import { useScopedId } from './id-scope';
import { listOf, missingText } from './words';

interface Props {
  readonly incident: Incident;
  /** The agent gave a name: every change is stamped with it. */
  readonly named: boolean;
  readonly edit: (edit: IncidentEdit) => Promise<boolean>;
}

export function CloseBar({ incident, named, edit }: Props) {
  const needsId = useScopedId()('close-needs');
  if (incident.closed) {
    return (
      <div class="recovery-close">
        <p class="recovery-closed-note">{t('recoveryClosedNote')}</p>
        <button
          type="button"
          disabled={!named}
          onClick={() => void edit({ kind: 'reopen' })}
          data-testid="recovery-reopen"
        >
          {t('recoveryReopen')}
        </button>
      </div>
    );
  }
  const missing = missingToClose(incident);
  return (
    <div class="recovery-close">
      {missing.length > 0 && (
        <p class="recovery-needs" id={needsId} data-testid="recovery-close-needs">
          {t('recoveryCloseNeeds', listOf(missing.map(missingText)))}
        </p>
      )}
      <button
        type="button"
        class="recovery-primary"
        disabled={!named || missing.length > 0}
        aria-describedby={missing.length > 0 ? needsId : undefined}
        onClick={() => void edit({ kind: 'close' })}
        data-testid="recovery-close"
      >
        {t('recoveryClose')}
      </button>
    </div>
  );
}
