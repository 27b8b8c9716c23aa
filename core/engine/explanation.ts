/**
 * The explainable timeline of one metric, as data: views render it in the user's language and
 * zone (see explain.ts), the side panel lists it step by step.
 */
import type { Metric } from './policy';

export type StartReason = 'created' | 'customerReply' | 'agentReply' | 'reopened' | 'policyChanged';

export type ExplanationStep =
  | { readonly kind: 'policy'; readonly policyId: string; readonly policyName: string }
  | { readonly kind: 'noPolicy' }
  | { readonly kind: 'noTarget'; readonly metric: Metric }
  | { readonly kind: 'missingCalendar'; readonly calendarId: string }
  | {
      readonly kind: 'target';
      readonly minutes: number;
      readonly calendar: string;
      readonly calendarTime: boolean;
    }
  | { readonly kind: 'deskDeadline'; readonly source: string; readonly at: number }
  /** The desk's deadline lies outside the policy calendar's working time, so it runs round the clock. */
  | { readonly kind: 'deskCalendarTime'; readonly calendar: string }
  | { readonly kind: 'createdUnknown'; readonly firstSeenAt: number }
  | { readonly kind: 'statusAssumed'; readonly status: string; readonly seenAt: number }
  | { readonly kind: 'started'; readonly at: number; readonly reason: StartReason }
  | {
      kind: 'paused';
      readonly from: number;
      to: number | null;
      readonly status: string;
      readonly effect: 'freeze' | 'extend';
      readonly estimated: boolean;
    }
  | { readonly kind: 'stopped'; readonly at: number; readonly status: string; readonly estimated: boolean }
  | { readonly kind: 'resumed'; readonly at: number }
  | {
      readonly kind: 'policyChanged';
      readonly at: number;
      readonly to: string | null;
      readonly effect: 'swap' | 'restart';
    }
  | { readonly kind: 'met'; readonly at: number; readonly estimated: boolean }
  | { readonly kind: 'breached'; readonly at: number }
  | { readonly kind: 'escalated'; readonly at: number; readonly name: string };
