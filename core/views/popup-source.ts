/**
 * What the popup reads from the store, in two steps so the first countdown never waits for 5,000
 * evaluations. First the tickets that can be on the first screen, found through the schedule
 * without reading any other ticket: those the last reconcile counted as breached or at risk, and
 * the ones whose next transition comes soonest. Then every ticket, parsed and evaluated a slice at
 * a time (see PopupBuilder), which gives the exact order, the filters and their counts.
 */
import { type Calendar, evaluate, parseCalendar } from '../engine';
import { type CountersRead, readCounters } from '../store/counters';
import { parseStored, type StoreProblem } from '../store/problems';
import { type Settings, snoozeRecordSchema, type TicketRecord, ticketRecordSchema } from '../store/records';
import { type PlazoDb, SETTINGS_KEY } from '../store/schema';
import { settingsFromStored } from '../store/settings';
import { DIGEST_ROWS } from './popup-digest';
import { type PopupRow, rowOf } from './popup-row';

export interface PopupBasics {
  readonly settings: Settings;
  readonly calendars: Readonly<Record<string, Calendar>>;
  /** Snooze end by ticket key (snoozes already over are left out). */
  readonly snoozes: ReadonlyMap<string, number>;
  readonly problems: readonly StoreProblem[];
}

export interface FirstScreen extends PopupBasics {
  /** Tickets that can be among the most urgent, evaluated and unsorted. */
  readonly rows: PopupRow[];
  /** Every stored ticket, and those the last reconcile counted breached or at risk. */
  readonly totals: { readonly tickets: number; readonly breached: number; readonly atRisk: number };
}

/**
 * The tickets the first screen can show, read through the schedule's groups most urgent first
 * until there are `screen`; when breached and at-risk ones do not fill it, `soonest` running ones
 * by next transition (more than a screenful: a ticket's warning can come before another's deadline).
 */
export async function readFirstScreen(
  db: PlazoDb,
  now: number,
  screen = DIGEST_ROWS,
  soonest = 60,
): Promise<FirstScreen> {
  const transaction = db.transaction(['schedule', 'tickets', 'settings', 'snoozes']);
  const schedule = transaction.objectStore('schedule');
  const [rawSettings, rawSnoozes, breached, atRisk, tickets] = await Promise.all([
    transaction.objectStore('settings').get(SETTINGS_KEY),
    transaction.objectStore('snoozes').getAll(),
    schedule.index('byBadge').getAllKeys('breached'),
    schedule.index('byBadge').getAllKeys('atRisk'),
    transaction.objectStore('tickets').count(),
  ]);
  // Breached tickets come first in any order, so when they fill the screen they are all it needs.
  let keys = breached;
  if (keys.length < screen) keys = [...keys, ...atRisk];
  if (keys.length < screen) {
    // Entries due now (wakeAt 0: just changed) come first, then by next transition; null (nothing
    // ahead: met, no target) is not in the index.
    const waking = await schedule.index('byWakeAt').getAllKeys(undefined, soonest);
    keys = [...new Set([...keys, ...waking])];
  }
  const raws = await Promise.all(keys.map((key) => transaction.objectStore('tickets').get(key)));
  await transaction.done;
  const basics = basicsOf(rawSettings, rawSnoozes, now);
  const problems = [...basics.problems];
  const rows = buildRows(keys, raws, basics, now, problems);
  return {
    ...basics,
    problems,
    rows,
    totals: { tickets, breached: breached.length, atRisk: atRisk.length },
  };
}

export interface EverythingRaw {
  readonly basics: PopupBasics;
  readonly keys: readonly string[];
  /** Ticket records as stored, not parsed yet: PopupBuilder parses them a slice at a time. */
  readonly tickets: readonly unknown[];
  readonly counters: CountersRead;
}

export async function readEverything(db: PlazoDb, now: number): Promise<EverythingRaw> {
  const transaction = db.transaction(['tickets', 'settings', 'snoozes']);
  const [rawSettings, rawSnoozes, keys, tickets] = await Promise.all([
    transaction.objectStore('settings').get(SETTINGS_KEY),
    transaction.objectStore('snoozes').getAll(),
    // Keys and values of one transaction line up one to one, both in key order.
    transaction.objectStore('tickets').getAllKeys(),
    transaction.objectStore('tickets').getAll(),
  ]);
  await transaction.done;
  return { basics: basicsOf(rawSettings, rawSnoozes, now), keys, tickets, counters: await readCounters(db) };
}

/** Parses and evaluates stored tickets into rows; unreadable ones become problems. */
export function buildRows(
  keys: readonly string[],
  raws: readonly unknown[],
  basics: PopupBasics,
  now: number,
  problems: StoreProblem[],
): PopupRow[] {
  const rows: PopupRow[] = [];
  raws.forEach((raw, index) => {
    const key = keys[index] ?? '(unknown)';
    // A schedule entry can outlive its ticket for a moment (deleted meanwhile): nothing to show.
    if (raw === undefined) return;
    const parsed = parseStored(ticketRecordSchema, 'tickets', key, raw);
    if (parsed.problem) problems.push(parsed.problem);
    else rows.push(rowFor(parsed.value, basics, now));
  });
  return rows;
}

function rowFor(record: TicketRecord, basics: PopupBasics, now: number): PopupRow {
  const { policies } = basics.settings;
  const evaluation = evaluate(record.history, policies, basics.calendars, now);
  return rowOf(record, evaluation, basics.snoozes.get(record.key) ?? null);
}

function basicsOf(rawSettings: unknown, rawSnoozes: readonly unknown[], now: number): PopupBasics {
  const { settings, problem } = settingsFromStored(rawSettings);
  const problems: StoreProblem[] = problem ? [problem] : [];
  const snoozes = new Map<string, number>();
  for (const raw of rawSnoozes) {
    const parsed = parseStored(snoozeRecordSchema, 'snoozes', '(snooze)', raw);
    if (parsed.problem) problems.push(parsed.problem);
    else if (parsed.value.until > now) snoozes.set(parsed.value.ticket, parsed.value.until);
  }
  return { settings, calendars: compile(settings), snoozes, problems };
}

function compile(settings: Settings): Record<string, Calendar> {
  return Object.fromEntries(
    Object.entries(settings.calendars).map(([id, definition]) => [id, parseCalendar(definition)]),
  );
}
