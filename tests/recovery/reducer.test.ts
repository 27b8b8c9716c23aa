import { describe, expect, it } from 'vitest';
import {
  applyIncidentEdit,
  currentStep,
  editProblemText,
  type IncidentEdit,
  incidentSchema,
  missingToClose,
  missingToComplete,
  STEPS,
} from '../../core/recovery';
import { applyAll, incident, OPENED, WHOLE_RECOVERY, WHOLE_REVIEW } from './builders';

const T = OPENED + 3_600_000;

describe('a new incident', () => {
  it('has nothing done, nothing answered, and is valid against its schema', () => {
    const fresh = incident();
    expect(incidentSchema.parse(fresh)).toEqual(fresh);
    expect(STEPS.map((step) => fresh.steps[step].done)).toEqual([null, null, null, null, null]);
    expect(currentStep(fresh)).toBe('alertTeam');
    expect(fresh.closed).toBeNull();
    expect(fresh.revision).toBe(0);
    expect(fresh.steps.tellCustomer).toMatchObject({ language: 'en', template: 'apology' });
    expect(fresh.steps.informResolved).toMatchObject({ language: 'en', template: 'resolved' });
  });
});

describe('applyIncidentEdit', () => {
  it('stamps who and when on the step it touches and on the incident, and counts the revision', () => {
    const result = applyIncidentEdit(incident(), { kind: 'setRestorer', restorer: 'Bob' }, '  Carol ', T);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.incident.steps.alertTeam).toEqual({
      done: null,
      edited: { by: 'Carol', at: T },
      restorer: 'Bob',
    });
    expect(result.incident.updated).toEqual({ by: 'Carol', at: T });
    expect(result.incident.revision).toBe(1);
    // Pure: the incident given is untouched.
    expect(incident().steps.alertTeam.restorer).toBe('');
  });

  it('refuses an edit with nobody named', () => {
    const result = applyIncidentEdit(incident(), { kind: 'setRestorer', restorer: 'Bob' }, '  ', T);
    expect(result).toEqual({ ok: false, problem: { code: 'noAgent' } });
  });

  it('does the steps in order: a later step cannot be done before the earlier ones', () => {
    const named = applyAll(incident(), [{ kind: 'addAction', text: 'Restarted the VPN' }]);
    const result = applyIncidentEdit(named, { kind: 'completeStep', step: 'restore' }, 'Alice', T);
    expect(result).toEqual({
      ok: false,
      problem: {
        code: 'missing',
        missing: [
          { kind: 'step', step: 'alertTeam' },
          { kind: 'step', step: 'rootCause' },
          { kind: 'step', step: 'tellCustomer' },
        ],
      },
    });
  });

  it("says what a step needs before it is done: who restores, the root cause's category and text", () => {
    expect(missingToComplete(incident(), 'alertTeam')).toEqual([{ kind: 'restorer' }]);
    const afterOne = applyAll(incident(), WHOLE_RECOVERY.slice(0, 2));
    expect(missingToComplete(afterOne, 'rootCause')).toEqual([
      { kind: 'rootCauseCategory' },
      { kind: 'rootCauseText' },
    ]);
    const result = applyIncidentEdit(afterOne, { kind: 'completeStep', step: 'rootCause' }, 'Alice', T);
    expect(result.ok).toBe(false);
  });

  it('records each step done with who and when, all five in order', () => {
    const done = applyAll(incident(), WHOLE_RECOVERY, 'Bob');
    for (const step of STEPS) expect(done.steps[step].done?.by).toBe('Bob');
    const times = STEPS.map((step) => done.steps[step].done?.at ?? 0);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(currentStep(done)).toBeNull();
    expect(done.steps.restore.actions).toEqual([
      { text: 'Restarted the VPN concentrator', by: 'Bob', at: OPENED + 7 * 60_000 },
    ]);
  });

  it('refuses to mark a step done twice, and undoes only the last step done', () => {
    const two = applyAll(incident(), WHOLE_RECOVERY.slice(0, 5));
    expect(applyIncidentEdit(two, { kind: 'completeStep', step: 'alertTeam' }, 'A', T)).toEqual({
      ok: false,
      problem: { code: 'alreadyDone', step: 'alertTeam' },
    });
    expect(applyIncidentEdit(two, { kind: 'undoStep', step: 'alertTeam' }, 'A', T)).toEqual({
      ok: false,
      problem: { code: 'laterStepDone', step: 'rootCause' },
    });
    expect(applyIncidentEdit(two, { kind: 'undoStep', step: 'restore' }, 'A', T)).toEqual({
      ok: false,
      problem: { code: 'notDone', step: 'restore' },
    });
    const undone = applyIncidentEdit(two, { kind: 'undoStep', step: 'rootCause' }, 'Dan', T);
    expect(undone.ok && undone.incident.steps.rootCause).toMatchObject({
      done: null,
      edited: { by: 'Dan', at: T },
    });
  });

  it('only offers templates of the step', () => {
    const edit: IncidentEdit = {
      kind: 'chooseTemplate',
      step: 'tellCustomer',
      language: 'es',
      template: 'resolved',
    };
    expect(applyIncidentEdit(incident(), edit, 'A', T)).toEqual({
      ok: false,
      problem: { code: 'unknownTemplate' },
    });
    const chosen = applyIncidentEdit(incident(), { ...edit, template: 'update' }, 'A', T);
    expect(chosen.ok && chosen.incident.steps.tellCustomer).toMatchObject({
      language: 'es',
      template: 'update',
    });
  });

  it('records review answers and notes with who and when', () => {
    const answered = applyAll(incident(), [
      { kind: 'answerReview', question: 'slaRealistic', answer: 'no' },
      { kind: 'setReviewNotes', question: 'slaRealistic', notes: 'Four hours is too short on Mondays.' },
    ]);
    expect(answered.review.slaRealistic).toEqual({
      answer: 'no',
      notes: 'Four hours is too short on Mondays.',
      edited: { by: 'Alice', at: OPENED + 2 * 60_000 },
    });
  });
});

describe('closing and reopening', () => {
  it('refuses to close before the steps and the review are done, saying what is missing', () => {
    const half = applyAll(incident(), [...WHOLE_RECOVERY.slice(0, 2), ...WHOLE_REVIEW.slice(0, 6)]);
    const result = applyIncidentEdit(half, { kind: 'close' }, 'Alice', T);
    expect(result).toEqual({
      ok: false,
      problem: {
        code: 'missing',
        missing: [
          { kind: 'step', step: 'rootCause' },
          { kind: 'step', step: 'tellCustomer' },
          { kind: 'step', step: 'restore' },
          { kind: 'step', step: 'informResolved' },
          { kind: 'review', question: 'surveySent' },
        ],
      },
    });
    if (!result.ok) expect(editProblemText(result.problem)).toMatch(/step rootCause.*review surveySent/);
  });

  it('an open question counts as answered only with notes; a yes/no one with its answer', () => {
    const notesOnly = applyAll(incident(), [
      { kind: 'setReviewNotes', question: 'teamImpact', notes: '   ' },
      { kind: 'setReviewNotes', question: 'slaRealistic', notes: 'no idea' },
    ]);
    const missing = missingToClose(notesOnly).filter((item) => item.kind === 'review');
    expect(missing).toContainEqual({ kind: 'review', question: 'teamImpact' });
    expect(missing).toContainEqual({ kind: 'review', question: 'slaRealistic' });
  });

  it('closes once everything is done, then refuses every edit but reopen; reopening allows edits again', () => {
    const ready = applyAll(incident(), [...WHOLE_RECOVERY, ...WHOLE_REVIEW]);
    expect(missingToClose(ready)).toEqual([]);
    const closed = applyIncidentEdit(ready, { kind: 'close' }, 'Erin', T);
    expect(closed.ok && closed.incident.closed).toEqual({ by: 'Erin', at: T });
    if (!closed.ok) return;
    expect(applyIncidentEdit(closed.incident, { kind: 'addAction', text: 'late' }, 'A', T + 1)).toEqual({
      ok: false,
      problem: { code: 'closed' },
    });
    expect(applyIncidentEdit(closed.incident, { kind: 'close' }, 'A', T + 1)).toEqual({
      ok: false,
      problem: { code: 'closed' },
    });
    expect(applyIncidentEdit(ready, { kind: 'reopen' }, 'A', T)).toEqual({
      ok: false,
      problem: { code: 'notClosed' },
    });
    const reopened = applyIncidentEdit(closed.incident, { kind: 'reopen' }, 'Finn', T + 2);
    expect(reopened.ok && reopened.incident).toMatchObject({
      closed: null,
      updated: { by: 'Finn', at: T + 2 },
    });
    if (!reopened.ok) return;
    const edited = applyIncidentEdit(
      reopened.incident,
      { kind: 'addAction', text: 'Follow-up call' },
      'Finn',
      T + 3,
    );
    expect(edited.ok).toBe(true);
  });
});
