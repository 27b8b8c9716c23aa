/**
 * Keeps the rows in urgency order as time passes: when the ticker reaches an instant at which a
 * row turns at risk or breached, the list is ordered again and the new breaches are reported.
 * A new load is compared with the previous one, so breaches the background found are reported too.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type ListRow, sortRows } from '../../core/views/popup-list';
import { breachedBetween, breachedKeys, nextChange } from '../../core/views/transitions';
import type { PopupLoad } from './popup-load';

interface Order {
  readonly rows: readonly ListRow[];
  /** The instant the rows were ordered at: states and filters are read at this instant. */
  readonly at: number;
}

const NOTHING: Order = { rows: [], at: 0 };

export function useUrgencyOrder(
  load: PopupLoad | null,
  now: number,
  onBreached: (rows: readonly ListRow[]) => void,
): Order {
  // A load arrives sorted: shown in the same render, so the first countdown waits for no effect.
  const loaded = useMemo<Order>(() => (load ? { rows: load.rows, at: load.at } : NOTHING), [load]);
  const [resorted, setResorted] = useState<{ from: Order; order: Order } | null>(null);
  const order = resorted?.from === loaded ? resorted.order : loaded;
  const previous = useRef<{ keys: Set<string>; breached: Set<string> } | null>(null);
  const report = useRef(onBreached);
  report.current = onBreached;

  useEffect(() => {
    if (!load) return;
    const breached = breachedKeys(load.rows, load.at);
    const known = previous.current;
    if (known) {
      const fresh = load.rows.filter(
        (row) => breached.has(row.key) && known.keys.has(row.key) && !known.breached.has(row.key),
      );
      if (fresh.length > 0) report.current(fresh);
    }
    previous.current = { keys: new Set(load.rows.map((row) => row.key)), breached };
  }, [load]);

  const changeAt = useMemo(() => nextChange(order.rows, order.at), [order]);
  useEffect(() => {
    if (changeAt === null || now < changeAt) return;
    const fresh = breachedBetween(order.rows, order.at, now);
    for (const row of fresh) previous.current?.breached.add(row.key);
    setResorted({ from: loaded, order: { rows: sortRows([...order.rows], now), at: now } });
    if (fresh.length > 0) report.current(fresh);
  }, [now, changeAt, order, loaded]);

  return order;
}
