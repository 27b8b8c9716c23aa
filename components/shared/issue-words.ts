/** Plazo's own validation reasons (core/engine/issue-reason.ts) in the page's language. */
import type { IssueReason } from '../../core/engine/issue-reason';
import { type MessageKey, t } from './i18n';

const KEY: Record<IssueReason['reason'], MessageKey> = {
  notTime: 'issueNotTime',
  startsAtMidnight: 'issueStartsAtMidnight',
  emptyInterval: 'issueEmptyInterval',
  reversedInterval: 'issueReversedInterval',
  overlap: 'issueOverlap',
  notDate: 'issueNotDate',
  notTimeZone: 'issueNotTimeZone',
  noWorkingTime: 'issueNoWorkingTime',
  duplicate: 'issueDuplicate',
  baseWithoutSlash: 'issueBaseWithoutSlash',
  customDefinition: 'issueCustomDefinition',
  urlOutsideBase: 'issueUrlOutsideBase',
};

export function issueWords(issue: IssueReason): string {
  return 'value' in issue ? t(KEY[issue.reason], issue.value) : t(KEY[issue.reason]);
}
