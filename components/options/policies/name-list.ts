/**
 * The text of a field that holds several names ("High, Urgent"): names are separated by commas,
 * and a name that holds a comma itself is written in double quotes ("Sales, EMEA"), a quote in it
 * doubled. Reading what writing gave returns the same names.
 */

export function readNames(text: string): string[] {
  const names: string[] = [];
  let current = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (quoted) {
      if (char !== '"') current += char;
      else if (text[index + 1] === '"') {
        current += '"';
        index++;
      } else quoted = false;
    } else if (char === '"' && current.trim() === '') {
      quoted = true;
      current = '';
    } else if (char === ',') {
      names.push(current.trim());
      current = '';
    } else current += char;
  }
  names.push(current.trim());
  return names.filter(Boolean);
}

export function writeNames(names: readonly string[]): string {
  return names.map((name) => (/[",]/.test(name) ? `"${name.replaceAll('"', '""')}"` : name)).join(', ');
}
