/** The agent's name, remembered in the settings by the background, stamped on every change. */
import { LIMITS } from '../../core/recovery';
import { sendCommand } from '../shared/commands';
import { t } from '../shared/i18n';
import { DraftText } from './DraftText';

interface Props {
  readonly stored: string;
  /** Called with the name once the background has stored it. */
  readonly onSaved: (name: string) => void;
}

export function AgentName({ stored, onSaved }: Props) {
  const save = async (text: string) => {
    const name = text.trim();
    const reply = await sendCommand({ type: 'setAgentName', name });
    if (reply.ok) onSaved(name);
    return reply.ok;
  };
  return (
    <div class="recovery-agent">
      <DraftText
        id="recovery-agent-name"
        label={t('recoveryNameLabel')}
        hint={t('recoveryNameHint')}
        value={stored}
        maxLength={LIMITS.name}
        onSave={save}
      />
      {!stored.trim() && (
        <p class="recovery-needs" data-testid="recovery-name-needed">
          {t('recoveryNameNeeded')}
        </p>
      )}
    </div>
  );
}
