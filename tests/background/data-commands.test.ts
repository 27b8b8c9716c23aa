/**
 * The options page's Data commands in the background: importData replaces everything in one
 * transaction and the desks' content scripts follow the imported settings; a bad file changes
 * nothing; resetData returns to defaults keeping incidents; content scripts may send neither.
 */
import { describe, expect, it } from 'vitest';
import type { ExportFile } from '../../core/store/export-format';
import { DEFAULT_SETTINGS, type Settings } from '../../core/store/records';
import {
  EXTENSION_ORIGIN,
  fromContentScript,
  fromPage,
  messageBackground,
  observation,
  settings,
  TICKET,
} from './fixtures';

const optionsPage = { ...fromPage, url: `${EXTENSION_ORIGIN}options.html` };

const { bg, send } = messageBackground();

const desk = { base: 'https://rt.example.com/', tool: 'rt', name: 'Support' };
const imported: Settings = { ...settings, desks: [desk] };

async function exportFile(): Promise<ExportFile> {
  await send({ type: 'ticketsObserved', observations: [observation()] }, fromContentScript);
  const { tickets } = await bg.store.listTickets();
  return {
    format: 'plazo-export',
    version: 1,
    exportedAt: '2026-11-28T10:00:00.000Z',
    settings: imported,
    tickets,
    incidents: [],
    alerts: [],
    snoozes: [],
  };
}

describe('importData', () => {
  it('stores the file, brings the desks in line with its settings and reconciles', async () => {
    const file = await exportFile();
    await bg.store.deleteTicket(TICKET);
    bg.changes = 0;
    expect(await send({ type: 'importData', file }, optionsPage)).toEqual({ ok: true });
    expect((await bg.store.readSettings()).settings).toEqual(imported);
    expect((await bg.store.getTicket(TICKET)).ticket).toEqual(file.tickets[0]);
    expect(bg.savedSettings).toEqual([imported]);
    expect(bg.changes).toBe(1);
  });

  it('drops a file that fails the schema, changing nothing', async () => {
    const file = await exportFile();
    bg.changes = 0;
    const before = await bg.store.readSettings();
    const bad = { ...file, tickets: [{ ...file.tickets[0], observedAt: 'yesterday' }] };
    expect(await send({ type: 'importData', file: bad }, optionsPage)).toEqual({
      ok: false,
      error: 'message dropped (invalid)',
    });
    expect(await bg.store.readSettings()).toEqual(before);
    expect(bg.savedSettings).toEqual([]);
    expect(bg.changes).toBe(0);
  });

  it('is refused from a content script', async () => {
    const file = await exportFile();
    bg.changes = 0;
    expect(await send({ type: 'importData', file }, fromContentScript)).toEqual({
      ok: false,
      error: 'message dropped (forbidden)',
    });
    expect((await bg.store.readSettings()).settings).toEqual(settings);
    expect(bg.changes).toBe(0);
  });
});

describe('resetData', () => {
  it('returns to the default settings, forgets the tickets and takes the desks scripts away', async () => {
    await exportFile();
    bg.changes = 0;
    expect(await send({ type: 'resetData' }, optionsPage)).toEqual({ ok: true });
    expect(await bg.store.readSettings()).toEqual({ settings: DEFAULT_SETTINGS, problem: null });
    expect((await bg.store.listTickets()).tickets).toEqual([]);
    expect(bg.savedSettings).toEqual([DEFAULT_SETTINGS]);
    expect(bg.changes).toBe(1);
  });

  it('is refused from a content script', async () => {
    expect(await send({ type: 'resetData' }, fromContentScript)).toMatchObject({ ok: false });
    expect((await bg.store.readSettings()).settings).toEqual(settings);
  });
});
