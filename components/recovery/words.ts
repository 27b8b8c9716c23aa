/** The checklist's ids as the words pages show (public/_locales), and how instants are written. */
import { browser } from 'wxt/browser';
import { instantFormat } from '../../core/engine/explain';
import type { Metric } from '../../core/engine/metrics';
import { languageOf } from '../../core/overlay/chip-text';
import type { Answer, Missing, Placeholder, ReviewQuestionId, RootCause, StepId } from '../../core/recovery';
import { STEPS } from '../../core/recovery';
import { type MessageKey, t } from '../shared/i18n';

export const STEP_KEY: Readonly<Record<StepId, MessageKey>> = {
  alertTeam: 'recoveryStepAlertTeam',
  rootCause: 'recoveryStepRootCause',
  tellCustomer: 'recoveryStepTellCustomer',
  restore: 'recoveryStepRestore',
  informResolved: 'recoveryStepInformResolved',
};

export const CAUSE_KEY: Readonly<Record<RootCause, MessageKey>> = {
  staffing: 'recoveryCauseStaffing',
  workload: 'recoveryCauseWorkload',
  process: 'recoveryCauseProcess',
  tooling: 'recoveryCauseTooling',
  thirdParty: 'recoveryCauseThirdParty',
  slaSetup: 'recoveryCauseSlaSetup',
  customer: 'recoveryCauseCustomer',
  other: 'recoveryCauseOther',
};

export const QUESTION_KEY: Readonly<Record<ReviewQuestionId, MessageKey>> = {
  slaRealistic: 'recoveryQuestionSlaRealistic',
  slaConfigured: 'recoveryQuestionSlaConfigured',
  teamImpact: 'recoveryQuestionTeamImpact',
  customerImpact: 'recoveryQuestionCustomerImpact',
  restoredAfterDeadline: 'recoveryQuestionRestoredAfterDeadline',
  trustRestored: 'recoveryQuestionTrustRestored',
  surveySent: 'recoveryQuestionSurveySent',
};

export const ANSWER_KEY: Readonly<Record<Answer, MessageKey>> = {
  yes: 'recoveryAnswerYes',
  no: 'recoveryAnswerNo',
  unsure: 'recoveryAnswerUnsure',
};

export const METRIC_KEY: Readonly<Record<Metric, MessageKey>> = {
  firstResponse: 'recoveryMetricFirstResponse',
  nextResponse: 'recoveryMetricNextResponse',
  periodicUpdate: 'recoveryMetricPeriodicUpdate',
  resolution: 'recoveryMetricResolution',
};

export const PLACEHOLDER_KEY: Readonly<Record<Placeholder, MessageKey>> = {
  ticketId: 'recoveryPlaceholderTicketId',
  title: 'recoveryPlaceholderTitle',
  metric: 'recoveryPlaceholderMetric',
  deadline: 'recoveryPlaceholderDeadline',
  restorer: 'recoveryPlaceholderRestorer',
  agent: 'recoveryPlaceholderAgent',
};

/** "Step 2", 1-based as people count. */
export const stepNumber = (step: StepId): string => String(STEPS.indexOf(step) + 1);

export function missingText(missing: Missing): string {
  switch (missing.kind) {
    case 'step':
      return t('recoveryMissingStep', stepNumber(missing.step));
    case 'restorer':
      return t('recoveryMissingRestorer');
    case 'rootCauseCategory':
      return t('recoveryMissingCategory');
    case 'rootCauseText':
      return t('recoveryMissingCauseText');
    case 'action':
      return t('recoveryMissingAction');
    case 'review':
      return t('recoveryMissingReview', t(QUESTION_KEY[missing.question]));
  }
}

export const listOf = (items: readonly string[]): string => items.join('; ');

/** The browser's language, as the postmortem and dates use it. */
export const uiLanguage = () => languageOf(browser.i18n.getUILanguage());

/** The agent's own zone: display only. */
export const displayZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** "Mon, 7 Dec, 15:00" in the browser's language and the agent's zone. */
export function when(at: number): string {
  return instantFormat(uiLanguage(), displayZone()).format(at);
}
