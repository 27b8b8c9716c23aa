/**
 * The breach-recovery checklist as data: its five steps in the order they are done, the root-cause
 * categories and the post-restoration review. Views and exports iterate these lists, so adding a
 * question here is the whole change for the model (its words live in the locales and postmortem words).
 */

/** The steps, in the order the reducer requires them to be done. */
export const STEPS = ['alertTeam', 'rootCause', 'tellCustomer', 'restore', 'informResolved'] as const;
export type StepId = (typeof STEPS)[number];

/** The two steps that send the customer a message, each with its own templates. */
export const MESSAGE_STEPS = ['tellCustomer', 'informResolved'] as const;
export type MessageStepId = (typeof MESSAGE_STEPS)[number];

/** Broad causes, so postmortems can be counted by cause; the text says the rest. */
export const ROOT_CAUSES = [
  'staffing',
  'workload',
  'process',
  'tooling',
  'thirdParty',
  'slaSetup',
  'customer',
  'other',
] as const;
export type RootCause = (typeof ROOT_CAUSES)[number];

/** The languages customer messages are written in; the agent picks one per customer. */
export const MESSAGE_LANGUAGES = ['es', 'en'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

export const ANSWERS = ['yes', 'no', 'unsure'] as const;
export type Answer = (typeof ANSWERS)[number];

/**
 * The post-restoration review. A yes/no question is answered by its answer (notes optional); an open
 * question by its notes.
 */
export const REVIEW_QUESTIONS = [
  { id: 'slaRealistic', kind: 'yesNo' },
  { id: 'slaConfigured', kind: 'yesNo' },
  { id: 'teamImpact', kind: 'open' },
  { id: 'customerImpact', kind: 'open' },
  { id: 'restoredAfterDeadline', kind: 'yesNo' },
  { id: 'trustRestored', kind: 'yesNo' },
  { id: 'surveySent', kind: 'yesNo' },
] as const;
export type ReviewQuestionId = (typeof REVIEW_QUESTIONS)[number]['id'];
export const REVIEW_QUESTION_IDS = REVIEW_QUESTIONS.map((question) => question.id) as [
  ReviewQuestionId,
  ...ReviewQuestionId[],
];

/** Upper bounds on what is stored, so one incident stays a small record whatever is pasted in. */
export const LIMITS = {
  name: 100,
  restorer: 200,
  rootCause: 10_000,
  action: 2_000,
  actions: 500,
  notes: 5_000,
  title: 500,
} as const;
