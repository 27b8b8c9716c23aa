/**
 * The incident's state machine: applyIncidentEdit(incident, edit, by, at) returns the next incident or
 * says why the edit cannot apply. Pure: the background calls it with the stored incident and the time,
 * tests call it with anything. Every applied edit stamps who and when on what it touched, on the
 * incident (`updated`) and counts a revision.
 *
 * States: open → (all steps done in order, review answered) → closed → (reopen) → open.
 * A closed incident refuses every edit but reopen, so a postmortem cannot change under its readers.
 */
import { STEPS, type StepId } from './checklist';
import type { IncidentEdit } from './edits';
import type { Incident, Stamp } from './incident';
import { type Missing, missingToClose, missingToComplete } from './rules';
import { findTemplate } from './templates';

export type EditProblem =
  | { readonly code: 'noAgent' }
  | { readonly code: 'closed' }
  | { readonly code: 'notClosed' }
  | { readonly code: 'alreadyDone'; readonly step: StepId }
  | { readonly code: 'notDone'; readonly step: StepId }
  | { readonly code: 'laterStepDone'; readonly step: StepId }
  | { readonly code: 'unknownTemplate' }
  | { readonly code: 'missing'; readonly missing: Missing[] };

export type EditResult =
  | { readonly ok: true; readonly incident: Incident }
  | { readonly ok: false; readonly problem: EditProblem };

const refuse = (problem: EditProblem): EditResult => ({ ok: false, problem });

export function applyIncidentEdit(
  incident: Incident,
  edit: IncidentEdit,
  by: string,
  at: number,
): EditResult {
  const who = by.trim();
  if (!who) return refuse({ code: 'noAgent' });
  const stamp: Stamp = { by: who, at };
  if (edit.kind === 'reopen') {
    if (incident.closed === null) return refuse({ code: 'notClosed' });
    return done({ ...incident, closed: null }, stamp);
  }
  if (incident.closed !== null) return refuse({ code: 'closed' });
  const next = change(incident, edit, stamp);
  return 'code' in next ? refuse(next) : done(next, stamp);
}

function done(incident: Incident, stamp: Stamp): EditResult {
  return { ok: true, incident: { ...incident, updated: stamp, revision: incident.revision + 1 } };
}

/** One step's record with changes, stamped as edited. */
function withStep<S extends StepId>(
  incident: Incident,
  step: S,
  changes: Partial<Incident['steps'][S]>,
  stamp: Stamp,
): Incident {
  return {
    ...incident,
    steps: { ...incident.steps, [step]: { ...incident.steps[step], ...changes, edited: stamp } },
  };
}

function change(
  incident: Incident,
  edit: Exclude<IncidentEdit, { kind: 'reopen' }>,
  stamp: Stamp,
): Incident | EditProblem {
  switch (edit.kind) {
    case 'setRestorer':
      return withStep(incident, 'alertTeam', { restorer: edit.restorer }, stamp);
    case 'setRootCauseCategory':
      return withStep(incident, 'rootCause', { category: edit.category }, stamp);
    case 'setRootCauseText':
      return withStep(incident, 'rootCause', { text: edit.text }, stamp);
    case 'chooseTemplate':
      if (!findTemplate(edit.step, edit.template)) return { code: 'unknownTemplate' };
      return withStep(incident, edit.step, { language: edit.language, template: edit.template }, stamp);
    case 'addAction': {
      const actions = [...incident.steps.restore.actions, { text: edit.text, by: stamp.by, at: stamp.at }];
      return withStep(incident, 'restore', { actions }, stamp);
    }
    case 'completeStep':
      return complete(incident, edit.step, stamp);
    case 'undoStep':
      return undo(incident, edit.step, stamp);
    case 'answerReview':
    case 'setReviewNotes': {
      const previous = incident.review[edit.question];
      const answer =
        edit.kind === 'answerReview'
          ? { ...previous, answer: edit.answer, edited: stamp }
          : { ...previous, notes: edit.notes, edited: stamp };
      return { ...incident, review: { ...incident.review, [edit.question]: answer } };
    }
    case 'close': {
      const missing = missingToClose(incident);
      return missing.length > 0 ? { code: 'missing', missing } : { ...incident, closed: stamp };
    }
  }
}

function complete(incident: Incident, step: StepId, stamp: Stamp): Incident | EditProblem {
  if (incident.steps[step].done !== null) return { code: 'alreadyDone', step };
  const missing = missingToComplete(incident, step);
  if (missing.length > 0) return { code: 'missing', missing };
  return withStep(incident, step, { done: stamp }, stamp);
}

/** Undoing keeps the order true: only the last step done can be undone. */
function undo(incident: Incident, step: StepId, stamp: Stamp): Incident | EditProblem {
  if (incident.steps[step].done === null) return { code: 'notDone', step };
  const later = STEPS.slice(STEPS.indexOf(step) + 1).find((next) => incident.steps[next].done !== null);
  if (later) return { code: 'laterStepDone', step: later };
  return withStep(incident, step, { done: null }, stamp);
}

/** The problem in plain English, for the background's reply and logs (pages word it with t()). */
export function editProblemText(problem: EditProblem): string {
  switch (problem.code) {
    case 'noAgent':
      return 'say who is making the change';
    case 'closed':
      return 'the incident is closed; reopen it first';
    case 'notClosed':
      return 'the incident is not closed';
    case 'alreadyDone':
      return `step ${problem.step} is already done`;
    case 'notDone':
      return `step ${problem.step} is not done`;
    case 'laterStepDone':
      return `undo step ${problem.step} first`;
    case 'unknownTemplate':
      return 'no such template for this step';
    case 'missing':
      return `missing: ${problem.missing.map(missingText).join(', ')}`;
  }
}

function missingText(missing: Missing): string {
  switch (missing.kind) {
    case 'step':
      return `step ${missing.step}`;
    case 'review':
      return `review ${missing.question}`;
    default:
      return missing.kind;
  }
}
