/**
 * Adapter health: the fields each tool's adapter could not read on some pages lately, from the
 * counters the background keeps (`unreadable:<tool>:<field>`, one per page that lacked the field,
 * with when it last happened). A field missed only long ago is no longer a warning: the page was
 * fixed, or the adapter was.
 */
import type { CountersRead } from '../store/counters';

const PREFIX = 'unreadable:';

/** How long a missed field stays a warning after the last page that lacked it. */
const RECENT_MS = 24 * 60 * 60_000;

export interface UnreadableFields {
  readonly tool: string;
  /** Field names as adapters report them ("priority", "created"), most often missing first. */
  readonly fields: readonly string[];
}

export function unreadableByTool(
  { counters, lastAt }: Pick<CountersRead, 'counters' | 'lastAt'>,
  now: number,
): UnreadableFields[] {
  const byTool = new Map<string, [field: string, count: number][]>();
  for (const [name, count] of Object.entries(counters)) {
    // Counts kept before the time was noted have no time: old, then.
    const at = lastAt[name];
    if (!name.startsWith(PREFIX) || count <= 0 || at === undefined || now - at > RECENT_MS) continue;
    const rest = name.slice(PREFIX.length);
    const split = rest.indexOf(':');
    if (split <= 0 || split === rest.length - 1) continue;
    const tool = rest.slice(0, split);
    byTool.set(tool, [...(byTool.get(tool) ?? []), [rest.slice(split + 1), count]]);
  }
  return [...byTool]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([tool, fields]) => ({
      tool,
      fields: fields.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([field]) => field),
    }));
}
