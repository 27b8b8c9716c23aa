/**
 * The part of RT's TicketSQL the demo needs (`id = 1 OR id = 2`, `id > 0`, `Status = '__Active__'`,
 * `Queue = 'General' AND SLA = 'urgent'`…), and RT's OrderBy/Order. Parentheses are ignored, AND
 * binds tighter than OR, and a clause on a column this desk does not know matches every ticket.
 */
import { ACTIVE_STATUSES, QUEUES, type Ticket } from './scenario';

interface Clause {
  readonly field: string;
  readonly op: string;
  readonly value: string;
}

const CLAUSE = /^\s*([A-Za-z.]+)\s*(=|!=|<>|>=|<=|>|<|LIKE|NOT LIKE)\s*(?:'([^']*)'|"([^"]*)"|(\S+))\s*$/i;

/** null when the query is not TicketSQL this desk understands. */
export function parseQuery(query: string): Clause[][] | null {
  const text = query.replace(/[()]/g, ' ').trim();
  if (text === '') return [];
  const groups: Clause[][] = [];
  for (const group of text.split(/\s+OR\s+/i)) {
    const clauses: Clause[] = [];
    for (const part of group.split(/\s+AND\s+/i)) {
      const match = CLAUSE.exec(part);
      if (!match) return null;
      clauses.push({
        field: (match[1] as string).toLowerCase(),
        op: (match[2] as string).toUpperCase(),
        value: match[3] ?? match[4] ?? match[5] ?? '',
      });
    }
    groups.push(clauses);
  }
  return groups;
}

function compare(actual: string | number, op: string, wanted: string): boolean {
  if (typeof actual === 'number') {
    const number = Number(wanted);
    switch (op) {
      case '=':
        return actual === number;
      case '!=':
      case '<>':
        return actual !== number;
      case '>':
        return actual > number;
      case '<':
        return actual < number;
      case '>=':
        return actual >= number;
      case '<=':
        return actual <= number;
      default:
        return false;
    }
  }
  const a = actual.toLowerCase();
  const b = wanted.toLowerCase();
  switch (op) {
    case '=':
      return a === b;
    case '!=':
    case '<>':
      return a !== b;
    case 'LIKE':
      return a.includes(b);
    case 'NOT LIKE':
      return !a.includes(b);
    default:
      return false;
  }
}

function matches(ticket: Ticket, clause: Clause): boolean {
  switch (clause.field) {
    case 'id':
      return compare(ticket.id, clause.op, clause.value);
    case 'status': {
      const wanted = clause.value.toLowerCase();
      if (wanted === '__active__' || wanted === '__inactive__') {
        const active = ACTIVE_STATUSES.has(ticket.status) === (wanted === '__active__');
        return clause.op === '=' ? active : !active;
      }
      return compare(ticket.status, clause.op, clause.value);
    }
    case 'queue':
      return /^\d+$/.test(clause.value)
        ? compare(QUEUES[ticket.queue], clause.op, clause.value)
        : compare(ticket.queue, clause.op, clause.value);
    case 'sla':
      return compare(ticket.sla ?? '', clause.op, clause.value);
    case 'owner':
    case 'owner.name':
      return compare(ticket.owner, clause.op, clause.value);
    case 'requestor':
    case 'requestors':
    case 'requestor.name':
      return compare(ticket.requestor, clause.op, clause.value);
    case 'subject':
      return compare(ticket.subject, clause.op, clause.value);
    default:
      return true;
  }
}

export function search(tickets: readonly Ticket[], query: Clause[][]): Ticket[] {
  if (query.length === 0) return [...tickets];
  return tickets.filter((ticket) => query.some((group) => group.every((clause) => matches(ticket, clause))));
}

const SORT_KEYS: Record<string, (ticket: Ticket) => number | string> = {
  id: (ticket) => ticket.id,
  subject: (ticket) => ticket.subject.toLowerCase(),
  status: (ticket) => ticket.status,
  queue: (ticket) => ticket.queue,
  priority: (ticket) => ticket.priority,
  created: (ticket) => ticket.created,
  due: (ticket) => ticket.due ?? 0,
  starts: (ticket) => ticket.starts ?? 0,
  lastupdated: (ticket) => ticket.lastUpdated,
  sla: (ticket) => ticket.sla ?? '',
  'owner.name': (ticket) => ticket.owner,
};

/** RT's `OrderBy=Priority|id&Order=DESC|ASC`. */
export function order(tickets: readonly Ticket[], orderBy: string, direction: string): Ticket[] {
  const keys = orderBy.split('|').map((key) => key.trim().toLowerCase());
  const directions = direction.split('|').map((value) => (value.trim().toUpperCase() === 'DESC' ? -1 : 1));
  return [...tickets].sort((a, b) => {
    for (const [index, key] of keys.entries()) {
      const read = SORT_KEYS[key];
      if (!read) continue;
      const x = read(a);
      const y = read(b);
      if (x !== y) return (x < y ? -1 : 1) * (directions[index] ?? 1);
    }
    return a.id - b.id;
  });
}
