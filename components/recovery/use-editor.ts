/**
 * Sends the agent's edits to the background (the one writer) and says how saving goes. Edits are
 * sent one after the other, in the order made, so a debounced text never overtakes a later click.
 */
import { useCallback, useRef, useState } from 'preact/hooks';
import type { IncidentEdit } from '../../core/recovery';
import { sendCommand } from '../shared/commands';

export type SaveState =
  | { readonly status: 'idle' | 'saving' | 'saved' }
  | { readonly status: 'failed'; readonly error: string };

export interface Editor {
  readonly save: SaveState;
  /** Resolves true once the background applied the edit. */
  edit(edit: IncidentEdit): Promise<boolean>;
}

export function useEditor(id: string, by: string): Editor {
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef(0);
  const edit = useCallback(
    (change: IncidentEdit): Promise<boolean> => {
      pending.current++;
      setSave({ status: 'saving' });
      const sent = queue.current.then(async () => {
        const reply = await sendCommand({ type: 'editIncident', id, edit: change, by });
        pending.current--;
        if (!reply.ok) setSave({ status: 'failed', error: reply.error });
        else if (pending.current === 0) setSave({ status: 'saved' });
        return reply.ok;
      });
      queue.current = sent;
      return sent;
    },
    [id, by],
  );
  return { save, edit };
}
