/**
 * A page's one clock (popup, side panel): a `now` that moves on every second, on the second, for
 * every countdown in view. Nothing counts down by itself; views repaint from stored deadlines.
 */
import { useEffect, useState } from 'preact/hooks';

export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const at = Date.now();
      // A hidden popup (a background tab in tests) need not repaint; it catches up when shown.
      if (document.visibilityState !== 'hidden') setNow(at);
      timer = setTimeout(tick, 1000 - (at % 1000));
    };
    timer = setTimeout(tick, 1000 - (Date.now() % 1000));
    return () => clearTimeout(timer);
  }, []);
  return now;
}
