/** The popup's words for states, metrics, tools and fields, all from public/_locales. */
import type { Metric } from '../../core/engine/policy';
import type { RowState } from '../../core/views/urgency';
import { type MessageKey, t } from '../shared/i18n';

const STATE: Record<RowState, MessageKey> = {
  breached: 'popupStateBreached',
  atRisk: 'popupStateAtRisk',
  onTrack: 'popupStateOnTrack',
  paused: 'popupStatePaused',
  met: 'popupStateMet',
  none: 'popupStateNone',
};

const METRIC: Record<Metric, MessageKey> = {
  firstResponse: 'popupMetricFirstResponse',
  nextResponse: 'popupMetricNextResponse',
  periodicUpdate: 'popupMetricPeriodicUpdate',
  resolution: 'popupMetricResolution',
};

const TOOL: Record<string, MessageKey> = {
  rt: 'popupToolRt',
  custom: 'popupToolCustom',
  personal: 'popupToolPersonal',
};

const FIELD: Record<string, MessageKey> = {
  created: 'popupFieldCreated',
  status: 'popupFieldStatus',
  priority: 'popupFieldPriority',
  id: 'popupFieldId',
  subject: 'popupFieldSubject',
  assignee: 'popupFieldAssignee',
};

export const stateWords = (state: RowState): string => t(STATE[state]);
export const metricWords = (metric: Metric): string => t(METRIC[metric]);
/** A tool Plazo has no name for (a future adapter) is shown by its id. */
export const toolWords = (tool: string): string => (TOOL[tool] ? t(TOOL[tool]) : tool);
const fieldWords = (field: string): string => (FIELD[field] ? t(FIELD[field]) : field);

/** "priority and creation date", joined the way the UI language joins lists. */
export function fieldList(fields: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(fields.map(fieldWords));
}
