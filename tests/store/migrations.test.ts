import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../core/store/migrations';

const root = join(import.meta.dirname, '..', '..');
const numbered = (folder: string, suffix: string) =>
  readdirSync(join(root, folder))
    .filter((file) => /^\d{3}-[a-z0-9-]+\./.test(file) && file.endsWith(suffix))
    .sort();

describe('migration conventions', () => {
  const files = numbered('core/store/migrations', '.ts');

  it('has one numbered file per listed migration, numbered 001, 002, … without gaps', () => {
    expect(files.map((file) => Number(file.slice(0, 3)))).toEqual(MIGRATIONS.map((_, index) => index + 1));
  });

  it('has a test for every migration, named after its file', () => {
    const tests = numbered('tests/store/migrations', '.test.ts');
    expect(tests).toEqual(files.map((file) => file.replace(/\.ts$/, '.test.ts')));
  });
});
