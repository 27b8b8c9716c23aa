/** The language dates and times are written in on the options page: the browser's, when Plazo speaks it. */
import { browser } from 'wxt/browser';
import type { Language } from '../../core/engine';

export function uiLanguage(): Language {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** "Monday"/"lunes" for a weekday index (0 = Sunday): 2023-01-01 was a Sunday. */
export function weekdayName(index: number, language: Language): string {
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2023, 0, 1 + index),
  );
}
