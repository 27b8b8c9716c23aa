/**
 * `npm run bench` runs every registered benchmark and prints details, figures and whether each goal
 * is met. `npm run bench -- --json` prints only the figures, one JSON line each, for tools to read.
 * Names select benchmarks: `npm run bench -- background` runs only that one.
 *
 * The exit code is 0 even when a goal is missed: a missed goal is a result to read, not a crash.
 * Only an error (a benchmark throwing, an unreadable goal) exits non-zero.
 */
import { benchmarks, type Note } from './registry';
import { type Figure, goalMet, humanLine, jsonLine } from './report';

const args = process.argv.slice(2);
const known = new Set(benchmarks.map((entry) => entry.name));
const selected = args.filter((arg) => known.has(arg));
const unknown = args.filter((arg) => arg !== '--json' && !known.has(arg));
if (unknown.length > 0) {
  console.error(
    `usage: npm run bench [-- [--json] [${[...known].join('|')} ...]]  (unknown: ${unknown.join(' ')})`,
  );
  process.exit(2);
}
const json = args.includes('--json');
const note: Note = json ? () => {} : (line) => console.log(line);

const figures: Figure[] = [];
for (const entry of benchmarks) {
  if (selected.length > 0 && !selected.includes(entry.name)) continue;
  note(`\n== ${entry.name}`);
  const benchmark = await entry.load();
  const produced = await benchmark.run(note);
  note('');
  for (const figure of produced) {
    goalMet(figure); // Throws on an unreadable goal in both modes, not only when a human looks.
    figures.push(figure);
    console.log(json ? jsonLine(figure) : humanLine(figure));
  }
}

if (!json) {
  const verdicts = figures.map(goalMet).filter((met) => met !== undefined);
  const missed = verdicts.filter((met) => !met).length;
  console.log(
    `\n${verdicts.length - missed} of ${verdicts.length} goals met${missed ? `, ${missed} MISSED` : ''}`,
  );
}
