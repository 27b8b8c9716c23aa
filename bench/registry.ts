/**
 * The benchmarks `npm run bench` runs, in order. Adding one is one line in `benchmarks`:
 *
 *   { name: 'evaluate', load: () => import('./evaluate.bench') },
 *
 * where the module exports `run(note)` returning its figures (e.g. `evaluate-10k-tickets-ms`).
 */
import type { Figure } from './report';

export type { Figure } from './report';

/** Prints a line of detail for humans; a no-op in `--json` mode, whose output is figures only. */
export type Note = (line: string) => void;

export interface BenchmarkModule {
  run(note: Note): Promise<readonly Figure[]> | readonly Figure[];
}

export interface BenchmarkEntry {
  readonly name: string;
  /**
   * Loaded only when its turn comes: a benchmark may have to prepare the process before its
   * libraries load (the business-time one forces TZ=UTC before moment and dayjs), and the others
   * should not pay for libraries they do not use.
   */
  readonly load: () => Promise<BenchmarkModule>;
}

export const benchmarks: readonly BenchmarkEntry[] = [
  // evaluate first: the peers of business-time leave a large heap behind that would slow it.
  { name: 'evaluate', load: () => import('./evaluate.bench') },
  { name: 'business-time', load: () => import('./business-time.bench') },
  // Last: these drive a real Chromium (and build the e2e extension first).
  { name: 'background', load: () => import('./background.bench') },
  { name: 'content-script', load: () => import('./content-script.bench') },
  { name: 'popup', load: () => import('./popup.bench') },
];
