/**
 * The desk content script in a real Chromium (`--mode e2e` build), on a Request Tracker result list
 * of 1,000 tickets: the saved RT 5 list (tests/fixtures/rt/search-results-sla.html) with its first
 * row repeated under new ids, and RT's REST 2.0 batch answer likewise, served from 127.0.0.1.
 *
 * - annotate-1000-rows-ms: the content script's own work on that page after load, summed from the
 *   performance measures it records (listing the rows, reading those near the screen, placing chips,
 *   validating and filling in the timers); the wait for REST and for the background is not its work
 *   and is not counted. Rows further down are read as they come near the screen.
 * - ticker-second-ms: what one tick of the page's one clock costs (median), with the list on screen.
 * - content-script-gzip-kb: the size of content-scripts/desk.js, gzipped.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { connectDesk } from '../tests/e2e/connect-desk';
import { EXTENSION_DIR, launchPlazo, policy, settingsWith, waitFor } from '../tests/e2e/harness';
import { buildE2eExtension } from './e2e-build';
import type { Note } from './registry';
import { type Figure, round } from './report';

const ROWS = 1_000;
const FIXTURES = resolve(import.meta.dirname, '..', 'tests', 'fixtures', 'rt');

/** The saved list with its first row repeated ROWS times, ids 1001… */
function listPage(): string {
  const saved = readFileSync(join(FIXTURES, 'search-results-sla.html'), 'utf8');
  const first = saved.indexOf('<tbody class="list-item"');
  const last = saved.lastIndexOf('</tbody>') + '</tbody>'.length;
  const row = saved.slice(first, saved.indexOf('</tbody>', first) + '</tbody>'.length);
  const rows = Array.from({ length: ROWS }, (_, index) => {
    const id = String(1001 + index);
    return row
      .replaceAll('data-record-id="1"', `data-record-id="${id}"`)
      .replaceAll('data-index="1"', `data-index="${index + 1}"`)
      .replaceAll('id=1"', `id=${id}"`)
      .replaceAll('>1</a>', `>${id}</a>`);
  });
  return saved.slice(0, first) + rows.join('\n') + saved.slice(last);
}

/** RT's batch answer for the ids asked, each a copy of the saved first ticket. */
function batchAnswer(url: URL): string {
  const saved = JSON.parse(readFileSync(join(FIXTURES, 'rest-tickets-batch.json'), 'utf8'));
  const template = saved.items[0];
  const ids = [...(url.searchParams.get('query') ?? '').matchAll(/id\s*=\s*(\d+)/g)].map((match) => match[1]);
  const items = ids.map((id) => ({ ...template, id, _url: String(template._url).replace(/\/1$/, `/${id}`) }));
  return JSON.stringify({
    ...saved,
    items,
    count: items.length,
    total: items.length,
    per_page: items.length,
  });
}

async function serve(): Promise<{ server: Server; base: string }> {
  const page = listPage();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/Search/Results.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    } else if (url.pathname === '/REST/2.0/tickets') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(batchAnswer(url));
    } else response.writeHead(404).end();
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
}

export async function run(note: Note): Promise<readonly Figure[]> {
  buildE2eExtension(note);
  const size = gzipSync(readFileSync(join(EXTENSION_DIR, 'content-scripts', 'desk.js'))).length / 1024;
  const { server, base } = await serve();
  const plazo = await launchPlazo();
  try {
    const rtPolicy = policy('rt', {
      firstResponse: { minutes: 240, calendar: 'rt', warnings: [{ percent: 75 }] },
    });
    const hours = {
      timeZone: 'UTC',
      week: {
        mon: [['09:00', '17:00']],
        tue: [['09:00', '17:00']],
        wed: [['09:00', '17:00']],
        thu: [['09:00', '17:00']],
        fri: [['09:00', '17:00']],
      },
    };
    await connectDesk(plazo, base, settingsWith([rtPolicy], {}, { rt: hours }));
    const runs: Array<{ work: number; parts: Record<string, number>; ticks: number[] }> = [];
    for (let pass = 0; pass < 3; pass++) {
      const page = await plazo.context.newPage();
      // Tall enough that the list starts on screen: the saved page's styles are not served, so RT's
      // menus, unstyled, push the table down.
      await page.setViewportSize({ width: 1280, height: 1600 });
      await page.goto(`${base}Search/Results.html?Query=id>1000`);
      await waitFor(
        'the timers of every row',
        () => page.evaluate(() => performance.getEntriesByName('plazo:timers').length > 0),
        { timeoutMs: 60_000 },
      );
      // The script's own work on the page, before anyone scrolls.
      await page.waitForTimeout(500);
      const work = await page.evaluate(() =>
        performance
          .getEntriesByType('measure')
          .filter((entry) => entry.name.startsWith('plazo:') && entry.name !== 'plazo:tick')
          .map((entry) => ({ name: entry.name, duration: entry.duration })),
      );
      const parts: Record<string, number> = {};
      for (const { name, duration } of work) parts[name] = (parts[name] ?? 0) + duration;
      await waitFor(
        'chips on screen',
        async () => (await page.locator('plazo-chip[data-state]').count()) > 0,
      );
      await page.evaluate(() => performance.clearMeasures('plazo:tick'));
      await page.waitForTimeout(5_500);
      const ticks = await page.evaluate(() =>
        performance.getEntriesByName('plazo:tick').map((entry) => entry.duration),
      );
      const chips = await page.locator('plazo-chip').count();
      note(`  pass ${pass + 1}: ${chips} chips made for the rows near the screen; ${ticks.length} ticks`);
      runs.push({ work: Object.values(parts).reduce((sum, value) => sum + value, 0), parts, ticks });
      await page.close();
    }
    const works = runs.map((pass) => pass.work);
    for (const pass of runs) {
      note(
        `  work ${pass.work.toFixed(1)} ms: ${Object.entries(pass.parts)
          .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
          .join(', ')}`,
      );
    }
    const ticks = runs.flatMap((pass) => pass.ticks);
    if (ticks.length === 0) throw new Error('the page clock never ticked');
    return [
      { name: 'annotate-1000-rows-ms', value: round(median(works)), unit: 'ms', goal: '< 16 ms' },
      { name: 'ticker-second-ms', value: round(median(ticks)), unit: 'ms', goal: '< 1 ms' },
      { name: 'content-script-gzip-kb', value: round(size), unit: 'KB', goal: '< 30 KB' },
    ];
  } finally {
    await plazo.close();
    server.close();
  }
}
