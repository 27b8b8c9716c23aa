/** Every message key core/desks and the options page name exists, in English and in Spanish. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DESK_BASE_PROBLEM_MESSAGES, DESK_LIST_PROBLEM_MESSAGES, DESK_TOOLS } from '../../core/desks';

const root = join(import.meta.dirname, '..', '..');
const locale = (language: string): Record<string, { message: string; placeholders?: object }> =>
  JSON.parse(readFileSync(join(root, 'public', '_locales', language, 'messages.json'), 'utf8'));
const en = locale('en');
const es = locale('es');

/** Keys the options page passes to t('…') in its sources. */
function keysUsedByOptionsPage(): string[] {
  const folder = join(root, 'components', 'options');
  return readdirSync(folder)
    .filter((file) => /\.tsx?$/.test(file))
    .flatMap((file) => [...readFileSync(join(folder, file), 'utf8').matchAll(/\bt\(\s*'(\w+)'/g)])
    .map((match) => match[1] as string);
}

describe('the options messages', () => {
  const keys = [
    ...Object.values(DESK_BASE_PROBLEM_MESSAGES),
    ...Object.values(DESK_LIST_PROBLEM_MESSAGES),
    ...DESK_TOOLS.map((tool) => tool.message),
    ...keysUsedByOptionsPage(),
  ];

  it('exist in both languages', () => {
    expect(keys.length).toBeGreaterThan(20);
    expect(keys.filter((key) => !en[key])).toEqual([]);
    expect(keys.filter((key) => !es[key])).toEqual([]);
  });

  it('are all prefixed "options", have the same placeholders in both languages, and no empty text', () => {
    const options = Object.keys(en).filter((key) => key.startsWith('options'));
    expect(options.filter((key) => !es[key])).toEqual([]);
    expect(Object.keys(es).filter((key) => key.startsWith('options') && !en[key])).toEqual([]);
    for (const key of options) {
      expect(Object.keys(es[key]?.placeholders ?? {}), key).toEqual(Object.keys(en[key]?.placeholders ?? {}));
      expect(en[key]?.message.trim(), key).not.toBe('');
      expect(es[key]?.message.trim(), key).not.toBe('');
    }
  });
});
