/** The Data section reads the store directly and asks the background (the one writer) for import and reset. */
import { type ExportRead, readExport } from '../../../core/store/export-data';
import type { ExportFile } from '../../../core/store/export-format';
import { type CommandReply, sendCommand } from '../../shared/commands';
import { readStore } from '../../shared/store-reader';

export function readExportFile(now: number): Promise<ExportRead> {
  return readStore((db) => readExport(db, now));
}

export function importData(file: ExportFile): Promise<CommandReply> {
  return sendCommand({ type: 'importData', file });
}

export function resetData(): Promise<CommandReply> {
  return sendCommand({ type: 'resetData' });
}
