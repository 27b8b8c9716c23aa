/**
 * Page-derived text (a ticket's title, anything an agent pasted) written into Markdown as text, never
 * as structure. CommonMark lets any ASCII punctuation be backslash-escaped, so escaping all of it
 * that can start or end a construct is a rule that needs no knowledge of which constructs exist: a
 * title like "# x](javascript:…) <img>" renders as those characters, not a heading, link or tag.
 */

// Left as they are: punctuation no CommonMark or GFM construct uses (, ; ? % ' " /).
const SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~=&:@^$]/g;
// Control characters other than tab and line breaks have no business in a postmortem.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

/** Text for inside one line (a heading, a table-free list item): line breaks become spaces. */
export function mdInline(text: string): string {
  return text.replace(CONTROL, '').replace(/\s+/g, ' ').trim().replace(SPECIAL, '\\$&');
}

/**
 * Text of several lines kept as one paragraph: each line escaped (so no line can start a heading,
 * list, fence or quote) and joined with a hard break, never a blank line (which would end the block).
 */
export function mdBlock(text: string): string {
  return text
    .replace(CONTROL, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line !== '')
    .map((line) => line.replace(SPECIAL, '\\$&'))
    .join('\\\n');
}
