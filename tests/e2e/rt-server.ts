/**
 * Talks to the real Request Tracker 5 testbed (scripts/rt-testbed/rt-testbed.sh, facts in
 * tests/fixtures/rt/README.md) over REST 2.0, for e2e tests and the demo: tickets are created and
 * changed there, and tests compare against RT's own Due.
 *
 * Two web sessions are opened once per connection and their cookie reused (REST 2.0 accepts RT's
 * session cookie; ~30 ms a request instead of ~0.3 s for basic auth, which hashes the password):
 * - root creates and changes tickets. With `AssumeOutsideActor` the creator counts as the customer,
 *   so a ticket root opens gets a Response deadline;
 * - alice, the staff member (Privileged), writes the replies: a Correspond by alice is what the RT
 *   adapter must see as a staff reply (her user record has `Privileged: 1`, the requestor's 0).
 *
 * Base URL: PLAZO_RT_URL, else http://127.0.0.1:8080/. Root's password: RT_ROOT_PASSWORD (as the
 * testbed script), else the testbed's default.
 */
import type { BrowserContext } from 'playwright-core';

/** What REST 2.0 returns for an unset date (never null). */
export const NO_DATE = '1970-01-01T00:00:00Z';

/** RT's statuses a ticket may be created in (the default lifecycle's `initial` plus `new`). */
const CREATE_STATUSES = new Set(['new', 'open', 'resolved']);

const REQUEST_TIMEOUT_MS = 30_000;

export interface RestRef {
  readonly id: string;
  readonly type: string;
  readonly _url: string;
}

/** `GET /REST/2.0/ticket/N`. Dates are ISO UTC (`…Z`), `NO_DATE` when unset. */
export interface RestTicket {
  readonly id: number;
  readonly Subject: string;
  readonly Status: string;
  readonly Created: string;
  readonly Starts: string;
  readonly Started: string;
  readonly Due: string;
  readonly Resolved: string;
  readonly LastUpdated: string;
  /** Absent when the ticket has no SLA (its queue has SLAs off). */
  readonly SLA?: string;
  /** A string: "50". */
  readonly Priority: string;
  readonly Queue: RestRef;
  /** `{ id: 'Nobody' }` when unowned. */
  readonly Owner: RestRef;
  readonly Creator: RestRef;
  /** `id` is the user's Name (an email address for users made from one). */
  readonly Requestor: readonly RestRef[];
  readonly [field: string]: unknown;
}

export interface NewTicket {
  readonly queue: string;
  readonly subject: string;
  /** An email address or user name; RT creates the user when it does not exist. */
  readonly requestor: string;
  /** An SLA level (standard, urgent, low); omitted, RT applies the queue's default, if SLAs are on. */
  readonly sla?: string;
  /** A user name, e.g. 'alice'. */
  readonly owner?: string;
  /** new, open and resolved are set at creation; any other (stalled…) right after it. */
  readonly status?: string;
  /** Only sticks where no SLA recomputes it (e.g. Sales). A Date, epoch ms, or an ISO string. */
  readonly due?: Date | number | string;
  readonly priority?: number;
  /** The first message's text. */
  readonly content?: string;
}

/** The shape `BrowserContext.addCookies` takes. */
export type BrowserCookie = Parameters<BrowserContext['addCookies']>[0][number];

export interface RtConnection {
  /** With a trailing slash, e.g. http://127.0.0.1:8080/ */
  readonly base: string;
  readonly origin: string;
  /** `/Ticket/Display.html?id=N` */
  displayUrl(id: number): string;
  /** Created by root; returns RT's view of the ticket right after (Due already computed). */
  createTicket(ticket: NewTicket): Promise<{ id: number; ticket: RestTicket }>;
  getTicket(id: number): Promise<RestTicket>;
  /** Throws when RT refused (e.g. a status the lifecycle has no transition to). */
  setStatus(id: number, status: string): Promise<RestTicket>;
  /** Any REST 2.0 ticket fields (`{ SLA: 'urgent' }`, `{ Owner: 'alice' }`); returns RT's messages. */
  updateTicket(
    id: number,
    fields: Record<string, unknown>,
  ): Promise<{ messages: string[]; ticket: RestTicket }>;
  /**
   * A Correspond by alice. RT moves Due from the Response to the Resolve deadline only when the
   * replier is an inside actor, i.e. the Owner (or an AdminCc): create the ticket with
   * `owner: 'alice'` for that. RT opens a new ticket on a reply; a stalled one stays stalled.
   */
  replyAsStaff(id: number, text: string): Promise<RestTicket>;
  /** A new web session as alice, as cookies for `context.addCookies`. */
  loginCookies(): Promise<BrowserCookie[]>;
}

interface Credentials {
  readonly user: string;
  readonly password: string;
}

export interface ConnectOptions {
  readonly url?: string;
  readonly root?: Credentials;
  readonly staff?: Credentials;
}

const START_HINT =
  'Start the testbed as root with `bash scripts/rt-testbed/rt-testbed.sh start` (it installs RT 5 ' +
  'from Debian 12 packages the first time), or point PLAZO_RT_URL at a running RT 5.';

export class RtError extends Error {
  override name = 'RtError';
}

function isoUtc(value: Date | number | string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RtError(`not a date: ${String(value)}`);
  return `${date.toISOString().slice(0, 19)}Z`;
}

function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? error.message;
}

interface Cookie {
  readonly name: string;
  readonly value: string;
}

/** One RT web session (its RT_SID_* cookie), logged in again when RT forgets it. */
class Session {
  private cookie: Promise<Cookie> | null = null;

  constructor(
    private readonly base: string,
    readonly credentials: Credentials,
  ) {}

  /** A fresh session: RT answers a wrong password with the login page and an anonymous cookie. */
  async login(): Promise<Cookie> {
    const response = await fetch(new URL('NoAuth/Login.html', this.base), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ user: this.credentials.user, pass: this.credentials.password, next: '' }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    await response.arrayBuffer();
    const pair = response.headers
      .getSetCookie()
      .map((header) => header.split(';')[0] ?? '')
      .find((text) => text.startsWith('RT_SID_'));
    const at = pair?.indexOf('=') ?? -1;
    if (!pair || at < 0) throw new RtError(`RT at ${this.base} set no session cookie on login`);
    const cookie = { name: pair.slice(0, at), value: pair.slice(at + 1) };
    const check = await this.send(cookie, 'GET', `user/${encodeURIComponent(this.credentials.user)}`);
    if (check === null) {
      throw new RtError(
        `RT at ${this.base} refused the login of ${this.credentials.user} (wrong password? the ` +
          'testbed uses root/S3cretRootPw, or RT_ROOT_PASSWORD, and alice/alicepass1)',
      );
    }
    return cookie;
  }

  /**
   * `null` when the session is not (or no longer) logged in: RT then answers with a redirect to its
   * login page ("Login required"), or the login page itself, rather than a 401.
   */
  private async send(
    cookie: Cookie,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; json: unknown } | null> {
    const headers: Record<string, string> = { cookie: `${cookie.name}=${cookie.value}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(new URL(`REST/2.0/${path}`, this.base), {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
      redirect: 'manual',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    if (!(response.headers.get('content-type') ?? '').includes('json')) {
      const redirected = response.status >= 300 && response.status < 400;
      if (response.status === 401 || redirected || text.includes('<form id="login"')) return null;
      throw new RtError(
        `RT ${method} /REST/2.0/${path}: ${response.status}, not JSON: ${text.slice(0, 200)}`,
      );
    }
    return { status: response.status, json: text.trim() ? JSON.parse(text) : null };
  }

  /** Logs in once; concurrent callers share the one login. */
  ensure(): Promise<Cookie> {
    if (this.cookie) return this.cookie;
    const login = this.login();
    this.cookie = login;
    // A failed login is not kept: the next call tries again.
    login.catch(() => {
      if (this.cookie === login) this.cookie = null;
    });
    return login;
  }

  /** A REST 2.0 call; throws with RT's message unless the status is 2xx. */
  async rest(method: string, path: string, body?: unknown): Promise<unknown> {
    let result = await this.send(await this.ensure(), method, path, body);
    if (result === null) {
      // Not carried out (RT answered with its login page): safe to repeat once logged in again.
      this.cookie = null;
      result = await this.send(await this.ensure(), method, path, body);
    }
    if (result === null) throw new RtError(`RT ${method} /REST/2.0/${path}: not logged in`);
    if (result.status < 200 || result.status > 299) {
      const message = (result.json as { message?: string } | null)?.message ?? JSON.stringify(result.json);
      throw new RtError(
        `RT ${method} /REST/2.0/${path} as ${this.credentials.user}: ${result.status} ${message}`,
      );
    }
    return result.json;
  }
}

/** Connects to the RT testbed: checks it answers and logs in root and alice. */
export async function connectRt(options: ConnectOptions = {}): Promise<RtConnection> {
  const raw = options.url ?? process.env.PLAZO_RT_URL ?? 'http://127.0.0.1:8080/';
  const base = raw.endsWith('/') ? raw : `${raw}/`;
  const origin = new URL(base).origin;

  let status: string;
  try {
    const response = await fetch(new URL('NoAuth/Login.html', base), { signal: AbortSignal.timeout(5_000) });
    const body = await response.text();
    status =
      response.ok && body.includes('name="login"') ? 'ok' : `status ${response.status}, no RT login form`;
  } catch (error) {
    status = reason(error);
  }
  if (status !== 'ok') throw new RtError(`No Request Tracker answers at ${base} (${status}). ${START_HINT}`);

  const root = new Session(
    base,
    options.root ?? { user: 'root', password: process.env.RT_ROOT_PASSWORD ?? 'S3cretRootPw' },
  );
  const staff = new Session(base, options.staff ?? { user: 'alice', password: 'alicepass1' });
  // Both logins up front (in parallel): a wrong password fails here, not in the middle of a test.
  await Promise.all([root.ensure(), staff.ensure()]);

  const getTicket = async (id: number) => (await root.rest('GET', `ticket/${id}`)) as RestTicket;

  const updateTicket = async (id: number, fields: Record<string, unknown>) => {
    const messages = (await root.rest('PUT', `ticket/${id}`, fields)) as string[];
    return { messages, ticket: await getTicket(id) };
  };

  const setStatus = async (id: number, status: string) => {
    const { messages, ticket } = await updateTicket(id, { Status: status });
    if (ticket.Status !== status) {
      throw new RtError(`RT kept ticket ${id} ${ticket.Status}, not ${status}: ${messages.join('; ')}`);
    }
    return ticket;
  };

  return {
    base,
    origin,
    displayUrl: (id) => new URL(`Ticket/Display.html?id=${id}`, base).href,
    async createTicket(ticket) {
      const fields: Record<string, unknown> = {
        Queue: ticket.queue,
        Subject: ticket.subject,
        Requestor: ticket.requestor,
        Content: ticket.content ?? `${ticket.subject} (opened by Plazo's e2e suite)`,
        ContentType: 'text/plain',
      };
      if (ticket.sla !== undefined) fields.SLA = ticket.sla;
      if (ticket.owner !== undefined) fields.Owner = ticket.owner;
      if (ticket.priority !== undefined) fields.Priority = ticket.priority;
      if (ticket.due !== undefined) fields.Due = isoUtc(ticket.due);
      // RT refuses other statuses at creation ("New tickets can not have status 'stalled'").
      const later = ticket.status !== undefined && !CREATE_STATUSES.has(ticket.status) ? ticket.status : null;
      if (ticket.status !== undefined && later === null) fields.Status = ticket.status;
      const created = (await root.rest('POST', 'ticket', fields)) as { id: string };
      const id = Number(created.id);
      if (!Number.isInteger(id) || id <= 0)
        throw new RtError(`RT created no ticket: ${JSON.stringify(created)}`);
      return { id, ticket: later === null ? await getTicket(id) : await setStatus(id, later) };
    },
    getTicket,
    setStatus,
    updateTicket,
    async replyAsStaff(id, text) {
      await staff.rest('POST', `ticket/${id}/correspond`, { Content: text, ContentType: 'text/plain' });
      return getTicket(id);
    },
    async loginCookies() {
      const cookie = await new Session(base, staff.credentials).login();
      const url = new URL(base);
      return [
        {
          name: cookie.name,
          value: cookie.value,
          domain: url.hostname,
          path: '/',
          httpOnly: true,
          secure: url.protocol === 'https:',
          sameSite: 'Lax',
          expires: -1,
        },
      ];
    },
  };
}
