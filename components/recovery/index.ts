/** The breach-recovery views other pages mount: the checklist of an incident, and the button that opens one. */
export { RecoveryChecklist } from './RecoveryChecklist';
export { StartRecovery } from './StartRecovery';
