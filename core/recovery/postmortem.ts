/**
 * The incident as a Markdown postmortem. Every value that came from a page or an agent goes through
 * mdInline/mdBlock, so the document's structure (headings, lists) is only ever what this file writes.
 */
import { instantFormat, metricName } from '../engine/explain';
import { type MessageLanguage, REVIEW_QUESTIONS, STEPS, type StepId } from './checklist';
import { stepMessage } from './fill';
import type { Incident, Stamp } from './incident';
import { mdBlock, mdInline } from './markdown-escape';
import { POSTMORTEM_WORDS, type PostmortemWords } from './postmortem-words';
import { findTemplate } from './templates';

export interface PostmortemOptions {
  readonly language: MessageLanguage;
  /** The zone instants are written in (the agent's). */
  readonly timeZone: string;
}

export function incidentMarkdown(incident: Incident, { language, timeZone }: PostmortemOptions): string {
  const words = POSTMORTEM_WORDS[language];
  const format = instantFormat(language, timeZone);
  // Dates and the zone name are Plazo's own text (Intl output), never page data: no escaping needed.
  const when = (at: number | null) => (at === null ? words.unknown : `${format.format(at)} (${timeZone})`);
  const who = (stamp: Stamp | null) =>
    stamp === null ? '' : words.by(stamp.by ? mdInline(stamp.by) : words.nobody, when(stamp.at));
  const lines = [
    `# ${words.title(mdInline(incident.ticketId))}`,
    '',
    `- ${words.ticket}: ${mdInline(incident.ticketId)} ${mdInline(incident.title)}`,
    ...(incident.url ? [`- ${words.link}: ${mdInline(incident.url)}`] : []),
    `- ${words.metric}: ${mdInline(metricName(incident.metric, language))}`,
    `- ${words.deadline}: ${when(incident.deadline)}`,
    `- ${words.opened}: ${incident.openedBy ? words.by(mdInline(incident.openedBy), when(incident.openedAt)) : when(incident.openedAt)}`,
    `- ${words.closed}: ${incident.closed ? who(incident.closed) : words.open}`,
    '',
    `## ${words.steps}`,
    ...STEPS.flatMap((step) => ['', ...stepSection(incident, step, words, who, when, timeZone)]),
    '',
    `## ${words.review}`,
    '',
    ...REVIEW_QUESTIONS.flatMap(({ id }) => {
      const answer = incident.review[id];
      const said = answer.answer === null ? '' : words.answer[answer.answer];
      const notes = answer.notes.trim() ? mdBlock(answer.notes) : '';
      const text = [said, notes].filter(Boolean).join(': ') || `_${words.unanswered}_`;
      return [`- **${words.question[id]}** ${text}`];
    }),
    '',
  ];
  return lines.join('\n');
}

function stepSection(
  incident: Incident,
  step: StepId,
  words: PostmortemWords,
  who: (stamp: Stamp | null) => string,
  when: (at: number) => string,
  timeZone: string,
): string[] {
  const state = incident.steps[step].done;
  const heading = `### ${words.step[step]} (${state ? `${words.done}: ${who(state)}` : words.notDone})`;
  const { steps } = incident;
  switch (step) {
    case 'alertTeam':
      return [heading, '', `${words.restorer}: ${mdInline(steps.alertTeam.restorer) || words.unknown}`];
    case 'rootCause': {
      const category = steps.rootCause.category ? words.rootCause[steps.rootCause.category] : words.unknown;
      const text = steps.rootCause.text.trim() ? ['', mdBlock(steps.rootCause.text)] : [];
      return [heading, '', `${words.category}: ${category}`, ...text];
    }
    case 'restore': {
      const actions = steps.restore.actions.map(
        (action) =>
          `- ${when(action.at)}, ${action.by ? mdInline(action.by) : words.nobody}: ${mdBlock(action.text)}`,
      );
      return [heading, '', `${words.actions}:`, '', ...(actions.length ? actions : [`_${words.noActions}_`])];
    }
    case 'tellCustomer':
    case 'informResolved': {
      const chosen = steps[step];
      const template = findTemplate(step, chosen.template);
      const name = template ? template.name[chosen.language] : chosen.template;
      // The message as it reads with the incident's values now; the agent's name is whoever sent it.
      const message = stepMessage(incident, step, timeZone, chosen.done?.by ?? '');
      return [
        heading,
        '',
        `${words.message}: ${mdInline(name)} (${chosen.language})`,
        ...(message ? ['', mdBlock(message.text).replace(/^/gm, '> ')] : []),
      ];
    }
  }
}
