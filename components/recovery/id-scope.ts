/**
 * A page can show several checklists at once (a ticket whose first response and resolution are both
 * breached). Every id a checklist gives its headings, labels and hints, and every radio group's
 * name, is scoped to its checklist, so each label finds its own field and no two groups mix.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export const IdScope = createContext('recovery');

/** `scoped('restorer')`: the checklist's own id for what the tests and styles call "restorer". */
export function useScopedId(): (name: string) => string {
  const scope = useContext(IdScope);
  return (name) => `${scope}-${name}`;
}
