/**
 * Reads one field of a custom definition off a page: the element its selector finds, its text (or
 * the attribute named), then the pattern's capture. Text only, never markup; nothing here throws,
 * whatever the page or the definition holds: each failure is a reason the user can act on.
 */
import type { FieldLocator } from './definition';
import { compile } from './text-pattern';

/** Longer texts are cut before a pattern runs on them: a pattern never works on a whole page. */
const MAX_FIELD_TEXT = 2000;

export type FieldProblem = 'selectorInvalid' | 'notFound' | 'empty' | 'noMatch';
export type FieldRead =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problem: FieldProblem };

/** A locator made ready to read many pages: its pattern compiled once. */
export interface FieldReader {
  read(document: Document): FieldRead;
}

export function fieldReader(locator: FieldLocator): FieldReader {
  const pattern = locator.pattern === undefined ? null : compile(locator.pattern);
  return {
    read(document) {
      let element: Element | null;
      try {
        element = document.querySelector(locator.selector);
      } catch {
        return { ok: false, problem: 'selectorInvalid' };
      }
      if (!element) return { ok: false, problem: 'notFound' };
      const raw =
        locator.attribute === undefined ? element.textContent : element.getAttribute(locator.attribute);
      const text = (raw ?? '')
        .slice(0, MAX_FIELD_TEXT * 2)
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, MAX_FIELD_TEXT);
      if (text === '') return { ok: false, problem: 'empty' };
      if (locator.pattern === undefined) return { ok: true, text };
      // A stored pattern that no longer compiles (edited by hand) finds nothing rather than throwing.
      const captured = pattern?.exec(text)?.[1]?.trim();
      return captured ? { ok: true, text: captured } : { ok: false, problem: 'noMatch' };
    },
  };
}
