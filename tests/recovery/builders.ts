/** Incidents for the recovery tests: ticket 42 on rt.example.com breached its first response. */
import {
  applyIncidentEdit,
  type Incident,
  type IncidentEdit,
  newIncident,
  REVIEW_QUESTIONS,
} from '../../core/recovery';

export const at = (iso: string) => Date.parse(iso);
export const OPENED = at('2026-03-02T10:15:00Z');
export const DEADLINE = at('2026-03-02T10:14:00Z');
export const TICKET = 'https://rt.example.com|42';

export function incident(overrides: Partial<Parameters<typeof newIncident>[0]> = {}): Incident {
  return newIncident({
    id: 'inc-1',
    ticket: TICKET,
    metric: 'firstResponse',
    ticketId: '42',
    title: 'VPN drops every 20 minutes since Monday',
    url: 'https://rt.example.com/Ticket/Display.html?id=42',
    deadline: DEADLINE,
    openedAt: OPENED,
    openedBy: 'Alice',
    language: 'en',
    ...overrides,
  });
}

/** Applies edits in order, one minute apart, failing the test on the first refused one. */
export function applyAll(
  start: Incident,
  edits: readonly IncidentEdit[],
  by = 'Alice',
  from = OPENED,
): Incident {
  return edits.reduce((current, edit, index) => {
    const result = applyIncidentEdit(current, edit, by, from + (index + 1) * 60_000);
    if (!result.ok) throw new Error(`${edit.kind} refused: ${JSON.stringify(result.problem)}`);
    return result.incident;
  }, start);
}

/** Every step done, in order, with what each needs. */
export const WHOLE_RECOVERY: readonly IncidentEdit[] = [
  { kind: 'setRestorer', restorer: 'Bob' },
  { kind: 'completeStep', step: 'alertTeam' },
  { kind: 'setRootCauseCategory', category: 'staffing' },
  { kind: 'setRootCauseText', text: 'Two agents off sick; the queue was not reassigned.' },
  { kind: 'completeStep', step: 'rootCause' },
  { kind: 'completeStep', step: 'tellCustomer' },
  { kind: 'addAction', text: 'Restarted the VPN concentrator' },
  { kind: 'completeStep', step: 'restore' },
  { kind: 'completeStep', step: 'informResolved' },
];

/** Every review question answered. */
export const WHOLE_REVIEW: readonly IncidentEdit[] = REVIEW_QUESTIONS.map((question) =>
  question.kind === 'open'
    ? { kind: 'setReviewNotes', question: question.id, notes: `Notes on ${question.id}` }
    : { kind: 'answerReview', question: question.id, answer: 'yes' },
);
