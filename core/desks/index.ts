/** Self-hosted help desks: base URLs, the origin patterns they need, and their content scripts. */
export {
  DESK_BASE_PROBLEM_MESSAGES,
  type DeskBaseParsed,
  type DeskBaseProblem,
  parseDeskBase,
} from './base-url';
export {
  addDesk,
  DESK_LIST_PROBLEM_MESSAGES,
  type DeskListEdit,
  MAX_DESKS,
  patternInUse,
  removeDesk,
} from './list';
export {
  CHROME_PATTERNS,
  defaultDeskName,
  deskMatchPattern,
  deskOrigin,
  type PatternOptions,
} from './match-pattern';
export {
  DESK_SCRIPT_FILE,
  DESK_SCRIPT_ID_PREFIX,
  type DeskScript,
  type DeskScriptPlan,
  deskPatterns,
  deskScriptFor,
  deskScriptId,
  planDeskScripts,
  type WantedDeskScript,
} from './scripts';
export { DESK_TOOLS, type DeskToolId } from './tools';
