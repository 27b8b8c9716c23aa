import { describe, expect, it } from 'vitest';
import { ticketForUrl } from '../../core/panel/ticket-for-url';

const tickets = [
  { key: 'https://rt.example.com|7', url: 'https://rt.example.com/Ticket/Display.html?id=7' },
  { key: 'https://rt.example.com|70', url: 'https://rt.example.com/Ticket/Display.html?id=70' },
  { key: 'https://desk.example.com|42', url: 'https://desk.example.com/tickets/42' },
];

describe('the ticket a tab shows', () => {
  it.each([
    ['https://rt.example.com/Ticket/Display.html?id=7', 'https://rt.example.com|7'],
    ['https://rt.example.com/Ticket/Display.html?id=7#txn-12', 'https://rt.example.com|7'],
    ['https://rt.example.com/Ticket/Display.html?id=7&results=abc123', 'https://rt.example.com|7'],
    ['https://rt.example.com/Ticket/Display.html?ShowHeaders=1&id=70', 'https://rt.example.com|70'],
    ['https://desk.example.com/tickets/42/', 'https://desk.example.com|42'],
    ['https://desk.example.com/tickets/42#comments', 'https://desk.example.com|42'],
    ['https://desk.example.com/tickets/42?tab=history', 'https://desk.example.com|42'],
  ])('%s is %s', (url, key) => {
    expect(ticketForUrl(url, tickets)).toBe(key);
  });

  it.each([
    ['another ticket', 'https://rt.example.com/Ticket/Display.html?id=8'],
    ['a ticket id only prefixed by a stored one', 'https://rt.example.com/Ticket/Display.html?id=700'],
    ['no id', 'https://rt.example.com/Ticket/Display.html'],
    ['another page of the desk', 'https://rt.example.com/Search/Results.html?id=7'],
    ['another scheme', 'http://rt.example.com/Ticket/Display.html?id=7'],
    ['another port', 'https://rt.example.com:8443/Ticket/Display.html?id=7'],
    ['a longer path', 'https://desk.example.com/tickets/421'],
    ['not a web page', 'chrome://extensions/'],
    ['not a URL', 'about blank'],
  ])('%s is none', (_, url) => {
    expect(ticketForUrl(url, tickets)).toBeNull();
  });

  it('prefers the stored address that says the most', () => {
    const both = [
      { key: 'list', url: 'https://desk.example.com/view' },
      { key: 'ticket', url: 'https://desk.example.com/view?ticket=5' },
    ];
    expect(ticketForUrl('https://desk.example.com/view?ticket=5&x=1', both)).toBe('ticket');
    expect(ticketForUrl('https://desk.example.com/view?ticket=6', both)).toBe('list');
  });

  it('ignores a stored address that does not parse', () => {
    expect(ticketForUrl('https://a.example/', [{ key: 'bad', url: 'nonsense' }])).toBeNull();
  });
});
