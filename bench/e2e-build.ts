/** The benchmarks that drive Chromium build the `--mode e2e` extension first, so no figure comes from a stale build. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM } from '../tests/e2e/harness';
import type { Note } from './registry';

export function buildE2eExtension(note: Note): void {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  note('  building the e2e extension (wxt build --mode e2e)');
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], {
    cwd: resolve(import.meta.dirname, '..'),
    stdio: 'pipe',
  });
}
