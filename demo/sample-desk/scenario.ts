/**
 * The sample desk's tickets, computed from one instant ("now" when the desk starts), so every
 * countdown is live: RT's SLA levels of the testbed (standard: Response 4 business hours, Resolve
 * 16; urgent: from creation, Response 60 real minutes, Resolve 8 real hours) give each ticket the
 * Starts and Due RT itself would store. Users, queues and ids are those of the saved fixtures
 * (tests/fixtures/rt/README.md), so the fixture pages serve as templates unchanged in shape.
 */
import { addBusinessTime, firstBusinessInstant } from './business-hours';
import type { RtUser } from './rt-text';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const USERS: Readonly<Record<string, RtUser>> = Object.fromEntries(
  (
    [
      [1, 'RT_System', 'The RT System itself', '', 0],
      [6, 'Nobody', 'Nobody in particular', '', 0],
      [14, 'root', 'Enoch Root', 'root@localhost', 1],
      [28, 'alice', 'Alice Agent', 'alice@example.com', 1],
      [30, 'carol', 'Carol Customer', 'carol@example.com', 0],
      [44, 'dave@example.com', '', 'dave@example.com', 0],
      [50, 'erin@example.com', '', 'erin@example.com', 0],
      [60, 'frank@example.com', '', 'frank@example.com', 0],
      [66, 'gina@example.com', '', 'gina@example.com', 0],
      [72, 'henry@example.com', '', 'henry@example.com', 0],
    ] as const
  ).map(([id, name, realName, email, privileged]) => [name, { id, name, realName, email, privileged }]),
);

export function user(name: string): RtUser {
  const found = USERS[name];
  if (!found) throw new Error(`sample desk: no user ${name}`);
  return found;
}

export const QUEUES = { General: 1, Support: 3, Sales: 4 } as const;
export type QueueName = keyof typeof QUEUES;

export const ACTIVE_STATUSES: ReadonlySet<string> = new Set(['new', 'open', 'stalled']);

export type TransactionType =
  | 'Create'
  | 'EmailRecord'
  | 'Set'
  | 'SetWatcher'
  | 'Comment'
  | 'Correspond'
  | 'Status';

export interface Transaction {
  readonly id: number;
  readonly type: TransactionType;
  readonly created: number;
  /** A user name. */
  readonly creator: string;
  readonly field: string;
  /** Dates as `YYYY-MM-DD HH:MM:SS`, owners as user ids, statuses by name, as RT stores them. */
  readonly oldValue: string;
  readonly newValue: string;
  /** The message of a Create, Comment or Correspond. */
  readonly content: string;
}

export interface Ticket {
  readonly id: number;
  /** Which saved ticket page (its id in tests/fixtures/rt) this ticket's page is made from. */
  readonly template: number;
  /** What the ticket shows off, for people reading the demo. */
  readonly role: string;
  readonly subject: string;
  readonly queue: QueueName;
  readonly status: string;
  /** The SLA level; null when the queue has SLAs off (no SLA row, no `SLA` key in REST). */
  readonly sla: string | null;
  readonly priority: number;
  readonly finalPriority: number;
  readonly owner: string;
  readonly requestor: string;
  readonly creator: string;
  readonly created: number;
  readonly starts: number | null;
  readonly started: number | null;
  readonly told: number | null;
  readonly due: number | null;
  readonly resolved: number | null;
  readonly lastUpdated: number;
  readonly lastUpdatedBy: string;
  readonly transactions: readonly Transaction[];
}

/** Ticket ids of the demo, by what each one shows. */
export const DEMO = {
  fresh: 1,
  atRisk: 2,
  breached: 3,
  staffReplied: 4,
  noSla: 5,
  stalled: 6,
  resolved: 7,
} as const;

const sql = (ms: number | null): string => {
  if (ms === null) return '1970-01-01 00:00:00';
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
};

/** Collects a ticket's transactions in order, with ids from one desk-wide counter (as RT's). */
class History {
  readonly list: Transaction[] = [];
  constructor(private readonly next: () => number) {}

  add(
    type: TransactionType,
    created: number,
    creator: string,
    extra: { field?: string; oldValue?: string; newValue?: string; content?: string } = {},
  ): number {
    const id = this.next();
    this.list.push({
      id,
      type,
      created,
      creator,
      field: extra.field ?? '',
      oldValue: extra.oldValue ?? '',
      newValue: extra.newValue ?? '',
      content: extra.content ?? '',
    });
    return id;
  }

  /** Creation as RT records it: Create, the autoreply's EmailRecord, then the SLA's Starts and Due. */
  created(at: number, by: string, content: string, starts: number | null, due: number | null): void {
    this.add('Create', at, by, { content });
    this.add('EmailRecord', at, 'RT_System');
    if (starts !== null)
      this.add('Set', at, 'RT_System', { field: 'Starts', oldValue: sql(null), newValue: sql(starts) });
    if (due !== null)
      this.add('Set', at, 'RT_System', { field: 'Due', oldValue: sql(null), newValue: sql(due) });
  }

  taken(at: number, by: string): void {
    const owner = String(user(by).id);
    this.add('Set', at, by, { field: 'Owner', oldValue: '6', newValue: owner });
    this.add('SetWatcher', at, by, { field: 'Owner', oldValue: '6', newValue: owner });
  }

  status(at: number, by: string, from: string, to: string): void {
    this.add('Status', at, by, { field: 'Status', oldValue: from, newValue: to });
  }

  due(at: number, from: number, to: number): void {
    this.add('Set', at, 'RT_System', { field: 'Due', oldValue: sql(from), newValue: sql(to) });
  }
}

/**
 * The seven tickets of the demo, as of `now`:
 * 1 opened 20 minutes ago (standard SLA), 2 at risk (urgent, 12 minutes left), 3 breached an hour
 * ago (urgent), 4 answered by staff (Due moved to the resolve deadline), 5 without SLA (Sales, a Due
 * set by hand and passed), 6 stalled, 7 resolved.
 */
export function demoTickets(now: number): Ticket[] {
  let counter = 40;
  const next = () => ++counter;
  const tickets: Ticket[] = [];

  {
    const created = now - 20 * MINUTE;
    const starts = firstBusinessInstant(created);
    const due = addBusinessTime(starts, 4 * HOUR);
    const history = new History(next);
    history.created(
      created,
      'carol',
      'Paper jam again, tray 2. Nobody can print on the 3rd floor.',
      starts,
      due,
    );
    tickets.push({
      id: DEMO.fresh,
      template: 1,
      role: 'opened 20 minutes ago, standard SLA (4 business hours to respond)',
      subject: 'Printer on the 3rd floor is jammed',
      queue: 'General',
      status: 'new',
      sla: 'standard',
      priority: 50,
      finalPriority: 0,
      owner: 'Nobody',
      requestor: 'carol',
      creator: 'carol',
      created,
      starts,
      started: null,
      told: null,
      due,
      resolved: null,
      lastUpdated: created,
      lastUpdatedBy: 'carol',
      transactions: history.list,
    });
  }

  {
    const created = now - 48 * MINUTE;
    const due = created + 60 * MINUTE;
    const history = new History(next);
    history.created(created, 'dave@example.com', 'Every payment fails with error 502.', created, due);
    tickets.push({
      id: DEMO.atRisk,
      template: 2,
      role: 'at risk: urgent SLA (60 minutes to respond), 12 minutes left at start',
      subject: 'Checkout is down for all customers',
      queue: 'General',
      status: 'new',
      sla: 'urgent',
      priority: 100,
      finalPriority: 0,
      owner: 'Nobody',
      requestor: 'dave@example.com',
      creator: 'dave@example.com',
      created,
      starts: created,
      started: null,
      told: null,
      due,
      resolved: null,
      lastUpdated: created,
      lastUpdatedBy: 'dave@example.com',
      transactions: history.list,
    });
  }

  {
    const created = now - 2 * HOUR;
    const due = created + 60 * MINUTE;
    const history = new History(next);
    history.created(
      created,
      'dave@example.com',
      'Customers get no payment confirmation by email since noon.',
      created,
      due,
    );
    tickets.push({
      id: DEMO.breached,
      template: 2,
      role: 'breached an hour ago: urgent SLA, nobody answered',
      subject: 'Payment confirmation emails are not sent',
      queue: 'General',
      status: 'new',
      sla: 'urgent',
      priority: 100,
      finalPriority: 0,
      owner: 'Nobody',
      requestor: 'dave@example.com',
      creator: 'dave@example.com',
      created,
      starts: created,
      started: null,
      told: null,
      due,
      resolved: null,
      lastUpdated: created,
      lastUpdatedBy: 'dave@example.com',
      transactions: history.list,
    });
  }

  {
    const created = now - 3 * HOUR;
    const starts = firstBusinessInstant(created);
    const responseDue = addBusinessTime(starts, 4 * HOUR);
    const resolveDue = addBusinessTime(starts, 16 * HOUR);
    const taken = created + 10 * MINUTE;
    const commented = created + 25 * MINUTE;
    const replied = now - 1 * HOUR;
    const history = new History(next);
    history.created(
      created,
      'carol',
      'The reset link in the email says it has expired.',
      starts,
      responseDue,
    );
    history.taken(taken, 'alice');
    history.add('Comment', commented, 'alice', {
      content: 'Reset mails to example.com bounced this morning; sending a fresh link by hand.',
    });
    history.add('Correspond', replied, 'alice', {
      content: 'Hi Carol, I have sent you a new reset link. It is valid for 24 hours.',
    });
    history.add('EmailRecord', replied, 'RT_System');
    history.status(replied, 'RT_System', 'new', 'open');
    history.due(replied, responseDue, resolveDue);
    tickets.push({
      id: DEMO.staffReplied,
      template: 4,
      role: 'answered by staff an hour ago: Due moved to the resolve deadline (16 business hours)',
      subject: 'Cannot reset my password',
      queue: 'Support',
      status: 'open',
      sla: 'standard',
      priority: 0,
      finalPriority: 0,
      owner: 'alice',
      requestor: 'carol',
      creator: 'carol',
      created,
      starts,
      started: replied,
      told: replied,
      due: resolveDue,
      resolved: null,
      lastUpdated: replied,
      lastUpdatedBy: 'alice',
      transactions: history.list,
    });
  }

  {
    const created = now - 50 * HOUR;
    // Sales has SLAs off: only a Due set by hand, here a day ago, makes it overdue.
    const due = Math.floor((now - 26 * HOUR) / HOUR) * HOUR;
    const history = new History(next);
    history.created(created, 'frank@example.com', 'Please send a quote for 40 seats.', null, null);
    history.add('Set', created + 5 * MINUTE, 'root', {
      field: 'Due',
      oldValue: sql(null),
      newValue: sql(due),
    });
    tickets.push({
      id: DEMO.noSla,
      template: 5,
      role: 'no SLA (Sales queue): only a Due set by hand, passed a day ago',
      subject: 'Quote for 40 seats',
      queue: 'Sales',
      status: 'new',
      sla: null,
      priority: 50,
      finalPriority: 0,
      owner: 'Nobody',
      requestor: 'frank@example.com',
      creator: 'frank@example.com',
      created,
      starts: null,
      started: null,
      told: null,
      due,
      resolved: null,
      lastUpdated: created + 5 * MINUTE,
      lastUpdatedBy: 'root',
      transactions: history.list,
    });
  }

  {
    const created = now - 2 * HOUR;
    const starts = firstBusinessInstant(created);
    const due = addBusinessTime(starts, 4 * HOUR);
    const stalled = now - 90 * MINUTE;
    const history = new History(next);
    history.created(created, 'gina@example.com', 'The VPN disconnects every hour on the hour.', starts, due);
    history.taken(stalled, 'alice');
    history.status(stalled, 'alice', 'new', 'stalled');
    tickets.push({
      id: DEMO.stalled,
      template: 6,
      role: 'stalled: waiting on the customer',
      subject: 'VPN drops every hour',
      queue: 'General',
      status: 'stalled',
      sla: 'standard',
      priority: 50,
      finalPriority: 0,
      owner: 'alice',
      requestor: 'gina@example.com',
      creator: 'gina@example.com',
      created,
      starts,
      started: stalled,
      told: null,
      due,
      resolved: null,
      lastUpdated: stalled,
      lastUpdatedBy: 'alice',
      transactions: history.list,
    });
  }

  {
    const created = now - 5 * HOUR;
    const responseDue = created + 60 * MINUTE;
    const resolveDue = created + 8 * HOUR;
    const taken = created + 10 * MINUTE;
    const replied = created + 35 * MINUTE;
    const resolved = created + 50 * MINUTE;
    const history = new History(next);
    history.created(
      created,
      'henry@example.com',
      'Browsers warn that the certificate expired.',
      created,
      responseDue,
    );
    history.taken(taken, 'alice');
    history.add('Correspond', replied, 'alice', { content: 'Renewed the certificate; the warning is gone.' });
    history.add('EmailRecord', replied, 'RT_System');
    history.status(replied, 'RT_System', 'new', 'open');
    history.due(replied, responseDue, resolveDue);
    history.status(resolved, 'alice', 'open', 'resolved');
    tickets.push({
      id: DEMO.resolved,
      template: 7,
      role: 'resolved 50 minutes after it was opened',
      subject: 'Website shows a certificate warning',
      queue: 'General',
      status: 'resolved',
      sla: 'urgent',
      priority: 100,
      finalPriority: 0,
      owner: 'alice',
      requestor: 'henry@example.com',
      creator: 'henry@example.com',
      created,
      starts: created,
      started: replied,
      told: replied,
      due: resolveDue,
      resolved,
      lastUpdated: resolved,
      lastUpdatedBy: 'alice',
      transactions: history.list,
    });
  }

  return tickets;
}

/** RT shows a Due in `span.overdue` when it has passed and the ticket is still active. */
export function isOverdue(ticket: Ticket, now: number): boolean {
  return ticket.due !== null && ticket.due < now && ACTIVE_STATUSES.has(ticket.status);
}
