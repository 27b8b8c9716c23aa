/** Step 4's content: the log of what was done to restore the service, each entry with who and when. */
import { useState } from 'preact/hooks';
import { type Incident, type IncidentEdit, LIMITS } from '../../core/recovery';
import { t } from '../shared/i18n';
import { useScopedId } from './id-scope';
import { when } from './words';

interface Props {
  readonly incident: Incident;
  readonly editable: boolean;
  readonly edit: (edit: IncidentEdit) => Promise<boolean>;
}

export function RestoreLog({ incident, editable, edit }: Props) {
  const actionId = useScopedId()('action');
  const [text, setText] = useState('');
  const { actions } = incident.steps.restore;
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const action = text.trim();
    if (!action) return;
    // The field empties only once the action is stored; on a failure the text stays to retry.
    if (await edit({ kind: 'addAction', text: action }))
      setText((current) => (current === text ? '' : current));
  };
  return (
    <div class="recovery-log">
      <h4>{t('recoveryActionsHeading')}</h4>
      {actions.length === 0 ? (
        <p class="recovery-hint">{t('recoveryActionsEmpty')}</p>
      ) : (
        <ol data-testid="recovery-actions">
          {actions.map((action) => (
            <li key={`${action.at}|${action.by}|${action.text}`}>
              <span class="recovery-action-text">{action.text}</span>{' '}
              <span class="recovery-stamp">({t('recoveryActionBy', action.by, when(action.at))})</span>
            </li>
          ))}
        </ol>
      )}
      {editable && (
        <form class="recovery-row" onSubmit={onSubmit}>
          <div class="recovery-field recovery-grow">
            <label for={actionId}>{t('recoveryActionLabel')}</label>
            <input
              id={actionId}
              data-testid="recovery-action"
              type="text"
              maxLength={LIMITS.action}
              value={text}
              onInput={(event) => setText(event.currentTarget.value)}
            />
          </div>
          <button type="submit" data-testid="recovery-action-add" disabled={!text.trim()}>
            {t('recoveryActionAdd')}
          </button>
        </form>
      )}
    </div>
  );
}
