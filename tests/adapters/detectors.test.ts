/**
 * Every adapter's detector against its own test URLs (kept next to it), and against every other
 * adapter's: no page may be claimed by two adapters. Driven by the registry, so an adapter added
 * without test URLs, or with a detector that overlaps another, fails here.
 */
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterById } from '../../core/adapters/registry';
import { rtAdapter } from '../../core/adapters/rt';
import { RT_TEST_URLS } from '../../core/adapters/rt/urls';

interface DetectorTestUrls {
  /** The desk base the URLs belong to. */
  readonly base: string;
  readonly ticket: readonly { readonly url: string; readonly id: string }[];
  readonly list: readonly string[];
  readonly not: readonly string[];
}

/** Each adapter's test URLs, by adapter id: a new adapter must add its own here. */
const TEST_URLS: Record<string, DetectorTestUrls> = { rt: RT_TEST_URLS };

const urlsOf = (id: string): DetectorTestUrls => {
  const urls = TEST_URLS[id];
  if (!urls) throw new Error(`adapter "${id}" has no test URLs in detectors.test.ts`);
  return urls;
};

describe('the adapter registry', () => {
  it('lists each adapter once, findable by its id', () => {
    const ids = ADAPTERS.map((adapter) => adapter.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const adapter of ADAPTERS) expect(adapterById(adapter.id)).toBe(adapter);
    expect(adapterById('rt')).toBe(rtAdapter);
    expect(adapterById('no-such-tool')).toBeUndefined();
  });

  it('has test URLs for every adapter', () => {
    for (const adapter of ADAPTERS) expect(Object.keys(TEST_URLS)).toContain(adapter.id);
  });
});

describe.each(ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('the %s detector', (id, adapter) => {
  const urls = urlsOf(id);

  it.each(urls.ticket)('reads $url as ticket $id', ({ url, id: ticketId }) => {
    expect(adapter.detect(new URL(url), urls.base)).toEqual({ kind: 'ticket', id: ticketId });
  });

  it.each(urls.list)('reads %s as a list', (url) => {
    expect(adapter.detect(new URL(url), urls.base)).toEqual({ kind: 'list' });
  });

  it.each(urls.not)('refuses %s', (url) => {
    expect(adapter.detect(new URL(url), urls.base)).toBeNull();
  });

  it("accepts no other adapter's pages, even on its own desk", () => {
    for (const other of ADAPTERS) {
      if (other.id === id) continue;
      const theirs = urlsOf(other.id);
      for (const url of [...theirs.ticket.map((ticket) => ticket.url), ...theirs.list]) {
        expect(adapter.detect(new URL(url), theirs.base), `${id} claims ${other.id}'s ${url}`).toBeNull();
      }
    }
  });
});

describe('the Request Tracker detector', () => {
  const detect = (url: string, base: string) => rtAdapter.detect(new URL(url), base);

  it('reads RT served at the root of its origin', () => {
    const base = 'http://127.0.0.1:8080/';
    expect(detect('http://127.0.0.1:8080/Ticket/Display.html?id=4', base)).toEqual({
      kind: 'ticket',
      id: '4',
    });
    expect(detect('http://127.0.0.1:8080/Search/Results.html?Query=id%20%3E%200', base)).toEqual({
      kind: 'list',
    });
  });

  it('refuses pages outside the desk base, also ones RT would serve', () => {
    const base = 'https://support.example.com/rt/';
    for (const url of [
      'https://support.example.com/Ticket/Display.html?id=4',
      'https://support.example.com/other/rt/Ticket/Display.html?id=4',
      'https://support.example.com.evil.example/rt/Ticket/Display.html?id=4',
      'https://evil.example/rt/Ticket/Display.html?id=4',
      'https://support.example.com/rt-old/Search/Results.html',
    ]) {
      expect(detect(url, base), url).toBeNull();
    }
  });

  it('takes a base without its trailing "/" as the same base, and refuses a base that is no URL', () => {
    const url = 'https://support.example.com/rt/Ticket/Display.html?id=9';
    expect(detect(url, 'https://support.example.com/rt')).toEqual({ kind: 'ticket', id: '9' });
    expect(detect(url, 'not a url')).toBeNull();
  });
});
