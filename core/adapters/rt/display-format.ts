/**
 * RT's search Format string (the results table's `data-display-format`), parsed the way RT's
 * `Elements/CollectionAsTable/ParseFormat` does, into the attribute each cell shows. Cells carry no
 * class of their own and header titles are ambiguous ("Due" heads both Due and DueRelative), so this
 * is the only reliable map from a cell to its field.
 */

/** Entries: a quoted string ('…' or "…", backslash escapes) or a bare word. Commas separate. */
const ENTRY = /'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[{}\w.]+/g;
const MODIFIER = /\/(STYLE|CLASS|TITLE|ALIGN|SPAN|ATTRIBUTE):([^/]*)/i;
const PLACEHOLDER = /__(.*?)__/g;

/**
 * The attribute of every cell, line by line ('__NEWLINE__' starts the next line of a row). A cell
 * that shows nothing ('__NBSP__', an empty entry) has the attribute ''.
 */
export function parseDisplayFormat(format: string): string[][] {
  const lines: string[][] = [[]];
  for (const [entry] of format.matchAll(ENTRY)) {
    let column = /^['"]/.test(entry) ? entry.slice(1, -1).replace(/\\(.)/g, '$1') : entry;
    let explicit: string | undefined;
    for (let modifier = MODIFIER.exec(column); modifier; modifier = MODIFIER.exec(column)) {
      if (modifier[1]?.toUpperCase() === 'ATTRIBUTE') explicit = modifier[2];
      column = column.replace(modifier[0], '');
    }
    if (/^(?:__NEWLINE__|NEWLINE)$/.test(column)) {
      lines.push([]);
      continue;
    }
    lines.at(-1)?.push(explicit ?? attributeOf(column));
  }
  return lines;
}

function attributeOf(column: string): string {
  if (/^(?:__NBSP__|NBSP)$/.test(column)) return '';
  // Like RT, the last placeholder names the column: '<a href="…?id=__id__">__Subject__</a>' is Subject.
  const placeholders = [...column.matchAll(PLACEHOLDER)];
  if (placeholders.length > 0) return placeholders.at(-1)?.[1] ?? '';
  return column;
}
