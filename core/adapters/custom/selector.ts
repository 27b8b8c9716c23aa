/**
 * CSS selectors the user typed. Only a DOM can tell whether one parses, so the check takes the
 * document of whoever asks (the options page checks as the user types); the schema cannot, since
 * the background's service worker has no DOM. A selector that does not parse is named unreadable
 * when a page is read (fields.ts).
 */

export const MAX_SELECTOR_LENGTH = 500;

export function isSelectorValid(selector: string, document: Document): boolean {
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}
