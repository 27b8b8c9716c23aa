/** Every string Plazo's pages show comes from public/_locales through the browser (en, es). */
import { browser } from 'wxt/browser';

/** The keys of public/_locales/en/messages.json (WXT generates the union). */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

export function t(key: MessageKey, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
