// @vitest-environment happy-dom
/**
 * A custom adapter on a generic help desk's ticket page (tests/fixtures/custom/ticket.html): what a
 * definition reads, what it cannot (named, never thrown), and which definitions are refused.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { customAdapter } from '../../core/adapters/custom';
import { type CustomAdapterDefinition, customAdapterSchema } from '../../core/adapters/custom/definition';
import { isSelectorValid } from '../../core/adapters/custom/selector';
import { answerAdapterTest } from '../../core/adapters/custom/test-read';
import type { PageRead } from '../../core/adapters/types';
import { deskSchema } from '../../core/store/desk';

const BASE = 'https://help.example.com/desk/';
const context = { base: BASE, now: Date.UTC(2026, 10, 21, 9) };
const pageUrl = new URL('https://help.example.com/desk/tickets/1042?tab=thread#reply');

function fixture(): Document {
  const html = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'custom', 'ticket.html'), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

const definition: CustomAdapterDefinition = {
  ticketUrl: 'https://help.example.com/desk/tickets/{id}',
  fields: {
    id: { selector: '.ticket-number', pattern: '#(\\d+)' },
    subject: { selector: 'h1.ticket-subject' },
    status: { selector: '.prop-status' },
    priority: { selector: '.prop-priority', attribute: 'data-value' },
    created: { selector: '.prop-created time', attribute: 'datetime' },
  },
};

function read(adapterDefinition: CustomAdapterDefinition, document = fixture(), url = pageUrl): PageRead {
  const adapter = customAdapter(adapterDefinition);
  const page = adapter.detect(url, BASE);
  if (!page) throw new Error('not detected');
  return adapter.read(document, url, page, context);
}

const withField = (
  field: keyof CustomAdapterDefinition['fields'],
  locator: object,
): CustomAdapterDefinition => ({
  ...definition,
  fields: { ...definition.fields, [field]: locator },
});

describe('a custom adapter', () => {
  it('detects ticket pages by the URL pattern, within the desk only, and no lists', () => {
    const adapter = customAdapter(definition);
    expect(adapter.id).toBe('custom');
    expect(adapter.detect(pageUrl, BASE)).toEqual({ kind: 'ticket', id: '1042' });
    expect(adapter.detect(new URL('https://help.example.com/desk/tickets/7/'), BASE)).toEqual({
      kind: 'ticket',
      id: '7',
    });
    for (const url of [
      'https://help.example.com/desk/tickets',
      'https://help.example.com/desk/tickets/',
      'https://help.example.com/desk/tickets/7/edit',
      'https://help.example.com/desk/tickets/a.b',
      'https://other.example.com/desk/tickets/7',
      'http://help.example.com/desk/tickets/7',
    ]) {
      expect(adapter.detect(new URL(url), BASE), url).toBeNull();
    }
  });

  it('finds {id} in a query too, with other parameters after it', () => {
    const adapter = customAdapter({
      ...definition,
      ticketUrl: 'https://help.example.com/desk/view.php?ticket={id}',
    });
    expect(
      adapter.detect(new URL('https://help.example.com/desk/view.php?ticket=A-9&lang=en'), BASE),
    ).toEqual({
      kind: 'ticket',
      id: 'A-9',
    });
    expect(adapter.detect(new URL('https://help.example.com/desk/view.php?ticket=A-9x=1'), BASE)).toBeNull();
  });

  it('reads the fixture page: text, attributes and patterns, the chip after the subject', () => {
    const page = read(definition);
    expect(page.tickets).toHaveLength(1);
    const ticket = page.tickets[0];
    expect(ticket?.unreadable).toEqual([]);
    expect(ticket?.observation).toEqual({
      key: { desk: 'https://help.example.com', id: '1042' },
      tool: 'custom',
      url: 'https://help.example.com/desk/tickets/1042',
      observedAt: context.now,
      title: 'Printer on floor 3 jams',
      status: 'Open',
      priority: 'high',
      createdAt: Date.UTC(2026, 10, 20, 13, 5),
    });
    expect(ticket?.placement?.element.className).toBe('ticket-subject');
  });

  it('reads a date without an offset only in the zone the definition names', () => {
    const created = { selector: '.prop-opened', pattern: 'Opened on (\\S+ \\S+)' };
    const unzoned = read(withField('created', created)).tickets[0];
    expect(unzoned?.observation).toBeNull();
    expect(unzoned?.unreadable).toEqual(['created']);
    const zoned = read({ ...withField('created', created), timeZone: 'Europe/Madrid' }).tickets[0];
    expect(zoned?.observation?.createdAt).toBe(Date.UTC(2026, 10, 20, 13, 5));
  });

  it('uses the URL id when the definition names no id field', () => {
    const { id: _, ...fields } = definition.fields;
    const ticket = read(
      { ...definition, fields },
      fixture(),
      new URL('https://help.example.com/desk/tickets/77'),
    ).tickets[0];
    expect(ticket?.id).toBe('77');
    expect(ticket?.unreadable).toEqual([]);
  });

  it('names the fields it cannot read: missing, empty, unmatched, not a date', () => {
    const odd: CustomAdapterDefinition = {
      ...definition,
      fields: {
        id: { selector: '.prop-requester' },
        subject: { selector: '.nowhere' },
        status: { selector: '.prop-due' },
        priority: { selector: '.prop-priority', pattern: '(P\\d) only' },
        created: { selector: '.prop-created time' },
      },
    };
    const ticket = read(odd).tickets[0];
    expect(ticket?.id).toBe('1042');
    expect(ticket?.observation).toBeNull();
    expect(ticket?.unreadable).toEqual(['id', 'subject', 'status', 'priority', 'created']);
    expect(answerAdapterTest({ type: 'testAdapter', definition: odd }, fixture(), pageUrl)).toEqual({
      ok: true,
      url: pageUrl.href,
      fields: [
        { field: 'id', ok: false, problem: 'notId' },
        { field: 'subject', ok: false, problem: 'notFound' },
        { field: 'status', ok: false, problem: 'empty' },
        { field: 'priority', ok: false, problem: 'noMatch' },
        { field: 'created', ok: false, problem: 'notDate' },
      ],
    });
  });

  it('never throws when querySelector does: the field is named, the rest is read', () => {
    const document = fixture();
    const real = document.querySelector.bind(document);
    vi.spyOn(document, 'querySelector').mockImplementation((selector: string) => {
      if (selector === '.prop-status') throw new SyntaxError('bad selector');
      return real(selector);
    });
    const ticket = read(definition, document).tickets[0];
    expect(ticket?.unreadable).toEqual(['status']);
    expect(ticket?.partial?.title).toBe('Printer on floor 3 jams');
  });

  it('answers a test request with every value, and refuses a request that is no definition', () => {
    const answer = answerAdapterTest({ type: 'testAdapter', definition }, fixture(), pageUrl);
    expect(answer).toMatchObject({
      ok: true,
      fields: [
        { field: 'id', ok: true, value: '1042' },
        { field: 'subject', ok: true, value: 'Printer on floor 3 jams' },
        { field: 'status', ok: true, value: 'Open' },
        { field: 'priority', ok: true, value: 'high' },
        { field: 'created', ok: true, value: '2026-11-20T14:05:00+01:00', at: Date.UTC(2026, 10, 20, 13, 5) },
      ],
    });
    expect(answerAdapterTest({ type: 'testAdapter', definition: {} }, fixture(), pageUrl)).toEqual({
      ok: false,
      error: 'the definition is not valid',
    });
  });
});

describe('a custom definition', () => {
  const problems = (candidate: unknown) =>
    customAdapterSchema
      .safeParse(candidate)
      .error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);

  it('accepts the fixture definition', () => {
    expect(problems(definition)).toBeUndefined();
  });

  it('tells invalid CSS with the document it is given (the schema has no DOM to ask)', () => {
    expect(isSelectorValid('td[', document)).toBe(false);
    expect(isSelectorValid('.ticket-meta dd.status', document)).toBe(true);
  });

  it('refuses bad attributes and patterns that do not compile or capture one group', () => {
    expect(problems(withField('status', { selector: '.a', attribute: 'data value' }))).toEqual([
      'fields.status.attribute: attributeInvalid',
    ]);
    expect(problems(withField('status', { selector: '.a', pattern: '(unclosed' }))).toEqual([
      'fields.status.pattern: patternInvalid',
    ]);
    expect(problems(withField('status', { selector: '.a', pattern: 'no group' }))).toEqual([
      'fields.status.pattern: patternGroups',
    ]);
    expect(problems(withField('status', { selector: '.a', pattern: '(a)(b)' }))).toEqual([
      'fields.status.pattern: patternGroups',
    ]);
    expect(problems(withField('status', { selector: '.a', pattern: '(?:a)(b)' }))).toBeUndefined();
    expect(problems(withField('status', { selector: '.a', pattern: `(${'a'.repeat(200)})` }))).toEqual([
      'fields.status.pattern: tooLong',
    ]);
  });

  it('refuses URL patterns without one {id} in the path or query, or that are not http(s)', () => {
    for (const [ticketUrl, problem] of [
      ['https://help.example.com/desk/tickets/', 'urlNoId'],
      ['https://help.example.com/{id}/{id}', 'urlNoId'],
      ['https://{id}.example.com/ticket', 'urlNoId'],
      ['ftp://help.example.com/{id}', 'urlInvalid'],
      ['https://help.example.com/t/{id}#top', 'urlInvalid'],
    ] as const) {
      expect(problems({ ...definition, ticketUrl }), ticketUrl).toContain(`ticketUrl: ${problem}`);
    }
    expect(problems({ ...definition, timeZone: 'Mars/Olympus' })).toEqual(['timeZone: timeZoneInvalid']);
  });

  it('belongs to a custom desk, with its ticket pages under the base', () => {
    const desk = { base: BASE, tool: 'custom', name: 'Acme', custom: definition };
    expect(deskSchema.safeParse(desk).success).toBe(true);
    expect(deskSchema.safeParse({ ...desk, custom: undefined }).success).toBe(false);
    expect(deskSchema.safeParse({ ...desk, tool: 'rt' }).success).toBe(false);
    const outside = deskSchema.safeParse({
      ...desk,
      custom: { ...definition, ticketUrl: 'https://help.example.com/t/{id}' },
    });
    expect(outside.error?.issues.map((issue) => issue.message)).toEqual(['urlOutsideBase']);
  });
});
