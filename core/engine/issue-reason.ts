/**
 * Why a value fails one of Plazo's own checks (a calendar's intervals, a desk's base, an export's
 * duplicates), carried in the zod issue's params so a page can say it in the user's language.
 * zod words its built-in checks itself (with its locales); these are the checks it knows nothing of.
 */
export type IssueReason =
  | { readonly reason: 'notTime'; readonly value: string }
  | { readonly reason: 'startsAtMidnight' }
  | { readonly reason: 'emptyInterval'; readonly value: string }
  | { readonly reason: 'reversedInterval'; readonly value: string }
  | { readonly reason: 'overlap'; readonly value: string }
  | { readonly reason: 'notDate'; readonly value: string }
  | { readonly reason: 'notTimeZone'; readonly value: string }
  | { readonly reason: 'noWorkingTime' }
  | { readonly reason: 'duplicate'; readonly value: string }
  | { readonly reason: 'baseWithoutSlash' }
  | { readonly reason: 'customDefinition' }
  | { readonly reason: 'urlOutsideBase' };

export type ReasonName = IssueReason['reason'];

const WITH_VALUE = new Set<ReasonName>([
  'notTime',
  'emptyInterval',
  'reversedInterval',
  'overlap',
  'notDate',
  'notTimeZone',
  'duplicate',
]);
const WITHOUT_VALUE = new Set<ReasonName>([
  'startsAtMidnight',
  'noWorkingTime',
  'baseWithoutSlash',
  'customDefinition',
  'urlOutsideBase',
]);

/** The reason in a custom issue's params, when it is one of these; null for any other issue. */
export function issueReason(params: unknown): IssueReason | null {
  if (typeof params !== 'object' || params === null) return null;
  const { reason, value } = params as { reason?: unknown; value?: unknown };
  if (WITHOUT_VALUE.has(reason as ReasonName)) return { reason } as IssueReason;
  if (WITH_VALUE.has(reason as ReasonName) && typeof value === 'string')
    return { reason, value } as IssueReason;
  return null;
}
