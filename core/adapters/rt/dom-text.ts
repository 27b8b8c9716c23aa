/** Text as the page shows it: page data is read as text, never as markup. */

/** The element's text with runs of white space made one space, or undefined when there is none. */
export function shownText(element: Element | null | undefined): string | undefined {
  const text = element?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}
