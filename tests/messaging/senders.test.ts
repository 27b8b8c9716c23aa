/**
 * Who may say what. The browser fills in MessageSender; these tests use the shapes Chrome and
 * Firefox give for each kind of sender.
 */
import { describe, expect, it } from 'vitest';
import { commandMessageSchema, factMessageSchema, type Message } from '../../core/messaging/protocol';
import { mayReceive, type Sender, senderRole, speaksForItsDesk } from '../../core/messaging/senders';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const PAGE_URL = 'https://rt.example.com/Ticket/Display.html?id=42';
const tab = { id: 7, url: PAGE_URL };

const role = (sender: Sender) => senderRole(sender, ID, ORIGIN);

describe('senderRole', () => {
  it.each<[string, Sender]>([
    ['the popup', { id: ID, url: `${ORIGIN}popup.html` }],
    ['the side panel', { id: ID, url: `${ORIGIN}sidepanel.html` }],
    ['the options page opened in a tab', { id: ID, url: `${ORIGIN}options.html`, tab: { id: 3 } }],
  ])('%s is an extension page', (_, sender) => {
    expect(role(sender)).toBe('extensionPage');
  });

  it('a Firefox extension page (moz-extension, a per-install UUID)', () => {
    const origin = 'moz-extension://0b6f7b8e-1f3a-4b0e-9a57-2f0d3c4e5a6b/';
    expect(
      senderRole({ id: 'plazo@example.com', url: `${origin}popup.html` }, 'plazo@example.com', origin),
    ).toBe('extensionPage');
  });

  it.each<[string, Sender]>([
    ['our content script in a help desk tab', { id: ID, url: PAGE_URL, tab }],
    ['our content script in a frame of that tab', { id: ID, url: 'https://rt.example.com/frame.html', tab }],
  ])('%s is a content script', (_, sender) => {
    expect(role(sender)).toBe('contentScript');
  });

  it.each<[string, Sender]>([
    [
      'another extension’s page',
      { id: 'otherextensionidotherextensionid', url: 'chrome-extension://other/popup.html' },
    ],
    ['another extension’s content script', { id: 'otherextensionidotherextensionid', url: PAGE_URL, tab }],
    [
      'another extension claiming our url',
      { id: 'otherextensionidotherextensionid', url: `${ORIGIN}popup.html` },
    ],
    ['a web page (no extension id)', { url: PAGE_URL, tab }],
    ['a sender without a url', { id: ID }],
    ['a sender with an empty url', { id: ID, url: '' }],
    ['a sender with no url but a tab', { id: ID, tab }],
    ['our id, a web url, but no tab', { id: ID, url: PAGE_URL }],
    ['nothing at all', {}],
  ])('%s is nobody we listen to', (_, sender) => {
    expect(role(sender)).toBeNull();
  });
});

describe('mayReceive', () => {
  const factTypes = factMessageSchema.options.map((option) => option.shape.type.value);
  const commandTypes = commandMessageSchema.options.map((option) => option.shape.type.value);
  // mayReceive reads only the type; the rest of each message does not matter here.
  const message = (type: string) => ({ type }) as Message;

  it.each(factTypes)('a content script may report %s', (type) => {
    expect(mayReceive('contentScript', message(type))).toBe(true);
  });

  it.each(commandTypes)('a content script may not command %s', (type) => {
    expect(mayReceive('contentScript', message(type))).toBe(false);
  });

  it.each([...factTypes, ...commandTypes])('an extension page may send %s', (type) => {
    expect(mayReceive('extensionPage', message(type))).toBe(true);
  });
});

describe('speaksForItsDesk', () => {
  const observed = (desk: string) =>
    ({
      type: 'ticketsObserved',
      observations: [{ key: { desk, id: '42' } }],
    }) as unknown as Message;
  const page = { id: 'x', url: 'https://rt.example.com/Ticket/Display.html?id=42', tab: {} };

  it('a content script may report tickets of the desk it runs on', () => {
    expect(speaksForItsDesk('contentScript', observed('https://rt.example.com'), page)).toBe(true);
  });

  it('a content script may not report tickets of another desk, nor personal ones', () => {
    expect(speaksForItsDesk('contentScript', observed('https://other.example.com'), page)).toBe(false);
    expect(speaksForItsDesk('contentScript', observed('personal'), page)).toBe(false);
  });

  it('a content script may ask about, or report unreadable fields of, its own origin only', () => {
    const opened = (url: string) => ({ type: 'pageOpened', url }) as Message;
    const unreadable = (url: string) =>
      ({ type: 'pageUnreadable', tool: 'rt', url, fields: ['created'] }) as Message;
    expect(speaksForItsDesk('contentScript', opened('https://rt.example.com/rt/'), page)).toBe(true);
    expect(speaksForItsDesk('contentScript', opened('https://other.example.com/'), page)).toBe(false);
    expect(
      speaksForItsDesk('contentScript', unreadable('https://rt.example.com/Search/Results.html'), page),
    ).toBe(true);
    expect(speaksForItsDesk('contentScript', unreadable('https://other.example.com/'), page)).toBe(false);
  });

  it('extension pages are not bound to a desk', () => {
    expect(
      speaksForItsDesk('extensionPage', observed('https://rt.example.com'), {
        id: 'x',
        url: 'chrome-extension://x/popup.html',
      }),
    ).toBe(true);
  });
});
