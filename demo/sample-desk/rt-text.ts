/**
 * How Request Tracker 5.0.3 writes values into its pages and REST answers, as seen in the saved
 * fixtures (tests/fixtures/rt/): its HTML escaping, its date formats (the testbed's user zone is
 * UTC, default DateTimeFormat), its relative durations and its user labels.
 */

/** RT's EscapeHTML: `&` becomes `&#38;` and parentheses are escaped too ("alice &#40;Alice Agent&#41;"). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'()]/g, (char) => {
    switch (char) {
      case '&':
        return '&#38;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&#34;';
      case "'":
        return '&#39;';
      case '(':
        return '&#40;';
      default:
        return '&#41;';
    }
  });
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (value: number): string => String(value).padStart(2, '0');

function clock(date: Date): string {
  return `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

/** RT's DefaultFormat in UTC: `Sat Nov 28 01:52:56 2026`. */
export function rtDate(ms: number): string {
  const date = new Date(ms);
  return `${DAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${pad(date.getUTCDate())} ${clock(date)} ${date.getUTCFullYear()}`;
}

/** The form and transaction format: `2026-11-28 01:53:08` (UTC here). */
export function sqlDate(ms: number): string {
  const date = new Date(ms);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${clock(date)}`;
}

/** REST 2.0's dates: ISO UTC with `Z`, no milliseconds. */
export function isoDate(ms: number | null): string {
  if (ms === null) return UNSET_ISO;
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/** What REST 2.0 writes for an unset date (never null). */
export const UNSET_ISO = '1970-01-01T00:00:00Z';
/** What a transaction's OldValue/NewValue holds for an unset date. */
export const UNSET_SQL = '1970-01-01 00:00:00';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30.4375 * DAY;
const YEAR = 365 * DAY;

function quantity(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** RT::Date::DurationAsString: "28 seconds", "60 minutes", "37 hours", "2 days"… */
export function durationText(ms: number): string {
  const length = Math.abs(ms);
  const seconds = Math.floor(length / SECOND);
  if (length < MINUTE) return quantity(seconds, 'second', 'seconds');
  if (length < 2 * HOUR) return quantity(Math.floor(length / MINUTE + 0.5), 'minute', 'minutes');
  if (length < 2 * DAY) return quantity(Math.floor(length / HOUR + 0.5), 'hour', 'hours');
  if (length < 2 * WEEK) return quantity(Math.floor(length / DAY + 0.5), 'day', 'days');
  if (length < 2 * MONTH) return quantity(Math.floor(length / WEEK + 0.5), 'week', 'weeks');
  if (length < YEAR) return quantity(Math.floor(length / MONTH + 0.5), 'month', 'months');
  return quantity(Math.floor(length / YEAR + 0.5), 'year', 'years');
}

/** RT::Date::AgeAsString: "37 hours ago" for the past, "60 minutes" for the future. */
export function ageText(at: number, now: number): string {
  const text = durationText(now - at);
  return at <= now ? `${text} ago` : text;
}

export interface RtUser {
  /** RT's user id (data-user-id, /User/Summary.html?id=). */
  readonly id: number;
  /** The user's Name: also their id in REST 2.0 (`"carol"`, `"dave@example.com"`). */
  readonly name: string;
  readonly realName: string;
  readonly email: string;
  /** Staff: 1; requestors and RT's own users: 0. */
  readonly privileged: 0 | 1;
}

/** RT's users that never get a link to their summary (they are no one you could look up). */
const NO_LINK = new Set(['RT_System', 'Nobody']);

/**
 * RT's "verbose" user format: staff as `alice (Alice Agent)`, everyone else as
 * `Carol Customer <carol@example.com>` or `<dave@example.com>`.
 */
export function userLabel(user: RtUser): string {
  if (NO_LINK.has(user.name)) return user.realName;
  if (user.privileged) return user.realName ? `${user.name} (${user.realName})` : user.name;
  return user.realName ? `${user.realName} <${user.email}>` : `<${user.email}>`;
}

/** `<span class="user" data-user-id="30"><a  href="/User/Summary.html?id=30">Carol Customer &lt;…&gt;</a></span>` */
export function userSpan(user: RtUser): string {
  const label = escapeHtml(userLabel(user));
  if (NO_LINK.has(user.name)) return `<span class="user" data-user-id="${user.id}">${label}</span>`;
  return `<span class="user" data-user-id="${user.id}"><a  href="/User/Summary.html?id=${user.id}">${label}</a></span>`;
}

/** %PriorityAsString in RT 5's default config: the label of the highest step at or below the value. */
export function priorityLabel(priority: number): 'Low' | 'Medium' | 'High' {
  if (priority >= 100) return 'High';
  if (priority >= 50) return 'Medium';
  return 'Low';
}
