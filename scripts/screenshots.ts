/**
 * `npm run screenshots`: the README's pictures, in English and in Spanish. Runs the demo headless
 * on the bundled sample desk once per language, saving into docs/screenshots/<language>/. Spanish
 * needs Debian's chromium-l10n (Chromium takes its interface language from the environment).
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
let build = true;
for (const language of ['en', 'es']) {
  const args = ['tsx', 'demo/run.ts', '--headless', '--sample', '--lang', language];
  args.push('--screenshots', join(ROOT, 'docs', 'screenshots', language));
  // One build serves both languages.
  if (!build) args.push('--no-build');
  build = false;
  console.log(`\n== ${language}`);
  const { status } = spawnSync('npx', args, { cwd: ROOT, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
