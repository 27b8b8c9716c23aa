import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function sources(folder: string): string[] {
  if (!existsSync(join(root, folder))) return [];
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

function imports(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map(
    (m) => m[1] as string,
  );
}

describe('layers', () => {
  it('core/ never imports from entrypoints/, components/ or the browser wrappers', () => {
    const offenders = sources('core').flatMap((file) =>
      imports(file)
        .filter((source) =>
          /(^|\/)(entrypoints|components)(\/|$)|^wxt(\/|$)|^#imports$|webextension-polyfill/.test(source),
        )
        .map((source) => `${file} imports ${source}`),
    );
    expect(offenders).toEqual([]);
  });

  it('nothing relies on auto-imports: every dependency is an explicit import', () => {
    const config = readFileSync(join(root, 'wxt.config.ts'), 'utf8');
    expect(config).toMatch(/imports:\s*false/);
    const offenders = ['core', 'entrypoints', 'components']
      .flatMap((folder) => sources(folder))
      .filter((file) => imports(file).includes('#imports'));
    expect(offenders).toEqual([]);
  });
});
