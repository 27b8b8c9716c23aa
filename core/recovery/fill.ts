/**
 * Fills a customer message from the incident. One pass over the template: a value that itself
 * contains "{title}" (the ticket's title is page data) is written as it is, never expanded again.
 * A value Plazo does not have yet (no restorer named) stays visible as "[restorer]" and is listed, so
 * the agent sees the gap before sending rather than a message with a hole in it.
 */
import { instantFormat, metricName } from '../engine/explain';
import type { MessageLanguage, MessageStepId } from './checklist';
import type { Incident } from './incident';
import { findTemplate, PLACEHOLDERS, type Placeholder } from './templates';

export type TemplateValues = Readonly<Record<Placeholder, string>>;

export interface FilledMessage {
  readonly text: string;
  /** Placeholders the incident has no value for, in order of appearance (each once). */
  readonly missing: Placeholder[];
}

const isPlaceholder = (name: string): name is Placeholder =>
  (PLACEHOLDERS as readonly string[]).includes(name);

/** The values for an incident, written in `language`; instants in `timeZone` (the agent's zone). */
export function templateValues(
  incident: Incident,
  language: MessageLanguage,
  timeZone: string,
  agent: string,
): TemplateValues {
  const deadline =
    incident.deadline === null
      ? ''
      : `${instantFormat(language, timeZone).format(incident.deadline)} (${timeZone})`;
  return {
    ticketId: incident.ticketId,
    // One line: a title with line breaks would break the message's layout.
    title: incident.title.replace(/\s+/g, ' ').trim(),
    metric: metricName(incident.metric, language),
    deadline,
    restorer: incident.steps.alertTeam.restorer.trim(),
    agent: agent.trim(),
  };
}

export function fillTemplate(body: string, values: TemplateValues): FilledMessage {
  const missing: Placeholder[] = [];
  const text = body.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!isPlaceholder(name)) return whole;
    const value = values[name];
    if (value) return value;
    if (!missing.includes(name)) missing.push(name);
    return `[${name}]`;
  });
  return { text, missing };
}

/** The message a step's chosen template gives for this incident, or null for an unknown template. */
export function stepMessage(
  incident: Incident,
  step: MessageStepId,
  timeZone: string,
  agent: string,
): FilledMessage | null {
  const { language, template } = incident.steps[step];
  const found = findTemplate(step, template);
  if (!found) return null;
  return fillTemplate(found.body[language], templateValues(incident, language, timeZone, agent));
}
