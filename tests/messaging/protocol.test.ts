/**
 * The protocol is the background's front door: everything a content script or page sends is parsed
 * here before anything acts on it. Valid messages must pass unchanged; hostile ones must not pass.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  commandMessageSchema,
  factMessageSchema,
  type Message,
  messageSchema,
  observationSchema,
} from '../../core/messaging/protocol';
import { MAX_OBSERVATIONS } from '../../core/messaging/replies';
import { webUrlSchema } from '../../core/store/records';

const RT = 'https://rt.example.com';
const observedAt = Date.parse('2026-03-02T10:00:00Z');

/** A full observation as the Request Tracker content script sends it. */
const observation = {
  key: { desk: RT, id: '42' },
  tool: 'rt',
  url: `${RT}/Ticket/Display.html?id=42`,
  observedAt,
  title: 'Printer on the 3rd floor jams',
  createdAt: observedAt - 3_600_000,
  status: 'stalled',
  statusChangedAt: observedAt - 600_000,
  queue: 'Support',
  priority: 'High',
  type: 'incident',
  tags: ['hardware', 'vip'],
  organization: 'ACME',
  replies: [
    { at: observedAt - 3_500_000, by: 'customer' },
    { at: observedAt - 1_800_000, by: 'agent' },
  ],
  deskDeadlines: { resolution: { at: observedAt + 86_400_000, source: 'Request Tracker (Due)' } },
};
const observed = { type: 'ticketsObserved', observations: [observation] };

/** `value` with `path` (dot-separated) set to `to`; `undefined` removes the key. */
function withField(value: unknown, path: string, to: unknown): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  const keys = path.split('.');
  let target: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = keys.at(-1) as string;
  if (to === undefined) delete target[last];
  else target[last] = to;
  return copy;
}

const long = (length: number) => 'x'.repeat(length);

describe('valid messages parse unchanged', () => {
  it('a full RT observation', () => {
    expect(messageSchema.parse(observed)).toEqual(observed);
    expect(factMessageSchema.parse(observed)).toEqual(observed);
  });

  it('a minimal observation: key, tool, url and instant', () => {
    const minimal = { key: observation.key, tool: 'rt', url: observation.url, observedAt };
    expect(observationSchema.parse(minimal)).toEqual(minimal);
  });

  it('limits are inclusive: 500-character titles, 200 tags, 5000 replies', () => {
    const atLimits = {
      ...observation,
      title: long(500),
      tags: Array.from({ length: 200 }, (_, i) => `t${i}`),
      replies: Array.from({ length: 5000 }, (_, i) => ({ at: i, by: 'agent' })),
    };
    expect(observationSchema.safeParse(atLimits).success).toBe(true);
  });

  it('a page that cannot be read', () => {
    const unreadable = { type: 'pageUnreadable', tool: 'rt', url: observation.url, fields: ['priority'] };
    expect(messageSchema.parse(unreadable)).toEqual(unreadable);
  });

  it('every command, with its defaults', () => {
    const commands = [
      { type: 'acknowledge', ticket: `${RT}|42`, metric: 'resolution' },
      { type: 'snooze', ticket: `${RT}|42`, minutes: 30 },
      { type: 'removeTicket', ticket: `${RT}|42` },
      { type: 'reconcileNow' },
    ];
    for (const command of commands) expect(messageSchema.parse(command)).toEqual(command);
    const personal = {
      type: 'addPersonalTicket',
      url: 'https://mail.example.com/t/1',
      title: 'Call back',
      targetMinutes: 60,
    };
    expect(commandMessageSchema.parse(personal)).toEqual({ ...personal, calendar: null });
    const settings = commandMessageSchema.parse({ type: 'saveSettings', settings: {} });
    expect(settings).toMatchObject({ type: 'saveSettings', settings: { policies: [], calendars: {} } });
  });
});

describe('hostile or broken messages are refused', () => {
  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'ticketsObserved'],
    ['an array', [observed]],
    ['no type', { observation }],
    ['an unknown type', { type: 'deleteEverything' }],
    ['a type of the wrong kind', { type: 7 }],
  ])('%s', (_, message) => {
    expect(messageSchema.safeParse(message).success).toBe(false);
  });

  it.each([
    ['an extra key on the message', { ...observed, settings: {} }],
    [
      'an extra key on the observation',
      withField(observed, 'observations.0.html', '<img src=x onerror=alert(1)>'),
    ],
    ['an extra key on the ticket key', withField(observed, 'observations.0.key.tenant', 'other')],
    [
      'an extra key on a reply',
      withField(observed, 'observations.0.replies', [{ at: 1, by: 'agent', text: 'hi' }]),
    ],
    ['an extra key on a deadline', withField(observed, 'observations.0.deskDeadlines.resolution.note', 'x')],
    ['an unknown metric', withField(observed, 'observations.0.deskDeadlines.bogus', { at: 1, source: 'x' })],
    ['an extra key on a command', { type: 'reconcileNow', force: true }],
    ['no observations at all', { type: 'ticketsObserved', observations: [] }],
    [
      'more observations than a page can hold',
      { type: 'ticketsObserved', observations: Array(MAX_OBSERVATIONS + 1).fill(observation) },
    ],
    ['a page that is not a web page', { type: 'pageOpened', url: 'javascript:alert(1)' }],
  ])('%s', (_, message) => {
    expect(messageSchema.safeParse(message).success).toBe(false);
  });

  it('an own __proto__ key, as JSON.parse makes it', () => {
    const polluted = JSON.parse('{"type":"reconcileNow","__proto__":{"isAdmin":true}}');
    expect(messageSchema.safeParse(polluted).success).toBe(false);
  });

  it.each([
    ['observedAt as a string', 'observedAt', String(observedAt)],
    ['a negative instant', 'observedAt', -1],
    ['a fractional instant', 'observedAt', 1.5],
    ['NaN', 'observedAt', Number.NaN],
    ['Infinity', 'createdAt', Number.POSITIVE_INFINITY],
    ['an unsafe integer', 'statusChangedAt', 2 ** 60],
    ['a missing key', 'key', undefined],
    ['a missing url', 'url', undefined],
    ['an empty tool', 'tool', ''],
    ['an empty status', 'status', ''],
    ['a status as a number', 'status', 3],
    ['tags as a string', 'tags', 'vip'],
    ['a reply by a bot', 'replies', [{ at: 1, by: 'bot' }]],
    ['a reply without an instant', 'replies', [{ by: 'agent' }]],
    ['an empty deadline source', 'deskDeadlines', { resolution: { at: 1, source: '' } }],
  ])('wrong type or value: %s', (_, path, value) => {
    expect(observationSchema.safeParse(withField(observation, path, value)).success).toBe(false);
  });

  it.each([
    ['tool', long(101)],
    ['title', long(501)],
    ['status', long(101)],
    ['queue', long(501)],
    ['priority', long(101)],
    ['type', long(201)],
    ['organization', long(501)],
    ['key.desk', long(501)],
    ['key.id', long(201)],
    ['tags', Array.from({ length: 201 }, (_, i) => `t${i}`)],
    ['tags', [long(201)]],
    ['replies', Array.from({ length: 5001 }, (_, i) => ({ at: i, by: 'agent' }))],
    ['deskDeadlines', { resolution: { at: 1, source: long(201) } }],
  ])('oversize: %s', (path, value) => {
    expect(observationSchema.safeParse(withField(observation, path, value)).success).toBe(false);
  });

  it.each([
    ['no fields', { type: 'pageUnreadable', tool: 'rt', url: observation.url, fields: [] }],
    ['51 fields', { type: 'pageUnreadable', tool: 'rt', url: observation.url, fields: Array(51).fill('x') }],
    [
      'a field name of 101 characters',
      { type: 'pageUnreadable', tool: 'rt', url: observation.url, fields: [long(101)] },
    ],
    ['an empty ticket', { type: 'acknowledge', ticket: '', metric: 'resolution' }],
    ['a ticket of 801 characters', { type: 'removeTicket', ticket: long(801) }],
    ['an unknown metric', { type: 'acknowledge', ticket: `${RT}|42`, metric: 'happiness' }],
    ['a zero snooze', { type: 'snooze', ticket: `${RT}|42`, minutes: 0 }],
    ['a snooze over a week', { type: 'snooze', ticket: `${RT}|42`, minutes: 7 * 24 * 60 + 1 }],
    ['a fractional snooze', { type: 'snooze', ticket: `${RT}|42`, minutes: 1.5 }],
    [
      'an untitled personal ticket',
      { type: 'addPersonalTicket', url: observation.url, title: '', targetMinutes: 5 },
    ],
    ['settings with unknown keys', { type: 'saveSettings', settings: { theme: 'dark' } }],
  ])('%s', (_, message) => {
    expect(messageSchema.safeParse(message).success).toBe(false);
  });

  it.each(['', 'not a url', 'https://', '/Ticket/Display.html?id=42'])('a url that is not one: %j', (url) => {
    expect(observationSchema.safeParse({ ...observation, url }).success).toBe(false);
  });
});

/*
 * zod's plain url() only checks that the URL constructor accepts the string: javascript:, data:,
 * file: and any other scheme pass, as does a URL of any length. A ticket URL ends up as a link in the
 * popup and in notifications, so ticket URLs are restricted to http(s) and a sane length.
 */
describe('ticket URLs (z.url() accepts any scheme)', () => {
  const hostile = [
    'javascript:alert(document.cookie)',
    'JavaScript://%0Aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    // The URL parser drops tabs and newlines, so this is javascript: too.
    'java\tscript:alert(1)',
  ];

  for (const url of hostile) {
    it(`an observation with ${url.slice(0, 16)}… is refused`, () => {
      expect(observationSchema.safeParse({ ...observation, url }).success).toBe(false);
    });
    it(`a personal ticket with ${url.slice(0, 16)}… is refused`, () => {
      const message = { type: 'addPersonalTicket', url, title: 'x', targetMinutes: 5 };
      expect(commandMessageSchema.safeParse(message).success).toBe(false);
    });
  }

  it('a 100,000-character URL is refused', () => {
    expect(observationSchema.safeParse({ ...observation, url: `${RT}/${long(100_000)}` }).success).toBe(
      false,
    );
  });

  it('an observation whose url is not on its desk is refused', () => {
    const elsewhere = { ...observation, url: 'https://evil.example.net/Ticket/Display.html?id=42' };
    expect(observationSchema.safeParse(elsewhere).success).toBe(false);
  });

  it('ticket URLs keep intranet desks, which z.httpUrl() would refuse', () => {
    for (const url of ['http://rt/Ticket/Display.html?id=42', 'http://10.0.0.5:8080/rt/']) {
      expect(webUrlSchema.safeParse(url).success).toBe(true);
    }
    expect(webUrlSchema.safeParse(`${RT}/${long(3000)}`).success).toBe(false);
    expect(z.httpUrl().safeParse('http://10.0.0.5:8080/rt/').success).toBe(false);
  });

  it('z.url() hands back the URL trimmed, without tabs or newlines', () => {
    expect(observationSchema.parse({ ...observation, url: ` ${observation.url}\n` }).url).toBe(
      observation.url,
    );
  });
});

describe('the fact and command sets', () => {
  it('do not overlap, so a command can never pass as a fact', () => {
    const facts = factMessageSchema.options.map((option) => option.shape.type.value);
    const commands = commandMessageSchema.options.map((option) => option.shape.type.value);
    expect(facts.filter((type) => (commands as string[]).includes(type))).toEqual([]);
    const command: Message = { type: 'reconcileNow' };
    expect(factMessageSchema.safeParse(command).success).toBe(false);
  });
});
