/**
 * A performance mark at the moment the first countdown has been painted, read back by the
 * benchmark (bench/popup.bench.ts). Preact runs effects after the browser paints, so the first
 * effect that finds a countdown in the DOM marks it; one mark per page, nothing after that.
 */
import { useEffect, useRef } from 'preact/hooks';

export const FIRST_COUNTDOWN_MARK = 'plazo-popup-first-countdown';

export function useFirstCountdownMark(): void {
  const marked = useRef(false);
  useEffect(() => {
    if (marked.current || !document.querySelector('[data-countdown]')) return;
    marked.current = true;
    performance.mark(FIRST_COUNTDOWN_MARK);
  });
}
