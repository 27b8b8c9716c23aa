/**
 * The recovery checklist's commands: open a ticket's incident (from a page or a notification's
 * button) and apply an edit. The state machine lives in core/recovery; this file only fetches what
 * it needs (the ticket, its deadline, the time) and stores the result.
 */
import type { Language, Metric } from '../../core/engine';
import type { CommandMessage } from '../../core/messaging/protocol';
import { panelQuery } from '../../core/panel/address';
import { applyIncidentEdit, editProblemText, newIncident } from '../../core/recovery';
import type { PlazoStore } from '../../core/store';
import type { IncidentRecord } from '../../core/store/records';
import { timersFor } from './timers';

export interface IncidentContext {
  /** Customer messages start in this language; the agent switches per message. */
  readonly language: Language;
  readonly timeZone: string;
}

/**
 * The id of the ticket's open incident for `metric`, opening one if there is none. The ticket must be
 * stored: its title, link and deadline are copied into the incident.
 */
export async function openIncidentFor(
  store: PlazoStore,
  ticket: string,
  metric: Metric,
  by: string | null,
  context: IncidentContext,
  now: number,
): Promise<IncidentRecord> {
  const { ticket: record } = await store.getTicket(ticket);
  if (!record) throw new Error(`no ticket ${ticket}`);
  // The deadline as the engine sees it now (a breach's deadline does not move once passed).
  const [timers] = await timersFor(store, [record], now, context.language, context.timeZone);
  const deadline = timers?.metrics.find((timer) => timer.metric === metric)?.deadline ?? null;
  const { incident } = await store.openIncident(ticket, metric, () =>
    newIncident({
      id: crypto.randomUUID(),
      ticket,
      metric,
      ticketId: record.history.key.id,
      title: record.title,
      url: record.url,
      deadline,
      openedAt: now,
      openedBy: by,
      language: context.language,
    }),
  );
  return incident;
}

/** Applies one edit through the state machine; throws with the reason when it does not apply. */
export async function editIncident(
  store: PlazoStore,
  message: Extract<CommandMessage, { type: 'editIncident' }>,
  now: number,
): Promise<void> {
  const result = await store.editIncident(message.id, (incident) => {
    const next = applyIncidentEdit(incident, message.edit, message.by, now);
    return next.ok ? { incident: next.incident } : { error: editProblemText(next.problem) };
  });
  if (result.ok) return;
  if (result.reason === 'refused') throw new Error(result.error);
  throw new Error(
    result.reason === 'missing'
      ? `no incident ${message.id}`
      : `incident ${message.id} is unreadable: ${result.problem?.message}`,
  );
}

/** Remembers the agent's name in the settings ('' forgets it). */
export async function setAgentName(store: PlazoStore, name: string): Promise<void> {
  const { settings, problem } = await store.readSettings();
  // Saving over unreadable settings would replace the user's with the defaults.
  if (problem) throw new Error(`the settings are unreadable: ${problem.message}`);
  const { agentName: _previous, ...rest } = settings;
  await store.saveSettings(name ? { ...rest, agentName: name } : rest);
}

/** The incident of a breach notification's ticket and metric, opened by the agent whose name is stored. */
export async function openRecoveryFor(
  store: PlazoStore,
  alert: { readonly ticket: string; readonly metric: Metric },
  context: IncidentContext,
): Promise<IncidentRecord> {
  const { settings } = await store.readSettings();
  return openIncidentFor(store, alert.ticket, alert.metric, settings.agentName || null, context, Date.now());
}

/** The extension page that shows an incident's checklist: `page` is runtime.getURL of PANEL_PAGE. */
export function recoveryPageUrl(page: string, incidentId: string): string {
  return `${page}${panelQuery({ incident: incidentId })}`;
}
