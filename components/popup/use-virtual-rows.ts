/**
 * A small Preact binding of @tanstack/virtual-core: only the rows in (and just around) the list's
 * viewport are rendered, so 5,000 tickets cost a screenful of rows. Rows have one fixed height.
 */
import {
  elementScroll,
  observeElementOffset,
  observeElementRect,
  type Rect,
  Virtualizer,
  type VirtualizerOptions,
} from '@tanstack/virtual-core';
import type { RefObject } from 'preact';
import { useLayoutEffect, useReducer, useState } from 'preact/hooks';

type Options = VirtualizerOptions<HTMLElement, HTMLElement>;

/**
 * Before layout (or in a DOM without one) the list has no size yet: assume the size its CSS
 * gives it, so the first render already shows the first screen.
 */
function rectOr(fallback: Rect): Options['observeElementRect'] {
  return (instance, callback) =>
    observeElementRect(instance, (rect) => callback(rect.height > 0 ? rect : fallback));
}

export function useVirtualRows(
  count: number,
  scrollElement: RefObject<HTMLElement | null>,
  rowHeight: number,
  viewport: Rect,
): Virtualizer<HTMLElement, HTMLElement> {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const options: Options = {
    count,
    getScrollElement: () => scrollElement.current,
    estimateSize: () => rowHeight,
    scrollToFn: elementScroll,
    observeElementRect: rectOr(viewport),
    observeElementOffset,
    initialRect: viewport,
    overscan: 4,
    onChange: () => rerender(undefined),
  };
  const [virtualizer] = useState(() => new Virtualizer(options));
  virtualizer.setOptions(options);
  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  useLayoutEffect(() => virtualizer._willUpdate());
  return virtualizer;
}
