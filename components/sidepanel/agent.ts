/** Who reads the panel: the browser's language (English or Spanish) and the agent's own time zone. */
import { browser } from 'wxt/browser';
import type { Language } from '../../core/engine';
import { languageOf } from '../../core/overlay/chip-text';

export function panelLanguage(): Language {
  return languageOf(browser.i18n.getUILanguage());
}

export function agentTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
