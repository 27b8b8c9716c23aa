/** The timers the background sends back to a page for the tickets it reported. */
import { evaluate, type Language } from '../../core/engine';
import { type TicketTimers, ticketTimers } from '../../core/overlay/timers';
import type { PlazoStore } from '../../core/store';
import type { TicketRecord } from '../../core/store/records';
import { calendarsOf } from './calendars';

export async function timersFor(
  store: PlazoStore,
  records: readonly TicketRecord[],
  now: number,
  language: Language,
  timeZone: string,
): Promise<TicketTimers[]> {
  const { settings } = await store.readSettings();
  const calendars = calendarsOf(settings.calendars);
  return records.map((record) =>
    ticketTimers(
      record.key,
      record.history,
      evaluate(record.history, settings.policies, calendars, now),
      calendars,
      language,
      timeZone,
    ),
  );
}
