/** Calendars compiled from their definitions, kept while the worker lives (each holds its own cache). */
import { type Calendar, type CalendarDefinition, parseCalendar } from '../../core/engine';

const compiled = new Map<string, Calendar>();

export function calendarsOf(
  definitions: Readonly<Record<string, CalendarDefinition>>,
): Record<string, Calendar> {
  const calendars: Record<string, Calendar> = {};
  for (const [id, definition] of Object.entries(definitions)) {
    const key = `${id}\n${JSON.stringify(definition)}`;
    let calendar = compiled.get(key);
    if (!calendar) {
      // Every settings edit adds versions; start over now and then rather than grow for the worker's life.
      if (compiled.size > 200) compiled.clear();
      calendar = parseCalendar(definition);
      compiled.set(key, calendar);
    }
    calendars[id] = calendar;
  }
  return calendars;
}
