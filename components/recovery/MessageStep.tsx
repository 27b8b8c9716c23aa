/**
 * A message step's content (tell the customer, inform once resolved): the customer's language, the
 * template, the message filled from the ticket, and a copy button with its outcome in words.
 */
import { useState } from 'preact/hooks';
import {
  type Incident,
  type IncidentEdit,
  MESSAGE_LANGUAGES,
  type MessageLanguage,
  type MessageStepId,
  stepMessage,
  templatesFor,
} from '../../core/recovery';
import { type MessageKey, t } from '../shared/i18n';
import { copyText } from './clipboard';
import { useScopedId } from './id-scope';
import { displayZone, listOf, PLACEHOLDER_KEY } from './words';

const LANGUAGE_KEY: Readonly<Record<MessageLanguage, MessageKey>> = {
  es: 'recoveryLanguageEs',
  en: 'recoveryLanguageEn',
};

interface Props {
  readonly incident: Incident;
  readonly step: MessageStepId;
  readonly agent: string;
  readonly editable: boolean;
  readonly edit: (edit: IncidentEdit) => Promise<boolean>;
}

export function MessageStep({ incident, step, agent, editable, edit }: Props) {
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const chosen = incident.steps[step];
  const message = stepMessage(incident, step, displayZone(), agent);
  // Test ids name the step; element ids are the checklist's own (see id-scope.ts).
  const prefix = `recovery-${step}`;
  const scoped = useScopedId();
  const choose = (language: MessageLanguage, template: string) => {
    setCopy('idle');
    void edit({ kind: 'chooseTemplate', step, language, template });
  };
  const onCopy = async () => {
    if (!message) return;
    const copied = await copyText(message.text);
    setCopy(copied ? 'copied' : 'failed');
    if (!copied) {
      // The fallback: the message selected, ready for Ctrl+C.
      const preview = document.getElementById(scoped(`${step}-preview`)) as HTMLTextAreaElement | null;
      preview?.focus();
      preview?.select();
    }
  };
  return (
    <div class="recovery-message">
      <div class="recovery-row">
        <div class="recovery-field">
          <label for={scoped(`${step}-language`)}>{t('recoveryLanguageLabel')}</label>
          <select
            id={scoped(`${step}-language`)}
            data-testid={`${prefix}-language`}
            value={chosen.language}
            disabled={!editable}
            onChange={(event) => choose(event.currentTarget.value as MessageLanguage, chosen.template)}
          >
            {MESSAGE_LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t(LANGUAGE_KEY[language])}
              </option>
            ))}
          </select>
        </div>
        <div class="recovery-field">
          <label for={scoped(`${step}-template`)}>{t('recoveryTemplateLabel')}</label>
          <select
            id={scoped(`${step}-template`)}
            data-testid={`${prefix}-template`}
            value={chosen.template}
            disabled={!editable}
            onChange={(event) => choose(chosen.language, event.currentTarget.value)}
          >
            {templatesFor(step).map((template) => (
              <option key={template.id} value={template.id}>
                {template.name[chosen.language]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {message && (
        <div class="recovery-field">
          <label for={scoped(`${step}-preview`)}>{t('recoveryPreviewLabel')}</label>
          <textarea
            id={scoped(`${step}-preview`)}
            data-testid={`${prefix}-preview`}
            readOnly
            rows={8}
            lang={chosen.language}
            value={message.text}
          />
          {message.missing.length > 0 && (
            <p class="recovery-needs" data-testid={`${prefix}-unfilled`}>
              {t('recoveryPreviewMissing', listOf(message.missing.map((name) => t(PLACEHOLDER_KEY[name]))))}
            </p>
          )}
          <div class="recovery-row">
            <button type="button" onClick={onCopy} data-testid={`${prefix}-copy`}>
              {t('recoveryCopy')}
            </button>
            <p role="status" class="recovery-status" data-testid={`${prefix}-copy-status`}>
              {copy === 'copied' && (
                <>
                  <span aria-hidden="true">✓ </span>
                  {t('recoveryCopied')}
                </>
              )}
              {copy === 'failed' && (
                <>
                  <span aria-hidden="true">⚠ </span>
                  {t('recoveryCopyFailed')}
                </>
              )}
            </p>
          </div>
        </div>
      )}
    </div>
  );
}
