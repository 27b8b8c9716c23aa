/**
 * Text surgery on RT's saved pages: each helper changes one value in RT's own markup and fails
 * loudly when the markup it expects is not there, so a recaptured fixture of another shape is
 * noticed at start-up instead of serving a page that silently lost a value.
 */

export class TemplateError extends Error {
  override name = 'TemplateError';
}

type Replacer = string | ((match: string, ...groups: string[]) => string);

/** Replaces the first match of `pattern`; throws when there is none. */
export function replaceOnce(html: string, pattern: RegExp, replacement: Replacer, what: string): string {
  const single = new RegExp(pattern.source, pattern.flags.replace('g', ''));
  if (!single.test(html)) throw new TemplateError(`the RT template has no ${what}`);
  return html.replace(single, replacement as never);
}

/** Replaces every match of `pattern`; throws when there is none (unless `optional`). */
export function replaceEvery(
  html: string,
  pattern: RegExp,
  replacement: Replacer,
  what: string,
  { optional = false } = {},
): string {
  const every = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  if (!optional && !new RegExp(pattern.source, pattern.flags.replace('g', '')).test(html))
    throw new TemplateError(`the RT template has no ${what}`);
  return html.replace(every, replacement as never);
}

/** Runs `change` on the part of `html` from `start` (included) to `end` (excluded). */
export function withinRegion(
  html: string,
  start: string,
  end: string,
  change: (region: string) => string,
): string {
  const from = html.indexOf(start);
  if (from < 0) throw new TemplateError(`the RT template has no ${start}`);
  const to = html.indexOf(end, from + start.length);
  if (to < 0) throw new TemplateError(`the RT template has no ${end} after ${start}`);
  return html.slice(0, from) + change(html.slice(from, to)) + html.slice(to);
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The `<select … name="NAME" …>…</select>` block. */
function selectPattern(name: string): RegExp {
  return new RegExp(`<select[^>]*\\bname="${escapeRegExp(name)}"[^>]*>[\\s\\S]*?</select>`);
}

function unselect(option: string): string {
  if (!option.includes('selected="selected"')) return option;
  // The priority options write a space before ">" when unselected: `value="100" >`.
  if (option.includes('class="priority-')) return option.replace(' selected="selected">', ' >');
  return option.replace(' selected="selected"', '');
}

function select(option: string): string {
  // RT's SLA and Owner options put "selected" first (`<option  selected="selected" value=…`).
  if (option.startsWith('<option  ') || option.startsWith('<option \n'))
    return `<option  selected="selected"${option.slice('<option '.length)}`;
  if (option.endsWith(' >')) return `${option.slice(0, -2)} selected="selected">`;
  return `${option.slice(0, -1)} selected="selected">`;
}

/** Moves `selected="selected"` of the select named `name` to the option whose value is `value`. */
export function selectOption(html: string, name: string, value: string): string {
  return replaceOnce(
    html,
    selectPattern(name),
    (block) => {
      let found = false;
      const changed = block.replace(/<option\b[^>]*>/g, (option) => {
        const plain = unselect(option);
        if (!new RegExp(`\\bvalue="${escapeRegExp(value)}"`).test(plain)) return plain;
        found = true;
        return select(plain);
      });
      if (!found) throw new TemplateError(`the RT template's ${name} select has no option ${value}`);
      return changed;
    },
    `${name} select`,
  );
}

/** Replaces the whole select named `name` with `replacement` (e.g. a Status select of another status). */
export function replaceSelect(html: string, name: string, replacement: string): string {
  return replaceOnce(html, selectPattern(name), () => replacement, `${name} select`);
}

/** Finds the select named `name` in `html`. */
export function findSelect(html: string, name: string): string | null {
  return selectPattern(name).exec(html)?.[0] ?? null;
}

/** Sets `value="…"` of the input named `name` (already escaped). */
export function setInputValue(html: string, name: string, escapedValue: string): string {
  return replaceOnce(
    html,
    new RegExp(`(<input\\b[^>]*?\\bname="${escapeRegExp(name)}"[^>]*?\\bvalue=")[^"]*(")`),
    (_, before: string, after: string) => `${before}${escapedValue}${after}`,
    `${name} input`,
  );
}

/** A `<span class="user" data-user-id="…">…</span>`, with or without its summary link. */
export const USER_SPAN = /<span class="user" data-user-id="\d+">(?:<a [^>]*>[^<]*<\/a>|[^<]*)<\/span>/;
