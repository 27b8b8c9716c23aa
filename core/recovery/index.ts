/**
 * The breach-recovery checklist: the checklist as data, the Incident record, the edits pages may ask
 * for and the state machine that applies them, customer message templates and the exports.
 */
export * from './checklist';
export { agentNameSchema, type IncidentEdit, incidentEditSchema } from './edits';
export { type FilledMessage, fillTemplate, stepMessage, type TemplateValues, templateValues } from './fill';
export {
  type Incident,
  incidentSchema,
  type NewIncident,
  newIncident,
  type RestoreAction,
  type ReviewAnswer,
  type Stamp,
} from './incident';
export { exportFileName, INCIDENT_EXPORT_FORMAT, incidentExportSchema, incidentJson } from './json-export';
export { mdBlock, mdInline } from './markdown-escape';
export { incidentMarkdown, type PostmortemOptions } from './postmortem';
export { applyIncidentEdit, type EditProblem, type EditResult, editProblemText } from './reducer';
export { currentStep, isAnswered, type Missing, missingToClose, missingToComplete } from './rules';
export {
  DEFAULT_TEMPLATE,
  findTemplate,
  type MessageTemplate,
  PLACEHOLDERS,
  type Placeholder,
  TEMPLATES,
  templatesFor,
} from './templates';
