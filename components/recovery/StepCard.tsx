/**
 * One step of the checklist: its number and name, whether it is done (by whom, when: in words and a
 * symbol, never colour alone), its last change, its content, and the one button that moves the
 * state machine on from here (mark the next step done, or undo the last one done).
 */
import type { ComponentChildren } from 'preact';
import { type Incident, missingToComplete, STEPS, type StepId } from '../../core/recovery';
import { t } from '../shared/i18n';
import { useScopedId } from './id-scope';
import { listOf, missingText, STEP_KEY, stepNumber, when } from './words';

interface Props {
  readonly incident: Incident;
  readonly step: StepId;
  /** Editing is possible: the incident is open and the agent gave a name. */
  readonly editable: boolean;
  readonly onComplete: () => void;
  readonly onUndo: () => void;
  readonly children: ComponentChildren;
}

export function StepCard({ incident, step, editable, onComplete, onUndo, children }: Props) {
  const state = incident.steps[step];
  const number = stepNumber(step);
  const position = STEPS.indexOf(step);
  const isNext =
    state.done === null && STEPS.slice(0, position).every((s) => incident.steps[s].done !== null);
  const nextStep = STEPS[position + 1];
  const isLastDone = state.done !== null && (!nextStep || incident.steps[nextStep].done === null);
  const needs = isNext ? missingToComplete(incident, step) : [];
  const headingId = useScopedId()(`step-${step}`);
  const status = state.done ? 'done' : isNext ? 'next' : 'todo';
  return (
    <section
      class="recovery-step"
      data-state={status}
      data-testid={`recovery-step-${step}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>
        <span class="recovery-step-number">{t('recoveryStepNumber', number)}</span> {t(STEP_KEY[step])}
      </h3>
      <p class="recovery-step-state" data-testid={`recovery-step-${step}-state`}>
        <span aria-hidden="true">{state.done ? '✓ ' : isNext ? '→ ' : '○ '}</span>
        {state.done
          ? t('recoveryStepDone', state.done.by, when(state.done.at))
          : isNext
            ? `${t('recoveryStepNotDone')} (${t('recoveryStepNext')})`
            : t('recoveryStepNotDone')}
      </p>
      {state.edited && (
        <p class="recovery-stamp">{t('recoveryStepEdited', state.edited.by, when(state.edited.at))}</p>
      )}
      <div class="recovery-step-body">{children}</div>
      {editable && isNext && (
        <div class="recovery-step-actions">
          {needs.length > 0 && (
            <p class="recovery-needs" id={`${headingId}-needs`}>
              {t('recoveryStepNeeds', listOf(needs.map(missingText)))}
            </p>
          )}
          <button
            type="button"
            class="recovery-primary"
            disabled={needs.length > 0}
            aria-describedby={needs.length > 0 ? `${headingId}-needs` : undefined}
            onClick={onComplete}
            data-testid={`recovery-complete-${step}`}
          >
            {t('recoveryComplete', number)}
          </button>
        </div>
      )}
      {editable && isLastDone && (
        <div class="recovery-step-actions">
          <button type="button" onClick={onUndo} data-testid={`recovery-undo-${step}`}>
            {t('recoveryUndo', number)}
          </button>
        </div>
      )}
    </section>
  );
}
