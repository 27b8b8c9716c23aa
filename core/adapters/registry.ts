/** The one list of adapters: what the content script, the options page and the tests pick from. */
import { rtAdapter } from './rt';
import type { Adapter } from './types';

export const ADAPTERS: readonly Adapter[] = [rtAdapter];

export function adapterById(id: string): Adapter | undefined {
  return ADAPTERS.find((adapter) => adapter.id === id);
}
