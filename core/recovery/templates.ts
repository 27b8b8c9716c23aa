/**
 * Customer messages, in Spanish and English. They are data rather than locale strings because the
 * agent writes in the customer's language, whatever language the browser speaks. Placeholders are
 * `{name}`; see ./fill.ts for what fills them.
 */
import type { MessageLanguage, MessageStepId } from './checklist';

export const PLACEHOLDERS = ['ticketId', 'title', 'metric', 'deadline', 'restorer', 'agent'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export interface MessageTemplate {
  readonly id: string;
  readonly step: MessageStepId;
  /** The name the picker shows, in the message's language. */
  readonly name: Readonly<Record<MessageLanguage, string>>;
  readonly body: Readonly<Record<MessageLanguage, string>>;
}

export const TEMPLATES: readonly MessageTemplate[] = [
  {
    id: 'apology',
    step: 'tellCustomer',
    name: { en: 'Apology and owner', es: 'Disculpa y responsable' },
    body: {
      en: [
        'Hello,',
        '',
        'About your request #{ticketId} "{title}": we committed to a {metric} by {deadline} and we did not meet it. We are sorry.',
        '',
        '{restorer} is now personally in charge of it and will keep you informed until it is solved.',
        '',
        'Kind regards,',
        '{agent}',
      ].join('\n'),
      es: [
        'Hola:',
        '',
        'Sobre su solicitud n.º {ticketId} «{title}»: nos comprometimos a una {metric} antes de {deadline} y no lo cumplimos. Lo sentimos.',
        '',
        '{restorer} se encarga ahora personalmente y le mantendrá informado hasta que quede resuelta.',
        '',
        'Un saludo,',
        '{agent}',
      ].join('\n'),
    },
  },
  {
    id: 'update',
    step: 'tellCustomer',
    name: { en: 'Short status update', es: 'Actualización breve' },
    body: {
      en: [
        'Hello,',
        '',
        'A quick update on #{ticketId} "{title}": it is taking longer than the {metric} we promised ({deadline}). {restorer} is working on it and we will write again as soon as we have news.',
        '',
        '{agent}',
      ].join('\n'),
      es: [
        'Hola:',
        '',
        'Una actualización rápida sobre n.º {ticketId} «{title}»: está tardando más de la {metric} que prometimos ({deadline}). {restorer} está trabajando en ello y le escribiremos en cuanto tengamos novedades.',
        '',
        '{agent}',
      ].join('\n'),
    },
  },
  {
    id: 'resolved',
    step: 'informResolved',
    name: { en: 'Resolved', es: 'Resuelta' },
    body: {
      en: [
        'Hello,',
        '',
        'Your request #{ticketId} "{title}" is resolved. Thank you for your patience, and again our apologies for missing the {metric} we promised.',
        '',
        'If anything is still not right, just reply to this message.',
        '',
        '{agent}',
      ].join('\n'),
      es: [
        'Hola:',
        '',
        'Su solicitud n.º {ticketId} «{title}» está resuelta. Gracias por su paciencia, y de nuevo disculpe que no cumpliéramos la {metric} prometida.',
        '',
        'Si algo sigue sin funcionar, responda a este mensaje.',
        '',
        '{agent}',
      ].join('\n'),
    },
  },
  {
    id: 'resolvedSurvey',
    step: 'informResolved',
    name: { en: 'Resolved, with survey', es: 'Resuelta, con encuesta' },
    body: {
      en: [
        'Hello,',
        '',
        'Your request #{ticketId} "{title}" is resolved. We know we missed the {metric} we promised and we would value your opinion: you will receive a short satisfaction survey, and every answer is read.',
        '',
        'Thank you,',
        '{agent}',
      ].join('\n'),
      es: [
        'Hola:',
        '',
        'Su solicitud n.º {ticketId} «{title}» está resuelta. Sabemos que no cumplimos la {metric} prometida y nos importa su opinión: recibirá una breve encuesta de satisfacción, y leemos todas las respuestas.',
        '',
        'Gracias,',
        '{agent}',
      ].join('\n'),
    },
  },
];

/** The template each message step starts with. */
export const DEFAULT_TEMPLATE: Readonly<Record<MessageStepId, string>> = {
  tellCustomer: 'apology',
  informResolved: 'resolved',
};

export function templatesFor(step: MessageStepId): MessageTemplate[] {
  return TEMPLATES.filter((template) => template.step === step);
}

export function findTemplate(step: MessageStepId, id: string): MessageTemplate | undefined {
  return TEMPLATES.find((template) => template.step === step && template.id === id);
}
