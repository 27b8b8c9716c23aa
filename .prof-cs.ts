import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { connectDesk } from './tests/e2e/connect-desk';
import { launchPlazo, policy, settingsWith } from './tests/e2e/harness';

const saved = readFileSync('tests/fixtures/rt/search-results-sla.html', 'utf8');
const first = saved.indexOf('<tbody class="list-item"');
const last = saved.lastIndexOf('</tbody>') + 8;
const row = saved.slice(first, saved.indexOf('</tbody>', first) + 8);
const html =
  saved.slice(0, first) +
  Array.from({ length: 1000 }, (_, i) =>
    row
      .replaceAll('data-record-id="1"', `data-record-id="${1001 + i}"`)
      .replaceAll('id=1"', `id=${1001 + i}"`),
  ).join('\n') +
  saved.slice(last);
const server = createServer((req, res) => {
  const u = new URL(req.url ?? '/', 'http://x');
  if (u.pathname === '/Search/Results.html') res.writeHead(200, { 'content-type': 'text/html' }).end(html);
  else res.writeHead(404).end();
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${(server.address() as any).port}/`;
const plazo = await launchPlazo();
await connectDesk(plazo, base, settingsWith([policy('rt', { firstResponse: { minutes: 240 } })]));
const page = await plazo.context.newPage();
const cdp = await plazo.context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
await page.goto(`${base}Search/Results.html`);
await page.waitForTimeout(3000);
const { profile } = await cdp.send('Profiler.stop');
const self = new Map<string, number>();
const dt = profile.timeDeltas ?? [];
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
(profile.samples ?? []).forEach((id: number, i: number) => {
  const n: any = byId.get(id);
  const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000);
});
console.log(
  [...self]
    .filter(([k]) => !k.includes('(idle)') && !k.includes('(program)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 22)
    .map(([k, v]) => `${v.toFixed(1)}ms ${k}`)
    .join('\n'),
);
console.log(
  await page.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .map((e) => `${e.name} ${e.duration.toFixed(1)}`)
      .join(', '),
  ),
);
await plazo.close();
server.close();
