/**
 * The popup's data: the first screen (the background's digest, read before the first render; else
 * the store's first-screen tickets), then every ticket; read again whenever the background announces a store change. The
 * engine and the store's code load only after the first screen has painted. Notices that arrive
 * during a read are answered by one more read once it ends: a busy desk announces changes every
 * few seconds, and restarting a 5,000-ticket read at each one would never finish it.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { errorText } from '../shared/i18n';
import { useStoreChanges } from '../shared/store-changes';
import { afterPaint } from './after-paint';
import type { PopupLoad } from './popup-load';

export interface PopupLoadState {
  readonly load: PopupLoad | null;
  readonly error: string | null;
}

/** @param digest the first screen from the digest, when there is one. */
export function usePopupLoad(digest: PopupLoad | null): PopupLoadState {
  const [state, setState] = useState<PopupLoadState>({ load: digest, error: null });
  const alive = useRef(true);
  const reading = useRef(false);
  const readAgain = useRef(false);

  const readEverything = useCallback(() => {
    if (reading.current) {
      readAgain.current = true;
      return;
    }
    reading.current = true;
    void (async () => {
      do {
        readAgain.current = false;
        try {
          const { loadEverything } = await import('./load-rows');
          const load = await loadEverything(Date.now(), () => alive.current);
          if (load && alive.current) setState({ load, error: null });
        } catch (error) {
          if (alive.current) setState((current) => ({ ...current, error: errorText(error) }));
        }
      } while (readAgain.current && alive.current);
      reading.current = false;
    })();
  }, []);

  useEffect(() => {
    alive.current = true;
    (async () => {
      try {
        if (!digest) {
          const { loadFirstScreen } = await import('./load-rows');
          const first = await loadFirstScreen(Date.now());
          if (!alive.current) return;
          // A full read that finished first (a notice came early) is not replaced by less.
          setState((current) => (current.load ? current : { load: first, error: null }));
        }
        // Let the first screen paint (and its countdowns be seen) before the long read starts.
        await afterPaint();
        await afterPaint();
      } catch (error) {
        if (alive.current) setState({ load: null, error: errorText(error) });
        return;
      }
      if (alive.current) readEverything();
    })();
    return () => {
      alive.current = false;
    };
  }, [digest, readEverything]);

  useStoreChanges(readEverything);
  return state;
}
