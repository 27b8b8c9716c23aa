import { describe, expect, it } from 'vitest';
import { defaultDeskName, deskMatchPattern, deskOrigin } from '../../core/desks';

describe('a desk origin', () => {
  it('is one match pattern for the whole origin, whatever the path', () => {
    expect(deskMatchPattern('https://support.example.com/rt/')).toBe('https://support.example.com/*');
    expect(deskMatchPattern('https://support.example.com/')).toBe('https://support.example.com/*');
  });

  it('keeps its port in Chrome, where a pattern may name one, and drops it for Firefox', () => {
    expect(deskMatchPattern('http://127.0.0.1:8080/rt/')).toBe('http://127.0.0.1:8080/*');
    expect(deskMatchPattern('http://127.0.0.1:8080/rt/', { ports: false })).toBe('http://127.0.0.1/*');
    expect(deskMatchPattern('http://[::1]:8080/')).toBe('http://[::1]:8080/*');
  });

  it('gives the origin and the host name a new desk is called by default', () => {
    expect(deskOrigin('https://support.example.com/rt/')).toBe('https://support.example.com');
    expect(defaultDeskName('https://support.example.com/rt/')).toBe('support.example.com');
    expect(defaultDeskName('http://127.0.0.1:8080/')).toBe('127.0.0.1:8080');
  });
});
