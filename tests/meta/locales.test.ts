import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const read = (language: string): Messages =>
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, '..', '..', 'public', '_locales', language, 'messages.json'),
      'utf8',
    ),
  );

describe('locales', () => {
  const en = read('en');
  const es = read('es');

  it('Spanish and English have the same keys', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it('every message declares the placeholders it uses, the same ones in both languages', () => {
    const problems: string[] = [];
    for (const [language, messages] of [
      ['en', en],
      ['es', es],
    ] as const) {
      for (const [key, entry] of Object.entries(messages)) {
        const used = [...entry.message.matchAll(/\$(\w+)\$/g)].map((m) => (m[1] as string).toLowerCase());
        const declared = Object.keys(entry.placeholders ?? {});
        for (const name of used)
          if (!declared.includes(name)) problems.push(`${language}.${key} uses $${name}$ undeclared`);
        const other = language === 'en' ? es[key] : en[key];
        if (
          other &&
          declared.sort().join() !==
            Object.keys(other.placeholders ?? {})
              .sort()
              .join()
        )
          problems.push(`${language}.${key} placeholders differ between languages`);
        if (!entry.message.trim()) problems.push(`${language}.${key} is empty`);
      }
    }
    expect(problems).toEqual([]);
  });
});
