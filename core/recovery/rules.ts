/**
 * What the checklist requires, as questions the views ask too (to enable a button, to list what is
 * missing) so the page and the background can never disagree about them.
 */
import { REVIEW_QUESTIONS, type ReviewQuestionId, STEPS, type StepId } from './checklist';
import type { Incident } from './incident';

/** Something standing in the way of completing a step or closing the incident. */
export type Missing =
  | { readonly kind: 'step'; readonly step: StepId }
  | { readonly kind: 'restorer' }
  | { readonly kind: 'rootCauseCategory' }
  | { readonly kind: 'rootCauseText' }
  | { readonly kind: 'action' }
  | { readonly kind: 'review'; readonly question: ReviewQuestionId };

/** What the step itself needs before it can be marked done. */
function stepContent(incident: Incident, step: StepId): Missing[] {
  const { steps } = incident;
  switch (step) {
    case 'alertTeam':
      return steps.alertTeam.restorer.trim() ? [] : [{ kind: 'restorer' }];
    case 'rootCause':
      return [
        ...(steps.rootCause.category === null ? [{ kind: 'rootCauseCategory' } as const] : []),
        ...(steps.rootCause.text.trim() ? [] : [{ kind: 'rootCauseText' } as const]),
      ];
    case 'restore':
      return steps.restore.actions.length > 0 ? [] : [{ kind: 'action' }];
    case 'tellCustomer':
    case 'informResolved':
      // The template always has a value; marking the step done is the agent saying it was sent.
      return [];
  }
}

/**
 * What keeps `step` from being marked done: earlier steps not done (the steps are done in order, so
 * nobody closes the loop with the customer before anyone owns the restore) and its own content.
 */
export function missingToComplete(incident: Incident, step: StepId): Missing[] {
  const earlier = STEPS.slice(0, STEPS.indexOf(step))
    .filter((previous) => incident.steps[previous].done === null)
    .map((previous) => ({ kind: 'step', step: previous }) as const);
  return [...earlier, ...stepContent(incident, step)];
}

/** Whether a review question has its answer (yes/no questions) or its notes (open ones). */
export function isAnswered(incident: Incident, question: ReviewQuestionId): boolean {
  const found = REVIEW_QUESTIONS.find((candidate) => candidate.id === question);
  const answer = incident.review[question];
  return found?.kind === 'open' ? answer.notes.trim() !== '' : answer.answer !== null;
}

/** What keeps the incident from being closed: every step done and the whole review answered. */
export function missingToClose(incident: Incident): Missing[] {
  const steps = STEPS.filter((step) => incident.steps[step].done === null).map(
    (step) => ({ kind: 'step', step }) as const,
  );
  const review = REVIEW_QUESTIONS.filter((question) => !isAnswered(incident, question.id)).map(
    (question) => ({ kind: 'review', question: question.id }) as const,
  );
  return [...steps, ...review];
}

/** The step the agent is on: the first not done, or null when all are. */
export function currentStep(incident: Incident): StepId | null {
  return STEPS.find((step) => incident.steps[step].done === null) ?? null;
}
