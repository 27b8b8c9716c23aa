/** The options page reads settings from the store and changes them only through the background. */
import type { Settings } from '../../core/store/records';
import { readSettings, type SettingsRead } from '../../core/store/settings';
import { type CommandReply, sendCommand } from '../shared/commands';
import { readStore } from '../shared/store-reader';

export function loadSettings(): Promise<SettingsRead> {
  return readStore(readSettings);
}

export type SaveReply = CommandReply;

export function saveSettings(settings: Settings): Promise<SaveReply> {
  return sendCommand({ type: 'saveSettings', settings });
}
