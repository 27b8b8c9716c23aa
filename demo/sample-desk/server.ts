/**
 * Plazo's sample help desk: a small HTTP server on 127.0.0.1 that serves Request Tracker 5 pages
 * and REST 2.0 answers made from the saved fixtures (tests/fixtures/rt/), with tickets whose dates
 * are computed from the moment it starts, so SLA countdowns on them are live.
 *
 *   /Ticket/Display.html?id=N            a ticket page
 *   /Search/Results.html?Query=…         a search; `Format` with SLA or Due columns (or `Format=sla`)
 *                                        gives the SLA columns, anything else RT's default format
 *   /Helpers/TicketHistory?id=N          the history fragment the ticket page loads
 *   /REST/2.0/ticket/N[/history]         REST 2.0, as the saved rest-*.json
 *   /REST/2.0/tickets?query=…&fields=…
 *   /REST/2.0/user/<name or id>
 *
 * It needs no login (the page shows alice, the testbed's staff member, as logged in) and changes
 * nothing: it is read-only.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LOGO, SCRIPT, STYLESHEET } from './assets';
import { Pages, SLA_FORMAT } from './pages';
import { order, parseQuery, search } from './query';
import { Rest } from './rest';
import { demoTickets, type Ticket } from './scenario';
import { loadTemplates } from './templates';

export { DEMO, type Ticket } from './scenario';
export { SLA_FORMAT };

export interface SampleDeskOptions {
  /** 0 (the default without PLAZO_DEMO_PORT) picks a free port. */
  readonly port?: number;
  /** The instant the tickets are computed from; default: now. */
  readonly now?: number;
  /** What "now" is for relative dates and overdue marks on each request; default Date.now. */
  readonly clock?: () => number;
  /** Where the saved RT pages are; default tests/fixtures/rt. */
  readonly fixtures?: string;
  /** Called with one line per request. */
  readonly log?: (line: string) => void;
}

export interface SampleDesk {
  /** The desk's base URL with its trailing slash, e.g. http://127.0.0.1:43121/ */
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  readonly tickets: readonly Ticket[];
  /** `/Ticket/Display.html?id=N` */
  ticketUrl(id: number): string;
  /** `/Search/Results.html` for every ticket, with the SLA columns or RT's default ones. */
  resultsUrl(format?: 'sla' | 'default'): string;
  close(): Promise<void>;
}

/** The logged-in user the pages were saved as. */
const SELF = 'alice';

function portFromEnvironment(): number {
  const raw = process.env.PLAZO_DEMO_PORT;
  if (raw === undefined || raw === '') return 0;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`PLAZO_DEMO_PORT must be a port number (0–65535), not ${JSON.stringify(raw)}`);
  return port;
}

export async function startSampleDesk(options: SampleDeskOptions = {}): Promise<SampleDesk> {
  const templates = loadTemplates(options.fixtures);
  const tickets = demoTickets(options.now ?? Date.now());
  const clock = options.clock ?? Date.now;
  const pages = new Pages(templates);
  // Every page is made once before serving: a template missing some markup fails here.
  pages.check(tickets, clock());
  const byId = new Map(tickets.map((ticket) => [ticket.id, ticket]));
  const recent: Ticket[] = [];
  let rest: Rest | null = null;

  const send = (response: ServerResponse, status: number, type: string, body: string) => {
    response.writeHead(status, {
      'content-type': `${type}; charset=utf-8`,
      'cache-control': 'no-store',
      'content-length': Buffer.byteLength(body),
    });
    response.end(body);
  };
  const sendJson = (response: ServerResponse, status: number, body: unknown) =>
    send(response, status, 'application/json', JSON.stringify(body));
  const notFound = (response: ServerResponse, what: string) =>
    send(response, 404, 'text/html', `<!DOCTYPE html><title>Not found</title><p>${what}</p>`);

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://sample-desk.invalid');
    const path = url.pathname;
    const params = url.searchParams;
    const now = clock();
    const api = rest as Rest;

    if (path.startsWith('/REST/2.0/')) {
      if (request.method !== 'GET' && request.method !== 'HEAD')
        return sendJson(response, 405, { message: 'The sample desk is read-only' });
      const rest2 = path.slice('/REST/2.0/'.length);
      let match = /^ticket\/(\d+)$/.exec(rest2);
      if (match) {
        const ticket = byId.get(Number(match[1]));
        const answer = ticket ? api.ticket(ticket, params) : api.notFound();
        return sendJson(response, answer.status, answer.body);
      }
      match = /^ticket\/(\d+)\/history$/.exec(rest2);
      if (match) {
        const ticket = byId.get(Number(match[1]));
        const answer = ticket ? api.history(ticket, params) : api.notFound();
        return sendJson(response, answer.status, answer.body);
      }
      if (rest2 === 'tickets') {
        const answer = api.tickets(tickets, params);
        return sendJson(response, answer.status, answer.body);
      }
      match = /^user\/([^/]+)$/.exec(rest2);
      if (match) {
        const answer = api.user(decodeURIComponent(match[1] as string), SELF);
        return sendJson(response, answer.status, answer.body);
      }
      const answer = api.notFound();
      return sendJson(response, answer.status, answer.body);
    }

    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, 405, 'text/plain', 'The sample desk is read-only.\n');

    switch (path) {
      case '/':
      case '/index.html':
      case '/NoAuth/Login.html': {
        const target = `/Search/Results.html?${new URLSearchParams({ Query: 'id > 0', Format: SLA_FORMAT })}`;
        response.writeHead(302, { location: target });
        return response.end();
      }
      case '/Ticket/Display.html': {
        const ticket = byId.get(Number(params.get('id')));
        if (!ticket) return notFound(response, `Could not load ticket ${params.get('id') ?? ''}`);
        const html = pages.ticketPage(ticket, tickets, now, recent);
        const seen = recent.findIndex((other) => other.id === ticket.id);
        if (seen >= 0) recent.splice(seen, 1);
        recent.unshift(ticket);
        return send(response, 200, 'text/html', html);
      }
      case '/Search/Results.html': {
        const query = params.get('Query') ?? 'id > 0';
        const format = params.get('Format') ?? '';
        const sla = format.toLowerCase() === 'sla' || /\b(SLA|Due|DueRelative)\b/.test(format);
        const orderBy = params.get('OrderBy') ?? 'id';
        const direction = params.get('Order') ?? 'ASC';
        const parsed = parseQuery(query) ?? [];
        const found = order(search(tickets, parsed), orderBy, direction);
        const html = pages.resultsPage(found, { sla, query, orderBy, order: direction }, now, recent);
        return send(response, 200, 'text/html', html);
      }
      case '/Helpers/TicketHistory': {
        const ticket = byId.get(Number(params.get('id')));
        if (!ticket) return notFound(response, `Could not load ticket ${params.get('id') ?? ''}`);
        return send(response, 200, 'text/html', pages.historyFragment(ticket));
      }
    }
    if (/^\/NoAuth\/css\/.+\.css$/.test(path)) return send(response, 200, 'text/css', STYLESHEET);
    if (/^\/NoAuth\/js\/.+\.js$/.test(path)) return send(response, 200, 'text/javascript', SCRIPT);
    if (path === '/static/images/request-tracker-logo.svg') return send(response, 200, 'image/svg+xml', LOGO);
    if (path === '/static/images/favicon.png') {
      response.writeHead(204);
      return response.end();
    }
    return notFound(response, `No such page on the sample desk: ${path}`);
  };

  const server = createServer((request, response) => {
    try {
      handle(request, response);
      options.log?.(`${request.method} ${request.url} ${response.statusCode}`);
    } catch (error) {
      options.log?.(`${request.method} ${request.url} failed: ${String(error)}`);
      if (!response.headersSent) send(response, 500, 'text/plain', `sample desk: ${String(error)}\n`);
      else response.end();
    }
  });
  const port = options.port ?? portFromEnvironment();
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `sample desk: port ${port} on 127.0.0.1 is taken (set PLAZO_DEMO_PORT to another, or 0)`,
            )
          : error,
      ),
    );
    server.listen(port, '127.0.0.1', resolve);
  });
  const actual = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${actual}`;
  rest = new Rest(templates, origin);
  const base = `${origin}/`;
  return {
    url: base,
    origin,
    port: actual,
    tickets,
    ticketUrl: (id) => `${origin}/Ticket/Display.html?id=${id}`,
    resultsUrl: (format = 'sla') =>
      `${origin}/Search/Results.html?${new URLSearchParams({
        Query: 'id > 0',
        // `Format=sla` is this desk's short name for SLA_FORMAT (RT itself needs the whole Format).
        ...(format === 'sla' ? { Format: 'sla' } : {}),
        OrderBy: 'id',
        Order: 'ASC',
      })}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
