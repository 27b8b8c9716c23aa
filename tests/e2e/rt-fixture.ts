/**
 * A stand-in for a Request Tracker 5 server on 127.0.0.1: `/Ticket/Display.html?id=N` answers with
 * the markup RT 5.0 renders for a ticket (body#comp-Ticket-Display, the Basics, People and Dates
 * boxes, `div.<field>.form-row > div.value > span.current-value`; see docs rt-testbed.md §4 and
 * helpdesk-dom.md §9), plus the observation an RT adapter would read from it, as JSON text that the
 * e2e probe content script reports. Tickets are plain data the tests change between page loads.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Metric } from '../../core/engine/policy';
import { type Observation, observationSchema } from '../../core/messaging/protocol';

export interface RtTicket {
  readonly id: number;
  readonly subject: string;
  readonly queue: string;
  /** RT's lifecycle: new, open, stalled, resolved, rejected, deleted. */
  readonly status: string;
  /** When the status last changed (RT's history shows it); omitted when unknown. */
  readonly statusChangedAt?: number;
  /** RT's %PriorityAsString labels: 0 Low, 50 Medium, 100 High. */
  readonly priority: 'Low' | 'Medium' | 'High';
  readonly createdAt: number;
  readonly requestor: string;
  readonly owner?: string;
  /** The queue's SLA level, when the queue has SLAs on; RT then shows the row and computes Due. */
  readonly sla?: string;
  /** RT's Due, and which metric the adapter reads it as. */
  readonly due?: { readonly at: number; readonly metric: Metric };
  readonly replies?: readonly { readonly at: number; readonly by: 'agent' | 'customer' }[];
}

export interface RtServer {
  readonly origin: string;
  /** Adds or replaces a ticket; the next page load shows the new state. */
  put(ticket: RtTicket): void;
  url(id: number): string;
  /** The ticket key Plazo stores it under ("origin|id"). */
  key(id: number): string;
  close(): Promise<void>;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (value: number) => String(value).padStart(2, '0');

/** RT's default DateTimeFormat in the user's zone (UTC here): "Fri Nov 27 22:34:11 2026". */
export function rtDate(at: number): string {
  const d = new Date(at);
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  return `${WEEKDAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${time} ${d.getUTCFullYear()}`;
}

/** The hidden `*_Date` inputs' format: "2026-11-30 13:00:00". */
function inputDate(at: number): string {
  return new Date(at).toISOString().slice(0, 19).replace('T', ' ');
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

/** What an RT adapter reads from the page at `now`; validated so a fixture bug fails here, not in the worker. */
export function observationOf(origin: string, ticket: RtTicket, now: number): Observation {
  return observationSchema.parse({
    key: { desk: origin, id: String(ticket.id) },
    tool: 'rt',
    url: `${origin}/Ticket/Display.html?id=${ticket.id}`,
    observedAt: now,
    title: ticket.subject,
    createdAt: ticket.createdAt,
    status: ticket.status,
    ...(ticket.statusChangedAt === undefined ? {} : { statusChangedAt: ticket.statusChangedAt }),
    queue: ticket.queue,
    priority: ticket.priority,
    ...(ticket.replies ? { replies: ticket.replies } : {}),
    ...(ticket.due
      ? { deskDeadlines: { [ticket.due.metric]: { at: ticket.due.at, source: 'Request Tracker SLA (Due)' } } }
      : {}),
  });
}

function row(field: string, label: string, value: string, valueClass = 'current-value'): string {
  return `<div class="${field} form-row"><div class="label col-3">${label}:</div><div class="value col-9"><span class="${valueClass}">${value}</span></div></div>`;
}

function dateRow(field: string, label: string, at: number | undefined, overdue = false): string {
  if (at === undefined) {
    return `<div class="date ${field} form-row unset-field"><div class="label col-3">${label}:</div><div class="value col-9"><span class="current-value">Not set</span></div></div>`;
  }
  const text = overdue ? `<span class="overdue">${rtDate(at)}</span>` : rtDate(at);
  return row(`date ${field}`, label, text);
}

/** The ticket page as RT 5 renders it (trimmed to the boxes adapters read; history loads by AJAX in RT too). */
export function ticketPage(origin: string, ticket: RtTicket, now: number): string {
  const subject = escapeHtml(ticket.subject);
  const active = !['resolved', 'rejected', 'deleted'].includes(ticket.status);
  const lastReply = ticket.replies?.at(-1)?.at;
  const level = ticket.priority.toLowerCase();
  // JSON inside <script>: "<" escaped so no value can close the element.
  const observation = JSON.stringify(observationOf(origin, ticket, now)).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<title>#${ticket.id}: ${subject}</title>
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<script>
var RT = {};
RT.CurrentUser = {"Name":"alice","RealName":"Alice Agent","id":14,"Privileged":true};
RT.Config = {"WebPath":"","rtname":"rt-testbed","MessageBoxRichText":1,"WebHomePath":"/"};
</script>
</head>
<body class="elevator-light sidebar-on" id="comp-Ticket-Display">
<div id="logo"><a href="http://bestpractical.com">Request Tracker</a></div>
<div id="main-navigation"><ul class="nav-menu"><li><a href="/">Homepage</a></li><li><a href="/Search/Build.html">Search</a></li></ul></div>
<div id="header"><h1>#${ticket.id}: ${subject}</h1></div>
<div class="main-container" id="body">
<form method="get" action="/Ticket/Display.html"><input type="hidden" name="id" value="${ticket.id}" /></form>
<div class="summary"><div class="row">
<div class="boxcontainer col-md-6">
<div class="titlebox ticket-info-basics"><div class="titlebox-title"><span class="left">The Basics</span></div><div class="titlebox-content">
${row('id', 'Id', String(ticket.id))}
${row('status', 'Status', escapeHtml(ticket.status))}
${ticket.sla ? row('sla', 'SLA', escapeHtml(ticket.sla), 'current_value') : ''}
${row('priority', 'Priority', `<span class="Priority ticket-info-priority-${level}">${ticket.priority}</span>/<span class="FinalPriority ticket-info-final-priority-${level}">${ticket.priority}</span>`)}
${row('queue', 'Queue', `<a href="/Queue/Display.html?id=1">${escapeHtml(ticket.queue)}</a>`)}
</div></div>
<div class="titlebox ticket-info-people"><div class="titlebox-title"><span class="left">People</span></div><div class="titlebox-content">
${row('owner', 'Owner', `<span class="user" data-user-id="14">${escapeHtml(ticket.owner ?? 'Nobody in particular')}</span>`)}
${row('requestors', 'Requestors', `<span class="user" data-user-id="22"><a href="/User/Summary.html?id=22">&lt;${escapeHtml(ticket.requestor)}&gt;</a></span>`)}
</div></div>
</div>
<div class="boxcontainer col-md-6">
<div class="titlebox ticket-info-dates"><div class="titlebox-title"><span class="left">Dates</span></div><div class="titlebox-content">
${dateRow('created', 'Created', ticket.createdAt)}
${dateRow('starts', 'Starts', ticket.sla ? ticket.createdAt : undefined)}
${dateRow('told', 'Last Contact', lastReply)}
${dateRow('due', 'Due', ticket.due?.at, ticket.due !== undefined && active && ticket.due.at < now)}
${dateRow('resolved', 'Closed', active ? undefined : ticket.statusChangedAt)}
${row('date updated', 'Updated', `<a href="#txn-1">${rtDate(lastReply ?? ticket.createdAt)} by</a> <span class="user" data-user-id="14">alice (Alice Agent)</span>`)}
<form class="inline-edit" hidden>${ticket.due ? `<input type="hidden" name="Due_Date" value="${inputDate(ticket.due.at)}" />` : ''}</form>
</div></div>
</div>
</div></div>
<div class="history"><div class="titlebox-title"><span class="left">History</span></div><div class="titlebox-content"><p>Loading...</p></div></div>
</div>
<script type="application/json" id="plazo-e2e-observation">${observation}</script>
</body>
</html>`;
}

/** Serves the tickets on 127.0.0.1 at a free port; anything else is RT's 404 page. */
export async function startRtServer(): Promise<RtServer> {
  const tickets = new Map<number, RtTicket>();
  let origin = '';
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', origin);
    const ticket = tickets.get(Number(url.searchParams.get('id')));
    if (url.pathname !== '/Ticket/Display.html' || !ticket) {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<h1>Not found</h1>');
      return;
    }
    response
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      .end(ticketPage(origin, ticket, Date.now()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    put: (ticket) => void tickets.set(ticket.id, ticket),
    url: (id) => `${origin}/Ticket/Display.html?id=${id}`,
    key: (id) => `${origin}|${id}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
