/**
 * A policy as its editor holds it (every input a string), turned into the stored policy by the
 * engine's schema; the schema's problems are put next to the inputs they concern by path and worded
 * in the user's language.
 */
import { formatPath } from '../../../core/engine/calendar-schema';
import { METRICS, type Metric, type Policy, policySchema } from '../../../core/engine/policy';
import { type MessageKey, t } from '../../shared/i18n';
import type { Problems } from '../calendars/calendar-draft';
import { readNames, writeNames } from './name-list';

export const MATCH_KEYS = ['tools', 'queues', 'priorities', 'types', 'tags', 'organizations'] as const;
export type MatchKey = (typeof MATCH_KEYS)[number];

export interface WarningDraft {
  readonly kind: 'percent' | 'minutesBefore';
  readonly value: string;
}

export interface EscalationDraft {
  readonly minutesAfter: string;
  readonly name: string;
}

export interface TargetDraft {
  readonly enabled: boolean;
  readonly hours: string;
  readonly minutes: string;
  /** A calendar id; '' counts round the clock. */
  readonly calendar: string;
  readonly warnings: readonly WarningDraft[];
  readonly escalations: readonly EscalationDraft[];
}

export interface PolicyDraft {
  readonly id: string;
  readonly name: string;
  /** Comma-separated lists, as typed. */
  readonly match: { readonly [key in MatchKey]: string };
  readonly targets: { readonly [metric in Metric]: TargetDraft };
  readonly clock: {
    readonly pauseStatuses: string;
    readonly stopStatuses: string;
    readonly reopen: Policy['clock']['reopen'];
    readonly pause: Policy['clock']['pause'];
    readonly policyChange: Policy['clock']['policyChange'];
  };
}

export type PolicyCheck =
  | { readonly ok: true; readonly policy: Policy }
  | { readonly ok: false; readonly problems: Problems };

export const MATCH_MESSAGES = {
  tools: 'policyMatchTools',
  queues: 'policyMatchQueues',
  priorities: 'policyMatchPriorities',
  types: 'policyMatchTypes',
  tags: 'policyMatchTags',
  organizations: 'policyMatchOrganizations',
} as const satisfies Record<MatchKey, MessageKey>;

export const METRIC_MESSAGES = {
  firstResponse: 'policyMetricFirstResponse',
  nextResponse: 'policyMetricNextResponse',
  periodicUpdate: 'policyMetricPeriodicUpdate',
  resolution: 'policyMetricResolution',
} as const satisfies Record<Metric, MessageKey>;

const EMPTY_TARGET: TargetDraft = {
  enabled: false,
  hours: '',
  minutes: '',
  calendar: '',
  warnings: [],
  escalations: [],
};

export function policyToDraft(policy: Policy): PolicyDraft {
  const targets = Object.fromEntries(
    METRICS.map((metric) => {
      const target = policy.targets[metric];
      if (!target) return [metric, EMPTY_TARGET];
      const draft: TargetDraft = {
        enabled: true,
        hours: String(Math.floor(target.minutes / 60)),
        minutes: String(target.minutes % 60),
        calendar: target.calendar ?? '',
        warnings: target.warnings.map((warning) =>
          'percent' in warning
            ? { kind: 'percent', value: String(warning.percent) }
            : { kind: 'minutesBefore', value: String(warning.minutesBefore) },
        ),
        escalations: target.escalations.map((step) => ({
          minutesAfter: String(step.minutesAfter),
          name: step.name,
        })),
      };
      return [metric, draft];
    }),
  ) as Record<Metric, TargetDraft>;
  return {
    id: policy.id,
    name: policy.name,
    match: Object.fromEntries(MATCH_KEYS.map((key) => [key, writeNames(policy.match[key])])) as Record<
      MatchKey,
      string
    >,
    targets,
    clock: {
      ...policy.clock,
      pauseStatuses: writeNames(policy.clock.pauseStatuses),
      stopStatuses: writeNames(policy.clock.stopStatuses),
    },
  };
}

export function newPolicyDraft(id: string, name: string): PolicyDraft {
  const base = policyToDraft(policySchema.parse({ id, name, targets: {} }));
  return {
    ...base,
    targets: {
      ...base.targets,
      firstResponse: { ...EMPTY_TARGET, enabled: true, hours: '4', minutes: '0' },
      resolution: { ...EMPTY_TARGET, enabled: true, hours: '24', minutes: '0' },
    },
    clock: {
      ...base.clock,
      pauseStatuses: 'pending, stalled, on hold',
      stopStatuses: 'resolved, closed, rejected',
    },
  };
}

/** A whole number as typed, or NaN so the schema reports the field. */
const whole = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);
const decimal = (text: string) =>
  /^\s*\d+(?:[.,]\d+)?\s*$/.test(text) ? Number(text.replace(',', '.')) : Number.NaN;

function policyInput(draft: PolicyDraft) {
  const targets = Object.fromEntries(
    METRICS.filter((metric) => draft.targets[metric].enabled).map((metric) => {
      const target = draft.targets[metric];
      const hours = target.hours.trim() === '' ? 0 : whole(target.hours);
      const minutes = target.minutes.trim() === '' ? 0 : whole(target.minutes);
      return [
        metric,
        {
          minutes: hours * 60 + minutes,
          calendar: target.calendar || null,
          warnings: target.warnings.map((warning) =>
            warning.kind === 'percent'
              ? { percent: decimal(warning.value) }
              : { minutesBefore: whole(warning.value) },
          ),
          escalations: target.escalations.map((step) => ({
            minutesAfter: whole(step.minutesAfter),
            name: step.name,
          })),
        },
      ];
    }),
  );
  return {
    id: draft.id,
    name: draft.name,
    match: Object.fromEntries(MATCH_KEYS.map((key) => [key, readNames(draft.match[key])])),
    targets,
    clock: {
      ...draft.clock,
      pauseStatuses: readNames(draft.clock.pauseStatuses),
      stopStatuses: readNames(draft.clock.stopStatuses),
    },
  };
}

/** `targets.firstResponse.warnings[0].percent` → the input it belongs to and what to say. */
function problemAt(draft: PolicyDraft, path: string): [string, string] {
  if (path === 'name') return [path, t('policyErrorName')];
  const target = /^targets\.(\w+)\.(minutes|calendar|warnings\[(\d+)\]|escalations\[(\d+)\]\.(\w+))/.exec(
    path,
  );
  if (!target) return [path, t('policyErrorOther', path)];
  const prefix = `targets.${target[1]}`;
  if (target[2] === 'minutes') return [`${prefix}.minutes`, t('policyErrorTarget')];
  if (target[2] === 'calendar') return [`${prefix}.calendar`, t('policyErrorCalendar')];
  if (target[3] !== undefined) {
    const warning = draft.targets[target[1] as Metric]?.warnings[Number(target[3])];
    return [
      `${prefix}.warnings[${target[3]}]`,
      warning?.kind === 'percent' ? t('policyErrorWarningPercent') : t('policyErrorWarningMinutes'),
    ];
  }
  const step = `${prefix}.escalations[${target[4]}]`;
  return target[5] === 'name'
    ? [`${step}.name`, t('policyErrorEscalationName')]
    : [`${step}.minutesAfter`, t('policyErrorEscalationMinutes')];
}

/** @param calendars ids of the stored calendars a target may name */
export function checkPolicy(draft: PolicyDraft, calendars: ReadonlySet<string>): PolicyCheck {
  const problems = new Map<string, string>();
  const result = policySchema.safeParse(policyInput(draft));
  if (!result.success)
    for (const issue of result.error.issues) {
      const [path, message] = problemAt(draft, formatPath(issue.path));
      if (!problems.has(path)) problems.set(path, message);
    }
  for (const metric of METRICS) {
    const { enabled, calendar } = draft.targets[metric];
    if (enabled && calendar && !calendars.has(calendar))
      problems.set(`targets.${metric}.calendar`, t('policyErrorCalendar'));
  }
  return result.success && problems.size === 0 ? { ok: true, policy: result.data } : { ok: false, problems };
}
