/** The settings record: one value under SETTINGS_KEY in the settings store. */
import { commitOrAbort } from './atomic';
import { markDue } from './mark-due';
import { parseStored, type StoreProblem, validateForWrite } from './problems';
import { DEFAULT_SETTINGS, type Settings, settingsSchema } from './records';
import { type PlazoDb, SETTINGS_KEY } from './schema';

export interface SettingsRead {
  /** The stored settings, or DEFAULT_SETTINGS when none are stored or the stored ones are unreadable. */
  readonly settings: Settings;
  /** Set when stored settings failed their schema; they stay on disk until the next save. */
  readonly problem: StoreProblem | null;
}

export async function readSettings(db: PlazoDb): Promise<SettingsRead> {
  return settingsFromStored(await db.get('settings', SETTINGS_KEY));
}

/** Parses the raw value stored under SETTINGS_KEY (undefined when none is). */
export function settingsFromStored(raw: unknown): SettingsRead {
  if (raw === undefined) return { settings: DEFAULT_SETTINGS, problem: null };
  const parsed = parseStored(settingsSchema, 'settings', SETTINGS_KEY, raw);
  // Defaults keep Plazo working (no policies, notifications on) while the views show the problem.
  return parsed.problem
    ? { settings: DEFAULT_SETTINGS, problem: parsed.problem }
    : { settings: parsed.value, problem: null };
}

/** Stores the settings and, in the same transaction, marks every ticket due: its policy may have changed. */
export async function saveSettings(db: PlazoDb, settings: Settings): Promise<Settings> {
  const value = validateForWrite(settingsSchema, 'settings', SETTINGS_KEY, settings);
  const transaction = db.transaction(['settings', 'tickets', 'schedule'], 'readwrite');
  await commitOrAbort(transaction, async () => {
    await transaction.objectStore('settings').put(value, SETTINGS_KEY);
    await markDue(transaction.objectStore('schedule'), await transaction.objectStore('tickets').getAllKeys());
  });
  return value;
}
