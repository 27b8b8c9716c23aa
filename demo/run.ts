/**
 * `npm run demo`: builds Plazo, starts a local help desk and opens Chromium with Plazo loaded.
 *
 * The desk is Request Tracker when it is installed (scripts/rt-testbed/rt-testbed.sh starts it and
 * the demo logs in as alice), otherwise the bundled sample desk (demo/sample-desk/), which serves RT
 * 5 pages and REST answers with live timestamps. The desk is connected the way a user connects it:
 * through the options page's Help desks form (its origin pre-approved on chrome://extensions, so no
 * permission prompt blocks the demo); then RT's business hours and an SLA policy are saved, a
 * ticket page and a search result are opened, and screenshots are saved to demo/screenshots/.
 *
 * Headed when there is a display (DISPLAY set), and the browser stays open until Ctrl+C;
 * headless otherwise (or with --headless), and it exits once the screenshots are saved.
 *
 *   npm run demo [-- --headless] [-- --sample | --rt] [-- --no-build]
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { parseDeskBase } from '../core/desks';
import { policySchema } from '../core/engine/policy';
import { type Desk, type Settings, settingsSchema } from '../core/store/records';
import { DEMO, SLA_FORMAT, startSampleDesk } from './sample-desk/server';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
const SCREENSHOTS = join(ROOT, 'demo', 'screenshots');
const SHOT_NAMES = [
  'options.png',
  'ticket.png',
  'list.png',
  'chip-tooltip.png',
  'popup.png',
  'side-panel.png',
  'recovery.png',
] as const;
const RT_SCRIPT = join(ROOT, 'scripts', 'rt-testbed', 'rt-testbed.sh');
const RT_SHARE = '/usr/share/request-tracker5';
/** Debian's chromium ships only en-US; chromium-l10n adds the other interface languages here. */
const CHROMIUM_LOCALES = '/usr/lib/chromium/locales';
/** How long the demo waits for Plazo's chips on a page before it says which step timed out. */
const CHIP_TIMEOUT_MS = Number(process.env.PLAZO_DEMO_CHIP_TIMEOUT_MS) || 20_000;
const READY_CHIP = 'plazo-chip[data-state]:not([data-state="loading"])';

export interface DemoOptions {
  readonly headless: boolean;
  readonly desk: 'auto' | 'sample' | 'rt';
  readonly build: boolean;
  readonly help: boolean;
  /** Chromium's interface language (Plazo follows it); null keeps the machine's. */
  readonly language: 'en' | 'es' | null;
  /** Where the screenshots go. */
  readonly screenshots: string;
}

const LANGUAGES = ['en', 'es'] as const;

/** Headed only with a display; `--headless` forces headless. */
export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv): DemoOptions {
  const known = new Set(['--headless', '--sample', '--rt', '--no-build', '--help', '-h']);
  const valued = new Map<string, string>();
  const flags: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] as string;
    if (arg !== '--lang' && arg !== '--screenshots') {
      flags.push(arg);
      continue;
    }
    const value = argv[index + 1];
    if (value === undefined || value.startsWith('--')) throw new DemoError(`${arg} needs a value`);
    valued.set(arg, value);
    index++;
  }
  const language = valued.get('--lang') ?? null;
  if (language !== null && !(LANGUAGES as readonly string[]).includes(language))
    throw new DemoError(`--lang ${language}: Plazo speaks ${LANGUAGES.join(' and ')}`);
  const unknown = flags.filter((arg) => !known.has(arg));
  if (unknown.length > 0) throw new DemoError(`unknown option ${unknown.join(' ')} (try --help)`);
  if (argv.includes('--sample') && argv.includes('--rt'))
    throw new DemoError('choose --sample or --rt, not both');
  return {
    headless: argv.includes('--headless') || !env.DISPLAY,
    desk: argv.includes('--sample') ? 'sample' : argv.includes('--rt') ? 'rt' : 'auto',
    build: !argv.includes('--no-build'),
    help: argv.includes('--help') || argv.includes('-h'),
    language: language as DemoOptions['language'],
    screenshots: resolve(valued.get('--screenshots') ?? SCREENSHOTS),
  };
}

const USAGE = `npm run demo [-- options]

Builds Plazo, starts a local help desk (Request Tracker when installed, else the bundled sample desk)
and opens Chromium with Plazo loaded. Screenshots go to demo/screenshots/.

  --headless   no browser window, even with a display (the default without DISPLAY)
  --sample     use the bundled sample desk even when Request Tracker is installed
  --rt         use Request Tracker (scripts/rt-testbed/rt-testbed.sh), fail if it cannot start
  --no-build   use the existing .output/chrome-mv3
  --lang en|es Chromium's (and so Plazo's) language; Spanish needs Debian's chromium-l10n
  --screenshots DIR   where the screenshots go (default demo/screenshots)

Environment: CHROMIUM (default /usr/bin/chromium), PLAZO_DEMO_PORT (the sample desk's port),
PLAZO_RT_URL (another RT 5 than the testbed), PLAZO_DEMO_CHIP_TIMEOUT_MS (default 20000).`;

/** A failure the demo explains in words: no stack trace. */
export class DemoError extends Error {
  override name = 'DemoError';
}

/** RT's %ServiceBusinessHours in the testbed: Mon–Fri 09:00–17:00 UTC. */
export const RT_CALENDAR = {
  name: 'Request Tracker business hours',
  timeZone: 'UTC',
  week: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => [day, [['09:00', '17:00']]])),
};

/** The settings the demo saves: RT's business hours and an SLA policy for RT desks, plus the desk. */
export function demoSettings(desk: Desk): Settings {
  const policy = policySchema.parse({
    id: 'rt-demo',
    name: 'Request Tracker (demo)',
    match: { tools: ['rt'] },
    targets: {
      firstResponse: { minutes: 4 * 60, calendar: 'rt', warnings: [{ percent: 75 }] },
      resolution: { minutes: 16 * 60, calendar: 'rt' },
    },
    // RT's default lifecycle: stalled waits on the customer; resolved and rejected end the clocks.
    clock: { pauseStatuses: ['stalled'], stopStatuses: ['resolved', 'rejected'] },
  });
  return settingsSchema.parse({ desks: [desk], policies: [policy], calendars: { rt: RT_CALENDAR } });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function say(line: string): void {
  console.log(line);
}

async function step<T>(name: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  process.stdout.write(`• ${name} … `);
  try {
    const result = await work();
    console.log(`done (${seconds(Date.now() - started)})`);
    return result;
  } catch (error) {
    console.log(`FAILED (${seconds(Date.now() - started)})`);
    throw error instanceof DemoError ? new DemoError(`${name}: ${error.message}`) : error;
  }
}

function run(
  command: string,
  args: readonly string[],
  { quiet = true } = {},
): Promise<{ code: number; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (!quiet) process.stdout.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

const tail = (text: string, lines = 25) => text.trimEnd().split('\n').slice(-lines).join('\n');

function findChromium(): string {
  const path = process.env.CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new DemoError(
      `Chromium is not installed (no ${path}). Install it with \`apt-get install -y chromium\` ` +
        '(as root), or point CHROMIUM at a Chromium binary.',
    );
  }
  return path;
}

async function build(): Promise<void> {
  const { code, output } = await run('npx', ['wxt', 'build']);
  if (code !== 0) throw new DemoError(`\`npx wxt build\` failed (exit ${code}):\n${tail(output)}`);
}

interface DeskRun {
  readonly kind: 'sample' | 'rt';
  readonly label: string;
  /** Base URL with its trailing slash. */
  readonly base: string;
  readonly origin: string;
  readonly ticketUrl: string;
  /** A ticket past its deadline, for the breach-recovery checklist (null: the shown ticket). */
  readonly breachedUrl: string | null;
  readonly listUrl: string;
  readonly name: string;
  readonly cookies: Parameters<BrowserContext['addCookies']>[0];
  readonly notes: readonly string[];
  close(): Promise<void>;
}

async function rtStatus(): Promise<boolean> {
  if (!existsSync(RT_SCRIPT)) return false;
  const { code } = await run('bash', [RT_SCRIPT, 'status']);
  return code === 0;
}

async function startRt(alreadyUp: boolean): Promise<DeskRun> {
  const notes: string[] = [];
  if (!alreadyUp && !process.env.PLAZO_RT_URL) {
    const { code, output } = await run('bash', [RT_SCRIPT, 'start']);
    if (code !== 0)
      throw new DemoError(
        `\`bash scripts/rt-testbed/rt-testbed.sh start\` failed (exit ${code}):\n${tail(output)}`,
      );
    notes.push(
      'Request Tracker was started by the demo and is left running (stop: bash scripts/rt-testbed/rt-testbed.sh stop).',
    );
  }
  // Imported only here: the sample desk path needs none of it.
  const { connectRt } = await import('../tests/e2e/rt-server');
  let rt: Awaited<ReturnType<typeof connectRt>>;
  try {
    rt = await connectRt();
  } catch (error) {
    throw new DemoError(error instanceof Error ? error.message : String(error));
  }
  const cookies = await rt.loginCookies();
  const cookieHeader = cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
  const restGet = async (path: string) => {
    const response = await fetch(new URL(`REST/2.0/${path}`, rt.base), {
      headers: { cookie: cookieHeader, accept: 'application/json' },
      signal: AbortSignal.timeout(30_000),
    });
    if (!response.ok) throw new DemoError(`RT GET /REST/2.0/${path}: HTTP ${response.status}`);
    return (await response.json()) as { total?: number | null; items?: { id: string; SLA?: string }[] };
  };
  const all = await restGet(`tickets?${new URLSearchParams({ query: 'id > 0', per_page: '1' })}`);
  const created: number[] = [];
  if ((all.total ?? 0) < 5) {
    const content = (text: string) => `${text} (a sample ticket opened by Plazo's demo)`;
    const fresh = await rt.createTicket({
      queue: 'General',
      subject: 'Printer on the 3rd floor is jammed',
      requestor: 'carol@example.com',
      sla: 'standard',
      priority: 50,
      content: content('Paper jam again, tray 2.'),
    });
    created.push(fresh.id);
    const urgent = await rt.createTicket({
      queue: 'General',
      subject: 'Checkout is down for all customers',
      requestor: 'dave@example.com',
      sla: 'urgent',
      priority: 100,
      content: content('Every payment fails with error 502.'),
    });
    created.push(urgent.id);
    const replied = await rt.createTicket({
      queue: 'Support',
      subject: 'Cannot reset my password',
      requestor: 'carol@example.com',
      sla: 'standard',
      owner: 'alice',
      content: content('The reset link in the email says it has expired.'),
    });
    await rt.replyAsStaff(
      replied.id,
      'Hi Carol, I have sent you a new reset link. It is valid for 24 hours.',
    );
    created.push(replied.id);
    const stalled = await rt.createTicket({
      queue: 'General',
      subject: 'VPN drops every hour',
      requestor: 'gina@example.com',
      sla: 'standard',
      owner: 'alice',
      status: 'stalled',
      content: content('The VPN disconnects every hour on the hour.'),
    });
    created.push(stalled.id);
    const sales = await rt.createTicket({
      queue: 'Sales',
      subject: 'Quote for 40 seats',
      requestor: 'frank@example.com',
      priority: 50,
      due: Date.now() - 36 * 3_600_000,
      content: content('Please send a quote for 40 seats.'),
    });
    created.push(sales.id);
    notes.push(`Created demo tickets ${created.map((id) => `#${id}`).join(', ')} in Request Tracker.`);
  }
  // The ticket to show: the newest active one with RT's urgent SLA, else any with an SLA, else any.
  const pick = async (query: string) =>
    (
      await restGet(
        `tickets?${new URLSearchParams({ query, orderby: 'id', order: 'DESC', per_page: '1', fields: 'SLA' })}`,
      )
    ).items?.[0]?.id;
  const ticketId =
    (await pick("Status = '__Active__' AND SLA = 'urgent'")) ??
    (await pick("Status = '__Active__' AND SLA = 'standard'")) ??
    (await pick('id > 0'));
  if (!ticketId) throw new DemoError(`Request Tracker at ${rt.base} has no tickets to show`);
  const list = new URL('Search/Results.html', rt.base);
  list.search = new URLSearchParams({
    Query: 'id > 0',
    Format: SLA_FORMAT,
    OrderBy: 'id',
    Order: 'DESC',
    RowsPerPage: '20',
  }).toString();
  return {
    kind: 'rt',
    label: `Request Tracker at ${rt.base} (logged in as alice)`,
    base: rt.base,
    origin: rt.origin,
    ticketUrl: rt.displayUrl(Number(ticketId)),
    breachedUrl: null,
    listUrl: list.href,
    name: 'Request Tracker testbed',
    cookies,
    notes,
    close: async () => {},
  };
}

async function startSample(): Promise<DeskRun> {
  const desk = await startSampleDesk();
  return {
    kind: 'sample',
    label: `the sample desk at ${desk.url} (Request Tracker 5 pages, live timestamps)`,
    base: desk.url,
    origin: desk.origin,
    ticketUrl: desk.ticketUrl(DEMO.atRisk),
    breachedUrl: desk.ticketUrl(DEMO.breached),
    listUrl: desk.resultsUrl('sla'),
    name: 'Sample desk (RT 5)',
    cookies: [],
    notes: desk.tickets.map((ticket) => `  #${ticket.id} ${ticket.subject}: ${ticket.role}`),
    close: () => desk.close(),
  };
}

async function chooseDesk(options: DemoOptions): Promise<DeskRun> {
  if (options.desk === 'sample') return startSample();
  const up = await rtStatus();
  if (options.desk === 'rt' || up || existsSync(RT_SHARE) || process.env.PLAZO_RT_URL) {
    try {
      return await startRt(up);
    } catch (error) {
      if (options.desk === 'rt') throw error;
      say(`\n  Request Tracker could not be used: ${error instanceof Error ? error.message : String(error)}`);
      say('  Using the bundled sample desk instead.');
      process.stdout.write('  … ');
    }
  }
  return startSample();
}

interface Browser {
  readonly context: BrowserContext;
  readonly extensionId: string;
  readonly profile: string;
}

/**
 * A private copy of the build: others may rebuild .output/chrome-mv3 while the demo runs, and a
 * browser loading a half-written build gets no service worker.
 */
async function copyBuild(): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'plazo-demo-extension-'));
  await cp(EXTENSION_DIR, copy, { recursive: true });
  for (const file of ['manifest.json', 'options.html', 'background.js', 'content-scripts/desk.js']) {
    if (!existsSync(join(copy, file))) {
      await rm(copy, { recursive: true, force: true });
      throw new DemoError(`the build in ${relative(ROOT, EXTENSION_DIR)} has no ${file}`);
    }
  }
  return copy;
}

async function launch(
  chromiumPath: string,
  extension: string,
  headless: boolean,
  language: DemoOptions['language'],
): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  const profile = await mkdtemp(join(tmpdir(), 'plazo-demo-profile-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless,
      // Chromium on Linux takes its interface language from the environment, not from --lang.
      env: language ? { ...process.env, LANGUAGE: language } : process.env,
      // The demo closes the browser itself on Ctrl+C; Playwright's handler would exit(130) first.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      viewport: headless ? { width: 1440, height: 900 } : null,
      args: [
        `--disable-extensions-except=${extension}`,
        `--load-extension=${extension}`,
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        ...(headless ? ['--disable-gpu'] : ['--window-size=1440,960']),
      ],
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new DemoError(
      `Chromium did not start (${message}).` +
        (headless ? '' : ' With no usable display, run `npm run demo -- --headless`.'),
    );
  }
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => null));
  if (!worker) {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    throw new DemoError(
      `Plazo's service worker did not start within 15 s (build copied from ${relative(ROOT, EXTENSION_DIR)})`,
    );
  }
  return { context, extensionId: new URL(worker.url()).host, profile };
}

/** Recipe c1 (e2e-permissions.md): the origin is pre-approved, so the options page's request needs no prompt. */
async function preApprove(browser: Browser, origin: string): Promise<void> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome://extensions/?id=${browser.extensionId}`);
    await page.evaluate(
      ([id, pattern]) =>
        (
          globalThis as unknown as {
            chrome: { developerPrivate: { addHostPermission(id: string, pattern: string): Promise<void> } };
          }
        ).chrome.developerPrivate.addHostPermission(id as string, pattern as string),
      [browser.extensionId, `${origin}/*`],
    );
  } catch (error) {
    throw new DemoError(
      `chrome.developerPrivate.addHostPermission failed: ${error instanceof Error ? error.message : error}`,
    );
  } finally {
    await page.close();
  }
}

async function addDeskThroughOptions(page: Page, browser: Browser, desk: DeskRun): Promise<Desk> {
  const optionsUrl = `chrome-extension://${browser.extensionId}/options.html`;
  await page.goto(optionsUrl);
  const base = page.getByTestId('desk-base-input');
  await base.waitFor({ timeout: 15_000 }).catch(() => {
    throw new DemoError(
      `${optionsUrl} shows no Help desks form (no data-testid="desk-base-input" within 15 s)`,
    );
  });
  await base.fill(desk.base);
  await page.getByTestId('desk-name-input').fill(desk.name);
  await page.getByTestId('desk-tool-select').selectOption('rt');
  await page.getByTestId('desk-add').click();
  const item = page.getByTestId('desk-item').filter({ hasText: desk.base });
  const error = page.getByTestId('desk-error');
  const outcome = await Promise.race([
    item
      .first()
      .waitFor({ timeout: 15_000 })
      .then(() => 'added' as const),
    error
      .first()
      .waitFor({ timeout: 15_000 })
      .then(() => 'error' as const),
  ]).catch(() => 'timeout' as const);
  if (outcome === 'error')
    throw new DemoError(`the options page refused the desk: ${await error.first().textContent()}`);
  if (outcome === 'timeout')
    throw new DemoError(
      `the desk did not appear in the list (data-testid="desk-item") within 15 s after Add`,
    );
  const parsed = parseDeskBase(desk.base);
  if (!parsed.ok) throw new DemoError(`${desk.base} is not a desk base URL (${parsed.problem})`);
  return { base: parsed.base, tool: 'rt', name: desk.name };
}

async function waitForScript(page: Page): Promise<number> {
  const end = Date.now() + 10_000;
  for (;;) {
    const count = await page.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          chrome: { scripting?: { getRegisteredContentScripts(): Promise<unknown[]> } };
        }
      ).chrome.scripting;
      return api ? (await api.getRegisteredContentScripts()).length : -1;
    });
    if (count !== 0 || Date.now() > end) return count;
    await new Promise((done) => setTimeout(done, 200));
  }
}

async function saveSettings(page: Page, settings: Settings): Promise<void> {
  const reply = (await page.evaluate(
    (value) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({
        type: 'saveSettings',
        settings: value,
      }),
    settings as unknown as Record<string, unknown>,
  )) as { ok?: boolean; error?: string } | undefined;
  if (!reply?.ok)
    throw new DemoError(`the background refused the settings: ${reply?.error ?? JSON.stringify(reply)}`);
}

/** Waits for at least one chip with its timers; explains what the page shows when none comes. */
async function waitForChips(page: Page, where: string): Promise<string[]> {
  try {
    await page.locator(READY_CHIP).first().waitFor({ state: 'attached', timeout: CHIP_TIMEOUT_MS });
  } catch {
    const states = await page
      .locator('plazo-chip')
      .evaluateAll((chips) => chips.map((chip) => chip.getAttribute('data-state')));
    const seen =
      states.length === 0
        ? 'no <plazo-chip> at all: the content script did not run or drew nothing'
        : `${states.length} <plazo-chip> still ${[...new Set(states)].join('/')}`;
    throw new DemoError(
      `timed out after ${seconds(CHIP_TIMEOUT_MS)} waiting for Plazo's chips on the ${where} (${page.url()}): ${seen}`,
    );
  }
  // Let the other rows get theirs too.
  await page.waitForTimeout(1_000);
  return page
    .locator(READY_CHIP)
    .evaluateAll((chips) => chips.map((chip) => chip.getAttribute('data-state') ?? ''));
}

/** The store key of the ticket at an RT ticket URL ("origin|id"), as the views name it. */
function ticketKeyOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}|${parsed.searchParams.get('id') ?? ''}`;
}

/**
 * The agent's views, each opened as a tab at its real size: the popup with every tracked ticket,
 * the side panel on the ticket page's ticket, and the breach-recovery checklist started from a
 * breached ticket's panel.
 */
async function shootViews(
  browser: Browser,
  desk: DeskRun,
  shoot: (page: Page, name: (typeof SHOT_NAMES)[number]) => Promise<void>,
): Promise<void> {
  const base = `chrome-extension://${browser.extensionId}`;
  const view = async (path: string, width: number, height: number, ready: string) => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(`${base}/${path}`);
    await page
      .getByTestId(ready)
      .first()
      .waitFor({ timeout: 15_000 })
      .catch(() => {
        throw new DemoError(`${path} showed no data-testid="${ready}" within 15 s`);
      });
    // Countdowns and fonts settle.
    await page.waitForTimeout(500);
    return page;
  };
  await shoot(await view('popup.html', 400, 600, 'popup-row'), 'popup.png');
  const ticket = encodeURIComponent(ticketKeyOf(desk.ticketUrl));
  await shoot(await view(`sidepanel.html?ticket=${ticket}`, 360, 720, 'metrics'), 'side-panel.png');
  const breached = encodeURIComponent(ticketKeyOf(desk.breachedUrl ?? desk.ticketUrl));
  const panel = await view(`sidepanel.html?ticket=${breached}&recover=1`, 360, 900, 'recovery-start');
  await panel.getByTestId('recovery-start').first().click();
  await panel
    .getByTestId('recovery-checklist')
    .first()
    .waitFor({ timeout: 15_000 })
    .catch(() => {
      throw new DemoError(
        'Start recovery opened no checklist (data-testid="recovery-checklist") within 15 s',
      );
    });
  await panel.getByTestId('recovery-checklist').first().scrollIntoViewIfNeeded();
  await panel.waitForTimeout(300);
  await shoot(panel, 'recovery.png');
}

const summarise = (states: readonly string[]) => {
  const counts = new Map<string, number>();
  for (const state of states) counts.set(state, (counts.get(state) ?? 0) + 1);
  return [...counts].map(([state, count]) => `${count} ${state}`).join(', ');
};

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2), process.env);
  if (options.help) {
    say(USAGE);
    return 0;
  }
  const started = Date.now();
  say(`Plazo demo (${options.headless ? 'headless' : 'headed'})`);
  const chromiumPath = findChromium();
  if (
    options.language &&
    options.language !== 'en' &&
    !existsSync(`${CHROMIUM_LOCALES}/${options.language}.pak`)
  )
    throw new DemoError(
      `Chromium has no ${options.language} interface here: install Debian's chromium-l10n (apt-get install -y chromium-l10n)`,
    );
  if (options.build) await step('Building Plazo (npx wxt build)', build);
  else if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new DemoError(
      `--no-build, but there is no build in ${relative(ROOT, EXTENSION_DIR)}: run without it`,
    );

  const desk = await step('Starting the help desk', () => chooseDesk(options));
  const cleanups: (() => Promise<void>)[] = [() => desk.close()];
  const cleanup = async () => {
    for (const task of cleanups.reverse()) await task().catch(() => {});
    cleanups.length = 0;
  };
  const problems: string[] = [];
  const shots: string[] = [];
  let browser: Browser | null = null;
  // Ctrl+C before the end still closes the browser, stops the sample desk and removes the profile.
  // One handler for the whole run (Playwright's own is off, see launch): what it does changes below.
  let onSignal = () => {
    say('\nInterrupted.');
    void cleanup().then(() => process.exit(130));
  };
  const signalled = () => onSignal();
  process.on('SIGINT', signalled);
  process.on('SIGTERM', signalled);
  try {
    say(`  desk: ${desk.label}`);
    for (const note of desk.notes) say(note.startsWith('  ') ? note : `  ${note}`);
    const extension = await copyBuild();
    cleanups.push(() => rm(extension, { recursive: true, force: true }));
    browser = await step('Launching Chromium with Plazo', () =>
      launch(chromiumPath, extension, options.headless, options.language),
    );
    const opened = browser;
    cleanups.push(async () => {
      await opened.context.close().catch(() => {});
      await rm(opened.profile, { recursive: true, force: true });
    });
    if (desk.cookies.length > 0) await browser.context.addCookies(desk.cookies);
    await mkdir(options.screenshots, { recursive: true });
    // A failed step must not leave an older run's picture in its place.
    for (const name of SHOT_NAMES) await rm(join(options.screenshots, name), { force: true });
    const shoot = async (page: Page, name: (typeof SHOT_NAMES)[number]) => {
      const path = join(options.screenshots, name);
      await page.screenshot({ path });
      shots.push(path);
    };

    await step(`Pre-approving ${desk.origin} for Plazo (chrome://extensions)`, () =>
      preApprove(opened, desk.origin),
    );
    const optionsPage = opened.context.pages()[0] ?? (await opened.context.newPage());
    const saved = await step('Adding the desk on the options page', () =>
      addDeskThroughOptions(optionsPage, opened, desk),
    );
    const scripts = await waitForScript(optionsPage);
    if (scripts === 0) problems.push('the background registered no content script for the desk within 10 s');
    await step('Saving business hours and the SLA policy', () =>
      saveSettings(optionsPage, demoSettings(saved)),
    );
    await optionsPage.reload();
    await optionsPage
      .getByTestId('desk-item')
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(() => {
        problems.push('after saving the settings, the options page no longer lists the desk');
      });
    await shoot(optionsPage, 'options.png');

    const ticket = await opened.context.newPage();
    await ticket.goto(desk.ticketUrl);
    const ticketStates = await step('Waiting for chips on the ticket page', () =>
      waitForChips(ticket, 'ticket page'),
    ).catch((error: unknown) => {
      problems.push(error instanceof Error ? error.message : String(error));
      return null;
    });
    await shoot(ticket, 'ticket.png');

    const list = await opened.context.newPage();
    await list.goto(desk.listUrl);
    const listStates = await step('Waiting for chips on the search results', () =>
      waitForChips(list, 'result list'),
    ).catch((error: unknown) => {
      problems.push(error instanceof Error ? error.message : String(error));
      return null;
    });
    await shoot(list, 'list.png');

    if (ticketStates) {
      await ticket.bringToFront();
      const chip = ticket.locator(READY_CHIP).first();
      await chip.hover();
      const tip = chip.locator('.tip');
      const shown = await tip
        .waitFor({ state: 'visible', timeout: 5_000 })
        .then(() => true)
        .catch(() => false);
      if (!shown) problems.push('hovering the chip on the ticket page showed no tooltip (.tip)');
      await shoot(ticket, 'chip-tooltip.png');
    } else {
      problems.push('no tooltip screenshot: the ticket page has no chip to hover');
    }

    await step('Opening the popup, the side panel and the recovery checklist', () =>
      shootViews(opened, desk, shoot),
    ).catch((error: unknown) => {
      problems.push(error instanceof Error ? error.message : String(error));
    });

    say('');
    say(`Desk:       ${desk.base}`);
    say(`Ticket:     ${desk.ticketUrl}`);
    say(`List:       ${desk.listUrl}`);
    if (ticketStates)
      say(
        `Chips:      ticket page ${summarise(ticketStates)}; list ${listStates ? summarise(listStates) : 'none'}`,
      );
    say('Screenshots:');
    for (const path of shots) say(`  ${relative(process.cwd(), path) || path}`);
    for (const problem of problems) say(`Problem:    ${problem}`);
    say(`Took ${seconds(Date.now() - started)}.`);

    if (!options.headless) {
      say('The browser stays open: Ctrl+C (or closing it) ends the demo.');
      await new Promise<void>((done) => {
        onSignal = done;
        opened.context.once('close', () => done());
      });
      say('Closing the browser.');
    }
    return problems.length > 0 ? 1 : 0;
  } finally {
    await cleanup();
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof DemoError) console.error(`\nDemo failed: ${error.message}`);
      else console.error('\nDemo failed:', error);
      process.exit(1);
    },
  );
}
