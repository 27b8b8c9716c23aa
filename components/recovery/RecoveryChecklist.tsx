/**
 * The breach-recovery checklist of one incident: read from the store, refreshed when the background
 * announces a change, edited through commands as the agent works (texts after a pause in typing).
 * Mount it with the incident's id; it needs nothing else (the side panel does, for `?incident=`).
 */
import type { RefObject } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import {
  type Incident,
  type IncidentEdit,
  LIMITS,
  ROOT_CAUSES,
  type RootCause,
  STEPS,
  type StepId,
} from '../../core/recovery';
import { t } from '../shared/i18n';
import { AgentName } from './AgentName';
import { CloseBar } from './CloseBar';
import { DraftText } from './DraftText';
import { ExportButtons } from './ExportButtons';
import { IdScope, useScopedId } from './id-scope';
import { MessageStep } from './MessageStep';
import { RestoreLog } from './RestoreLog';
import { ReviewSection } from './ReviewSection';
import { StepCard } from './StepCard';
import { type SaveState, useEditor } from './use-editor';
import { useIncident } from './use-incident';
import { CAUSE_KEY, METRIC_KEY, when } from './words';
import './recovery.css';

interface Props {
  readonly incidentId: string;
  /** Just started from a button that is now gone: the checklist's heading takes the keyboard focus. */
  readonly focusOnReady?: boolean;
}

export function RecoveryChecklist({ incidentId, focusOnReady = false }: Props) {
  const { view, reload } = useIncident(incidentId);
  const heading = useRef<HTMLHeadingElement>(null);
  const ready = view.status === 'ready';
  useEffect(() => {
    if (focusOnReady && ready) heading.current?.focus();
  }, [focusOnReady, ready]);
  // The name just saved, used at once rather than after the store's change comes back.
  const [savedName, setSavedName] = useState<string | null>(null);
  const agent = (savedName ?? (view.status === 'ready' ? view.agentName : '')).trim();
  const editor = useEditor(incidentId, agent);
  const scope = `recovery-${useId()}`;

  if (view.status === 'loading')
    return (
      <p class="recovery" role="status">
        {t('recoveryLoading')}
      </p>
    );
  if (view.status !== 'ready') {
    const text =
      view.status === 'missing'
        ? t('recoveryMissing')
        : view.status === 'damaged'
          ? t('recoveryUnreadable', view.detail)
          : t('recoveryReadFailed', view.error);
    return (
      <div class="recovery" role="alert" data-testid="recovery-problem">
        <p>{text}</p>
        {view.status === 'failed' && (
          <button type="button" onClick={reload}>
            {t('recoveryRetry')}
          </button>
        )}
      </div>
    );
  }
  const { incident } = view;
  const editable = incident.closed === null && agent !== '';
  return (
    <IdScope.Provider value={scope}>
      <article class="recovery" data-testid="recovery-checklist" aria-labelledby={`${scope}-heading`}>
        <Header incident={incident} heading={heading} />
        <AgentName stored={savedName ?? view.agentName} onSaved={setSavedName} />
        <SaveStatus save={editor.save} />
        <section aria-labelledby={`${scope}-steps-heading`}>
          <h3 id={`${scope}-steps-heading`} class="recovery-visually-hidden">
            {t('recoveryStepsHeading')}
          </h3>
          {STEPS.map((step) => (
            <StepCard
              key={step}
              incident={incident}
              step={step}
              editable={editable}
              onComplete={() => void editor.edit({ kind: 'completeStep', step })}
              onUndo={() => void editor.edit({ kind: 'undoStep', step })}
            >
              <StepContent
                step={step}
                incident={incident}
                agent={agent}
                editable={editable}
                edit={editor.edit}
              />
            </StepCard>
          ))}
        </section>
        <ReviewSection incident={incident} editable={editable} edit={editor.edit} />
        <CloseBar incident={incident} named={agent !== ''} edit={editor.edit} />
        <ExportButtons incident={incident} />
      </article>
    </IdScope.Provider>
  );
}

function Header({
  incident,
  heading,
}: {
  readonly incident: Incident;
  readonly heading: RefObject<HTMLHeadingElement | null>;
}) {
  const scoped = useScopedId();
  const metric = t(METRIC_KEY[incident.metric]);
  const deadline = incident.deadline === null ? t('recoveryDeadlineUnknown') : when(incident.deadline);
  return (
    <header class="recovery-header">
      <h2 id={scoped('heading')} ref={heading} tabIndex={-1}>
        {t('recoveryHeading', incident.ticketId)}
      </h2>
      {incident.title && <p class="recovery-title">{incident.title}</p>}
      <p>{t('recoveryMetricLine', metric, deadline)}</p>
      <p class="recovery-stamp">
        {incident.openedBy
          ? t('recoveryOpenedBy', when(incident.openedAt), incident.openedBy)
          : t('recoveryOpened', when(incident.openedAt))}
      </p>
      <p
        class="recovery-status-line"
        data-testid="recovery-status"
        data-closed={incident.closed ? 'true' : 'false'}
      >
        <span aria-hidden="true">{incident.closed ? '■ ' : '● '}</span>
        {incident.closed
          ? t('recoveryStatusClosed', incident.closed.by, when(incident.closed.at))
          : t('recoveryStatusOpen')}
      </p>
      {incident.url && (
        <p>
          <a href={incident.url} target="_blank" rel="noreferrer noopener">
            {t('recoveryOpenTicket')}
          </a>
        </p>
      )}
    </header>
  );
}

function SaveStatus({ save }: { readonly save: SaveState }) {
  return (
    <p role="status" class="recovery-status" data-testid="recovery-save-status" data-save={save.status}>
      {save.status === 'saving' && t('recoverySaving')}
      {save.status === 'saved' && (
        <>
          <span aria-hidden="true">✓ </span>
          {t('recoverySaved')}
        </>
      )}
      {save.status === 'failed' && (
        <>
          <span aria-hidden="true">⚠ </span>
          {t('recoverySaveFailed', save.error)}
        </>
      )}
    </p>
  );
}

interface ContentProps {
  readonly step: StepId;
  readonly incident: Incident;
  readonly agent: string;
  readonly editable: boolean;
  readonly edit: (edit: IncidentEdit) => Promise<boolean>;
}

function StepContent({ step, incident, agent, editable, edit }: ContentProps) {
  switch (step) {
    case 'alertTeam':
      return (
        <DraftText
          id="recovery-restorer"
          label={t('recoveryRestorerLabel')}
          value={incident.steps.alertTeam.restorer}
          maxLength={LIMITS.restorer}
          disabled={!editable}
          onSave={(restorer) => edit({ kind: 'setRestorer', restorer })}
        />
      );
    case 'rootCause':
      return <RootCauseFields incident={incident} editable={editable} edit={edit} />;
    case 'tellCustomer':
    case 'informResolved':
      return <MessageStep incident={incident} step={step} agent={agent} editable={editable} edit={edit} />;
    case 'restore':
      return <RestoreLog incident={incident} editable={editable} edit={edit} />;
  }
}

function RootCauseFields({ incident, editable, edit }: Omit<ContentProps, 'step' | 'agent'>) {
  const scoped = useScopedId();
  const { category, text } = incident.steps.rootCause;
  return (
    <>
      <div class="recovery-field">
        <label for={scoped('cause-category')}>{t('recoveryCategoryLabel')}</label>
        <select
          id={scoped('cause-category')}
          data-testid="recovery-cause-category"
          value={category ?? ''}
          disabled={!editable}
          onChange={(event) => {
            const value = event.currentTarget.value;
            const chosen = ROOT_CAUSES.find((cause) => cause === value) ?? null;
            void edit({ kind: 'setRootCauseCategory', category: chosen as RootCause | null });
          }}
        >
          <option value="">{t('recoveryCategoryNone')}</option>
          {ROOT_CAUSES.map((cause) => (
            <option key={cause} value={cause}>
              {t(CAUSE_KEY[cause])}
            </option>
          ))}
        </select>
      </div>
      <DraftText
        id="recovery-cause-text"
        label={t('recoveryCauseTextLabel')}
        value={text}
        multiline
        maxLength={LIMITS.rootCause}
        disabled={!editable}
        onSave={(value) => edit({ kind: 'setRootCauseText', text: value })}
      />
    </>
  );
}
