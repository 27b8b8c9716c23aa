/**
 * Export everything, import with every problem listed by path, reset: against fake-indexeddb and
 * the real store code. An import is all or nothing; a bad file leaves the stored settings identical.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newIncident } from '../../core/recovery/incident';
import { readExport } from '../../core/store/export-data';
import { type ExportFile, exportCounts, MAX_IMPORT_BYTES } from '../../core/store/export-format';
import { readImportFile } from '../../core/store/import-errors';
import type { UpgradeDatabase } from '../../core/store/migrations';
import { DEFAULT_SETTINGS, settingsSchema } from '../../core/store/records';
import type { PlazoDb } from '../../core/store/schema';
import type { PlazoStore } from '../../core/store/store';
import { alertRecord, at, DESK, ticketRecord } from './builders';
import { openFreshStore, snapshot } from './db-helpers';

let db: PlazoDb;
/** Every store's records, raw: what "nothing changed" compares. */
const everything = () => snapshot(db as unknown as UpgradeDatabase);
let store: PlazoStore;
beforeEach(async () => ({ db, store } = await openFreshStore()));
afterEach(() => db.close());

const EXPORTED_AT = at('2026-03-05T12:00:00Z');
const mine = settingsSchema.parse({
  desks: [{ base: `${DESK}/`, tool: 'rt', name: 'Support' }],
  policies: [{ id: 'std', name: 'Standard', targets: { firstResponse: { minutes: 120 } } }],
  notifications: { repeatBreachMinutes: 15, kinds: { warning: false } },
});

/** Built with the recovery's own constructor, so the test follows the incident model as it grows. */
const incident = newIncident({
  id: `${DESK}|42|firstResponse|1`,
  ticket: `${DESK}|42`,
  metric: 'firstResponse',
  ticketId: '42',
  title: 'VPN drops every 20 minutes since Monday',
  url: `${DESK}/Ticket/Display.html?id=42`,
  deadline: at('2026-03-02T10:14:00Z'),
  openedAt: at('2026-03-02T10:15:00Z'),
  openedBy: 'Alice',
  language: 'en',
});

async function seed() {
  await store.saveSettings(mine);
  await store.putTickets([ticketRecord('42'), ticketRecord('43')]);
  await store.putAlert(alertRecord(`${DESK}|42`));
  await store.putSnooze({ ticket: `${DESK}|43`, until: at('2026-03-06T00:00:00Z') });
  await store.putIncident(incident);
}

/** Sets one value deep inside a parsed JSON document: bad files are good ones with one value changed. */
function setAt(root: unknown, path: readonly (string | number)[], value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
}

async function exported(): Promise<ExportFile> {
  return (await readExport(db, EXPORTED_AT)).file;
}

describe('export', () => {
  it('writes settings, tickets, incidents, alerts and snoozes as one versioned file', async () => {
    await seed();
    const { file, problems } = await readExport(db, EXPORTED_AT);
    expect(problems).toEqual([]);
    expect(file).toMatchObject({
      format: 'plazo-export',
      version: 1,
      exportedAt: '2026-03-05T12:00:00.000Z',
      settings: mine,
    });
    expect(file.tickets.map((ticket) => ticket.key)).toEqual([`${DESK}|42`, `${DESK}|43`]);
    expect(exportCounts(file)).toEqual({ desks: 1, policies: 1, calendars: 0, tickets: 2, incidents: 1 });
    expect(file.alerts).toHaveLength(1);
    expect(file.snoozes).toHaveLength(1);
  });

  it('reads back through JSON as the same file', async () => {
    await seed();
    const file = await exported();
    expect(readImportFile(JSON.stringify(file, null, 2), 'en')).toEqual({ ok: true, file });
  });

  it('leaves out a damaged record and reports it, so the file still imports', async () => {
    await seed();
    await db.put('tickets', { key: `${DESK}|99`, url: 'not a url' });
    const { file, problems } = await readExport(db, EXPORTED_AT);
    expect(file.tickets).toHaveLength(2);
    expect(problems).toEqual([expect.objectContaining({ store: 'tickets', key: `${DESK}|99` })]);
  });
});

describe('reading an import file', () => {
  it('lists every problem at once, each by its path', async () => {
    await seed();
    const file = structuredClone(await exported());
    setAt(file, ['settings', 'policies', 0, 'targets', 'firstResponse', 'minutes'], 'two hours');
    setAt(file, ['settings', 'notifications', 'repeatBreachMinutes'], -5);
    setAt(file, ['tickets', 1, 'url'], 'javascript:alert(1)');
    setAt(file, ['incidents', 0, 'metric'], 'lunch');
    const read = readImportFile(JSON.stringify(file), 'en');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((problem) => problem.kind === 'invalid' && problem.path)).toEqual([
      'settings.policies[0].targets.firstResponse.minutes',
      'settings.notifications.repeatBreachMinutes',
      'tickets[1].url',
      'incidents[0].metric',
    ]);
    expect(read.problems[0]).toMatchObject({ message: expect.stringMatching(/expected number/) });
  });

  it('words the problems in Spanish for a Spanish page', async () => {
    const file = { ...(await exported()), tickets: [{ ...ticketRecord('42'), observedAt: 'ayer' }] };
    const read = readImportFile(JSON.stringify(file), 'es');
    expect(read).toEqual({
      ok: false,
      more: 0,
      problems: [
        {
          kind: 'invalid',
          path: 'tickets[0].observedAt',
          message: expect.stringMatching(/se esperaba número/),
          reason: null,
        },
      ],
    });
  });

  it('says where a file that is not JSON breaks', () => {
    expect(readImportFile('{\n  "format": "plazo-export",\n  "version": 1,,\n}', 'en')).toEqual({
      ok: false,
      more: 0,
      problems: [{ kind: 'syntax', line: 3, column: expect.any(Number) }],
    });
  });

  it('names another version instead of listing every field', async () => {
    const file = { ...(await exported()), version: 2, tickets: 'whatever' };
    expect(readImportFile(JSON.stringify(file), 'en')).toEqual({
      ok: false,
      more: 0,
      problems: [{ kind: 'version', found: '2' }],
    });
  });

  it('refuses JSON that is not a Plazo export', () => {
    for (const text of ['[]', 'null', '{"settings": {}}']) {
      expect(readImportFile(text, 'en')).toEqual({ ok: false, more: 0, problems: [{ kind: 'notExport' }] });
    }
  });

  it('flags a ticket that appears twice, and quotes odd keys in paths', async () => {
    const file = {
      ...(await exported()),
      tickets: [ticketRecord('42'), ticketRecord('42')],
      settings: { calendars: { 'Madrid office': { name: 'x' } } },
    };
    const read = readImportFile(JSON.stringify(file), 'en');
    if (read.ok) throw new Error('read a bad file');
    const paths = read.problems.map((problem) => (problem.kind === 'invalid' ? problem.path : problem.kind));
    expect(paths).toContain('tickets[1]');
    expect(paths.some((path) => path.startsWith('settings.calendars["Madrid office"]'))).toBe(true);
    // Plazo's own check names its reason, which the page words in its language.
    expect(read.problems).toContainEqual({
      kind: 'invalid',
      path: 'tickets[1]',
      message: `"${DESK}|42" appears twice`,
      reason: { reason: 'duplicate', value: `${DESK}|42` },
    });
  });

  it('refuses a ticket whose key disagrees with its history', async () => {
    const file = { ...(await exported()), tickets: [{ ...ticketRecord('42'), key: `${DESK}|43` }] };
    expect(readImportFile(JSON.stringify(file), 'en')).toMatchObject({
      ok: false,
      problems: [{ kind: 'invalid', path: 'tickets[0].key' }],
    });
  });

  it('lists at most 100 problems and counts the rest', async () => {
    const tickets = Array.from({ length: 150 }, (_, index) => ({ ...ticketRecord(String(index)), url: 'x' }));
    const read = readImportFile(JSON.stringify({ ...(await exported()), tickets }), 'en');
    expect(read).toMatchObject({ ok: false, more: 50 });
  });

  it('states a size limit that leaves room for a large export', () => {
    expect(MAX_IMPORT_BYTES).toBe(10 * 1024 * 1024);
  });
});

describe('import', () => {
  it('replaces everything with the file and marks every imported ticket due', async () => {
    await seed();
    const file = await exported();
    const { db: other, store: fresh } = await openFreshStore();
    await fresh.putTicket(ticketRecord('7'));
    expect(await fresh.importData(file)).toEqual(mine);
    expect((await fresh.readSettings()).settings).toEqual(mine);
    expect((await fresh.listTickets()).tickets.map((ticket) => ticket.key)).toEqual([
      `${DESK}|42`,
      `${DESK}|43`,
    ]);
    expect((await fresh.listAlerts()).alerts).toEqual(file.alerts);
    expect((await fresh.listSnoozes()).snoozes).toEqual(file.snoozes);
    expect((await fresh.listIncidentsByTicket(`${DESK}|42`)).incidents).toEqual(file.incidents);
    const due = (await fresh.readReconcileInput(Date.now())).due.map((entry) => entry.key);
    expect(due).toEqual([`${DESK}|42`, `${DESK}|43`]);
    other.close();
  });

  it('changes nothing at all when one record is bad', async () => {
    await seed();
    const before = await everything();
    const file = await exported();
    const bad = {
      ...file,
      settings: DEFAULT_SETTINGS,
      tickets: [...file.tickets, { ...ticketRecord('44'), observedAt: -1 }],
    };
    await expect(store.importData(bad)).rejects.toThrow(/tickets\[2\]\.observedAt/);
    expect(await everything()).toEqual(before);
    expect((await store.readSettings()).settings).toEqual(mine);
  });
});

describe('reset', () => {
  it('restores default settings and forgets tickets, alerts, snoozes and the schedule, keeping incidents', async () => {
    await seed();
    expect(await store.resetData()).toEqual(DEFAULT_SETTINGS);
    expect(await store.readSettings()).toEqual({ settings: DEFAULT_SETTINGS, problem: null });
    const after = await everything();
    for (const name of ['tickets', 'alerts', 'snoozes', 'schedule']) expect(after[name], name).toEqual([]);
    expect((await store.listIncidentsByTicket(`${DESK}|42`)).incidents).toHaveLength(1);
  });
});

describe('settings stored before the "which alerts notify" switches', () => {
  it('still read, with every kind on', async () => {
    const old = { notifications: { enabled: true, repeatBreachMinutes: 10, quietHours: null } };
    await db.put('settings', old, 'settings');
    const { settings, problem } = await store.readSettings();
    expect(problem).toBeNull();
    expect(settings.notifications).toEqual({
      enabled: true,
      repeatBreachMinutes: 10,
      quietHours: null,
      kinds: { warning: true, breach: true, escalation: true },
    });
  });
});
