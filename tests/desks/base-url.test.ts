import { describe, expect, it } from 'vitest';
import { type DeskBaseProblem, parseDeskBase } from '../../core/desks';

const base = (input: string) => {
  const parsed = parseDeskBase(input);
  return parsed.ok ? parsed.base : `refused: ${parsed.problem}`;
};
const refused = (problem: DeskBaseProblem) => `refused: ${problem}`;

describe('a desk base URL', () => {
  it('gets the trailing "/" that makes it a base', () => {
    expect(base('https://support.example.com/rt')).toBe('https://support.example.com/rt/');
    expect(base('https://support.example.com')).toBe('https://support.example.com/');
    expect(base('https://support.example.com/rt/')).toBe('https://support.example.com/rt/');
  });

  it('is normalised the way the browser writes it', () => {
    expect(base('  HTTPS://Support.Example.COM:443/rt  ')).toBe('https://support.example.com/rt/');
    expect(base('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/');
    expect(base('https://support.example.com/a/../rt')).toBe('https://support.example.com/rt/');
    expect(base('https://bücher.example/rt')).toBe('https://xn--bcher-kva.example/rt/');
  });

  it('without a scheme is taken as https, host names and ports included', () => {
    expect(base('support.example.com/rt')).toBe('https://support.example.com/rt/');
    expect(base('localhost:8080')).toBe('https://localhost:8080/');
    expect(base('10.0.0.5:8443/rt')).toBe('https://10.0.0.5:8443/rt/');
  });

  it('says what is wrong with anything else', () => {
    expect(base('')).toBe(refused('empty'));
    expect(base('   ')).toBe(refused('empty'));
    expect(base('https://')).toBe(refused('notUrl'));
    expect(base('http://exa mple.com/')).toBe(refused('notUrl'));
    expect(base('ftp://files.example.com/')).toBe(refused('notHttp'));
    expect(base('javascript:alert(1)')).toBe(refused('notHttp'));
    expect(base('file:///etc/passwd')).toBe(refused('notHttp'));
    expect(base('https://alice:secret@support.example.com/')).toBe(refused('credentials'));
    expect(base('https://alice@support.example.com/')).toBe(refused('credentials'));
    expect(base('https://support.example.com/Ticket/Display.html?id=5')).toBe(refused('query'));
    expect(base('https://support.example.com/rt/?')).toBe(refused('query'));
    expect(base('https://support.example.com/rt/#top')).toBe(refused('fragment'));
    expect(base('https://support.example.com/rt/#')).toBe(refused('fragment'));
    expect(base('https://*.example.com/')).toBe(refused('wildcardHost'));
    expect(base(`https://support.example.com/${'a'.repeat(2048)}`)).toBe(refused('tooLong'));
  });
});
