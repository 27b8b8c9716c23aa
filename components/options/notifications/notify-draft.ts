/**
 * The Notifications form as text fields (what the inputs hold) and back: a draft that fails turns
 * into one message key per field, shown beside it, and nothing is saved.
 */
import type { NotificationSettings } from '../../../core/store/records';
import type { MessageKey } from '../../shared/i18n';

export type AlertKind = keyof NotificationSettings['kinds'];
export const ALERT_KINDS: readonly AlertKind[] = ['warning', 'breach', 'escalation'];

export interface NotifyDraft {
  readonly enabled: boolean;
  readonly kinds: NotificationSettings['kinds'];
  /** As typed: validated on save. */
  readonly repeat: string;
  readonly quiet: boolean;
  /** "HH:MM", as an input type=time gives it. */
  readonly from: string;
  readonly to: string;
  readonly timeZone: string;
}

export type NotifyField = 'repeat' | 'from' | 'to' | 'timeZone';
export type NotifyErrors = Partial<Record<NotifyField, MessageKey>>;

const MINUTES_PER_DAY = 24 * 60;

function timeText(minutes: number): string {
  // 24:00 (the end of a day) is midnight to a time input.
  const minute = minutes % MINUTES_PER_DAY;
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

function minutesOf(text: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** @param browserZone the zone quiet hours start in when none are set */
export function toDraft(settings: NotificationSettings, browserZone: string): NotifyDraft {
  const quiet = settings.quietHours;
  return {
    enabled: settings.enabled,
    kinds: settings.kinds,
    repeat: String(settings.repeatBreachMinutes),
    quiet: quiet !== null,
    from: timeText(quiet?.from ?? 22 * 60),
    to: timeText(quiet?.to ?? 7 * 60),
    timeZone: quiet?.timeZone ?? browserZone,
  };
}

export type DraftResult =
  | { readonly ok: true; readonly settings: NotificationSettings }
  | { readonly ok: false; readonly errors: NotifyErrors };

/** @param zones the zones the picker offers: a zone outside it is refused */
export function fromDraft(draft: NotifyDraft, zones: ReadonlySet<string>): DraftResult {
  const errors: NotifyErrors = {};
  const repeat = /^\d{1,4}$/.test(draft.repeat.trim()) ? Number(draft.repeat.trim()) : Number.NaN;
  if (!(repeat >= 0 && repeat <= MINUTES_PER_DAY)) errors.repeat = 'notifyRepeatError';
  const from = minutesOf(draft.from);
  const to = minutesOf(draft.to);
  if (draft.quiet) {
    if (from === null) errors.from = 'notifyQuietTimeError';
    if (to === null) errors.to = 'notifyQuietTimeError';
    else if (from === to) errors.to = 'notifyQuietSameError';
    if (!zones.has(draft.timeZone)) errors.timeZone = 'notifyQuietZoneError';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      enabled: draft.enabled,
      kinds: draft.kinds,
      repeatBreachMinutes: repeat,
      quietHours: draft.quiet && from !== null && to !== null ? { from, to, timeZone: draft.timeZone } : null,
    },
  };
}

/** Every IANA zone the browser knows, plus `also` (the browser's own, the stored one) if it lacks them. */
export function timeZones(...also: string[]): string[] {
  const known = Intl.supportedValuesOf('timeZone');
  return [...new Set([...also.filter((zone) => !known.includes(zone)), ...known])];
}
