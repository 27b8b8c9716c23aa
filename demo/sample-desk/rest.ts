/**
 * RT's REST 2.0 answers, shaped exactly like the saved ones (tests/fixtures/rt/rest-*.json): the
 * single ticket is the saved ticket 1 with this ticket's values (no `SLA` key without an SLA, `id`
 * a number, refs as `{_url, id, type}`); collections list only the `fields` asked for, nested ones
 * through `fields[Queue]=Name`, with `id` a string; dates are ISO UTC, unset `1970-01-01T00:00:00Z`.
 */

import { order, parseQuery, search } from './query';
import { isoDate } from './rt-text';
import { QUEUES, type Ticket, type Transaction, USERS } from './scenario';
import type { Templates } from './templates';

export interface RestAnswer {
  readonly status: number;
  readonly body: unknown;
}

const NOT_FOUND: RestAnswer = { status: 404, body: { message: 'Not Found' } };

/** The saved JSON's host, replaced by this desk's. */
const SAVED_ORIGIN = 'http://127.0.0.1:8080';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** RT's default lifecycle: the actions a staff member gets from each status. */
const LIFECYCLE: Record<string, readonly [to: string, label: string, update: string | null][]> = {
  new: [
    ['open', 'Open It', 'Respond'],
    ['resolved', 'Resolve', 'Comment'],
    ['rejected', 'Reject', 'Respond'],
  ],
  open: [
    ['stalled', 'Stall', 'Comment'],
    ['resolved', 'Resolve', 'Comment'],
    ['rejected', 'Reject', 'Respond'],
  ],
  stalled: [['open', 'Open It', null]],
  resolved: [['open', 'Re-open', 'Comment']],
  rejected: [['open', 'Re-open', 'Comment']],
};

type Nested = ReadonlyMap<string, readonly string[]>;

export class Rest {
  constructor(
    private readonly templates: Templates,
    private readonly origin: string,
  ) {}

  private url(path: string): string {
    return `${this.origin}/REST/2.0/${path}`;
  }

  private ref(type: 'user' | 'queue' | 'ticket', id: string): Record<string, string> {
    return { _url: this.url(`${type}/${encodeURIComponent(id).replace(/%40/g, '@')}`), id, type };
  }

  /** A user or queue reference, with the nested fields asked for (`fields[Owner]=Name,RealName`). */
  private expand(
    type: 'user' | 'queue',
    id: string,
    fields: readonly string[] | undefined,
  ): Record<string, unknown> {
    const ref: Record<string, unknown> = this.ref(type, id);
    for (const field of fields ?? []) {
      if (type === 'queue') {
        ref[field] = field === 'Name' ? queueName(id) : '';
        continue;
      }
      const person = USERS[id];
      const values: Record<string, string> = {
        Name: person?.name ?? id,
        RealName: person?.realName ?? '',
        EmailAddress: person?.email ?? '',
      };
      // Privileged is not a column REST 2.0 expands: RT gives "" for everyone (fixtures README).
      ref[field] = values[field] ?? '';
    }
    return sortKeys(ref);
  }

  /** `GET /ticket/N` (with `fields[Queue]=Name` the queue reference carries its name too). */
  ticket(ticket: Ticket, params: URLSearchParams): RestAnswer {
    const nested = nestedFields(params);
    const body = this.rehost(clone(this.templates.restTicket)) as Record<string, unknown>;
    const queueId = String(QUEUES[ticket.queue]);
    Object.assign(body, {
      Created: isoDate(ticket.created),
      Creator: this.ref('user', ticket.creator),
      Due: isoDate(ticket.due),
      EffectiveId: this.ref('ticket', String(ticket.id)),
      FinalPriority: String(ticket.finalPriority),
      InitialPriority: String(ticket.priority),
      LastUpdated: isoDate(ticket.lastUpdated),
      LastUpdatedBy: this.ref('user', ticket.lastUpdatedBy),
      Owner: this.ref('user', ticket.owner),
      Priority: String(ticket.priority),
      Queue: this.expand('queue', queueId, nested.get('Queue')),
      Requestor: [this.ref('user', ticket.requestor)],
      Resolved: isoDate(ticket.resolved),
      Started: isoDate(ticket.started),
      Starts: isoDate(ticket.starts),
      Status: ticket.status,
      Subject: ticket.subject,
      id: ticket.id,
    });
    if (nested.get('Owner')) body.Owner = this.expand('user', ticket.owner, nested.get('Owner'));
    if (ticket.sla === null) delete body.SLA;
    else body.SLA = ticket.sla;
    const self = this.url(`ticket/${ticket.id}`);
    body._hyperlinks = [
      { _url: self, id: ticket.id, ref: 'self', type: 'ticket' },
      { _url: `${self}/history`, ref: 'history' },
      { _url: `${self}/correspond`, ref: 'correspond' },
      { _url: `${self}/comment`, ref: 'comment' },
      ...(LIFECYCLE[ticket.status] ?? []).map(([to, label, update]) => ({
        _url: update === 'Respond' ? `${self}/correspond` : update === 'Comment' ? `${self}/comment` : self,
        from: ticket.status,
        label,
        ref: 'lifecycle',
        to,
        ...(update ? { update } : {}),
      })),
    ];
    return { status: 200, body: sortKeys(body) };
  }

  /** `GET /tickets?query=…&fields=…&fields[Queue]=Name&orderby=…&order=…&per_page=…&page=…` */
  tickets(all: readonly Ticket[], params: URLSearchParams): RestAnswer {
    const query = parseQuery(params.get('query') ?? '');
    if (query === null) return { status: 400, body: { message: `Invalid query: ${params.get('query')}` } };
    const found = order(search(all, query), params.get('orderby') ?? 'id', params.get('order') ?? 'ASC');
    const fields = listParam(params.get('fields'));
    const nested = nestedFields(params);
    return this.page(
      found,
      params,
      (ticket) => {
        const item: Record<string, unknown> = {
          _url: this.url(`ticket/${ticket.id}`),
          id: String(ticket.id),
          type: 'ticket',
        };
        for (const field of fields) item[field] = this.ticketField(ticket, field, nested);
        return sortKeys(item);
      },
      true,
    );
  }

  private ticketField(ticket: Ticket, field: string, nested: Nested): unknown {
    const userRef = (name: string) =>
      nested.get(field) ? this.expand('user', name, nested.get(field)) : this.ref('user', name);
    switch (field) {
      case 'Subject':
        return ticket.subject;
      case 'Status':
        return ticket.status;
      case 'Priority':
      case 'InitialPriority':
        return String(ticket.priority);
      case 'FinalPriority':
        return String(ticket.finalPriority);
      case 'Queue':
        return this.expand('queue', String(QUEUES[ticket.queue]), nested.get('Queue'));
      case 'Owner':
        return userRef(ticket.owner);
      case 'Creator':
        return userRef(ticket.creator);
      case 'LastUpdatedBy':
        return userRef(ticket.lastUpdatedBy);
      case 'Requestor':
      case 'Requestors':
        return [userRef(ticket.requestor)];
      case 'SLA':
        return ticket.sla ?? '';
      case 'Created':
        return isoDate(ticket.created);
      case 'Starts':
        return isoDate(ticket.starts);
      case 'Started':
        return isoDate(ticket.started);
      case 'Due':
        return isoDate(ticket.due);
      case 'Resolved':
        return isoDate(ticket.resolved);
      case 'Told':
        return isoDate(ticket.told);
      case 'LastUpdated':
        return isoDate(ticket.lastUpdated);
      case 'Type':
        return 'ticket';
      case 'TimeEstimated':
      case 'TimeLeft':
      case 'TimeWorked':
        return '0';
      default:
        // RT answers a column it does not know with "" (fixtures README).
        return '';
    }
  }

  /** `GET /ticket/N/history?fields=…&fields[Creator]=…&orderby=id&order=DESC&per_page=…` */
  history(ticket: Ticket, params: URLSearchParams): RestAnswer {
    const fields = listParam(params.get('fields'));
    const nested = nestedFields(params);
    const descending = (params.get('order') ?? 'ASC').toUpperCase() === 'DESC';
    const list = [...ticket.transactions].sort((a, b) => (descending ? b.id - a.id : a.id - b.id));
    return this.page(
      list,
      params,
      (transaction) => {
        const item: Record<string, unknown> = {
          _url: this.url(`transaction/${transaction.id}`),
          id: String(transaction.id),
          type: 'transaction',
        };
        for (const field of fields) item[field] = this.transactionField(transaction, ticket, field, nested);
        return sortKeys(item);
      },
      // As alice, RT does not count a history (CurrentUserCanSeeAll is false): total and pages are null.
      false,
    );
  }

  private transactionField(transaction: Transaction, ticket: Ticket, field: string, nested: Nested): unknown {
    switch (field) {
      case 'Type':
        return transaction.type;
      case 'Created':
        return isoDate(transaction.created);
      case 'Creator':
        return this.expand('user', transaction.creator, nested.get('Creator'));
      case 'Field':
        return transaction.field;
      case 'OldValue':
        return transaction.oldValue;
      case 'NewValue':
        return transaction.newValue;
      case 'ObjectType':
        return 'RT::Ticket';
      case 'ObjectId':
        return String(ticket.id);
      case 'TimeTaken':
        return '0';
      default:
        return '';
    }
  }

  private page<T>(
    list: readonly T[],
    params: URLSearchParams,
    item: (value: T) => unknown,
    counted: boolean,
  ): RestAnswer {
    // RT caps per_page at 100; its default is 20.
    const perPage = Math.min(100, Math.max(1, Number(params.get('per_page')) || 20));
    const page = Math.max(1, Number(params.get('page')) || 1);
    const items = list.slice((page - 1) * perPage, page * perPage).map(item);
    const body: Record<string, unknown> = {
      count: items.length,
      items,
      page,
      pages: counted ? Math.max(1, Math.ceil(list.length / perPage)) : null,
      per_page: perPage,
      total: counted ? list.length : null,
    };
    if (counted && page * perPage < list.length)
      body.next_page = `${this.url('tickets')}?${withPage(params, page + 1)}`;
    return { status: 200, body };
  }

  /** `GET /user/<name or id>`: alice's own record in full, anyone else's summary. */
  user(key: string, self: string): RestAnswer {
    const person = Object.values(USERS).find(
      (candidate) => candidate.name === key || String(candidate.id) === key,
    );
    if (!person) return NOT_FOUND;
    const selfUrl = this.url(`user/${person.id}`);
    if (person.name === self) {
      const body = this.rehost(clone(this.templates.restUserSelf)) as Record<string, unknown>;
      Object.assign(body, {
        EmailAddress: person.email,
        Name: person.name,
        Privileged: person.privileged,
        RealName: person.realName,
        id: person.id,
      });
      return { status: 200, body };
    }
    const body = this.rehost(clone(this.templates.restUserOther)) as Record<string, unknown>;
    Object.assign(body, {
      EmailAddress: person.email,
      Name: person.name,
      Privileged: person.privileged,
      RealName: person.realName,
      _hyperlinks: [{ _url: selfUrl, id: person.id, ref: 'self', type: 'user' }],
    });
    return { status: 200, body };
  }

  notFound(): RestAnswer {
    return NOT_FOUND;
  }

  private rehost(value: unknown): unknown {
    return JSON.parse(JSON.stringify(value).replaceAll(SAVED_ORIGIN, this.origin));
  }
}

function queueName(id: string): string {
  return Object.entries(QUEUES).find(([, queue]) => String(queue) === id)?.[0] ?? '';
}

function listParam(value: string | null): string[] {
  return (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function nestedFields(params: URLSearchParams): Nested {
  const nested = new Map<string, string[]>();
  for (const [key, value] of params) {
    const match = /^fields\[(\w+)\]$/.exec(key);
    if (match) nested.set(match[1] as string, listParam(value));
  }
  return nested;
}

function withPage(params: URLSearchParams, page: number): string {
  const next = new URLSearchParams(params);
  next.set('page', String(page));
  return next.toString();
}

/** The saved JSON has its keys sorted (RT sends them in Perl's random hash order). */
function sortKeys<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) as T;
}
