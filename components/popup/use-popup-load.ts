/**
 * The popup's data: the first screen as soon as it is read, then every ticket; read again (every
 * ticket) whenever the background announces a store change. A newer read supersedes an older one.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { errorText } from '../shared/i18n';
import { useStoreChanges } from '../shared/store-changes';
import { afterPaint } from './after-paint';
import { loadEverything, loadFirstScreen, type PopupLoad } from './load-rows';

export interface PopupLoadState {
  readonly load: PopupLoad | null;
  readonly error: string | null;
}

export function usePopupLoad(): PopupLoadState {
  const [state, setState] = useState<PopupLoadState>({ load: null, error: null });
  const generation = useRef(0);

  const readEverything = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const load = await loadEverything(Date.now(), () => generation.current === mine);
      if (load && generation.current === mine) setState({ load, error: null });
    } catch (error) {
      if (generation.current === mine) setState((current) => ({ ...current, error: errorText(error) }));
    }
  }, []);

  useEffect(() => {
    const mine = ++generation.current;
    (async () => {
      try {
        const first = await loadFirstScreen(Date.now());
        if (generation.current !== mine) return;
        setState({ load: first, error: null });
        // Let the first screen paint (and its countdowns be seen) before the long read starts.
        await afterPaint();
        await afterPaint();
      } catch (error) {
        if (generation.current === mine) setState({ load: null, error: errorText(error) });
        return;
      }
      if (generation.current === mine) await readEverything();
    })();
  }, [readEverything]);

  useStoreChanges(readEverything);
  return state;
}
