/**
 * The postmortem's own words, in the two languages Plazo speaks. They live here, not in the locales,
 * because the export is built in core/ (pure, tested without a browser) and is a document, not UI.
 */
import type { Answer, MessageLanguage, ReviewQuestionId, RootCause, StepId } from './checklist';

export interface PostmortemWords {
  readonly title: (ticketId: string) => string;
  readonly ticket: string;
  readonly link: string;
  readonly metric: string;
  readonly deadline: string;
  readonly opened: string;
  readonly closed: string;
  readonly open: string;
  readonly unknown: string;
  readonly nobody: string;
  readonly steps: string;
  readonly review: string;
  readonly done: string;
  readonly notDone: string;
  readonly restorer: string;
  readonly category: string;
  readonly message: string;
  readonly actions: string;
  readonly noActions: string;
  readonly notes: string;
  readonly unanswered: string;
  readonly by: (who: string, when: string) => string;
  readonly step: Readonly<Record<StepId, string>>;
  readonly rootCause: Readonly<Record<RootCause, string>>;
  readonly question: Readonly<Record<ReviewQuestionId, string>>;
  readonly answer: Readonly<Record<Answer, string>>;
}

const EN: PostmortemWords = {
  title: (ticketId) => `Postmortem: SLA breach on ticket ${ticketId}`,
  ticket: 'Ticket',
  link: 'Link',
  metric: 'Metric',
  deadline: 'Deadline',
  opened: 'Opened',
  closed: 'Closed',
  open: 'still open',
  unknown: 'unknown',
  nobody: 'someone',
  steps: 'Recovery',
  review: 'Post-restoration review',
  done: 'done',
  notDone: 'not done',
  restorer: 'Who restores',
  category: 'Category',
  message: 'Message',
  actions: 'Actions',
  noActions: 'no actions recorded',
  notes: 'Notes',
  unanswered: 'not answered',
  by: (who, when) => `${who}, ${when}`,
  step: {
    alertTeam: '1. Alert the team and name who restores',
    rootCause: '2. Find and document the root cause',
    tellCustomer: '3. Tell the customer',
    restore: '4. Act to restore',
    informResolved: '5. Inform the customer once resolved',
  },
  rootCause: {
    staffing: 'staffing',
    workload: 'workload peak',
    process: 'process',
    tooling: 'tooling',
    thirdParty: 'third party',
    slaSetup: 'SLA set up wrong',
    customer: 'waiting on the customer',
    other: 'other',
  },
  question: {
    slaRealistic: 'Was the SLA realistic?',
    slaConfigured: 'Are our SLAs set up right in the system?',
    teamImpact: 'How did this affect the team?',
    customerImpact: 'How did this affect the customer?',
    restoredAfterDeadline: 'Was service restored after the deadline?',
    trustRestored: "Is the customer's trust restored?",
    surveySent: 'Was a satisfaction survey sent?',
  },
  answer: { yes: 'yes', no: 'no', unsure: 'not sure' },
};

const ES: PostmortemWords = {
  title: (ticketId) => `Análisis posterior: incumplimiento del SLA en el ticket ${ticketId}`,
  ticket: 'Ticket',
  link: 'Enlace',
  metric: 'Métrica',
  deadline: 'Plazo',
  opened: 'Abierto',
  closed: 'Cerrado',
  open: 'aún abierto',
  unknown: 'desconocido',
  nobody: 'alguien',
  steps: 'Recuperación',
  review: 'Revisión tras la recuperación',
  done: 'hecho',
  notDone: 'sin hacer',
  restorer: 'Quién restablece',
  category: 'Categoría',
  message: 'Mensaje',
  actions: 'Acciones',
  noActions: 'ninguna acción registrada',
  notes: 'Notas',
  unanswered: 'sin responder',
  by: (who, when) => `${who}, ${when}`,
  step: {
    alertTeam: '1. Avisar al equipo y nombrar quién restablece',
    rootCause: '2. Encontrar y documentar la causa',
    tellCustomer: '3. Avisar al cliente',
    restore: '4. Actuar para restablecer',
    informResolved: '5. Informar al cliente de la resolución',
  },
  rootCause: {
    staffing: 'personal',
    workload: 'pico de trabajo',
    process: 'proceso',
    tooling: 'herramientas',
    thirdParty: 'terceros',
    slaSetup: 'SLA mal configurado',
    customer: 'a la espera del cliente',
    other: 'otra',
  },
  question: {
    slaRealistic: '¿Era realista el SLA?',
    slaConfigured: '¿Están bien configurados nuestros SLA en el sistema?',
    teamImpact: '¿Cómo afectó al equipo?',
    customerImpact: '¿Cómo afectó al cliente?',
    restoredAfterDeadline: '¿Se restableció el servicio después del plazo?',
    trustRestored: '¿Se ha recuperado la confianza del cliente?',
    surveySent: '¿Se envió una encuesta de satisfacción?',
  },
  answer: { yes: 'sí', no: 'no', unsure: 'no se sabe' },
};

export const POSTMORTEM_WORDS: Readonly<Record<MessageLanguage, PostmortemWords>> = { en: EN, es: ES };
